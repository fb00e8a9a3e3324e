// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"
#include "analysis/losstablemodel.h"
#include "charts/chartexport.h"
#include "benchoptions.h"
#include "cleanupcommand.h"
#include "comparecommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "climessages.h"
#include "specoptions.h"
#include "model/sessiondocument.h"
#include "util/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace hvbench::cli {

namespace {
QString helpText()
{
    return QCoreApplication::translate(
        "hvbench::cli",
        "Usage: hvbench-cli COMMAND [options]\n\n"
        "Commands:\n"
        "  run [SESSION_FILE]   run a session file, or the built-in demo with --demo\n"
        "  show SESSION_FILE    print the % loss table (Table I) of a session\n"
        "  export SESSION_FILE --export-dir DIR [--format png,svg,csv] [--size WxH]\n"
        "                       [--dpi N] [--report html|pdf|both]\n"
        "                       write its charts, CSV tables and report (see below)\n"
        "  cleanup [--uri URI] [--yes]   remove what crashed hvbench runs left on a host\n"
        "                       (only objects carrying hvbench's mark whose creator is gone)\n"
        "  import --tool iperf3|fio|bonnie ... --out SESSION_FILE FILE...\n"
        "                       add outputs of tools run by hand (see import --help)\n"
        "  compare SESSION_FILE... [--reference]   sessions side by side, and the paper's\n"
        "                       published % loss (see compare --help)\n\n"
        "Options of run:\n"
        "  --demo               the built-in demo: PI on bare metal, 1 and 2 VMs\n"
        "  --out FILE           where to save the session (default: the file run, or\n"
        "                       ./hvbench-demo-<time>/session.hvbench for --demo)\n"
        "  --export-dir DIR     also write PNG charts and CSV tables there\n"
        "                       (default for --demo: the folder of --out)\n"
        "  --uri URI            libvirt host (default: the session's, qemu:///system)\n"
        "  --vms LIST           concurrency levels, e.g. 1,2\n"
        "  --repeats N          rounds per cell\n"
        "  --digits N           PI digits (0 = the agent's default)\n"
        "  --memory MIB         RAM of each VM      --vcpus N   vCPUs of each VM\n"
        "  --no-baseline        skip the bare-metal baseline\n"
        "  --cleanup            first remove leftovers of crashed runs on the host\n"
        "  --resume             continue the session's interrupted run (cancelled, failed or\n"
        "                       killed): what it measured is kept and not measured again\n"
        "                       (without it, a run starts anew and replaces the results)\n"
        "  kill -USR1 PID       pauses the run after its running step; again: resumes\n\n"
        "  -h, --help           this help      -v, --version   the version\n\n"
        "Exit status: 0 ok; 1 a run failed while measuring (what was measured is kept);\n"
        "2 usage or bad input: a bad session file or option, an unreachable host, a missing\n"
        "guest image, a spec the host cannot run, a guest that never answered.\n"
        "Progress goes to stderr, results to stdout.") + QStringLiteral("\n\n") + specOptionsHelp()
        + QStringLiteral("\n\n") + benchOptionsHelp() + QStringLiteral("\n\n") + exportOptionsHelp()
        + QStringLiteral("\n\n")
        + QCoreApplication::translate("hvbench::cli",
                                      "Every command:\n  --lang CODE          language of the messages, e.g. it or en\n"
                                      "                       (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)");
}

Status applyOverrides(SessionDocument &doc, const QCommandLineParser &p)
{
    Session s = doc.session();
    bool ok = true;
    if (p.isSet(QStringLiteral("uri")))
        s.hostUri = p.value(QStringLiteral("uri"));
    if (p.isSet(QStringLiteral("vms"))) {
        s.matrix.vmCounts.clear();
        for (const QString &part : p.value(QStringLiteral("vms")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            s.matrix.vmCounts << part.trimmed().toInt(&ok);
            if (!ok)
                return Error{QCoreApplication::translate("hvbench::cli", "--vms takes numbers separated by commas, "
                                                                         "e.g. 1,2 (got \"%1\").")
                                 .arg(p.value(QStringLiteral("vms")))};
        }
    }
    if (p.isSet(QStringLiteral("repeats")))
        s.matrix.repeats = p.value(QStringLiteral("repeats")).toInt(&ok);
    if (ok && p.isSet(QStringLiteral("digits")))
        s.benchmarks.piDigits = p.value(QStringLiteral("digits")).toInt(&ok);
    // VM options apply to every spec of the session.
    for (VmSpec &v : s.specs) {
        if (ok && p.isSet(QStringLiteral("memory")))
            v.memoryMiB = p.value(QStringLiteral("memory")).toInt(&ok);
        if (ok && p.isSet(QStringLiteral("vcpus")))
            v.vcpus = p.value(QStringLiteral("vcpus")).toInt(&ok);
    }
    if (!ok)
        return Error{QCoreApplication::translate("hvbench::cli",
                                                 "--repeats, --digits, --memory and --vcpus take a whole number.")};
    if (p.isSet(QStringLiteral("no-baseline")))
        s.matrix.baseline = false;
    for (VmSpec &v : s.specs)
        if (auto st = applySpecOptions(v, p); !st)
            return st;
    if (auto st = applyBenchOptions(s, p); !st)
        return st;
    if (auto v = s.validate(); !v)
        return v;
    doc.setSettings(s.specs, s.benchmarks, s.matrix, s.hostUri);
    return Ok{};
}
} // namespace

int CliApp::start(const QStringList &arguments)
{
    const QStringList args = withoutLanguageOption(arguments); // main applied --lang (installTranslations)
    if (args.value(1) == QLatin1String("import")) { // its own options: see importcommand.h
        QTextStream o(stdout), e(stderr);
        return runImportCommand(args.mid(2), o, e);
    }
    if (args.value(1) == QLatin1String("compare")) { // its own options: see comparecommand.h
        QTextStream o(stdout), e(stderr);
        return runCompareCommand(args.mid(2), o, e);
    }
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("command"), QString());
    for (const char *flag : {"demo", "no-baseline", "cleanup", "resume", "yes", "h", "help", "v", "version"})
        p.addOption(QCommandLineOption(QString::fromLatin1(flag)));
    for (const char *opt : {"out", "export-dir", "uri", "vms", "repeats", "digits", "memory", "vcpus"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
    addSpecOptions(p);
    addBenchOptions(p);
    addExportOptions(p);
    if (!p.parse(args)) {
        err(p.errorText() + QStringLiteral("\n\n") + helpText());
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("h")) || p.isSet(QStringLiteral("help"))) {
        out(helpText());
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("v")) || p.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("hvbench-cli %1").arg(QStringLiteral(HVBENCH_VERSION)));
        return ExitOk;
    }
    const QStringList pos = p.positionalArguments();
    const QString cmd = pos.value(0);
    if (cmd == QLatin1String("run") && pos.size() <= 2) {
        const bool demo = p.isSet(QStringLiteral("demo")) || p.isSet(QStringLiteral("preset"));
        if (demo == (pos.size() == 2)) {
            err(tr("run takes either a session file, --demo or --preset P.\n\n") + helpText());
            return ExitUsage;
        }
        return startRun(pos.value(1), demo, p);
    }
    if (cmd == QLatin1String("cleanup") && pos.size() == 1) {
        QTextStream o(stdout), e(stderr);
        return runCleanupCommand(p.isSet(QStringLiteral("uri")) ? p.value(QStringLiteral("uri")) : QStringLiteral("qemu:///system"),
                                 p.isSet(QStringLiteral("yes")), o, e);
    }
    if (cmd == QLatin1String("show") && pos.size() == 2)
        return show(pos.at(1));
    if (cmd == QLatin1String("export") && pos.size() == 2) {
        if (!p.isSet(QStringLiteral("export-dir"))) {
            err(tr("export needs --export-dir DIR."));
            return ExitUsage;
        }
        auto options = exportOptionsFrom(p);
        if (!options) {
            err(options.errorMessage());
            return ExitUsage;
        }
        QTextStream o(stdout), e(stderr);
        return runExportCommand(m_doc, pos.at(1), p.value(QStringLiteral("export-dir")), *options, o, e);
    }
    err((cmd.isEmpty() ? tr("No command given.") : tr("Unknown command or wrong arguments: %1").arg(pos.join(QLatin1Char(' '))))
        + QStringLiteral("\n\n") + helpText());
    return ExitUsage;
}

