// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The machine-readable column names of hvbench's table models (their ColumnKeyRole header, the
// CSV header: see io/csvexport.h), unit-named ("loss_pct", "wall_ms"), from one table per model.
#include <QString>

#include <cstddef>
#include <iterator> // std::size, for the static_asserts

namespace hvbench {

// keys[c]; empty outside the table.  Each model static_asserts its table has ColumnCount keys.
template <std::size_t N> QString columnKeyAt(const char *const (&keys)[N], int c)
{
    return c >= 0 && c < int(N) ? QString::fromLatin1(keys[c]) : QString();
}

} // namespace hvbench
