// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where hvbench finds its companion files, in the build tree and once installed
// (GNUInstallDirs layout, relative to the executable so `cmake --install --prefix` and DESTDIR
// staging keep working):
//   build tree   build/dev/app/{gui,cli}/hvbench[-cli]   ../agent/hvbench-agent   ../../guest/
//   installed    <prefix>/bin/hvbench[-cli]              <prefix>/libexec/hvbench/hvbench-agent
//                the guest is built on the target machine by
//                <prefix>/libexec/hvbench/hvbench-build-guest into the user's data folder
//                (~/.local/share/hvbench/guest) or, as root, /var/lib/hvbench/guest.
#include <QString>
#include <QStringList>

namespace hvbench::install {

// The folder of installed private executables relative to the folder of hvbench (e.g.
// "../libexec/hvbench").
QString libexecFromBin();
// The agent for a program in `appDir`: the build tree's, else the installed one in libexec,
// else one next to the program.  The result may not exist (the caller reports it).
QString agentPath(const QString &appDir);
// Candidate guest folders after $HVBENCH_GUEST_DIR, in order: the build tree (when `appDir` is
// in one: ../../CMakeCache.txt), the user's data folder, /var/lib/hvbench/guest,
// <prefix>/share/hvbench/guest.
QStringList guestDirs(const QString &appDir);
// The command that builds the guest for a program in `appDir`: the installed builder when it
// exists, else the build-tree target.
QString guestBuildCommand(const QString &appDir);

} // namespace hvbench::install
