// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/connectionform.h"

#include <QCoreApplication>
#include <QUrl>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::ConnectionForm)
};

bool hasSpace(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

Result<int> parsePort(const QString &text, const QString &typed)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return Error{Tr::tr("The port in \"%1\" must be a number between 1 and 65535.").arg(typed)};
    return port;
}
} // namespace

QList<Hypervisor> ConnectionForm::hypervisors()
{
    return {Hypervisor::Qemu, Hypervisor::QemuSession, Hypervisor::Xen, Hypervisor::Test};
}

QList<Transport> ConnectionForm::transports()
{
    return {Transport::Local, Transport::Ssh, Transport::Tls, Transport::Tcp};
}

bool ConnectionForm::isRemote() const
{
    return transport == Transport::Ssh || transport == Transport::Tls || transport == Transport::Tcp;
}

Result<ConnectionForm::HostPort> ConnectionForm::parseHostPort(const QString &typed)
{
    const QString text = typed.trimmed();
    HostPort out;
    if (text.isEmpty())
        return out;
    if (hasSpace(text))
        return Error{Tr::tr("The host \"%1\" contains a space: remove it.").arg(text)};
    if (text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('@')) || text.contains(QLatin1Char('?')))
        return Error{
            Tr::tr("Type only the host name and an optional port in the host field (no '/', '@' or '?'); the user "
                   "goes in the user field.")};
    if (text.startsWith(QLatin1Char('['))) { // [IPv6] or [IPv6]:port
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Error{Tr::tr("The IPv6 address in \"%1\" has no closing ']'.").arg(text)};
        out.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return Error{Tr::tr("After the IPv6 address in \"%1\" only \":port\" may follow.").arg(text)};
            const auto port = parsePort(rest.mid(1), text);
            if (!port)
                return port.error();
            out.port = *port;
        }
    } else if (text.count(QLatin1Char(':')) > 1) { // a bare IPv6 address: no port possible
        out.host = text;
    } else if (const qsizetype colon = text.indexOf(QLatin1Char(':')); colon >= 0) {
        out.host = text.left(colon);
        const auto port = parsePort(text.mid(colon + 1), text);
        if (!port)
            return port.error();
        out.port = *port;
    } else {
        out.host = text;
    }
    if (out.host.isEmpty())
        return Error{Tr::tr("\"%1\" names a port but no host.").arg(text)};
    QUrl probe;
    probe.setHost(out.host, QUrl::StrictMode);
    if (!probe.isValid() || probe.host().isEmpty())
        return Error{Tr::tr("\"%1\" is not a valid host name or IP address.").arg(out.host)};
    return out;
}

QString ConnectionForm::joinHostPort(const QString &host, int port)
{
    QString out = host.contains(QLatin1Char(':')) && port > 0 ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        out += QLatin1Char(':') + QString::number(port);
    return out;
}

Result<QString> ConnectionForm::uri() const
{
    if (custom) {
        const QString text = customUri.trimmed();
        if (const Status s = validateUri(text); !s)
            return s.error();
        if (!QUrl(text).password().isEmpty())
            return Error{Tr::tr("The URI contains a password: remove it (write user@host). hvbench asks for the "
                                "password when connecting and can keep it in the system keychain.")};
        return text;
    }
    UriParts parts;
    parts.hypervisor = hypervisor;
    parts.transport = transport;
    if (isRemote()) {
        const QString u = user.trimmed();
        if (hasSpace(u))
            return Error{Tr::tr("The user name \"%1\" contains a space: remove it.").arg(u)};
        if (u.contains(QLatin1Char(':')) || u.contains(QLatin1Char('@')))
            return Error{Tr::tr("The user name may not contain ':' or '@': type the user name only (a "
                                "password is asked for when connecting).")};
        const auto hp = parseHostPort(hostAndPort);
        if (!hp)
            return hp.error();
        parts.user = u;
        parts.host = hp->host;
        parts.port = hp->port;
    }
    return buildUri(parts);
}

QString ConnectionForm::effectiveUser() const
{
    if (custom)
        return uriUser(customUri);
    return isRemote() ? user.trimmed() : QString();
}

ConnectionForm ConnectionForm::fromUri(const QString &uri)
{
    ConnectionForm f;
    const auto parts = splitUri(uri);
    bool fits = parts && parts->params.isEmpty() && parts->testConfig.isEmpty() && parts->sshFlavour.isEmpty() &&
                transports().contains(parts->transport);
    if (fits) { // e.g. "qemu://node7/system" is TLS but rebuilds as qemu+tls://: keep what was typed
        const auto rebuilt = buildUri(*parts);
        fits = rebuilt && *rebuilt == uri.trimmed();
    }
    if (!fits) {
        f.custom = true;
        f.customUri = uri.trimmed();
        return f;
    }
    f.hypervisor = parts->hypervisor;
    f.transport = parts->transport;
    f.user = parts->user;
    f.hostAndPort = joinHostPort(parts->host, parts->port);
    return f;
}

} // namespace hvbench::virt
