// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/livefeed.h"
#include "model/sessiondocument.h"
#include "run/runner.h"

namespace hvbench {

LiveFeed::LiveFeed(Runner *runner, SessionDocument *doc, QObject *parent)
    : QObject(parent), m_runner(runner), m_doc(doc)
{
    m_clock.start();
    connect(runner, &Runner::liveThroughput, this,
            [this](const QString &who, qint64, double rx, double tx) { addThroughput(who, rx, tx); });
    connect(doc, &SessionDocument::resultAdded, this, [this](int index) {
        if (m_runner->isRunning() && index >= 0 && index < m_doc->session().results.size())
            addResult(m_doc->session().results.at(index));
    });
}

void LiveFeed::restart()
{
    m_throughput.clear();
    m_cycles.clear();
    m_steal.clear();
    m_clock.start();
}

double LiveFeed::seconds() const
{
    return double(m_clock.elapsed()) / 1000.0;
}

void LiveFeed::addThroughput(const QString &who, double rxMbps, double txMbps)
{
    m_throughput.append(who, seconds(), rxMbps + txMbps);
}

void LiveFeed::addResult(const RunResult &r)
{
    if (!r.isPi())
        return; // cycles and steal ticks come with PI results only
    const QString who = r.domain.isEmpty() ? kBareMetal : r.domain;
    const double t = seconds();
    m_cycles.append(who, t, double(r.cycles) / 1e6);
    m_steal.append(who, t, double(r.stealTicks));
}

} // namespace hvbench
