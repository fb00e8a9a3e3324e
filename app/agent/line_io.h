// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Byte-stream helpers for the agent transports: '\n' framing and full writes on a fd.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hvbench::agent {

// Splits a byte stream into '\n'-terminated lines.  A line longer than kMaxLine is dropped
// up to its '\n' (append() then returns false once, so the caller can report it).
class LineBuffer final
{
public:
    static constexpr std::size_t kMaxLine = 1U << 20;

    bool append(std::string_view bytes);
    std::optional<std::string> next(); // a complete line without its '\n'
    void clear();                      // drops a partial line (e.g. the peer went away)

private:
    std::string m_buffer;
    std::size_t m_scanned = 0; // bytes of m_buffer known to contain no '\n'
    bool m_discarding = false;
};

// Writes all of `data` to fd, retrying on EINTR and partial writes.  On a non-blocking fd
// that is not writable (EAGAIN) it waits in 50 ms steps for up to timeoutMs (< 0: forever).
bool writeAll(int fd, std::string_view data, int timeoutMs);

void sleepMs(int ms);

} // namespace hvbench::agent
