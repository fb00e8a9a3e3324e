// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/openconnection.h"
#include "virt/credentials.h"
#include "virt/libvirtglobal.h"
#include "virt/uri.h"

#include <QCoreApplication>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Connection)
};

// State of one open, shared with the auth callback (which runs on this same thread).
struct AuthState {
    CredentialBroker *broker = nullptr;
    QString uri;
    QString user;          // known or typed user name
    bool needed = false;   // the host asked for credentials
    bool noBroker = false; // … and nobody could be asked
    bool cancelled = false;
    bool timedOut = false;
    bool storedUsed = false; // a keychain secret was sent
    QString secretGiven;     // the secret the user typed (to remember after success)
    bool remember = false;
};

CredentialPrompt::Kind kindOf(int type)
{
    switch (type) {
    case VIR_CRED_AUTHNAME:
        return CredentialPrompt::Kind::AuthName;
    case VIR_CRED_PASSPHRASE:
        return CredentialPrompt::Kind::Passphrase;
    case VIR_CRED_ECHOPROMPT:
        return CredentialPrompt::Kind::EchoPrompt;
    default:
        return CredentialPrompt::Kind::NoEchoPrompt;
    }
}

char *dupUtf8(const QString &s, unsigned int *len)
{
    const QByteArray b = s.toUtf8();
    char *out = static_cast<char *>(std::malloc(size_t(b.size()) + 1));
    if (!out)
        return nullptr;
    std::memcpy(out, b.constData(), size_t(b.size()) + 1);
    *len = unsigned(b.size());
    return out;
}

int authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata)
{
    auto *st = static_cast<AuthState *>(cbdata);
    st->needed = true;
    std::vector<std::optional<QString>> answers(ncred);
    std::vector<unsigned> asked;
    CredentialPrompts prompts;
    for (unsigned i = 0; i < ncred; ++i) {
        const int type = cred[i].type;
        if (type != VIR_CRED_AUTHNAME && type != VIR_CRED_PASSPHRASE && type != VIR_CRED_ECHOPROMPT &&
            type != VIR_CRED_NOECHOPROMPT)
            return -1; // a credential type hvbench cannot ask for
        if (type == VIR_CRED_AUTHNAME && !st->user.isEmpty()) {
            answers[i] = st->user;
            continue;
        }
        if ((type == VIR_CRED_PASSPHRASE || type == VIR_CRED_NOECHOPROMPT) && st->broker && !st->storedUsed) {
            if (const auto secret = st->broker->storedSecret(st->uri, st->user)) {
                answers[i] = *secret;
                st->storedUsed = true;
                continue;
            }
        }
        asked.push_back(i);
        prompts.append(CredentialPrompt{kindOf(type), QString::fromUtf8(cred[i].prompt),
                                        QString::fromUtf8(cred[i].challenge), QString::fromUtf8(cred[i].defresult)});
    }
    if (!asked.empty()) {
        if (!st->broker) {
            st->noBroker = true;
            return -1;
        }
        const CredentialBroker::Reply reply = st->broker->ask(st->uri, prompts);
        if (reply.outcome == CredentialBroker::Outcome::TimedOut) {
            st->timedOut = true;
            return -1;
        }
        if (reply.outcome != CredentialBroker::Outcome::Answered || reply.values.size() != qsizetype(asked.size())) {
            st->cancelled = reply.outcome != CredentialBroker::Outcome::WrongThread;
            st->noBroker = reply.outcome == CredentialBroker::Outcome::WrongThread;
            return -1;
        }
        for (size_t k = 0; k < asked.size(); ++k) {
            const unsigned i = asked[k];
            answers[i] = reply.values.at(qsizetype(k));
            if (cred[i].type == VIR_CRED_AUTHNAME)
                st->user = reply.values.at(qsizetype(k));
            if (prompts.at(qsizetype(k)).isSecret()) {
                st->secretGiven = reply.values.at(qsizetype(k));
                st->remember = reply.remember;
            }
        }
    }
    for (unsigned i = 0; i < ncred; ++i) {
        cred[i].result = dupUtf8(answers[i].value_or(QString()), &cred[i].resultlen);
        if (!cred[i].result)
            return -1;
    }
    return 0;
}

