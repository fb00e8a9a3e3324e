// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `hvbench-cli compare A.hvbench B.hvbench … [--reference]`: the Compare page's aligned table
// (ComparisonModel) as text: per session the mean per guest, % loss vs bare metal, its 95 % CI
// and n; "—" where a session has no such cell.  --reference adds the paper's published % loss.
#include <QStringList>

class QTextStream;

namespace hvbench::cli {

// `args` are the arguments after "compare".  Exit code: 0 printed (or help shown), 2 a bad
// option or a session file that does not load (the message names it; nothing is printed).
int runCompareCommand(const QStringList &args, QTextStream &out, QTextStream &err);
QString compareHelp(); // translated usage text of the command

} // namespace hvbench::cli
