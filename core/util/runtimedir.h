// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Without a login session (a server, CI, sudo) XDG_RUNTIME_DIR is unset and Qt prints a
// warning on every start.  Point it at a private folder of our own first, as Qt itself would.
#include <QDir>
#include <QFile>
#include <unistd.h>

namespace hvbench {

inline void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace hvbench
