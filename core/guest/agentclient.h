// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One conversation with one agent: ping until hello (or time out), run a workload, get its
// result.  Never blocks; everything arrives as signals.
#include "guest/agentlink.h"

#include <QJsonObject>
#include <QTimer>
#include <memory>

namespace hvbench::agent {

class AgentClient final : public QObject {
    Q_OBJECT
public:
    AgentClient(std::unique_ptr<AgentLink> link, int helloTimeoutMs, QString consoleLog = {},
                QObject *parent = nullptr);
    ~AgentClient() override;

    void runPi(const QString &id, int digits, int timeoutMs);
    // Runs a program in the agent (the guest, or bare metal with --stdio); the answer comes as
    // resultReceived with type "exec-result" (exit status, stdout, stderr, wall_ns).  copies > 1
    // runs that many instances at once (one per vCPU) and the answer carries a "copies" array.
    void exec(const QString &id, const QStringList &argv, int timeoutMs, const QString &stdinText = {},
              int copies = 1);
    void shutdown();
    QJsonObject hello() const { return m_hello; }
    QString describe() const;

Q_SIGNALS:
    void ready(const QJsonObject &hello);
    void resultReceived(const QJsonObject &result);
    void failed(const QString &message); // once; the client is unusable afterwards

private:
    void onMessage(const QJsonObject &msg);
    void fail(const QString &message);

    std::unique_ptr<AgentLink> m_link;
    QString m_consoleLog;
    QTimer m_ping;
    QTimer m_deadline;
    QJsonObject m_hello;
    QString m_runId;
    bool m_done = false;
    bool m_shuttingDown = false;
};

} // namespace hvbench::agent
