// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small expected-style result: errors are values, never exceptions across the event loop.
#include <QString>
#include <utility>
#include <variant>

namespace hvbench {

struct Error {
    QString message; // translated, user-facing, names what to change
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error e) : m_v(std::move(e)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_v;
};

struct Ok {};
using Status = Result<Ok>;

} // namespace hvbench
