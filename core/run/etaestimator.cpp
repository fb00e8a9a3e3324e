// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/etaestimator.h"

#include <algorithm>
#include <cmath>

namespace hvbench {

void EtaEstimator::reset(int stepsDone)
{
    m_base = std::max(0, stepsDone);
    m_done = m_base;
    m_activeMs = 0;
}

void EtaEstimator::record(qint64 activeMs, int stepsDone)
{
    m_activeMs = std::max<qint64>(0, activeMs);
    m_done = std::max(m_base, stepsDone);
}

std::optional<double> EtaEstimator::msPerStep() const
{
    const int measured = m_done - m_base;
    if (measured <= 0)
        return std::nullopt;
    return double(m_activeMs) / measured;
}

std::optional<qint64> EtaEstimator::remainingMs(int stepsTotal) const
{
    const auto per = msPerStep();
    if (!per)
        return std::nullopt;
    const int left = std::max(0, stepsTotal - m_done);
    return qint64(std::llround(*per * left));
}

} // namespace hvbench
