// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/credentials.h"
#include "secrets/keychain.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <utility>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::CredentialBroker)
};
constexpr int kKeychainTimeoutMs = 15000;
} // namespace

struct CredentialBroker::Pending {
    QString uri;
    QSemaphore done;
    Reply reply;
};

CredentialBroker::CredentialBroker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<CredentialPrompt>();
    qRegisterMetaType<CredentialPrompts>();
}

CredentialBroker::~CredentialBroker()
{
    // Release every waiting worker: a broker that goes away answers "cancelled".
    QMutexLocker lock(&m_mutex);
    for (const auto &p : std::as_const(m_pending)) {
        p->reply = Reply{Outcome::Cancelled, {}, false};
        p->done.release();
    }
    m_pending.clear();
}

void CredentialBroker::setKeychain(secrets::Keychain *keychain)
{
    m_keychain = keychain;
}

secrets::Keychain *CredentialBroker::keychain() const
{
    return m_keychain.data();
}

void CredentialBroker::setTimeout(std::chrono::milliseconds timeout)
{
    QMutexLocker lock(&m_mutex);
    m_timeout = timeout;
}

void CredentialBroker::prefetchSecret(const QString &uri, const QString &user, QObject *context,
                                      std::function<void()> done)
{
    if (!m_keychain || user.isEmpty()) {
        QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
        return;
    }
    auto conn = std::make_shared<QMetaObject::Connection>();
    auto finish = std::make_shared<std::function<void()>>(std::move(done)); // called once
    const int id = m_keychain->read(uri, user);
    *conn = connect(
        m_keychain, &secrets::Keychain::readFinished, context,
        [this, conn, id, uri, user, finish](int jobId, bool found, const QString &secret, const QString &error) {
            if (jobId != id || !*finish)
                return;
            QObject::disconnect(*conn);
            if (found)
                setStoredSecret(uri, user, secret);
            else if (error.isEmpty())
                forgetStoredSecret(uri); // removed from the keychain ("Forget saved password"): not used again
            if (!error.isEmpty() && error != m_lastReadError)
                Q_EMIT keychainMessage(error);
            m_lastReadError = error;
            std::exchange(*finish, nullptr)();
        });
    // A keychain that never answers must not keep the connection in Connecting: go on without it.
    QTimer::singleShot(kKeychainTimeoutMs, context, [conn, finish] {
        if (!*finish)
            return;
        QObject::disconnect(*conn);
        std::exchange(*finish, nullptr)();
    });
}

void CredentialBroker::setUser(const QString &uri, const QString &user)
{
    QMutexLocker lock(&m_mutex);
    if (user.isEmpty())
        m_users.remove(uri);
    else
        m_users.insert(uri, user);
}

QString CredentialBroker::user(const QString &uri) const
{
    QMutexLocker lock(&m_mutex);
    return m_users.value(uri);
}

void CredentialBroker::setStoredSecret(const QString &uri, const QString &user, const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.insert(uri, {user, secret});
}

std::optional<QString> CredentialBroker::storedSecret(const QString &uri, const QString &user) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_secrets.constFind(uri);
    if (it == m_secrets.cend() || it->first != user)
        return std::nullopt;
    return it->second;
}

void CredentialBroker::forgetStoredSecret(const QString &uri)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.remove(uri);
}

int CredentialBroker::pendingRequests() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}

CredentialBroker::Reply CredentialBroker::ask(const QString &uri, const CredentialPrompts &prompts)
{
    if (QThread::currentThread() == thread())
        return Reply{Outcome::WrongThread, {}, false};
    auto pending = std::make_shared<Pending>();
    pending->uri = uri;
    int id = 0;
    std::chrono::milliseconds timeout{};
    {
        QMutexLocker lock(&m_mutex);
        id = ++m_nextId;
        m_pending.insert(id, pending);
        timeout = m_timeout;
    }
    // Emit on the broker's thread, so the UI's slots run on the GUI thread whatever the connection type.
    QMetaObject::invokeMethod(
        this, [this, id, uri, prompts] { Q_EMIT credentialsNeeded(id, uri, prompts); }, Qt::QueuedConnection);
    const bool got = pending->done.tryAcquire(1, int(timeout.count()));
    bool timedOut = false;
    {
        QMutexLocker lock(&m_mutex);
        // answer()/cancel() remove the request before releasing; a timeout leaves it here.
        if (!got) {
            // A late answer() may have released right after the timeout: take it then.
            timedOut = !pending->done.tryAcquire(1, 0);
            m_pending.remove(id);
        }
    }
    if (timedOut) {
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT requestClosed(id); }, Qt::QueuedConnection);
        return Reply{Outcome::TimedOut, {}, false};
    }
    return pending->reply;
}

void CredentialBroker::answer(int requestId, const QStringList &values, bool remember)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto p = m_pending.take(requestId);
        if (!p)
            return;
        p->reply = Reply{Outcome::Answered, values, remember};
        p->done.release();
    }
    Q_EMIT requestClosed(requestId);
}

void CredentialBroker::cancel(int requestId)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto p = m_pending.take(requestId);
        if (!p)
            return;
        p->reply = Reply{Outcome::Cancelled, {}, false};
        p->done.release();
    }
    Q_EMIT requestClosed(requestId);
}

void CredentialBroker::cancelAll(const QString &uri)
{
    QList<int> ids;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            if (it.value()->uri == uri)
                ids.append(it.key());
    }
    for (const int id : std::as_const(ids))
        cancel(id);
}

void CredentialBroker::openFinished(const QString &uri, const QString &user, const QString &secretGiven, bool remember,
                                    bool succeeded, bool storedSecretUsed)
{
    if (!succeeded && storedSecretUsed)
        forgetStoredSecret(uri); // the host refused it: ask next time
    if (!succeeded || !remember || secretGiven.isEmpty() || user.isEmpty())
        return;
    setStoredSecret(uri, user, secretGiven);
    QMetaObject::invokeMethod(
        this, [this, uri, user, secretGiven] { storeSecret(uri, user, secretGiven); }, Qt::QueuedConnection);
}

void CredentialBroker::storeSecret(const QString &uri, const QString &user, const QString &secret)
{
    if (!m_keychain) {
        Q_EMIT keychainMessage(Tr::tr("No keychain is configured: the password for %1 was not stored; you will be "
                                      "asked each time.")
                                   .arg(user));
        return;
    }
    auto conn = std::make_shared<QMetaObject::Connection>();
    const int id = m_keychain->write(uri, user, secret);
    *conn = connect(m_keychain, &secrets::Keychain::writeFinished, this,
                    [this, conn, id, uri, user](int jobId, const QString &error) {
                        if (jobId != id)
                            return;
                        QObject::disconnect(*conn);
                        if (error.isEmpty())
                            Q_EMIT secretStored(uri, user);
                        else
                            Q_EMIT keychainMessage(error);
                    });
}

} // namespace hvbench::virt
