// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whole-file reader for /proc and /sys files (their stat() size is 0, so read to EOF).
#include <optional>
#include <string>

namespace hvbench::workloads {

std::optional<std::string> readProcFile(const char *path);

} // namespace hvbench::workloads
