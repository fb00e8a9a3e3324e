// SPDX-License-Identifier: GPL-3.0-or-later
// install::agentPath / guestDirs / guestBuildCommand on fake build-tree and installed layouts.
#include "util/installlayout.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hvbench;

namespace {
void makeExecutable(const QString &path)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n");
    f.close();
    QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
}
} // namespace

class TstInstallLayout final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agentInBuildTree();
    void agentInstalledInLibexec();
    void agentMissingNamesNextToProgram();
    void guestDirsInOrder();
    void guestBuildCommand();
};

void TstInstallLayout::agentInBuildTree()
{
    QTemporaryDir tmp;
    const QString root = QFileInfo(tmp.path()).canonicalFilePath();
    makeExecutable(root + QStringLiteral("/app/agent/hvbench-agent"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/app/cli")));
    QCOMPARE(install::agentPath(root + QStringLiteral("/app/cli")), root + QStringLiteral("/app/agent/hvbench-agent"));
}

void TstInstallLayout::agentInstalledInLibexec()
{
    QTemporaryDir tmp;
    const QString root = QFileInfo(tmp.path()).canonicalFilePath();
    QCOMPARE(install::libexecFromBin(), QStringLiteral("../libexec/hvbench")); // the default GNUInstallDirs layout
    makeExecutable(root + QStringLiteral("/usr/libexec/hvbench/hvbench-agent"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/usr/bin")));
    QCOMPARE(install::agentPath(root + QStringLiteral("/usr/bin")),
             root + QStringLiteral("/usr/libexec/hvbench/hvbench-agent"));
}

void TstInstallLayout::agentMissingNamesNextToProgram()
{
    QTemporaryDir tmp;
    QCOMPARE(install::agentPath(tmp.path() + QStringLiteral("/bin")),
             tmp.path() + QStringLiteral("/bin/hvbench-agent"));
}

void TstInstallLayout::guestDirsInOrder()
{
    QTemporaryDir tmp;
    qputenv("XDG_DATA_HOME", QFile::encodeName(tmp.path() + QStringLiteral("/data")));
    // Installed: no build-tree candidate (it would be <prefix>/../guest).
    const QStringList installed = install::guestDirs(tmp.path() + QStringLiteral("/usr/bin"));
    // A build tree: <build>/app/cli with <build>/CMakeCache.txt; its guest comes first.
    QFile cache(tmp.filePath(QStringLiteral("build/CMakeCache.txt")));
    QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("build/app/cli"))) && cache.open(QIODevice::WriteOnly));
    const QStringList buildTree = install::guestDirs(tmp.path() + QStringLiteral("/build/app/cli"));
    qunsetenv("XDG_DATA_HOME");
    QCOMPARE(installed,
             (QStringList{tmp.path() + QStringLiteral("/data/hvbench/guest"), QStringLiteral("/var/lib/hvbench/guest"),
                          tmp.path() + QStringLiteral("/usr/share/hvbench/guest")}));
    QCOMPARE(buildTree.value(0), tmp.path() + QStringLiteral("/build/guest"));
    QCOMPARE(buildTree.value(1), tmp.path() + QStringLiteral("/data/hvbench/guest"));
}

void TstInstallLayout::guestBuildCommand()
{
    QTemporaryDir tmp;
    const QString bin = tmp.path() + QStringLiteral("/usr/bin");
    QCOMPARE(install::guestBuildCommand(bin), QStringLiteral("cmake --build build/dev --target guest"));
    makeExecutable(tmp.path() + QStringLiteral("/usr/libexec/hvbench/hvbench-build-guest"));
    QCOMPARE(install::guestBuildCommand(bin), tmp.path() + QStringLiteral("/usr/libexec/hvbench/hvbench-build-guest"));
}

QTEST_GUILESS_MAIN(TstInstallLayout)
#include "tst_installlayout.moc"
