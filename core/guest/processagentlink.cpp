// SPDX-License-Identifier: GPL-3.0-or-later
#include "guest/processagentlink.h"

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace hvbench::agent {

ProcessAgentLink::ProcessAgentLink(const QString &agentPath, const QStringList &prefix, QObject *parent)
    : AgentLink(parent), m_argv(prefix + QStringList{agentPath, QStringLiteral("--stdio")})
{
    connect(&m_proc, &QProcess::readyReadStandardOutput, this, [this] { feed(m_proc.readAllStandardOutput()); });
    connect(&m_proc, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_proc.readAllStandardError();
        m_stderr = m_stderr.right(4096);
    });
    connect(&m_proc, &QProcess::errorOccurred, this, [this, agentPath](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && !m_closed) {
            m_closed = true;
            Q_EMIT closed(tr("Cannot start the agent %1: %2").arg(agentPath, m_proc.errorString()));
        }
    });
    connect(&m_proc, &QProcess::finished, this, [this](int code, QProcess::ExitStatus st) {
        if (m_closed)
            return;
        m_closed = true;
        const QString tail = QString::fromUtf8(m_stderr).trimmed();
        Q_EMIT closed(st == QProcess::CrashExit
                          ? tr("The bare-metal agent crashed. %1").arg(tail)
                          : tr("The bare-metal agent exited with code %1. %2").arg(code).arg(tail));
    });
    // The agent (and through it what it runs) must not outlive a killed hvbench.
    // Its own process group: a Ctrl-C in hvbench's terminal cancels the run (which shuts the
    // agent down), it does not kill the agent mid-measurement.
    m_proc.setChildProcessModifier([] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        ::setpgid(0, 0);
    });
    m_proc.start(m_argv.first(), m_argv.mid(1));
}

ProcessAgentLink::~ProcessAgentLink()
{
    m_closed = true;
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.closeWriteChannel();
        if (!m_proc.waitForFinished(2000)) {
            m_proc.kill();
            m_proc.waitForFinished(2000);
        }
    }
}

void ProcessAgentLink::send(const QByteArray &line)
{
    m_proc.write(line);
}

QString ProcessAgentLink::describe() const
{
    return tr("bare metal");
}

QString ProcessAgentLink::commandLine() const
{
    return m_argv.join(QLatin1Char(' '));
}

} // namespace hvbench::agent
