// SPDX-License-Identifier: GPL-3.0-or-later
// hvbench: the GUI.  Thin: parse the command line, wire the document, the runner and the window.
#include "appidentity.h"
#include "credentialsprompter.h"
#include "leftoversprompt.h"
#include "mainwindow.h"
#include "model/sessiondocument.h"
#include "run/leftoverscan.h"
#include "run/runner.h"
#include "secrets/keychain.h"
#include "settings/appsettings.h"
#include "settings/hostprofiles.h"
#include "theme.h"
#include "util/runtimedir.h"
#include "util/translations.h"
#include "virt/connectionmanager.h"
#include "virt/credentials.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

using namespace hvbench;

int main(int argc, char **argv)
{
    ensureRuntimeDir();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hvbench"));
    QApplication::setApplicationVersion(QStringLiteral(HVBENCH_VERSION));
    QApplication::setOrganizationName(QStringLiteral("hvbench"));
    applyAppIdentity();
    installTranslations(app, requestedLocale(QApplication::arguments())); // --lang, else the system locale

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Measure what a hypervisor costs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("session"), QApplication::translate("main", "Session file to open."),
                                 QStringLiteral("[SESSION_FILE]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start with the built-in demo session (default)."));
    const QCommandLineOption run(QStringLiteral("run"), QApplication::translate("main", "Start the run at once."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Language of the interface, e.g. it or en (default: "
                                                                  "from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."),
                                  QStringLiteral("code"));
    parser.addOptions({demo, run, lang});
    parser.process(app);

    QSettings qsettings;
    settings::AppSettings appSettings(qsettings);
    applyColorScheme(appSettings.colorScheme());

    SessionDocument doc;
    secrets::Keychain keychain;
    virt::CredentialBroker broker;
    broker.setKeychain(&keychain);
    RunnerOptions options = RunnerOptions::defaults();
    options.broker = &broker;
    Runner runner(&doc, options);
    settings::HostProfiles hostProfiles(qsettings);
    virt::ConnectionManager connections(&broker);
    MainWindow window(&doc, &runner, {&appSettings, &hostProfiles, &connections, &keychain});
    CredentialsPrompter prompter(&broker, &keychain, &window);

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !parser.isSet(demo))
        window.openFile(files.constFirst()); // a failure is shown; the demo session stays open
    window.show();
    connections.connectAutoconnect(); // hosts marked "connect at start-up" (This computer by default)
    // Offer to remove what crashed runs left on the session's host (asks only when there is some).
    LeftoverScan leftovers;
    LeftoversPrompt prompt(&leftovers, &window);
    QObject::connect(&prompt, &LeftoversPrompt::status, &window,
                     [&window](const QString &m) { window.statusBar()->showMessage(m, 10'000); });
    leftovers.scan(doc.session().hostUri);
    if (parser.isSet(run))
        QTimer::singleShot(0, &window, &MainWindow::startRun);
    return app.exec();
}
