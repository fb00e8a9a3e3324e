// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A private libvirtd (own config, socket and pid file in a temp dir; no TCP) serving the test
// driver, run by private-libvirtd.sh (the test target defines HVBENCH_PRIVATE_LIBVIRTD as its
// path), for the tests that watch a connection get lost and come back.  Killed when destroyed.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace hvbench::test {

class PrivateLibvirtd final {
public:
    // dirTemplate short (e.g. "/tmp/hvbench-pd-XXXXXX"): UNIX socket paths are limited.
    explicit PrivateLibvirtd(const QString &dirTemplate) : m_dir(dirTemplate)
    {
        m_daemon.setStandardOutputFile(m_dir.filePath(QStringLiteral("libvirtd.log")), QIODevice::Append);
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    }
    ~PrivateLibvirtd() { stop(); }
    PrivateLibvirtd(const PrivateLibvirtd &) = delete;
    PrivateLibvirtd &operator=(const PrivateLibvirtd &) = delete;

    static bool installed()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("libvirtd"),
                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                    .isEmpty();
    }
    bool isValid() const { return m_dir.isValid(); }
    QString socket() const { return m_dir.filePath(QStringLiteral("libvirt-sock")); }
    QString uri() const { return QStringLiteral("test+unix:///default?socket=") + socket(); }

    // Starts the daemon and waits (QtTest failure otherwise) until its socket is there.
    void start()
    {
        QFile::remove(socket());
        m_daemon.start(QStringLiteral("sh"), {QStringLiteral(HVBENCH_PRIVATE_LIBVIRTD), m_dir.path()});
        QVERIFY(m_daemon.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket()), 15000);
    }
    // Kills the daemon: its clients lose the connection.
    void stop()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
};

} // namespace hvbench::test
