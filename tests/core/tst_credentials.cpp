// SPDX-License-Identifier: GPL-3.0-or-later
// virConnectOpenAuth + CredentialBroker against libvirt's test driver with <auth> users.
#include "virt/credentials.h"
#include "virt/libvirtglobal.h"
#include "virt/openconnection.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <libvirt/libvirt.h>

#include <optional>

using namespace hvbench;
using namespace hvbench::virt;

namespace {
const QString kUser = QStringLiteral("joe");
const QString kPassword = QStringLiteral("c0rrect-h0rse");
} // namespace

class TestCredentials final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_uri; // test:///TMP/auth.xml

    struct Outcome {
        std::optional<Result<virConnectPtr>> result;
        OpenFailure why = OpenFailure::None;
        int timerTicks = 0; // GUI-thread timer ticks while the worker waited
    };

    // Opens on a worker thread while this (GUI) thread keeps running its event loop.
    Outcome openOnWorker(const QString &uri, CredentialBroker *broker)
    {
        Outcome out;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&out] { ++out.timerTicks; });
        tick.start(10);
        std::unique_ptr<QThread> t(QThread::create([&] { out.result = openConnection(uri, broker, &out.why); }));
        t->start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(t->isFinished(), 15000); }();
        t->wait();
        return out;
    }

    static QString hostnameOf(virConnectPtr c)
    {
        char *h = virConnectGetHostname(c);
        const QString s = QString::fromUtf8(h);
        free(h);
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ensureLibvirtInitialized();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("auth.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // libvirt's test driver asks for a user name and password when <auth> lists users.
        f.write(
            QStringLiteral("<node><auth><user password='%1'>%2</user></auth></node>").arg(kPassword, kUser).toUtf8());
        f.close();
        m_uri = QStringLiteral("test://") + path;
    }

    void rightPassword()
    {
        CredentialBroker broker;
        broker.setUser(m_uri, kUser); // the profile's user answers VIR_CRED_AUTHNAME
        QList<CredentialPrompts> asked;
        connect(&broker, &CredentialBroker::credentialsNeeded, this,
                [&](int id, const QString &uri, const CredentialPrompts &prompts) {
                    QCOMPARE(QThread::currentThread(), thread()); // the UI is asked on its own thread
                    QCOMPARE(uri, m_uri);
                    asked.append(prompts);
                    broker.answer(id, {kPassword}, false);
                });
        QSignalSpy closed(&broker, &CredentialBroker::requestClosed);
        const Outcome o = openOnWorker(m_uri, &broker);
        QVERIFY2(o.result->ok(), qPrintable(o.result->errorMessage()));
        QVERIFY(!hostnameOf(o.result->value()).isEmpty());
        virConnectClose(o.result->value());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].size(), 1);
        QCOMPARE(asked[0][0].kind, CredentialPrompt::Kind::Passphrase);
        QVERIFY(asked[0][0].isSecret());
        QVERIFY2(asked[0][0].prompt.contains(kUser), qPrintable(asked[0][0].prompt));
        QCOMPARE(closed.size(), 1);
        QVERIFY(o.timerTicks > 0); // the GUI thread was never blocked
        QCOMPARE(broker.pendingRequests(), 0);
        QVERIFY(!broker.storedSecret(m_uri, kUser)); // not remembered
    }

    void asksUserName()
    {
        CredentialBroker broker; // no profile user: libvirt asks for it first
        QList<CredentialPrompt::Kind> kinds;
        connect(&broker, &CredentialBroker::credentialsNeeded, this,
                [&](int id, const QString &, const CredentialPrompts &p) {
                    QStringList values;
                    for (const CredentialPrompt &c : p) {
                        kinds.append(c.kind);
                        values.append(c.kind == CredentialPrompt::Kind::AuthName ? kUser : kPassword);
                    }
                    broker.answer(id, values, false);
                });
        const Outcome o = openOnWorker(m_uri, &broker);
        QVERIFY2(o.result->ok(), qPrintable(o.result->errorMessage()));
        virConnectClose(o.result->value());
        QCOMPARE(kinds,
                 (QList<CredentialPrompt::Kind>{CredentialPrompt::Kind::AuthName, CredentialPrompt::Kind::Passphrase}));
    }

    void wrongPassword()
    {
        CredentialBroker broker;
        broker.setUser(m_uri, kUser);
        const QString wrong = QStringLiteral("tr0ub4dor&3");
        connect(&broker, &CredentialBroker::credentialsNeeded, this,
                [&](int id, const QString &, const CredentialPrompts &) { broker.answer(id, {wrong}, true); });
        const Outcome o = openOnWorker(m_uri, &broker);
        QVERIFY(!o.result->ok());
        QCOMPARE(o.why, OpenFailure::Authentication);
        const QString msg = o.result->errorMessage();
        QVERIFY2(msg.contains(QLatin1String("Authentication")) &&
                     msg.contains(QLatin1String("check the user name and password")),
                 qPrintable(msg));
        QVERIFY2(!msg.contains(wrong), qPrintable(msg));
        QVERIFY(!broker.storedSecret(m_uri, kUser)); // remember + failed open: nothing kept
    }

    void userCancels()
    {
        CredentialBroker broker;
        broker.setUser(m_uri, kUser);
        connect(&broker, &CredentialBroker::credentialsNeeded, this,
                [&](int id, const QString &, const CredentialPrompts &) { broker.cancel(id); });
        const Outcome o = openOnWorker(m_uri, &broker);
        QVERIFY(!o.result->ok());
        QCOMPARE(o.why, OpenFailure::Cancelled);
        QVERIFY2(o.result->errorMessage().contains(QLatin1String("cancelled")), qPrintable(o.result->errorMessage()));
    }

    void cancelAllForUri()
    {
        CredentialBroker broker;
        broker.setUser(m_uri, kUser);
        connect(&broker, &CredentialBroker::credentialsNeeded, this,
                [&](int, const QString &uri, const CredentialPrompts &) { broker.cancelAll(uri); });
        const Outcome o = openOnWorker(m_uri, &broker);
        QCOMPARE(o.why, OpenFailure::Cancelled);
    }

    void noBroker()
    {
        const Outcome o = openOnWorker(m_uri, nullptr);
        QVERIFY(!o.result->ok());
        QCOMPARE(o.why, OpenFailure::Authentication);
        QVERIFY2(o.result->errorMessage().contains(QLatin1String("none can be asked")),
                 qPrintable(o.result->errorMessage()));
    }

    void nobodyAnswers()
    {
        CredentialBroker broker;
        broker.setUser(m_uri, kUser);
        broker.setTimeout(std::chrono::milliseconds(300));
        QSignalSpy needed(&broker, &CredentialBroker::credentialsNeeded);
        QSignalSpy closed(&broker, &CredentialBroker::requestClosed);
        const Outcome o = openOnWorker(m_uri, &broker);
        QVERIFY(!o.result->ok());
        QCOMPARE(o.why, OpenFailure::Cancelled);
        QVERIFY2(o.result->errorMessage().contains(QLatin1String("in time")), qPrintable(o.result->errorMessage()));
        QCOMPARE(needed.size(), 1);
        QTRY_COMPARE(closed.size(), 1); // the UI is told to close its dialog
        QCOMPARE(closed.at(0).at(0).toInt(), needed.at(0).at(0).toInt());
        QCOMPARE(broker.pendingRequests(), 0);
        broker.answer(needed.at(0).at(0).toInt(), {kPassword}, false); // a late answer is ignored
    }

    void storedSecretUsedWithoutAsking()
    {
        CredentialBroker broker;
        broker.setUser(m_uri, kUser);
        broker.setStoredSecret(m_uri, kUser, kPassword);
        QSignalSpy needed(&broker, &CredentialBroker::credentialsNeeded);
        const Outcome o = openOnWorker(m_uri, &broker);
        QVERIFY2(o.result->ok(), qPrintable(o.result->errorMessage()));
        virConnectClose(o.result->value());
        QCOMPARE(needed.size(), 0);
    }

    void refusedStoredSecretIsForgotten()
    {
        CredentialBroker broker;
        broker.setUser(m_uri, kUser);
        broker.setStoredSecret(m_uri, kUser, QStringLiteral("old-password"));
        QSignalSpy needed(&broker, &CredentialBroker::credentialsNeeded);
        Outcome o = openOnWorker(m_uri, &broker);
        QVERIFY(!o.result->ok());
        QCOMPARE(o.why, OpenFailure::Authentication);
        QVERIFY2(o.result->errorMessage().contains(QLatin1String("keychain")), qPrintable(o.result->errorMessage()));
        QVERIFY2(!o.result->errorMessage().contains(QLatin1String("old-password")),
                 qPrintable(o.result->errorMessage()));
        QCOMPARE(needed.size(), 0);
        QVERIFY(!broker.storedSecret(m_uri, kUser));
        // Next time the user is asked.
        connect(&broker, &CredentialBroker::credentialsNeeded, this,
                [&](int id, const QString &, const CredentialPrompts &) { broker.answer(id, {kPassword}, false); });
        o = openOnWorker(m_uri, &broker);
        QVERIFY2(o.result->ok(), qPrintable(o.result->errorMessage()));
        virConnectClose(o.result->value());
        QCOMPARE(needed.size(), 1);
    }

    void rememberWithoutKeychainSaysSo()
    {
        CredentialBroker broker; // no keychain set
        broker.setUser(m_uri, kUser);
        connect(&broker, &CredentialBroker::credentialsNeeded, this,
                [&](int id, const QString &, const CredentialPrompts &) { broker.answer(id, {kPassword}, true); });
        QSignalSpy message(&broker, &CredentialBroker::keychainMessage);
        const Outcome o = openOnWorker(m_uri, &broker);
        QVERIFY2(o.result->ok(), qPrintable(o.result->errorMessage()));
        virConnectClose(o.result->value());
        QTRY_COMPARE(message.size(), 1);
        QVERIFY(message.at(0).at(0).toString().contains(QLatin1String("asked each time")));
        QVERIFY(!message.at(0).at(0).toString().contains(kPassword));
    }

    void askOnBrokerThreadRefused()
    {
        CredentialBroker broker;
        const auto reply = broker.ask(m_uri, {CredentialPrompt{CredentialPrompt::Kind::Passphrase, {}, {}, {}}});
        QCOMPARE(reply.outcome, CredentialBroker::Outcome::WrongThread);
        QCOMPARE(broker.pendingRequests(), 0);
    }

    void otherFailures_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<int>("why");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("malformed") << QStringLiteral("qemu//system") << int(OpenFailure::BadUri)
                                   << QStringLiteral("\"://\"");
        QTest::newRow("no daemon") << QStringLiteral("test+unix:///default?socket=/nonexistent/hvbench/libvirt-sock")
                                   << int(OpenFailure::NoDaemon) << QStringLiteral("No libvirt daemon answers");
        QTest::newRow("missing test file")
            << QStringLiteral("test:///nonexistent/hvbench.xml") << int(OpenFailure::Other)
            << QStringLiteral("Cannot connect to test:///nonexistent/hvbench.xml");
    }
    void otherFailures()
    {
        QFETCH(QString, uri);
        QFETCH(int, why);
        QFETCH(QString, fragment);
        const Outcome o = openOnWorker(uri, nullptr);
        QVERIFY(!o.result->ok());
        QVERIFY2(o.result->errorMessage().contains(fragment), qPrintable(o.result->errorMessage()));
        QCOMPARE(int(o.why), why);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
