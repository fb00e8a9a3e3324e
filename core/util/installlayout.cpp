// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/installlayout.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifndef HVBENCH_LIBEXEC_FROM_BIN
#define HVBENCH_LIBEXEC_FROM_BIN "../libexec/hvbench"
#endif
#ifndef HVBENCH_DATA_FROM_BIN
#define HVBENCH_DATA_FROM_BIN "../share/hvbench"
#endif

namespace hvbench::install {

namespace {
QString under(const QString &dir, const QString &relative)
{
    return QDir::cleanPath(QDir(dir).filePath(relative));
}
} // namespace

QString libexecFromBin()
{
    return QStringLiteral(HVBENCH_LIBEXEC_FROM_BIN);
}

QString agentPath(const QString &appDir)
{
    const QString agent = QStringLiteral("hvbench-agent");
    for (const QString &candidate : {under(appDir, QStringLiteral("../agent/") + agent), // build tree
                                     under(appDir, libexecFromBin() + u'/' + agent)}) {  // installed
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return under(appDir, agent);
}

QStringList guestDirs(const QString &appDir)
{
    QStringList dirs;
    const QString buildRoot = under(appDir, QStringLiteral("../.."));     // build/dev/app/<x>/
    if (QFileInfo::exists(buildRoot + QStringLiteral("/CMakeCache.txt"))) // not "/guest" when installed
        dirs << buildRoot + QStringLiteral("/guest");
    const QString userData = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!userData.isEmpty())
        dirs << under(userData, QStringLiteral("hvbench/guest"));
    dirs << QStringLiteral("/var/lib/hvbench/guest") << under(appDir, QStringLiteral(HVBENCH_DATA_FROM_BIN "/guest"));
    dirs.removeDuplicates();
    return dirs;
}

QString guestBuildCommand(const QString &appDir)
{
    const QString builder = under(appDir, libexecFromBin() + QStringLiteral("/hvbench-build-guest"));
    if (QFileInfo(builder).isExecutable())
        return builder;
    return QStringLiteral("cmake --build build/dev --target guest");
}

} // namespace hvbench::install
