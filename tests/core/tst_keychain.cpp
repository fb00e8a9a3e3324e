// SPDX-License-Identifier: GPL-3.0-or-later
// Two modes of one executable:
//  - under tests/core/run-with-keyring.sh (HVBENCH_KEYRING=1): a real gnome-keyring in a private
//    D-Bus session: write/read/remove, and "remember the password → the next open does not ask";
//  - without a session bus (ctest unsets DBUS_SESSION_BUS_ADDRESS): the plain "no keychain"
//    message, and nothing written anywhere (no plain-text fallback).
#include "secrets/keychain.h"
#include "virt/credentials.h"
#include "virt/hostconnection.h"
#include "virt/libvirtglobal.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hvbench;
using namespace hvbench::virt;
using hvbench::secrets::Keychain;

namespace {
const QString kUser = QStringLiteral("joe");
const QString kPassword = QStringLiteral("k3yring-s3cret-%1").arg(QCoreApplication::applicationPid());

bool keyringMode()
{
    return qEnvironmentVariableIntValue("HVBENCH_KEYRING") == 1;
}

// Every file under dir whose bytes contain needle (UTF-8 or UTF-16).
QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        if (data.contains(needle.toUtf8()) || data.contains(utf16))
            hits.append(path);
    }
    return hits;
}
} // namespace

class TestKeychain final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_uri;
    QString m_home; // the directory tree the keychain (or a fallback) could write to

    struct ReadResult {
        bool found = false;
        QString secret;
        QString error;
    };
    ReadResult readSecret(Keychain &k, const QString &uri, const QString &user)
    {
        QSignalSpy spy(&k, &Keychain::readFinished);
        const int id = k.read(uri, user);
        if (!spy.wait(20000))
            return {false, {}, QStringLiteral("timeout")};
        [&] { QCOMPARE(spy.at(0).at(0).toInt(), id); }();
        return {spy.at(0).at(1).toBool(), spy.at(0).at(2).toString(), spy.at(0).at(3).toString()};
    }
    QString writeSecret(Keychain &k, const QString &uri, const QString &user, const QString &secret)
    {
        QSignalSpy spy(&k, &Keychain::writeFinished);
        k.write(uri, user, secret);
        return spy.wait(20000) ? spy.at(0).at(1).toString() : QStringLiteral("timeout");
    }

