// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// hvbench-cli: run / show, headless.  Owns the document and runner for one command.
#include "io/exportoptions.h"
#include "model/sessiondocument.h"
#include "run/runner.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QCommandLineParser;

namespace hvbench::cli {

class CliApp final : public QObject {
    Q_OBJECT
public:
    // Parses the arguments; returns an exit code to use at once, or -1 when a run was started
    // (then `done(code)` is emitted when it ends).
    int start(const QStringList &args);
    void togglePause(); // SIGUSR1: pause after the running step, or resume
    void interrupt(); // Ctrl-C: cancel the run; VMs are destroyed, results are kept

Q_SIGNALS:
    void done(int exitCode);

private:
    int startRun(const QString &sessionFile, bool demo, const QCommandLineParser &p);
    int show(const QString &sessionFile);
    void onRunEnded(const QString &error, bool beforeMeasuring);
    void printSkipped();

    SessionDocument m_doc;
    std::unique_ptr<Runner> m_runner;
    QString m_exportDir;
    io::ExportOptions m_exportOptions;
};

} // namespace hvbench::cli
