// SPDX-License-Identifier: GPL-3.0-or-later
// The "Add connection" dialog driven like a user: the URI follows the fields live, a bad or
// password-carrying custom URI keeps OK disabled with the reason shown, edit loads a profile,
// the keychain option is explained and disabled without a keychain.
#include "dialogs/connectiondialog.h"
#include "secrets/keychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hvbench;

class TestConnectionDialog final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<settings::HostProfiles> m_profiles;

    template <class T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    static void choose(QComboBox *combo, int data) { combo->setCurrentIndex(combo->findData(data)); }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("hosts.conf")), QSettings::IniFormat);
        m_settings->clear();
        m_profiles = std::make_unique<settings::HostProfiles>(*m_settings);
        QVERIFY(m_profiles->add(settings::HostProfiles::thisComputer()).ok());
    }

    void liveUri()
    {
        ConnectionDialog d(m_profiles.get(), nullptr, std::nullopt);
        d.show();
        auto *preview = child<QLineEdit>(&d, "uriPreview");
        auto *name = child<QLineEdit>(&d, "nameEdit");
        QCOMPARE(preview->text(), QStringLiteral("qemu:///system"));
        QCOMPARE(name->text(), QStringLiteral("This computer (2)")); // suggested, free
        QVERIFY(d.okButton()->isEnabled());
        QVERIFY(!child<QLineEdit>(&d, "userEdit")->isEnabled()); // local: no user/host
        choose(child<QComboBox>(&d, "transportCombo"), int(virt::Transport::Ssh));
        QVERIFY(!d.okButton()->isEnabled()); // ssh needs a host
        QVERIFY(child<QLabel>(&d, "uriError")->isVisible());
        QVERIFY(child<QLabel>(&d, "uriError")->text().contains(QLatin1String("host name")));
        QTest::keyClicks(child<QLineEdit>(&d, "userEdit"), QStringLiteral("root"));
        QTest::keyClicks(child<QLineEdit>(&d, "hostEdit"), QStringLiteral("[2001:db8::7]:2222"));
        QCOMPARE(preview->text(), QStringLiteral("qemu+ssh://root@[2001:db8::7]:2222/system"));
        QCOMPARE(name->text(), QStringLiteral("2001:db8::7"));
        QVERIFY(d.okButton()->isEnabled());
        QVERIFY(!child<QLabel>(&d, "uriError")->isVisible());
        if (const QString shot = qEnvironmentVariable("HVBENCH_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(d.grab().save(shot));
        choose(child<QComboBox>(&d, "hypervisorCombo"), int(virt::Hypervisor::Xen));
        QCOMPARE(preview->text(), QStringLiteral("xen+ssh://root@[2001:db8::7]:2222/system"));
        choose(child<QComboBox>(&d, "transportCombo"), int(virt::Transport::Tcp));
        retype(child<QLineEdit>(&d, "hostEdit"), QStringLiteral("node7:99999"));
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY(child<QLabel>(&d, "uriError")->text().contains(QLatin1String("65535")));
        retype(child<QLineEdit>(&d, "hostEdit"), QStringLiteral("node7"));
        retype(name, QStringLiteral("Node 7"));
        QTest::mouseClick(child<QCheckBox>(&d, "autoconnectCheck"), Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(d.okButton()->isEnabled());
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(d.okButton(), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        const settings::HostProfile p = d.profile();
        QCOMPARE(p.name, QStringLiteral("Node 7"));
        QCOMPARE(p.uri, QStringLiteral("xen+tcp://root@node7/system"));
        QCOMPARE(p.user, QStringLiteral("root"));
        QVERIFY(p.autoconnect);
        QCOMPARE(d.passwordToRemember(), QString());
    }

    void badCustomUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown driver") << QStringLiteral("kvm:///system") << QStringLiteral("Unknown hypervisor");
        QTest::newRow("no scheme") << QStringLiteral("node7") << QStringLiteral("not a libvirt URI");
        QTest::newRow("password") << QStringLiteral("qemu+ssh://joe:pw123@node7/system")
                                  << QStringLiteral("contains a password");
        QTest::newRow("qemu path") << QStringLiteral("qemu:///sytem") << QStringLiteral("/system");
    }
    void badCustomUri()
    {
        QFETCH(QString, uri);
        QFETCH(QString, reason);
        ConnectionDialog d(m_profiles.get(), nullptr, std::nullopt);
        d.show();
        QTest::mouseClick(child<QCheckBox>(&d, "customCheck"), Qt::LeftButton, {}, QPoint(4, 4));
        auto *custom = child<QLineEdit>(&d, "customUriEdit");
        QVERIFY(custom->isVisible());
        QCOMPARE(custom->text(), QStringLiteral("qemu:///system")); // starts from the form's URI
        retype(custom, uri);
        QVERIFY(!d.okButton()->isEnabled());
        auto *error = child<QLabel>(&d, "uriError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QLatin1String("pw123")));
        QCOMPARE(d.problem(), error->text());
        retype(custom, QStringLiteral("test:///default"));
        QVERIFY(d.okButton()->isEnabled());
        QVERIFY(!error->isVisible());
    }

    void duplicateNameRefused()
    {
        ConnectionDialog d(m_profiles.get(), nullptr, std::nullopt);
        d.show();
        retype(child<QLineEdit>(&d, "nameEdit"), QStringLiteral("This computer"));
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY(child<QLabel>(&d, "nameError")->text().contains(QLatin1String("already exists")));
    }

    void editLoadsTheProfile()
    {
        const settings::HostProfile node{QStringLiteral("node7"), QStringLiteral("qemu+ssh://root@node7:2222/system"),
                                         QStringLiteral("root"), true};
        QVERIFY(m_profiles->add(node).ok());
        ConnectionDialog d(m_profiles.get(), nullptr, node);
        d.show();
        QCOMPARE(d.windowTitle(), QStringLiteral("Edit connection"));
        QCOMPARE(d.originalName(), QStringLiteral("node7"));
        QCOMPARE(child<QLineEdit>(&d, "hostEdit")->text(), QStringLiteral("node7:2222"));
        QCOMPARE(child<QLineEdit>(&d, "userEdit")->text(), QStringLiteral("root"));
        QVERIFY(!child<QCheckBox>(&d, "customCheck")->isChecked());
        QVERIFY(d.okButton()->isEnabled()); // its own name is not a duplicate
        QCOMPARE(d.profile(), node);
        // A URI the form cannot show opens as custom text.
        const settings::HostProfile odd{
            QStringLiteral("odd"), QStringLiteral("qemu+ssh://h/system?no_tty=1"), {}, false};
        ConnectionDialog d2(m_profiles.get(), nullptr, odd);
        QVERIFY(child<QCheckBox>(&d2, "customCheck")->isChecked());
        QCOMPARE(child<QLineEdit>(&d2, "customUriEdit")->text(), odd.uri);
        QCOMPARE(d2.profile(), odd);
        // A user kept outside the URI stays there: editing never rewrites the URI by itself.
        const settings::HostProfile sasl{QStringLiteral("sasl"), QStringLiteral("qemu+tcp://node8/system"),
                                         QStringLiteral("joe"), false};
        ConnectionDialog d3(m_profiles.get(), nullptr, sasl);
        QCOMPARE(d3.profile(), sasl);
        QVERIFY(d3.okButton()->isEnabled());
    }

    void rememberPassword()
    {
        {
            ConnectionDialog d(m_profiles.get(), nullptr, std::nullopt);
            d.show();
            QVERIFY(!child<QCheckBox>(&d, "rememberCheck")->isEnabled());
            QVERIFY(child<QLabel>(&d, "keychainNote")->text().contains(QLatin1String("No system keychain")));
            QVERIFY(child<QLabel>(&d, "keychainExplanation")->text().contains(QLatin1String("never written")));
        }
        secrets::Keychain keychain; // assumed available until a job fails
        ConnectionDialog d(m_profiles.get(), &keychain, std::nullopt);
        d.show();
        auto *remember = child<QCheckBox>(&d, "rememberCheck");
        auto *password = child<QLineEdit>(&d, "passwordEdit");
        QVERIFY(remember->isEnabled());
        QVERIFY(!password->isEnabled());
        choose(child<QComboBox>(&d, "transportCombo"), int(virt::Transport::Tcp));
        QTest::keyClicks(child<QLineEdit>(&d, "hostEdit"), QStringLiteral("node7"));
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(password->isEnabled());
        QVERIFY(!d.okButton()->isEnabled()); // needs a user name for the keychain key
        QVERIFY(child<QLabel>(&d, "keychainNote")->text().contains(QLatin1String("user name")));
        QTest::keyClicks(child<QLineEdit>(&d, "userEdit"), QStringLiteral("joe"));
        QVERIFY(!d.okButton()->isEnabled()); // and the password
        QTest::keyClicks(password, QStringLiteral("s3cret"));
        QVERIFY(d.okButton()->isEnabled());
        QCOMPARE(d.passwordToRemember(), QStringLiteral("s3cret"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(4, 4));
        QCOMPARE(d.passwordToRemember(), QString());
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