private Q_SLOTS:
    void initTestCase()
    {
        ensureLibvirtInitialized();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("auth.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("<node><auth><user password='%1'>%2</user></auth></node>").arg(kPassword, kUser).toUtf8());
        f.close();
        m_uri = QStringLiteral("test://") + path;
        m_home = keyringMode() ? qEnvironmentVariable("HVBENCH_KEYRING_DIR") : qEnvironmentVariable("HOME");
        QVERIFY(!m_home.isEmpty());
    }

    void keyFormat()
    {
        QCOMPARE(Keychain::keyFor(QStringLiteral("qemu+ssh://h/system"), kUser),
                 QStringLiteral("qemu+ssh://h/system joe"));
    }

    // --- real keyring ------------------------------------------------------------------
    void writeReadRemove()
    {
        if (!keyringMode())
            QSKIP("needs the keyring wrapper (tst_keychain_ring)");
        Keychain k;
        const QString uri = QStringLiteral("qemu+tcp://node7/system");
        QCOMPARE(writeSecret(k, uri, kUser, QStringLiteral("first")), QString());
        ReadResult r = readSecret(k, uri, kUser);
        QCOMPARE(r.error, QString());
        QVERIFY(r.found);
        QCOMPARE(r.secret, QStringLiteral("first"));
        QCOMPARE(writeSecret(k, uri, kUser, QStringLiteral("second")), QString()); // overwrite
        QCOMPARE(readSecret(k, uri, kUser).secret, QStringLiteral("second"));
        // Another user on the same URI is another key.
        r = readSecret(k, uri, QStringLiteral("ann"));
        QVERIFY(!r.found);
        QCOMPARE(r.error, QString());
        QSignalSpy removed(&k, &Keychain::removeFinished);
        k.remove(uri, kUser);
        QVERIFY(removed.wait(20000));
        QCOMPARE(removed.at(0).at(1).toString(), QString());
        r = readSecret(k, uri, kUser);
        QVERIFY(!r.found);
        QCOMPARE(r.error, QString()); // "not found" is not an error
        QVERIFY(k.available());
    }

    void rememberedPasswordIsUsedNextTime()
    {
        if (!keyringMode())
            QSKIP("needs the keyring wrapper (tst_keychain_ring)");
        const settings::HostProfile profile{QStringLiteral("mock with auth"), m_uri, kUser, false};
        {
            Keychain k;
            CredentialBroker broker;
            broker.setKeychain(&k);
            int asked = 0;
            connect(&broker, &CredentialBroker::credentialsNeeded, this,
                    [&](int id, const QString &, const CredentialPrompts &) {
                        ++asked;
                        broker.answer(id, {kPassword}, true); // "remember this password"
                    });
            QSignalSpy stored(&broker, &CredentialBroker::secretStored);
            HostConnection c(profile, &broker);
            c.connectToHost();
            QTRY_COMPARE_WITH_TIMEOUT(c.state(), HostConnection::State::Ready, 20000);
            QCOMPARE(asked, 1);
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000);
            QCOMPARE(readSecret(k, m_uri, kUser).secret, kPassword);
        }
        {
            // A new broker and keychain object, as after a restart of hvbench.
            Keychain k;
            CredentialBroker broker;
            broker.setKeychain(&k);
            QSignalSpy needed(&broker, &CredentialBroker::credentialsNeeded);
            HostConnection c(profile, &broker);
            c.connectToHost();
            QTRY_COMPARE_WITH_TIMEOUT(c.state(), HostConnection::State::Ready, 20000);
            QCOMPARE(needed.size(), 0); // the keychain answered
        }
        // The keyring file on disk is encrypted: the password is nowhere in plain text.
        QCOMPARE(filesContaining(m_home, kPassword), QStringList());
        Keychain k;
        QSignalSpy removed(&k, &Keychain::removeFinished);
        k.remove(m_uri, kUser);
        QVERIFY(removed.wait(20000));
    }

    void notRememberedNotStored()
    {
        if (!keyringMode())
            QSKIP("needs the keyring wrapper (tst_keychain_ring)");
        Keychain k;
        CredentialBroker broker;
        broker.setKeychain(&k);
        connect(&broker, &CredentialBroker::credentialsNeeded, this,
                [&](int id, const QString &, const CredentialPrompts &) { broker.answer(id, {kPassword}, false); });
        HostConnection c({QStringLiteral("m"), m_uri, kUser, false}, &broker);
        c.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), HostConnection::State::Ready, 20000);
        QTest::qWait(200);
        QVERIFY(!readSecret(k, m_uri, kUser).found);
    }

    // --- no keychain -----------------------------------------------------------------
    void noKeychainSaysSo()
    {
        if (keyringMode())
            QSKIP("only without a session bus (tst_keychain)");
        QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "ctest must unset DBUS_SESSION_BUS_ADDRESS");
        Keychain k;
        QSignalSpy availability(&k, &Keychain::availabilityChanged);
        const QString error = writeSecret(k, m_uri, kUser, kPassword);
        QVERIFY2(error.startsWith(QLatin1String("No system keychain is available (")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("the password will not be stored; you will be asked each time")),
                 qPrintable(error));
        QVERIFY(!error.contains(kPassword));
        QVERIFY(!k.available());
        QCOMPARE(k.unavailableMessage(), error);
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);
        const ReadResult r = readSecret(k, m_uri, kUser);
        QVERIFY(!r.found);
        QVERIFY(r.error.startsWith(QLatin1String("No system keychain is available")));
    }

    void noKeychainFlow()
    {
        if (keyringMode())
            QSKIP("only without a session bus (tst_keychain)");
        Keychain k;
        CredentialBroker broker;
        broker.setKeychain(&k);
        int asked = 0;
        connect(&broker, &CredentialBroker::credentialsNeeded, this,
                [&](int id, const QString &, const CredentialPrompts &) {
                    ++asked;
                    broker.answer(id, {kPassword}, true);
                });
        QSignalSpy messages(&broker, &CredentialBroker::keychainMessage);
        {
            HostConnection c({QStringLiteral("m"), m_uri, kUser, false}, &broker);
            c.connectToHost();
            QTRY_COMPARE_WITH_TIMEOUT(c.state(), HostConnection::State::Ready, 20000);
        }
        QCOMPARE(asked, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 20000);
        bool plain = false;
        for (const QList<QVariant> &m : std::as_const(messages)) {
            plain = plain || m.at(0).toString().contains(QLatin1String("you will be asked each time"));
            QVERIFY(!m.at(0).toString().contains(kPassword));
        }
        QVERIFY(plain);
        // A fresh start asks again: nothing was kept anywhere.
        Keychain k2;
        CredentialBroker broker2;
        broker2.setKeychain(&k2);
        QSignalSpy needed(&broker2, &CredentialBroker::credentialsNeeded);
        HostConnection c2({QStringLiteral("m"), m_uri, kUser, false}, &broker2);
        c2.connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(needed.size() == 1, 20000);
        c2.disconnectFromHost();
    }

    void cleanupTestCase()
    {
        // Whatever happened: the secret is in no file under HOME / XDG dirs (no plain-text fallback).
        // (The test driver's auth.xml holds it by design; it lives outside those trees.)
        const QStringList hits = filesContaining(m_home, kPassword);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }
};

int main(int argc, char **argv)
{
    // Without the keyring wrapper: a throw-away HOME and XDG dirs, so that any fallback write
    // (there must be none) would land where the test looks.
    std::unique_ptr<QTemporaryDir> home;
    if (!keyringMode()) {
        home = std::make_unique<QTemporaryDir>();
        for (const char *var : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            qputenv(var, home->path().toUtf8());
        qputenv("XDG_RUNTIME_DIR", home->path().toUtf8());
    }
    QCoreApplication app(argc, argv);
    TestKeychain t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_keychain.moc"