int CliApp::show(const QString &sessionFile)
{
    if (auto st = m_doc.open(sessionFile); !st) {
        err(st.errorMessage());
        return ExitUsage;
    }
    LossTableModel table(&m_doc);
    out(tr("%1 — %2 results, host %3 (%4)")
            .arg(m_doc.session().name)
            .arg(m_doc.session().results.size())
            .arg(m_doc.session().hostUri,
                 m_doc.session().manifest.value(QStringLiteral("host")).toObject().value(QStringLiteral("accel")).toString(
                     tr("not run yet"))));
    const QString bench = formatBenchTable(m_doc.session().results, m_doc.session().benchmarks);
    if (table.rowCount() > 0)
        out(formatTable(table));
    if (!bench.isEmpty())
        out(bench);
    if (table.rowCount() == 0 && bench.isEmpty())
        out(tr("No results yet."));
    printSkipped();
    return ExitOk;
}

int CliApp::startRun(const QString &sessionFile, bool demo, const QCommandLineParser &p)
{
    QString outPath = p.value(QStringLiteral("out"));
    m_exportDir = p.value(QStringLiteral("export-dir"));
    auto exportOptions = exportOptionsFrom(p);
    if (!exportOptions) {
        err(exportOptions.errorMessage());
        return ExitUsage;
    }
    m_exportOptions = *exportOptions;
    if (demo) {
        if (p.isSet(QStringLiteral("preset"))) {
            auto preset = presetFromOptions(p);
            if (!preset) {
                err(preset.errorMessage());
                return ExitUsage;
            }
            m_doc.reset(*preset);
        } else {
            m_doc.reset(Session::demo());
        }
        if (outPath.isEmpty()) {
            const QString dir = QStringLiteral("hvbench-demo-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            outPath = QDir(dir).filePath(QStringLiteral("session.hvbench"));
        }
        if (m_exportDir.isEmpty())
            m_exportDir = QFileInfo(outPath).absolutePath();
    } else {
        if (auto st = m_doc.open(sessionFile); !st) {
            err(st.errorMessage());
            return ExitUsage;
        }
        if (outPath.isEmpty())
            outPath = sessionFile;
    }
    const bool resume = p.isSet(QStringLiteral("resume"));
    if (resume && (demo || !Runner::hasUnfinishedRun(m_doc.session()))) {
        err(tr("--resume: %1 holds no interrupted run to continue.").arg(demo ? tr("the demo") : sessionFile));
        return ExitUsage;
    }
    if (!resume && Runner::hasUnfinishedRun(m_doc.session()))
        err(tr("Note: this session holds an interrupted run; it is replaced (--resume continues it instead)."));
    if (auto st = applyOverrides(m_doc, p); !st) {
        err(st.errorMessage());
        return ExitUsage;
    }
    QDir().mkpath(QFileInfo(outPath).absolutePath());
    if (auto st = m_doc.save(outPath); !st) { // saved first: the journal lives beside it
        err(st.errorMessage());
        return ExitUsage;
    }
    err(tr("Session: %1").arg(QFileInfo(outPath).absoluteFilePath()));
    if (p.isSet(QStringLiteral("cleanup"))) {
        QTextStream o(stderr), e(stderr);
        if (runCleanupCommand(m_doc.session().hostUri, /*assumeYes=*/true, o, e) == 2)
            return ExitUsage;
    }
    m_runner = std::make_unique<Runner>(&m_doc, RunnerOptions::defaults());
    connect(m_runner.get(), &Runner::log, this, [](const QString &l) { err(l); });
    connect(m_runner.get(), &Runner::vmPhaseChanged, this,
            [](int, const QString &domain, VmPhase phase, const QString &) { err(tr("%1: %2").arg(domain, vmPhaseName(phase))); });
    connect(m_runner.get(), &Runner::warning, this, [](const QString &w) { err(tr("WARNING: %1").arg(w)); });
    connect(m_runner.get(), &Runner::progress, this, [](int done, int total, const QString &what) {
        err(QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(what));
    });
    connect(m_runner.get(), &Runner::pausedChanged, this, [](bool paused) {
        err(paused ? tr("Paused (send SIGUSR1 again to resume).") : tr("Resumed."));
    });
    connect(m_runner.get(), &Runner::finished, this, [this] { onRunEnded({}, false); });
    connect(m_runner.get(), &Runner::failed, this, &CliApp::onRunEnded);
    if (resume)
        m_runner->start();
    else
        m_runner->startFresh();
    return -1;
}

void CliApp::onRunEnded(const QString &error, bool beforeMeasuring)
{
    // Nothing could be measured (host, guest image, spec): bad input, 2.  Failed while
    // measuring (a VM died, a tool failed): 1.
    int code = error.isEmpty() ? ExitOk : (beforeMeasuring ? ExitUsage : ExitRunFailed);
    if (auto st = m_doc.save(m_doc.path()); !st) {
        err(st.errorMessage());
        code = ExitRunFailed;
    }
    if (!m_exportDir.isEmpty() && m_doc.session().results.isEmpty()) {
        err(tr("Nothing was measured: no charts written to %1.").arg(QFileInfo(m_exportDir).absoluteFilePath()));
    } else if (!m_exportDir.isEmpty()) {
        if (auto st = exportAllCharts(m_doc, m_exportDir, m_exportOptions); !st) {
            err(st.errorMessage());
            code = ExitRunFailed;
        } else {
            err(tr("Charts and CSV written to %1").arg(QFileInfo(m_exportDir).absoluteFilePath()));
        }
    }
    LossTableModel table(&m_doc);
    if (table.rowCount() > 0)
        out(formatTable(table));
    const QString bench = formatBenchTable(m_doc.session().results, m_doc.session().benchmarks);
    if (!bench.isEmpty())
        out(bench);
    printSkipped();
    const QJsonObject timing = m_doc.session().manifest.value(QStringLiteral("timing")).toObject();
    if (!timing.isEmpty())
        out(tr("Time: %1 s of rounds, %2 s inside benchmarks: orchestration overhead %3 %.")
                .arg(timing.value(QStringLiteral("rounds_wall_s")).toDouble(), 0, 'f', 1)
                .arg(timing.value(QStringLiteral("measuring_s")).toDouble(), 0, 'f', 1)
                .arg(timing.value(QStringLiteral("orchestration_pct")).toDouble(), 0, 'f', 1));
    if (!error.isEmpty())
        err(tr("The run failed: %1\n%n result(s) measured before the failure are kept in %2.", nullptr,
               int(m_doc.session().results.size())).arg(error, m_doc.path()));
    Q_EMIT done(code);
}

void CliApp::printSkipped()
{
    const QJsonArray skipped = m_doc.session().manifest.value(QStringLiteral("skipped")).toArray();
    if (skipped.isEmpty())
        return;
    out(tr("Skipped (%n):", nullptr, int(skipped.size())));
    for (const auto &v : skipped) {
        const QJsonObject o = v.toObject();
        const QString b = o.value(QStringLiteral("benchmark")).toString();
        out(QStringLiteral("  %1 %2: %3").arg(o.value(QStringLiteral("cell")).toString(),
                                             b == QLatin1String("*") ? tr("(all)") : b,
                                             o.value(QStringLiteral("reason")).toString()));
    }
}

void CliApp::togglePause()
{
    if (!m_runner || !m_runner->isRunning())
        return;
    if (m_runner->isPaused() || m_runner->isPauseRequested())
        m_runner->resume();
    else
        m_runner->pause();
}

void CliApp::interrupt()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

} // namespace hvbench::cli
