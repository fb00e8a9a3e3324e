// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real benchmark tools on this machine for tests (tst_measurement, tst_importcommand):
// iperf3 on 127.0.0.1, fio and bonnie++ in a temporary directory.  An empty path = not installed.
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace toolruns {

inline QString iperf3Path()
{
    return QStandardPaths::findExecutable(QStringLiteral("iperf3"));
}
inline QString fioPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("fio"));
}
inline QString bonniePath()
{
    QString p = QStandardPaths::findExecutable(QStringLiteral("bonnie++"));
    if (p.isEmpty())
        p = QStandardPaths::findExecutable(
            QStringLiteral("bonnie++"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
    return p;
}

// A TCP port on 127.0.0.1 that was free a moment ago (the kernel picks it).
inline int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

struct Output {
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

inline Output run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
    }
    return {p.readAllStandardOutput(), p.readAllStandardError(),
            p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1};
}

// `iperf3 -c 127.0.0.1 -p PORT -t 1 -J extra…` against a one-shot server on a free port.
// With serve = false nobody listens on the port (iperf3's real "error" document).
inline QByteArray iperf3Client(const QStringList &extra, bool serve = true)
{
    const QString iperf3 = iperf3Path();
    const int port = freeLoopbackPort();
    QProcess server;
    if (serve) {
        server.start(iperf3,
                     {QStringLiteral("-s"), QStringLiteral("-1"), QStringLiteral("-B"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("-p"), QString::number(port), QStringLiteral("--forceflush")});
        if (!server.waitForStarted(5000))
            return {};
        QByteArray banner;
        QElapsedTimer t;
        t.start();
        while (!banner.contains("listening") && t.elapsed() < 5000 && server.state() == QProcess::Running) {
            server.waitForReadyRead(200);
            banner += server.readAllStandardOutput();
        }
    }
    const Output c =
        run(iperf3,
            QStringList{QStringLiteral("-c"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                        QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-J")} +
                extra,
            30000);
    if (serve) {
        server.kill();
        server.waitForFinished(2000);
    }
    return c.out;
}

// The runner's fio invocation: one file of `sizeMiB`, four jobs seq-write, seq-read, rand-write,
// rand-read with stonewall between them.  O_DIRECT when the file system allows it.
inline Output fioFourJobs(const QString &dir, int sizeMiB, bool *direct = nullptr)
{
    for (const bool d : {true, false}) {
        const QStringList args{QStringLiteral("--output-format=json"),
                               QStringLiteral("--filename=") + dir + QStringLiteral("/fio.dat"),
                               QStringLiteral("--size=%1M").arg(sizeMiB),
                               QStringLiteral("--direct=%1").arg(d ? 1 : 0),
                               QStringLiteral("--ioengine=psync"),
                               QStringLiteral("--name=seq-write"),
                               QStringLiteral("--rw=write"),
                               QStringLiteral("--bs=1M"),
                               QStringLiteral("--name=seq-read"),
                               QStringLiteral("--stonewall"),
                               QStringLiteral("--rw=read"),
                               QStringLiteral("--bs=1M"),
                               QStringLiteral("--name=rand-write"),
                               QStringLiteral("--stonewall"),
                               QStringLiteral("--rw=randwrite"),
                               QStringLiteral("--bs=4k"),
                               QStringLiteral("--name=rand-read"),
                               QStringLiteral("--stonewall"),
                               QStringLiteral("--rw=randread"),
                               QStringLiteral("--bs=4k")};
        Output o = run(fioPath(), args, 60000);
        if (o.exitCode == 0 || !d) {
            if (direct)
                *direct = d;
            return o;
        }
    }
    return {};
}

inline QStringList bonnieUserArgs()
{
    return ::geteuid() == 0 ? QStringList{QStringLiteral("-u"), QStringLiteral("root")} : QStringList{};
}

} // namespace toolruns
