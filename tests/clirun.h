// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the built `hvbench-cli SUBCOMMAND args…` for the tests that drive the binary (their target
// defines HVBENCH_CLI as its path): exit code (-1 when it crashed or was killed), stdout, stderr.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace hvbench::test {

struct Cli {
    int code = -1;
    QString out;
    QString err;
};

// Killed after timeoutMs.
inline Cli runCli(const QString &subcommand, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(HVBENCH_CLI), QStringList{subcommand} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace hvbench::test
