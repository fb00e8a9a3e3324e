// SPDX-License-Identifier: GPL-3.0-or-later
// The password dialog against a host that asks for credentials (libvirt's test driver with an
// <auth> user): the open on a worker thread waits while the GUI thread shows the dialog; the
// right password connects, Cancel and a wrong password fail with a clear message; with no
// keychain the "remember" box is off and disabled.
#include "credentialsprompter.h"
#include "secrets/keychain.h"
#include "virt/credentials.h"
#include "virt/openconnection.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>
#include <libvirt/libvirt.h>
#include <thread>

using namespace hvbench;

namespace {
const QString kUser = QStringLiteral("joe");
const QString kPassword = QStringLiteral("s3cret-pw");
}

class TstCredentialsPrompter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_uri;

    // Opens m_uri on a worker thread; `answer` fills the dialog when it appears.
    Result<bool> openWith(const std::function<void(QDialog *)> &answer, QWidget *window, virt::CredentialBroker &broker)
    {
        Result<bool> outcome = Error{QStringLiteral("not finished")};
        std::atomic_bool done = false;
        std::thread worker([&] {
            auto c = virt::openConnection(m_uri, &broker);
            if (c) {
                virConnectClose(*c);
                outcome = true;
            } else {
                outcome = Error{c.errorMessage()};
            }
            done = true;
        });
        // libvirt may ask in several callbacks (user name, then password): answer each dialog.
        QList<QDialog *> answered;
        QElapsedTimer t;
        t.start();
        while (!done && t.elapsed() < 40'000) {
            QDialog *dialog = nullptr;
            QTest::qWaitFor([&] {
                const auto dialogs = window->findChildren<QDialog *>(QStringLiteral("credentialsDialog"));
                for (QDialog *d : dialogs)
                    if (d->isVisible() && !answered.contains(d))
                        dialog = d;
                return dialog != nullptr || done;
            }, 1'000);
            if (dialog) {
                answered << dialog;
                answer(dialog);
            }
        }
        broker.cancelAll(m_uri); // never leave the worker waiting for a dialog
        worker.join();
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(m_dir.filePath(QStringLiteral("auth.xml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("<node><auth><user password='%1'>%2</user></auth></node>").arg(kPassword, kUser).toUtf8());
        f.close();
        m_uri = QStringLiteral("test://") + f.fileName();
    }

    void answers_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accept");
        QTest::addColumn<bool>("connects");
        QTest::addRow("right password") << kPassword << true << true;
        QTest::addRow("wrong password") << QStringLiteral("nope") << true << false;
        QTest::addRow("cancel") << QString() << false << false;
    }

    void answers()
    {
        QFETCH(QString, password);
        QFETCH(bool, accept);
        QFETCH(bool, connects);
        QWidget window;
        secrets::Keychain keychain; // no session bus in ctest: unavailable once a job tried
        virt::CredentialBroker broker;
        broker.setKeychain(&keychain);
        CredentialsPrompter prompter(&broker, &keychain, &window);
        window.show();
        bool passwordHidden = false;
        bool rememberOff = true;
        const auto r = openWith(
            [&](QDialog *d) {
                const auto edits = d->findChildren<QLineEdit *>();
                for (QLineEdit *e : edits) {
                    if (e->echoMode() == QLineEdit::Password) {
                        passwordHidden = true;
                        e->setText(password);
                    } else {
                        e->setText(kUser);
                    }
                }
                const auto *remember = d->findChild<QCheckBox *>();
                // Off by default; offered only for a secret and while a keychain is available.
                const bool secret = std::any_of(edits.cbegin(), edits.cend(),
                                                [](QLineEdit *e) { return e->echoMode() == QLineEdit::Password; });
                rememberOff = rememberOff && remember && !remember->isChecked() &&
                              remember->isEnabled() == (secret && keychain.available());
                auto *box = d->findChild<QDialogButtonBox *>();
                QTest::mouseClick(box->button(accept ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel), Qt::LeftButton);
            },
            &window, broker);
        QCOMPARE(passwordHidden, accept); // Cancel at the user-name question: no password asked
        QVERIFY(rememberOff);
        QCOMPARE(r.ok(), connects);
        if (!connects) {
            QVERIFY(!r.errorMessage().isEmpty());
            QVERIFY2(!r.errorMessage().contains(kPassword), "a password in an error message");
            qInfo("%s", qPrintable(r.errorMessage()));
        }
        const auto left = window.findChildren<QDialog *>(QStringLiteral("credentialsDialog"));
        for (const QDialog *d : left)
            QVERIFY(!d->isVisible());
    }
};

QTEST_MAIN(TstCredentialsPrompter)
#include "tst_credentialsprompter.moc"
