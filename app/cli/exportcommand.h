// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `hvbench-cli export SESSION --export-dir DIR [--format png,svg,csv] [--size WxH] [--dpi N]
// [--report html|pdf|both]`: charts, tables and the report, headless.  Every option is checked
// before the session is read and before anything is written.
#include "io/exportoptions.h"
#include "util/result.h"

class QCommandLineParser;
class QTextStream;

namespace hvbench {
class SessionDocument;
}

namespace hvbench::cli {

void addExportOptions(QCommandLineParser &p);
QString exportOptionsHelp();
// The options given, on top of the defaults (PNG + CSV, 1200x800, 96 dpi, no report).
Result<io::ExportOptions> exportOptionsFrom(const QCommandLineParser &p);
// Exit code: 0 written, 2 bad session file or unwritable folder.
int runExportCommand(SessionDocument &doc, const QString &sessionFile, const QString &dir,
                     const io::ExportOptions &options, QTextStream &out, QTextStream &err);

} // namespace hvbench::cli
