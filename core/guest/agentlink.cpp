// SPDX-License-Identifier: GPL-3.0-or-later
#include "guest/agentlink.h"
#include "guest/agentprotocol.h"

namespace hvbench::agent {

namespace {
constexpr qsizetype kMaxLine = 16 * 1024 * 1024;
}

void AgentLink::feed(const QByteArray &bytes)
{
    m_pending += bytes;
    qsizetype nl;
    while ((nl = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(nl);
        m_pending.remove(0, nl + 1);
        if (line.trimmed().isEmpty())
            continue;
        auto msg = parseLine(line);
        if (msg)
            Q_EMIT messageReceived(*msg);
        else
            Q_EMIT garbageReceived(msg.errorMessage());
    }
    if (m_pending.size() > kMaxLine) {
        m_pending.clear();
        Q_EMIT garbageReceived(tr("The agent sent a line longer than 16 MiB; it was dropped."));
    }
}

} // namespace hvbench::agent
