// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Arbitrary-precision PI, the CPU-bound workload of hvbench (in the spirit of the
// Numerical Recipes `mppi` routine used by the reference paper).
//
// Algorithm: Machin's formula  pi = 16 atan(1/5) - 4 atan(1/239), evaluated in fixed point
// with base-1e9 limbs; O(N^2) in the number of digits.  Plain C++, no allocation inside the
// inner loop, no threads, so the work is the same on every host.
#include <string>
#include <string_view>

namespace hvbench::workloads {

inline constexpr int kMinPiDigits = 10;
inline constexpr int kMaxPiDigits = 1'000'000;

// PI truncated (not rounded) to `digits` decimals, WITHOUT a decimal point:
// the result has exactly digits + 1 characters, "3" followed by the decimals,
// e.g. computePiDigits(5) == "314159".  Returns "" when digits < 1 or > kMaxPiDigits.
// Two guard limbs (18 decimal digits) are carried internally so the last requested digit is
// exact (the accumulated truncation error is below ~1e7 units of the last guard limb).
std::string computePiDigits(int digits);

// Checks a string produced by computePiDigits(): it must be "3" followed by at least one
// decimal, only digits, and agree with an embedded known value of PI over
// min(decimals, knownPiPrefixDecimals()) leading decimals, and at every embedded
// checkpoint (10 decimals ending at positions 10^4, 2*10^4, 5*10^4, 10^5, ... 10^6)
// that the string reaches.
bool piDigitsValid(std::string_view digits);

// Number of leading decimals of PI embedded for piDigitsValid().
int knownPiPrefixDecimals();

} // namespace hvbench::workloads
