// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloads/pi.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace hvbench::workloads {
namespace {

constexpr std::uint64_t kBase = 1'000'000'000; // one limb = 9 decimal digits
constexpr int kLimbDigits = 9;
constexpr int kGuardLimbs = 2;

// First 1050 decimals of PI (bc -l, scale=1100, cross-checked with mpmath).
constexpr std::string_view kKnownPrefix =
    "1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679"
    "8214808651328230664709384460955058223172535940812848111745028410270193852110555964462294895493038196"
    "4428810975665933446128475648233786783165271201909145648566923460348610454326648213393607260249141273"
    "7245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094"
    "3305727036575959195309218611738193261179310511854807446237996274956735188575272489122793818301194912"
    "9833673362440656643086021394946395224737190702179860943702770539217176293176752384674818467669405132"
    "0005681271452635608277857713427577896091736371787214684409012249534301465495853710507922796892589235"
    "4201995611212902196086403441815981362977477130996051870721134999999837297804995105973173281609631859"
    "5024459455346908302642522308253344685035261931188171010003137838752886587533208381420617177669147303"
    "5982534904287554687311595628638823537875937519577818577805321712268066130019278766111959092164201989"
    "38095257201065485863278865936153381827968230301952";

// Ten decimals ending at decimal position `end` (1-based), computed independently (mpmath).
struct Checkpoint {
    int end;
    std::string_view decimals;
};
constexpr std::array<Checkpoint, 7> kCheckpoints{{
    {10'000, "5256375678"},
    {20'000, "0490755178"},
    {50'000, "6574236041"},
    {100'000, "5493624646"},
    {200'000, "1444759928"},
    {500'000, "5138195242"},
    {1'000'000, "5779458151"},
}};

// acc += factor * atan(1/x), acc being unnormalised signed fixed-point limbs
// (acc[0] = integer part).  atan(1/x) = sum_k (-1)^k / ((2k+1) x^(2k+1)).
// One fused pass per series term: term / (2k+1) is accumulated and term / x^2 becomes the
// next term.  Leading zero limbs of the shrinking term are skipped.
void addArctanInverse(std::vector<std::int64_t> &acc, std::uint32_t x, std::int64_t factor)
{
    const std::size_t n = acc.size();
    std::vector<std::uint32_t> term(n, 0); // limbs < kBase fit 32 bits
    std::uint64_t rem = 1; // term = 1 / x (x > 1, so the integer limb stays 0)
    for (std::size_t i = 1; i < n; ++i) {
        const std::uint64_t cur = rem * kBase;
        term[i] = std::uint32_t(cur / x);
        rem = cur % x;
    }

    const std::uint64_t x2 = std::uint64_t(x) * x;
    std::size_t first = 1;
    for (std::uint64_t k = 0;; ++k) {
        while (first < n && term[first] == 0)
            ++first;
        if (first == n)
            break;
        const std::uint64_t d = 2 * k + 1;
        const std::int64_t f = (k % 2 == 0) ? factor : -factor;
        std::uint64_t remD = 0;
        std::uint64_t remX = 0;
        for (std::size_t i = first; i < n; ++i) {
            const std::uint64_t t = term[i];
            const std::uint64_t curD = remD * kBase + t;
            const std::uint64_t curX = remX * kBase + t;
            acc[i] += f * std::int64_t(curD / d);
            remD = curD % d;
            term[i] = std::uint32_t(curX / x2);
            remX = curX % x2;
        }
    }
}

} // namespace

std::string computePiDigits(int digits)
{
    if (digits < 1 || digits > kMaxPiDigits)
        return {};
    const std::size_t fracLimbs = std::size_t(digits + kLimbDigits - 1) / kLimbDigits + kGuardLimbs;
    std::vector<std::int64_t> acc(fracLimbs + 1, 0);
    addArctanInverse(acc, 5, 16);
    addArctanInverse(acc, 239, -4);

    // Normalise the signed limbs (floor division keeps every limb in [0, kBase)).
    const auto base = std::int64_t(kBase);
    for (std::size_t i = acc.size() - 1; i > 0; --i) {
        std::int64_t carry = acc[i] / base;
        std::int64_t limb = acc[i] % base;
        if (limb < 0) {
            limb += base;
            --carry;
        }
        acc[i] = limb;
        acc[i - 1] += carry;
    }

    std::string out = std::to_string(acc[0]);
    out.reserve(fracLimbs * kLimbDigits + 1);
    char buf[16];
    for (std::size_t i = 1; i < acc.size(); ++i) {
        std::snprintf(buf, sizeof buf, "%09lld", static_cast<long long>(acc[i]));
        out += buf;
    }
    out.resize(std::size_t(digits) + 1); // truncate: drop the guard digits
    return out;
}

bool piDigitsValid(std::string_view digits)
{
    if (digits.size() < 2 || digits.front() != '3')
        return false;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return false;
    }
    const std::string_view decimals = digits.substr(1);
    const std::size_t n = std::min(decimals.size(), kKnownPrefix.size());
    if (decimals.substr(0, n) != kKnownPrefix.substr(0, n))
        return false;
    for (const Checkpoint &cp : kCheckpoints) {
        if (decimals.size() < std::size_t(cp.end))
            break;
        const std::size_t begin = std::size_t(cp.end) - cp.decimals.size();
        if (decimals.substr(begin, cp.decimals.size()) != cp.decimals)
            return false;
    }
    return true;
}

int knownPiPrefixDecimals()
{
    return int(kKnownPrefix.size());
}

} // namespace hvbench::workloads
