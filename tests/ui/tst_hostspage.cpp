// SPDX-License-Identifier: GPL-3.0-or-later
// The Hosts page driven like a user, on libvirt's test driver (no daemon needed): add a host
// through the dialog, see it connect and its capabilities, use it for the session, remove it
// (asked first), failures with their reason, and "Forget saved password" without a keychain.
// Settings live in a temporary file; the session bus is unset (no keychain).
#include "dialogs/connectiondialog.h"
#include "model/sessiondocument.h"
#include "models/hostlistmodel.h"
#include "pages/hostinfopanel.h"
#include "pages/hostspage.h"
#include "secrets/keychain.h"
#include "virt/connectionmanager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hvbench;
using State = virt::HostConnection::State;

class TestHostsPage final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<settings::HostProfiles> m_profiles;
    std::unique_ptr<virt::ConnectionManager> m_connections;
    std::unique_ptr<secrets::Keychain> m_keychain;
    std::unique_ptr<SessionDocument> m_doc;
    std::unique_ptr<HostsPage> m_page;

    void makePage()
    {
        m_page = std::make_unique<HostsPage>(m_connections.get(), m_profiles.get(), m_keychain.get(), m_doc.get());
        m_page->resize(1100, 620);
        m_page->show();
    }
    QPushButton *button(const char *name) const
    {
        auto *b = m_page->findChild<QPushButton *>(QString::fromLatin1(name));
        if (!b)
            qFatal("no button %s", name);
        return b;
    }
    void click(const char *name) const { QTest::mouseClick(button(name), Qt::LeftButton); }
    State stateOf(const QString &name) const
    {
        const virt::HostConnection *c = m_connections->connection(name);
        return c ? c->state() : State::Disconnected;
    }
    void addProfile(const QString &name, const QString &uri, const QString &user = {})
    {
        QVERIFY(m_profiles->add({name, uri, user, false}).ok());
        m_connections->syncWithProfiles(*m_profiles);
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("hosts.conf")), QSettings::IniFormat);
        m_settings->clear();
        m_profiles = std::make_unique<settings::HostProfiles>(*m_settings);
        m_connections = std::make_unique<virt::ConnectionManager>();
        m_keychain = std::make_unique<secrets::Keychain>();
        m_doc = std::make_unique<SessionDocument>();
        makePage();
    }
    void cleanup()
    {
        m_page.reset();
        m_connections.reset();
    }

    void thisComputerByDefault()
    {
        QCOMPARE(m_profiles->list().size(), 1);
        QCOMPARE(m_profiles->list().first().uri, QStringLiteral("qemu:///system"));
        HostListModel *model = m_page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, 0), HostListModel::NameRole).toString(), QStringLiteral("This computer"));
        // The new session uses qemu:///system: that row is the session's host (bold).
        QVERIFY(model->data(model->index(0, 0), HostListModel::SessionHostRole).toBool());
        QVERIFY(!button("useForSessionButton")->isEnabled());
        QCOMPARE(stateOf(QStringLiteral("This computer")), State::Disconnected); // the page never autoconnects
        QVERIFY(m_page->infoPanel()->messageText().contains(QLatin1String("Not connected")));
        for (QPushButton *b : m_page->findChildren<QPushButton *>())
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        auto *view = m_page->findChild<QTreeView *>(QStringLiteral("hostList"));
        QVERIFY(!view->accessibleName().isEmpty());
        // The context menu offers what the buttons do.
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList menu;
        for (const QAction *a : view->actions())
            if (!a->isSeparator())
                menu << a->text().remove(QLatin1Char('&'));
        QCOMPARE(menu, (QStringList{QStringLiteral("Connect"), QStringLiteral("Disconnect"),
                                    QStringLiteral("Use for this session"), QStringLiteral("Add connection…"),
                                    QStringLiteral("Edit…"), QStringLiteral("Remove…"),
                                    QStringLiteral("Forget saved password")}));
        QCOMPARE(m_page->sessionHostText(),
                 QStringLiteral("This session runs on: This computer (qemu:///system), disconnected."));
        // A session on a host that is not in the list says so.
        Session s = m_doc->session();
        s.hostUri = QStringLiteral("qemu+ssh://root@node9/system");
        m_doc->reset(s);
        QVERIFY(m_page->sessionHostText().contains(QLatin1String("not in the list")));
    }

    void addThroughTheDialogConnectsAndShowsCapabilities()
    {
        click("addButton");
        auto *dialog = m_page->findChild<ConnectionDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *hv = dialog->findChild<QComboBox *>(QStringLiteral("hypervisorCombo"));
        hv->setCurrentIndex(hv->findData(int(virt::Hypervisor::Test)));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("mock"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("uriPreview"))->text(),
                 QStringLiteral("test:///default"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(m_profiles->find(QStringLiteral("mock")));
        QCOMPARE(m_profiles->find(QStringLiteral("mock"))->uri, QStringLiteral("test:///default"));
        QVERIFY(m_connections->connection(QStringLiteral("mock")));
        QCOMPARE(m_page->selectedConnection()->name(), QStringLiteral("mock"));
        // A host just added connects at once (like virt-manager); Connect is then a no-op.
        click("connectButton");
        QTRY_COMPARE(stateOf(QStringLiteral("mock")), State::Ready);
        const HostListModel *model = m_page->model();
        const int row = model->rowOfName(QStringLiteral("mock"));
        QCOMPARE(model->data(model->index(row, HostListModel::StateColumn)).toString(), QStringLiteral("Connected"));
        HostInfoPanel *panel = m_page->infoPanel();
        QTRY_COMPARE(panel->valueOf(QStringLiteral("Driver")), QStringLiteral("TEST"));
        QCOMPARE(panel->valueOf(QStringLiteral("Logical CPUs")), QStringLiteral("16"));
        QVERIFY(panel->valueOf(QStringLiteral("Storage pools")).contains(QLatin1String("default-pool")));
        QVERIFY(panel->valueOf(QStringLiteral("Acceleration")).contains(QLatin1String("TCG only")));
        QVERIFY(panel->bannerText().contains(QLatin1String("not a hypervisor's overhead")));
        QVERIFY(button("disconnectButton")->isEnabled());
        QVERIFY(!button("connectButton")->isEnabled());
        if (const QString shot = qEnvironmentVariable("HVBENCH_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(m_page->grab().save(shot));
        click("disconnectButton");
        QCOMPARE(stateOf(QStringLiteral("mock")), State::Disconnected);
        QVERIFY(panel->valueOf(QStringLiteral("Driver")).isEmpty());
    }

    void useForSession()
    {
        addProfile(QStringLiteral("mock"), QStringLiteral("test:///default"));
        QSignalSpy info(m_page.get(), &HostsPage::sessionHostInfoChanged);
        QVERIFY(!m_page->sessionHostInfo()); // qemu:///system, not connected
        QVERIFY(m_page->selectHost(QStringLiteral("mock")));
        QVERIFY(button("useForSessionButton")->isEnabled());
        click("useForSessionButton");
        QCOMPARE(m_doc->session().hostUri, QStringLiteral("test:///default"));
        QVERIFY(m_doc->isModified());
        // It connects the host, and the page tells the others what the host can do.
        QTRY_COMPARE(info.size(), 1);
        const auto hi = info.at(0).at(0).value<virt::HostInfo>();
        QCOMPARE(hi.driver, QStringLiteral("TEST"));
        QVERIFY(m_page->sessionHostInfo());
        QCOMPARE(m_page->sessionHostInfo()->cpus, 16);
        const HostListModel *model = m_page->model();
        QVERIFY(model->data(model->index(model->rowOfName(QStringLiteral("mock")), 0), HostListModel::SessionHostRole)
                    .toBool());
        QVERIFY(!model
                     ->data(model->index(model->rowOfName(QStringLiteral("This computer")), 0),
                            HostListModel::SessionHostRole)
                     .toBool());
        QVERIFY(!button("useForSessionButton")->isEnabled());
        // Reconnecting brings the same facts back: told again once known again.
        click("disconnectButton");
        QVERIFY(!m_page->sessionHostInfo());
        click("connectButton");
        QTRY_COMPARE(info.size(), 2);
        // A session opened elsewhere on a host that is already connected: told at once.
        QTRY_VERIFY(m_page->sessionHostInfo());
        Session s = m_doc->session();
        s.hostUri = QStringLiteral("qemu:///system");
        m_doc->reset(s);
        QVERIFY(!m_page->sessionHostInfo());
        QCOMPARE(info.size(), 2);
        s.hostUri = QStringLiteral("test:///default");
        m_doc->reset(s);
        QCOMPARE(info.size(), 3);
    }

    void removeAsksFirst()
    {
        addProfile(QStringLiteral("mock"), QStringLiteral("test:///default"));
        QVERIFY(m_page->selectHost(QStringLiteral("mock")));
        click("removeButton");
        auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("removeHostQuestion"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(QLatin1String("Nothing on the host is changed")));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(m_profiles->find(QStringLiteral("mock")));
        QCOMPARE(m_page->model()->rowCount(), 2);
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("removeHostQuestion")));
        click("removeButton");
        box = m_page->findChild<QMessageBox *>(QStringLiteral("removeHostQuestion"));
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(!m_profiles->find(QStringLiteral("mock")));
        QVERIFY(!m_connections->connection(QStringLiteral("mock")));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(m_page->notice().contains(QLatin1String("removed")));
    }

    void editRenames()
    {
        addProfile(QStringLiteral("mock"), QStringLiteral("test:///default"));
        QVERIFY(m_page->selectHost(QStringLiteral("mock")));
        click("editButton");
        auto *dialog = m_page->findChild<ConnectionDialog *>();
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("mock renamed"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!m_profiles->find(QStringLiteral("mock")));
        QCOMPARE(m_profiles->find(QStringLiteral("mock renamed"))->uri, QStringLiteral("test:///default"));
        QCOMPARE(m_page->selectedConnection()->name(), QStringLiteral("mock renamed"));
    }

    void badUriKeepsOkDisabled()
    {
        ConnectionDialog *dialog = m_page->addHost();
        dialog->findChild<QAbstractButton *>(QStringLiteral("customCheck"))->click();
        auto *uri = dialog->findChild<QLineEdit *>(QStringLiteral("customUriEdit"));
        uri->clear();
        QTest::keyClicks(uri, QStringLiteral("qemu+ssh://root@node7/sytem"));
        QVERIFY(!dialog->okButton()->isEnabled());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("uriError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("/system")), qPrintable(error->text()));
        QTest::keyClick(dialog, Qt::Key_Return); // Enter does not accept either
        QCOMPARE(m_profiles->list().size(), 1);
        dialog->reject();
    }

    void failuresShowTheReason_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("bogus test file") << QStringLiteral("test:///nonexistent/hvbench-hosts.xml") << 15000;
        QTest::newRow("ssh refused") << QStringLiteral("qemu+ssh://nobody@127.0.0.1:1/system?no_tty=1") << 30000;
    }
    void failuresShowTheReason()
    {
        QFETCH(QString, uri);
        QFETCH(int, timeoutMs);
        if (uri.startsWith(QLatin1String("qemu+ssh")) &&
            QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
            QSKIP("needs the ssh client");
        addProfile(QStringLiteral("bad"), uri);
        QVERIFY(m_page->selectHost(QStringLiteral("bad")));
        auto *view = m_page->findChild<QTreeView *>(QStringLiteral("hostList"));
        QCoreApplication::processEvents(); // the view lays out its new row
        const QRect rect =
            view->visualRect(m_page->model()->index(m_page->model()->rowOfName(QStringLiteral("bad")), 0));
        QVERIFY(rect.isValid());
        // QTest::mouseDClick sends only the double-click event: press first, as a real mouse does.
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(stateOf(QStringLiteral("bad")) != State::Disconnected); // double click connects
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("bad")), State::Failed, timeoutMs);
        const HostListModel *model = m_page->model();
        const QString text =
            model->data(model->index(model->rowOfName(QStringLiteral("bad")), HostListModel::StateColumn)).toString();
        QVERIFY2(text.startsWith(QLatin1String("Failed: ")) && text.size() > 12, qPrintable(text));
        const QString message = m_page->infoPanel()->messageText();
        QVERIFY2(message.startsWith(QLatin1String("Failed: ")), qPrintable(message));
        QVERIFY(message.contains(m_connections->connection(QStringLiteral("bad"))->lastError()));
        qInfo().noquote() << "shown:" << message;
        QVERIFY(button("connectButton")->isEnabled()); // try again
    }

    // Only under tests/core/run-with-keyring.sh (a real gnome-keyring on a private bus).
    void rememberAndForgetWithKeyring()
    {
        if (qEnvironmentVariableIntValue("HVBENCH_KEYRING") != 1)
            QSKIP("needs the keyring wrapper (tst_hostspage_ring)");
        const QString password = QStringLiteral("pw-%1").arg(QCoreApplication::applicationPid());
        ConnectionDialog *dialog = m_page->addHost();
        auto *transport = dialog->findChild<QComboBox *>(QStringLiteral("transportCombo"));
        transport->setCurrentIndex(transport->findData(int(virt::Transport::Tcp)));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit")), QStringLiteral("joe"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit")), QStringLiteral("127.0.0.1:1"));
        dialog->findChild<QAbstractButton *>(QStringLiteral("rememberCheck"))->click();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problem()));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        const QString uri = QStringLiteral("qemu+tcp://joe@127.0.0.1:1/system");
        QCOMPARE(m_profiles->find(QStringLiteral("127.0.0.1"))->uri, uri);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->notice().contains(QLatin1String("is in the system keychain")), 20000);
        // The page connected after storing (nothing listens on port 1: it fails, which is fine here).
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("127.0.0.1")), State::Failed, 20000);
        auto read = [&] {
            secrets::Keychain k;
            QSignalSpy spy(&k, &secrets::Keychain::readFinished);
            k.read(uri, QStringLiteral("joe"));
            [&] { QVERIFY(spy.wait(20000)); }();
            return spy.isEmpty() ? QVariantList{} : spy.at(0);
        };
        QVariantList r = read();
        QVERIFY(r.value(1).toBool());
        QCOMPARE(r.value(2).toString(), password);
        QFile settingsFile(m_dir.filePath(QStringLiteral("hosts.conf")));
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(password.toUtf8())); // never in the settings
        QVERIFY(m_page->selectHost(QStringLiteral("127.0.0.1")));
        click("forgetPasswordButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_page->notice().contains(QLatin1String("any more")), 20000);
        r = read();
        QVERIFY(!r.value(1).toBool());
        QCOMPARE(r.value(3).toString(), QString());
    }

    void forgetWithoutKeychain()
    {
        if (qEnvironmentVariableIntValue("HVBENCH_KEYRING") == 1)
            QSKIP("only without a session bus (tst_hostspage)");
        addProfile(QStringLiteral("node7"), QStringLiteral("qemu+tcp://node7/system"), QStringLiteral("joe"));
        QVERIFY(m_page->selectHost(QStringLiteral("node7")));
        click("forgetPasswordButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_page->notice().startsWith(QLatin1String("No system keychain is available")), 20000);
        // Asked again, the page says so at once (the keychain knows it is not there).
        click("forgetPasswordButton");
        QVERIFY(m_page->notice().startsWith(QLatin1String("No system keychain is available")));
        // A page without any keychain object says that too.
        m_page.reset();
        m_keychain.reset();
        makePage();
        QVERIFY(m_page->selectHost(QStringLiteral("node7")));
        click("forgetPasswordButton");
        QVERIFY2(m_page->notice().contains(QLatin1String("No system keychain is configured")),
                 qPrintable(m_page->notice()));
    }
};

QTEST_MAIN(TestHostsPage)
#include "tst_hostspage.moc"
