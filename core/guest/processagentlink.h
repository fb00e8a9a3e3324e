// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "guest/agentlink.h"

#include <QProcess>

namespace hvbench::agent {

// `hvbench-agent --stdio` as a child process: the bare-metal baseline.
class ProcessAgentLink final : public AgentLink {
    Q_OBJECT
public:
    // `prefix` runs the agent through another program, e.g. {"ip", "netns", "exec", "ns"}.
    ProcessAgentLink(const QString &agentPath, const QStringList &prefix = {}, QObject *parent = nullptr);
    ~ProcessAgentLink() override;
    void send(const QByteArray &line) override;
    QString describe() const override;
    QString commandLine() const;

private:
    QProcess m_proc;
    QStringList m_argv;
    QByteArray m_stderr;
    bool m_closed = false;
};

} // namespace hvbench::agent
