// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The host side of the network benchmark: one `iperf3 -s` per guest (an iperf3 server serves one
// client at a time), all bound to the host address of the run's isolated network (or to the
// bridge address the bare-metal namespace reaches).  Asynchronous: start() returns at once and
// answers ready() or failed(); nothing here blocks the caller's thread.
//
// The binary is $HVBENCH_IPERF3 when set, else "iperf3" from PATH.
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;
class QTimer;

namespace hvbench {

class Iperf3Servers final : public QObject {
    Q_OBJECT
public:
    static constexpr int kStartTimeoutMs = 10'000; // every server must say "Server listening" by then
    static constexpr int kKillAfterMs = 2'000;     // SIGTERM, then SIGKILL after this long

    explicit Iperf3Servers(QObject *parent = nullptr);
    ~Iperf3Servers() override; // kills whatever still runs (no signals)

    // Starts `iperf3 -s -B <bindAddress> -p <port> --forceflush` for every port.  Answers ready()
    // once each printed "Server listening", or failed() (iperf3's own stderr when one exits, e.g.
    // "Address already in use"; the others are then stopped).  Only when idle.
    void start(const QString &bindAddress, const QList<int> &ports);
    // SIGTERM to every server, SIGKILL to those still alive after kKillAfterMs; then stopped().
    // Also answers stopped() (queued) when nothing runs.
    void stop();

    bool isRunning() const { return m_state == State::Running; }
    QString bindAddress() const { return m_bindAddress; }
    QList<int> ports() const { return m_order; }
    // The exact command lines, one per server in start()'s port order, for the session manifest.
    QStringList commandLines() const;
    // Everything that server printed so far (stdout and stderr, in arrival order): the raw record.
    QString serverOutput(int port) const;
    // The server's process id (0 when not running), e.g. for diagnostics and tests.
    qint64 serverPid(int port) const;

    static QString program(); // $HVBENCH_IPERF3 or "iperf3"

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void serverDied(int port, const QString &message); // a server exited while running
    void stopped();

private:
    enum class State { Idle, Starting, Running, Stopping };
    struct Server {
        QProcess *process = nullptr;
        QStringList arguments;
        QString output;    // stdout + stderr, arrival order
        QString errorText; // stderr only
        bool listening = false;
        bool finished = false;
    };
    void onOutput(int port, bool isStderr);
    void onFinished(int port);
    void onFailedToStart(int port);
    void fail(const QString &message);
    void finishStopIfDone();
    QString exitMessage(int port) const;

    State m_state = State::Idle;
    QString m_program;
    QString m_bindAddress;
    QMap<int, Server> m_servers;
    QList<int> m_order; // as given to start()
    QTimer *m_startTimer;
    QTimer *m_killTimer;
};

} // namespace hvbench
