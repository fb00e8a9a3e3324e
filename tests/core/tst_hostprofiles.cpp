// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/hostprofiles.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace hvbench::settings;

class TestHostProfiles final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("hvbench.conf")); }
    HostProfile node7() const
    {
        return HostProfile{QStringLiteral("node7"), QStringLiteral("qemu+ssh://root@node7/system"),
                           QStringLiteral("root"), false};
    }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void addListPersist()
    {
        {
            QSettings s(file(), QSettings::IniFormat);
            HostProfiles profiles(s);
            QVERIFY(profiles.list().isEmpty());
            QVERIFY(profiles.add(HostProfiles::thisComputer()).ok());
            QVERIFY(profiles.add(node7()).ok());
            QVERIFY(profiles.add({QStringLiteral("mock"), QStringLiteral("test:///default"), {}, true}).ok());
        }
        QSettings s(file(), QSettings::IniFormat); // a new QSettings reads what was written to disk
        const HostProfiles profiles(s);
        const QList<HostProfile> all = profiles.list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0], HostProfiles::thisComputer());
        QCOMPARE(all[0].uri, QStringLiteral("qemu:///system"));
        QVERIFY(all[0].autoconnect);
        QCOMPARE(all[1], node7());
        QCOMPARE(all[2].name, QStringLiteral("mock"));
        QVERIFY(all[2].autoconnect);
        QCOMPARE(profiles.find(QStringLiteral("node7")).value(), node7());
        QVERIFY(!profiles.find(QStringLiteral("nope")).has_value());
    }

    void renameUpdateRemove()
    {
        QSettings s(file(), QSettings::IniFormat);
        HostProfiles profiles(s);
        QVERIFY(profiles.add(node7()).ok());
        QVERIFY(profiles.add({QStringLiteral("mock"), QStringLiteral("test:///default"), {}, false}).ok());
        QVERIFY(profiles.rename(QStringLiteral("node7"), QStringLiteral("rack 3 node 7")).ok());
        QCOMPARE(profiles.list().at(0).name, QStringLiteral("rack 3 node 7"));
        QCOMPARE(profiles.list().at(0).uri, node7().uri); // order and the rest kept
        const auto clash = profiles.rename(QStringLiteral("mock"), QStringLiteral("rack 3 node 7"));
        QVERIFY(!clash.ok());
        QVERIFY2(clash.errorMessage().contains(QLatin1String("already exists")), qPrintable(clash.errorMessage()));
        QVERIFY(!profiles.rename(QStringLiteral("ghost"), QStringLiteral("x")).ok());

        HostProfile changed = profiles.find(QStringLiteral("mock")).value();
        changed.uri = QStringLiteral("qemu:///session");
        changed.autoconnect = true;
        QVERIFY(profiles.update(QStringLiteral("mock"), changed).ok());
        QCOMPARE(profiles.find(QStringLiteral("mock")).value(), changed);

        QVERIFY(profiles.remove(QStringLiteral("rack 3 node 7")).ok());
        QCOMPARE(profiles.list().size(), 1);
        QVERIFY(!profiles.remove(QStringLiteral("rack 3 node 7")).ok());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("error");
        QTest::newRow("no name") << QString() << QStringLiteral("qemu:///system") << QString()
                                 << QStringLiteral("name");
        QTest::newRow("padded name") << QStringLiteral(" a ") << QStringLiteral("qemu:///system") << QString()
                                     << QStringLiteral("spaces");
        QTest::newRow("duplicate") << QStringLiteral("node7") << QStringLiteral("qemu:///system") << QString()
                                   << QStringLiteral("already exists");
        QTest::newRow("bad uri") << QStringLiteral("x") << QStringLiteral("qemu//system") << QString()
                                 << QStringLiteral("\"://\"");
        QTest::newRow("password in uri") << QStringLiteral("x") << QStringLiteral("qemu+ssh://joe:hunter2@h/system")
                                         << QString() << QStringLiteral("contains a password");
        QTest::newRow("user mismatch") << QStringLiteral("x") << QStringLiteral("qemu+ssh://joe@h/system")
                                       << QStringLiteral("ann") << QStringLiteral("same");
        QTest::newRow("user with colon") << QStringLiteral("x") << QStringLiteral("qemu+tcp://h/system")
                                         << QStringLiteral("ann:pw") << QStringLiteral("user name");
    }
    void rejects()
    {
        QFETCH(QString, name);
        QFETCH(QString, uri);
        QFETCH(QString, user);
        QFETCH(QString, error);
        QSettings s(file(), QSettings::IniFormat);
        HostProfiles profiles(s);
        QVERIFY(profiles.add(node7()).ok());
        const auto r = profiles.add({name, uri, user, false});
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(error), qPrintable(r.errorMessage()));
        QCOMPARE(profiles.list().size(), 1);
        // A rejected password never reaches the file.
        s.sync();
        QFile f(file());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("hunter2"));
    }

    // The raw file holds exactly name, uri, user, autoconnect: no key could carry a secret.
    void noSecretKeys()
    {
        {
            QSettings s(file(), QSettings::IniFormat);
            HostProfiles profiles(s);
            QVERIFY(profiles.add(node7()).ok());
        }
        QSettings raw(file(), QSettings::IniFormat);
        QStringList keys = raw.allKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("hosts/1/autoconnect"), QStringLiteral("hosts/1/name"),
                                    QStringLiteral("hosts/1/uri"), QStringLiteral("hosts/1/user"),
                                    QStringLiteral("hosts/size")}));
        QFile f(file());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll().toLower();
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("secret"));
    }
};

QTEST_GUILESS_MAIN(TestHostProfiles)
#include "tst_hostprofiles.moc"
