// SPDX-License-Identifier: GPL-3.0-or-later
// hvbench-cli: runs and shows hvbench sessions headless.
#include "cliapp.h"
#include "util/runtimedir.h"
#include "util/translations.h"

#include <QApplication>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace {
std::atomic<bool> g_interrupted{false};
std::atomic<bool> g_togglePause{false};
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // charts are rendered to files, never shown
    hvbench::ensureRuntimeDir();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hvbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HVBENCH_VERSION));
    hvbench::installTranslations(app, hvbench::requestedLocale(QCoreApplication::arguments())); // --lang, else LANG…
    hvbench::cli::CliApp cli;
    QObject::connect(&cli, &hvbench::cli::CliApp::done, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    const int code = cli.start(app.arguments());
    if (code >= 0)
        return code;
    std::signal(SIGINT, [](int) { g_interrupted = true; });
    std::signal(SIGTERM, [](int) { g_interrupted = true; });
    std::signal(SIGUSR1, [](int) { g_togglePause = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &cli, [&cli] {
        if (g_interrupted.exchange(false))
            cli.interrupt();
        if (g_togglePause.exchange(false))
            cli.togglePause();
    });
    poll.start(200);
    return app.exec();
}