bool containsAny(const QString &s, std::initializer_list<const char *> needles)
{
    for (const char *n : needles)
        if (s.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    return false;
}

Error classify(const QString &uri, const AuthState &st, OpenFailure &why)
{
    const virErrorPtr e = virGetLastError();
    const int code = e ? e->code : VIR_ERR_OK;
    QString detail = e && e->message ? QString::fromUtf8(e->message) : Tr::tr("no details from libvirt");
    if (!st.secretGiven.isEmpty())
        detail.replace(st.secretGiven, QStringLiteral("***")); // never echo a secret
    const QString shown = redactedUri(uri);
    if (st.timedOut) {
        why = OpenFailure::Cancelled;
        return Error{Tr::tr("Nobody answered the password prompt for %1 in time: connect again to retry.").arg(shown)};
    }
    if (st.cancelled) {
        why = OpenFailure::Cancelled;
        return Error{Tr::tr("Connecting to %1 was cancelled: no user name or password was given.").arg(shown)};
    }
    if (st.noBroker) {
        why = OpenFailure::Authentication;
        return Error{Tr::tr("%1 asks for a user name or password, and none can be asked for here: connect from the "
                            "hvbench window, or configure the credentials in libvirt's auth.conf.")
                         .arg(shown)};
    }
    if (code == VIR_ERR_AUTH_FAILED || code == VIR_ERR_AUTH_CANCELLED || code == VIR_ERR_AUTH_UNAVAILABLE ||
        (st.needed && containsAny(detail, {"authentication failed", "permission denied"}))) {
        why = OpenFailure::Authentication;
        if (st.storedUsed && st.secretGiven.isEmpty())
            return Error{Tr::tr("Authentication to %1 failed with the password stored in the keychain (%2): it was "
                                "forgotten for now; connect again and type the current password.")
                             .arg(shown, detail)};
        return Error{Tr::tr("Authentication to %1 failed (%2): check the user name and password.").arg(shown, detail)};
    }
    if (containsAny(detail, {"Could not resolve hostname", "Name or service not known", "name resolution",
                             "No address associated", "Unable to resolve address", "nodename nor servname"})) {
        why = OpenFailure::UnknownHost;
        return Error{
            Tr::tr("The host in %1 cannot be found (%2): check the host name and your DNS.").arg(shown, detail)};
    }
    if (containsAny(detail, {"no connection driver available", "Cannot find", "driver is not"}) ||
        code == VIR_ERR_NO_CONNECT) {
        why = OpenFailure::NoDriver;
        return Error{Tr::tr("This libvirt cannot open %1 (%2): install the libvirt driver or client tool it needs "
                            "(e.g. libvirt-daemon-driver-qemu, openssh-client).")
                         .arg(shown, detail)};
    }
    if (containsAny(detail, {"Failed to connect socket", "Connection refused", "End of file while reading data"})) {
        why = OpenFailure::NoDaemon;
        return Error{Tr::tr("No libvirt daemon answers for %1 (%2): start libvirtd on that host (on this computer: "
                            "scripts/ensure-libvirtd.sh).")
                         .arg(shown, detail)};
    }
    why = OpenFailure::Other;
    return Error{Tr::tr("Cannot connect to %1: %2.").arg(shown, detail)};
}
} // namespace

Result<virConnectPtr> openConnection(const QString &typedUri, CredentialBroker *broker, OpenFailure *why)
{
    OpenFailure dummy = OpenFailure::None;
    OpenFailure &reason = why ? *why : dummy;
    reason = OpenFailure::None;
    const QString uri = typedUri.trimmed();
    if (const Status s = validateUri(uri); !s) {
        reason = OpenFailure::BadUri;
        return s.error();
    }
    ensureLibvirtInitialized();
    AuthState st;
    st.broker = broker;
    st.uri = uri;
    st.user = uriUser(uri);
    if (st.user.isEmpty() && broker)
        st.user = broker->user(uri);
    int credTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE, VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT};
    virConnectAuth auth{credTypes, sizeof(credTypes) / sizeof(credTypes[0]), &authCallback, &st};
    virResetLastError();
    virConnectPtr conn = virConnectOpenAuth(uri.toUtf8().constData(), &auth, 0);
    if (!conn) {
        Error e = classify(uri, st, reason);
        if (broker)
            broker->openFinished(uri, st.user, st.secretGiven, false, false, st.storedUsed);
        st.secretGiven.fill(QLatin1Char('\0'));
        return e;
    }
    if (broker)
        broker->openFinished(uri, st.user, st.secretGiven, st.remember, true, st.storedUsed);
    st.secretGiven.fill(QLatin1Char('\0'));
    return conn;
}

} // namespace hvbench::virt
