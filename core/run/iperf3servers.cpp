// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/iperf3servers.h"

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QMetaObject>
#include <QProcess>
#include <QTimer>

#include <algorithm>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Iperf3Servers)
};

// Hands a process over to itself: no more signals to us, killed if it still runs, deleted
// once it has exited (never blocks).
void retire(QProcess *p)
{
    if (!p)
        return;
    p->disconnect();
    if (p->state() == QProcess::NotRunning) {
        p->deleteLater();
        return;
    }
    QObject::connect(p, &QProcess::finished, p, &QObject::deleteLater);
    p->kill();
}
} // namespace

Iperf3Servers::Iperf3Servers(QObject *parent)
    : QObject(parent), m_startTimer(new QTimer(this)), m_killTimer(new QTimer(this))
{
    m_startTimer->setSingleShot(true);
    m_startTimer->setInterval(kStartTimeoutMs);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Starting)
            return;
        QStringList silent;
        for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it)
            if (!it->listening)
                silent << QString::number(it.key());
        fail(Tr::tr("iperf3 did not start listening on %1 port(s) %2 within %3 s.")
                 .arg(m_bindAddress, silent.join(QStringLiteral(", ")))
                 .arg(kStartTimeoutMs / 1000));
    });
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(kKillAfterMs);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        for (Server &s : m_servers)
            if (s.process && s.process->state() != QProcess::NotRunning)
                s.process->kill();
    });
}

Iperf3Servers::~Iperf3Servers()
{
    m_state = State::Idle;
    for (Server &s : m_servers) {
        if (!s.process)
            continue;
        s.process->disconnect();
        s.process->kill();
        s.process->waitForFinished(1000); // reaps it: SIGKILL cannot be ignored, so this is brief
    }
}

QString Iperf3Servers::program()
{
    const QString env = qEnvironmentVariable("HVBENCH_IPERF3");
    return env.isEmpty() ? QStringLiteral("iperf3") : env;
}

QStringList Iperf3Servers::commandLines() const
{
    QStringList out;
    for (int port : m_order)
        out << (QStringList{m_program} + m_servers.value(port).arguments).join(QLatin1Char(' '));
    return out;
}

QString Iperf3Servers::serverOutput(int port) const
{
    return m_servers.value(port).output;
}

qint64 Iperf3Servers::serverPid(int port) const
{
    const Server s = m_servers.value(port);
    return s.process && s.process->state() == QProcess::Running ? s.process->processId() : 0;
}

void Iperf3Servers::start(const QString &bindAddress, const QList<int> &ports)
{
    auto refuse = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
    };
    if (m_state != State::Idle)
        return refuse(Tr::tr("The iperf3 servers are already running; stop them first."));
    if (ports.isEmpty())
        return refuse(Tr::tr("No port was given for the iperf3 servers."));
    for (int i = 0; i < ports.size(); ++i) {
        if (ports[i] < 1 || ports[i] > 65535)
            return refuse(Tr::tr("%1 is not a valid TCP port for an iperf3 server.").arg(ports[i]));
        if (ports.indexOf(ports[i]) != i)
            return refuse(Tr::tr("Port %1 was given twice for the iperf3 servers.").arg(ports[i]));
    }

    m_servers.clear();
    m_order = ports;
    m_program = program();
    m_bindAddress = bindAddress;
    m_state = State::Starting;
    for (int port : ports) {
        Server &s = m_servers[port];
        s.arguments = {QStringLiteral("-s"), QStringLiteral("-B"),  bindAddress,
                       QStringLiteral("-p"), QString::number(port), QStringLiteral("--forceflush")};
        s.process = new QProcess(this);
        s.process->setProgram(m_program);
        // A server must not outlive hvbench (a killed run): the kernel sends it SIGTERM then.
        // Its own process group: a Ctrl-C in hvbench's terminal cancels the run, not the servers.
        s.process->setChildProcessModifier([] {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            ::setpgid(0, 0);
        });
        s.process->setArguments(s.arguments);
        connect(s.process, &QProcess::readyReadStandardOutput, this, [this, port] { onOutput(port, false); });
        connect(s.process, &QProcess::readyReadStandardError, this, [this, port] { onOutput(port, true); });
        connect(s.process, &QProcess::finished, this, [this, port] { onFinished(port); });
        connect(s.process, &QProcess::errorOccurred, this, [this, port](QProcess::ProcessError e) {
            // Queued: Qt may report this from inside start(), and failed() must not arrive there.
            if (e == QProcess::FailedToStart)
                QMetaObject::invokeMethod(
                    this, [this, port] { onFailedToStart(port); }, Qt::QueuedConnection);
        });
    }
    m_startTimer->start();
    // Start them only after every entry exists: a failure signal may arrive for any of them.
    for (Server &s : m_servers)
        if (s.process)
            s.process->start(QIODevice::ReadOnly);
}

