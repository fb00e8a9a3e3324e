// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `hvbench-cli import --tool iperf3|fio|bonnie [--direction out|in] (--baseline | --config NAME
// --vms N) [--guest I] [--repeat R] --out SESSION.hvbench FILE…`: each FILE is the output of one
// run of the tool made by hand; it becomes a RunResult (through the same functions the runner
// uses, core/bench/measurement.h) appended to SESSION.  QtCore only.
#include <QString>
#include <QStringList>

class QTextStream;

namespace hvbench::cli {

// `args` are the arguments after "import".  SESSION is created (demo defaults, a new id) when it
// does not exist; when it exists it must load.  Every FILE is parsed before anything is
// written: a bad FILE leaves SESSION untouched.  Exit code: 0 imported (or help shown), 2 bad
// option, session or FILE (the message names it), 1 the session could not be written.
int runImportCommand(const QStringList &args, QTextStream &out, QTextStream &err);
QString importHelp(); // translated usage text of the command

} // namespace hvbench::cli
