// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keychain.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace hvbench::secrets {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Keychain)
};
} // namespace

Keychain::Keychain(QObject *parent, const QString &service) : QObject(parent), m_service(service) {}

QString Keychain::keyFor(const QString &uri, const QString &user)
{
    return uri + QLatin1Char(' ') + user;
}

QString Keychain::describeError(int code, const QString &detail)
{
    switch (code) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Tr::tr("The system keychain refused access (%1): the password was not stored or read; unlock the "
                      "keychain and try again.")
            .arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default: {
        // With no Secret Service on the session bus libsecret reports OtherError (not
        // NoBackendAvailable): treat both as "no keychain here".
        const QString message = Tr::tr("No system keychain is available (%1): the password will not be stored; "
                                       "you will be asked each time.")
                                    .arg(detail.isEmpty() ? Tr::tr("no Secret Service") : detail);
        const bool changed = m_unavailableMessage != message;
        m_unavailableMessage = message;
        if (changed)
            Q_EMIT availabilityChanged(false, message);
        return message;
    }
    }
}

int Keychain::read(const QString &uri, const QString &user)
{
    const int id = ++m_nextId;
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(uri, user));
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *j) {
        auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError) {
            Q_EMIT readFinished(id, true, rj->textData(), {});
        } else if (j->error() == QKeychain::EntryNotFound) {
            Q_EMIT readFinished(id, false, {}, {});
        } else {
            const QString e = describeError(j->error(), j->errorString());
            Q_EMIT readFinished(id, false, {}, e);
        }
    });
    job->start();
    return id;
}

int Keychain::write(const QString &uri, const QString &user, const QString &secret)
{
    const int id = ++m_nextId;
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(uri, user));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError && !available()) {
            m_unavailableMessage.clear();
            Q_EMIT availabilityChanged(true, {});
        }
        Q_EMIT writeFinished(id, describeError(j->error(), j->errorString()));
    });
    job->start();
    return id;
}

int Keychain::remove(const QString &uri, const QString &user)
{
    const int id = ++m_nextId;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(uri, user));
    connect(job, &QKeychain::Job::finished, this,
            [this, id](QKeychain::Job *j) { Q_EMIT removeFinished(id, describeError(j->error(), j->errorString())); });
    job->start();
    return id;
}

} // namespace hvbench::secrets
