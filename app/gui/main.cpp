// SPDX-License-Identifier: GPL-3.0-or-later
// hvbench: the GUI.  Thin: parse the command line, wire the document, the runner and the window.
#include "mainwindow.h"
#include "model/sessiondocument.h"
#include "run/runner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

using namespace hvbench;

namespace {
QString agentPath()
{
    const QString env = qEnvironmentVariable("HVBENCH_AGENT");
    if (!env.isEmpty())
        return env;
    const QString dir = QCoreApplication::applicationDirPath();
    const QString buildTree = dir + QStringLiteral("/../agent/hvbench-agent");
    if (QFileInfo::exists(buildTree))
        return QFileInfo(buildTree).canonicalFilePath();
    return dir + QStringLiteral("/hvbench-agent");
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hvbench"));
    QApplication::setApplicationVersion(QStringLiteral(HVBENCH_VERSION));
    QApplication::setOrganizationName(QStringLiteral("hvbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Measure what a hypervisor costs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("session"), QApplication::translate("main", "Session file to open."),
                                 QStringLiteral("[SESSION_FILE]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start with the built-in demo session (default)."));
    const QCommandLineOption run(QStringLiteral("run"), QApplication::translate("main", "Start the run at once."));
    parser.addOptions({demo, run});
    parser.process(app);

    SessionDocument doc;
    RunnerOptions options;
    options.agentPath = agentPath();
    options.consoleLogDir = qEnvironmentVariable("HVBENCH_CONSOLE_DIR", QStringLiteral("/var/log/libvirt/qemu"));
    Runner runner(&doc, options);
    MainWindow window(&doc, &runner);

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !parser.isSet(demo))
        window.openFile(files.constFirst()); // a failure is shown; the demo session stays open
    window.show();
    if (parser.isSet(run))
        QTimer::singleShot(0, &window, &MainWindow::startRun);
    return app.exec();
}
