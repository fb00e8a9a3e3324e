// SPDX-License-Identifier: GPL-3.0-or-later
#include "guest/agentclient.h"
#include "guest/agentprotocol.h"

namespace hvbench::agent {

namespace {
constexpr int kPingIntervalMs = 500;
QString typeOf(const QJsonObject &m) { return m.value(QStringLiteral("type")).toString(); }
} // namespace

AgentClient::AgentClient(std::unique_ptr<AgentLink> link, int helloTimeoutMs, QString consoleLog, QObject *parent)
    : QObject(parent), m_link(std::move(link)), m_consoleLog(std::move(consoleLog))
{
    connect(m_link.get(), &AgentLink::messageReceived, this, &AgentClient::onMessage);
    connect(m_link.get(), &AgentLink::garbageReceived, this, [this](const QString &m) { fail(m); });
    connect(m_link.get(), &AgentLink::closed, this, [this](const QString &reason) {
        if (!m_shuttingDown)
            fail(m_consoleLog.isEmpty() ? reason : tr("%1 Its console log is %2.").arg(reason, m_consoleLog));
    });
    m_ping.setInterval(kPingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, [this] { m_link->send(pingLine()); });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this, helloTimeoutMs] {
        if (m_hello.isEmpty())
            fail(m_consoleLog.isEmpty()
                     ? tr("The agent of %1 did not say hello within %2 s.").arg(describe()).arg(helloTimeoutMs / 1000)
                     : tr("The agent of %1 did not say hello within %2 s; read the guest's console log %3.")
                           .arg(describe()).arg(helloTimeoutMs / 1000).arg(m_consoleLog));
        else
            fail(tr("%1 did not finish run %2 in time.").arg(describe(), m_runId));
    });
    m_deadline.start(helloTimeoutMs);
    m_ping.start();
    // First ping from the event loop: whoever created this client has connected by then.
    QTimer::singleShot(0, this, [this] {
        if (!m_done)
            m_link->send(pingLine());
    });
}

AgentClient::~AgentClient() = default;

QString AgentClient::describe() const
{
    return m_link->describe();
}

void AgentClient::runPi(const QString &id, int digits, int timeoutMs)
{
    m_runId = id;
    m_deadline.start(timeoutMs);
    m_link->send(runPiLine(id, digits));
}

void AgentClient::exec(const QString &id, const QStringList &argv, int timeoutMs, const QString &stdinText,
                       int copies)
{
    m_runId = id;
    m_deadline.start(timeoutMs + 5000); // the agent kills the program(s) at timeoutMs
    m_link->send(execLine(id, argv, timeoutMs / 1000.0, stdinText, copies));
}

void AgentClient::shutdown()
{
    m_shuttingDown = true;
    m_done = true;
    m_ping.stop();
    m_deadline.stop();
    m_link->send(shutdownLine());
}

void AgentClient::onMessage(const QJsonObject &msg)
{
    if (m_done)
        return;
    const QString type = typeOf(msg);
    if (type == QLatin1String("hello")) {
        if (!m_hello.isEmpty())
            return; // answer to a late ping
        m_hello = msg;
        m_ping.stop();
        m_deadline.stop();
        Q_EMIT ready(msg);
    } else if (type == QLatin1String("result") || type == QLatin1String("exec-result")) {
        if (msg.value(QStringLiteral("id")).toString() != m_runId)
            return fail(tr("%1 answered a run that was not asked for (%2).")
                            .arg(describe(), msg.value(QStringLiteral("id")).toString()));
        m_deadline.stop();
        m_runId.clear();
        Q_EMIT resultReceived(msg);
    } else if (type == QLatin1String("error")) {
        fail(tr("The agent of %1 reported an error: %2").arg(describe(), msg.value(QStringLiteral("message")).toString()));
    }
    // "sample", "bye" and unknown types are ignored (forward compatible).
}

void AgentClient::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_ping.stop();
    m_deadline.stop();
    Q_EMIT failed(message);
}

} // namespace hvbench::agent