void Iperf3Servers::onOutput(int port, bool isStderr)
{
    auto it = m_servers.find(port);
    if (it == m_servers.end() || !it->process)
        return;
    const QString text =
        QString::fromLocal8Bit(isStderr ? it->process->readAllStandardError() : it->process->readAllStandardOutput());
    it->output += text;
    if (isStderr)
        it->errorText += text;
    else if (!it->listening && it->output.contains(QLatin1String("Server listening"))) {
        it->listening = true;
        if (m_state == State::Starting &&
            std::all_of(m_servers.cbegin(), m_servers.cend(), [](const Server &s) { return s.listening; })) {
            m_startTimer->stop();
            m_state = State::Running;
            Q_EMIT ready();
        }
    }
}

QString Iperf3Servers::exitMessage(int port) const
{
    const Server s = m_servers.value(port);
    const QString err = s.errorText.trimmed();
    if (!err.isEmpty())
        return Tr::tr("iperf3 server %1 port %2: %3").arg(m_bindAddress).arg(port).arg(err);
    if (s.process && s.process->exitStatus() == QProcess::CrashExit)
        return Tr::tr("iperf3 server %1 port %2 was killed or crashed.").arg(m_bindAddress).arg(port);
    return Tr::tr("iperf3 server %1 port %2 exited with code %3 without an error message.")
        .arg(m_bindAddress)
        .arg(port)
        .arg(s.process ? s.process->exitCode() : -1);
}

void Iperf3Servers::onFinished(int port)
{
    auto it = m_servers.find(port);
    if (it == m_servers.end() || !it->process)
        return;
    // Whatever is still in the pipes belongs to the record (and to the error message).
    it->output += QString::fromLocal8Bit(it->process->readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(it->process->readAllStandardError());
    it->output += err;
    it->errorText += err;
    it->finished = true;
    switch (m_state) {
    case State::Starting:
        fail(exitMessage(port));
        break;
    case State::Running: {
        const QString message = exitMessage(port);
        retire(it->process);
        it->process = nullptr;
        Q_EMIT serverDied(port, message);
        break;
    }
    case State::Stopping:
        finishStopIfDone();
        break;
    case State::Idle:
        break;
    }
}

void Iperf3Servers::onFailedToStart(int port)
{
    const Server s = m_servers.value(port);
    if (m_state != State::Starting || !s.process)
        return;
    fail(Tr::tr("Cannot run iperf3 (%1): %2. Install iperf3 or point HVBENCH_IPERF3 at it.")
             .arg(m_program, s.process ? s.process->errorString() : QString()));
}

void Iperf3Servers::fail(const QString &message)
{
    m_startTimer->stop();
    m_killTimer->stop();
    // Servers that never served a test have nothing to lose: kill them now, so the object is idle
    // (and start() usable) as soon as failed() is emitted.
    for (Server &s : m_servers) {
        retire(s.process);
        s.process = nullptr;
    }
    m_state = State::Idle;
    Q_EMIT failed(message);
}

void Iperf3Servers::stop()
{
    if (m_state == State::Stopping)
        return;
    m_startTimer->stop();
    m_state = State::Stopping;
    for (Server &s : m_servers)
        if (s.process && s.process->state() != QProcess::NotRunning)
            s.process->terminate();
    m_killTimer->start();
    // Nothing ran (or everything already exited): answer on the next turn of the event loop.
    QMetaObject::invokeMethod(
        this, [this] { finishStopIfDone(); }, Qt::QueuedConnection);
}

void Iperf3Servers::finishStopIfDone()
{
    if (m_state != State::Stopping)
        return;
    for (const Server &s : m_servers)
        if (s.process && s.process->state() != QProcess::NotRunning)
            return;
    m_killTimer->stop();
    for (Server &s : m_servers) {
        retire(s.process);
        s.process = nullptr;
    }
    m_state = State::Idle;
    Q_EMIT stopped();
}

} // namespace hvbench
