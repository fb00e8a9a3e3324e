// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Credentials for libvirt's auth callback (virConnectOpenAuth).  The callback runs on the
// worker thread that opens the connection; it asks the CredentialBroker, a QObject living on
// the GUI thread, which answers from a secret pre-fetched from the keychain or asks the user
// (signal credentialsNeeded) and blocks ONLY that worker thread until answer()/cancel() or a
// timeout.  The GUI thread never waits, and there is no nested event loop.
//
// Secrets are never logged, never put in settings and never put in error messages.
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace hvbench::secrets {
class Keychain;
}

namespace hvbench::virt {

struct CredentialPrompt {
    enum class Kind { AuthName, Passphrase, EchoPrompt, NoEchoPrompt };
    Kind kind = Kind::AuthName;
    QString prompt;        // libvirt's text, e.g. "Enter joe's password for localhost"
    QString challenge;     // extra text some mechanisms send (may be empty)
    QString defaultResult; // suggested answer (never a secret)
    bool isSecret() const { return kind == Kind::Passphrase || kind == Kind::NoEchoPrompt; }
    bool operator==(const CredentialPrompt &) const = default;
};
using CredentialPrompts = QList<CredentialPrompt>;

// Must outlive every open that uses it (HostConnection, openConnection on a worker thread).
class CredentialBroker final : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Answered, Cancelled, TimedOut, WrongThread };
    struct Reply {
        Outcome outcome = Outcome::Cancelled;
        QStringList values; // one per prompt, in order
        bool remember = false;
    };

    explicit CredentialBroker(QObject *parent = nullptr);
    ~CredentialBroker() override;

    // Optional: where secrets come from before an open and go to after a successful one.
    void setKeychain(secrets::Keychain *keychain);
    secrets::Keychain *keychain() const;
    // How long a worker waits for the user (default 5 minutes).
    void setTimeout(std::chrono::milliseconds timeout);

    // GUI thread: reads the secret stored for uri + user (if a keychain is set and user is
    // known), keeps it for the next open of uri, then calls done (always, also on failure).
    void prefetchSecret(const QString &uri, const QString &user, QObject *context, std::function<void()> done);

    // --- thread-safe -------------------------------------------------------------------
    // The user name to answer VIR_CRED_AUTHNAME with for this URI (from the host profile).
    void setUser(const QString &uri, const QString &user);
    QString user(const QString &uri) const;
    // A secret for uri + user (what prefetchSecret stores).  Used at most once per open.
    void setStoredSecret(const QString &uri, const QString &user, const QString &secret);
    std::optional<QString> storedSecret(const QString &uri, const QString &user) const;
    void forgetStoredSecret(const QString &uri);

    // Called on the worker thread by the auth callback: emits credentialsNeeded on the
    // broker's thread and waits for answer()/cancel()/the timeout.  Refuses (WrongThread)
    // when called on the broker's own thread, which would deadlock.
    Reply ask(const QString &uri, const CredentialPrompts &prompts);

    // Called by openConnection when an open is over.  Stores the secret in the keychain only
    // when the user asked to remember it AND the open succeeded; forgets a stored secret the
    // host refused.
    void openFinished(const QString &uri, const QString &user, const QString &secretGiven, bool remember,
                      bool succeeded, bool storedSecretUsed);

    int pendingRequests() const;

public Q_SLOTS:
    void answer(int requestId, const QStringList &values, bool remember);
    void cancel(int requestId);
    void cancelAll(const QString &uri); // e.g. the user disconnected while a prompt is open

Q_SIGNALS:
    // The UI shows a dialog with these prompts and calls answer() or cancel().
    void credentialsNeeded(int requestId, const QString &uri, const hvbench::virt::CredentialPrompts &prompts);
    void requestClosed(int requestId); // answered, cancelled or timed out: close that dialog
    // Keychain news for the user (e.g. no keychain, or the password was stored).
    void keychainMessage(const QString &message);
    void secretStored(const QString &uri, const QString &user);

private:
    struct Pending;
    void storeSecret(const QString &uri, const QString &user, const QString &secret);
    mutable QMutex m_mutex;
    QHash<int, std::shared_ptr<Pending>> m_pending;
    QHash<QString, QString> m_users;                       // uri → user
    QHash<QString, std::pair<QString, QString>> m_secrets; // uri → (user, secret)
    int m_nextId = 0;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    QPointer<secrets::Keychain> m_keychain;
    QString m_lastReadError; // prefetch errors are told once, not at every connect
};

} // namespace hvbench::virt

Q_DECLARE_METATYPE(hvbench::virt::CredentialPrompt)
Q_DECLARE_METATYPE(hvbench::virt::CredentialPrompts)
