// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/uri.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Uri)
};

const QStringList &knownDrivers()
{
    static const QStringList d{
        QStringLiteral("qemu"),        QStringLiteral("xen"),          QStringLiteral("test"),
        QStringLiteral("lxc"),         QStringLiteral("openvz"),       QStringLiteral("vbox"),
        QStringLiteral("bhyve"),       QStringLiteral("ch"),           QStringLiteral("vz"),
        QStringLiteral("esx"),         QStringLiteral("gsx"),          QStringLiteral("vpx"),
        QStringLiteral("hyperv"),      QStringLiteral("vmwareplayer"), QStringLiteral("vmwarews"),
        QStringLiteral("vmwarefusion")};
    return d;
}

const QStringList &knownTransports()
{
    static const QStringList t{QStringLiteral("unix"),    QStringLiteral("ssh"), QStringLiteral("libssh"),
                               QStringLiteral("libssh2"), QStringLiteral("tcp"), QStringLiteral("tls"),
                               QStringLiteral("ext")};
    return t;
}

bool isSsh(const QString &t)
{
    return t == QLatin1String("ssh") || t == QLatin1String("libssh") || t == QLatin1String("libssh2");
}

Error err(const QString &m)
{
    return Error{m};
}

// Everything validateUri() and splitUri() need, parsed once.
struct Parsed {
    QString driver;
    QString transport; // "" when none
    QUrl url;
};

Result<Parsed> parse(const QString &typed)
{
    const QString uri = typed.trimmed();
    if (uri.isEmpty())
        return err(Tr::tr("Type a libvirt URI, for example qemu:///system."));
    for (const QChar c : uri)
        if (c.isSpace())
            return err(Tr::tr("The URI \"%1\" contains a space: remove it.").arg(redactedUri(uri)));
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return err(Tr::tr("\"%1\" is not a libvirt URI: the driver name must be followed by \"://\", "
                          "for example qemu:///system.")
                       .arg(redactedUri(uri)));
    if (colon == 0)
        return err(Tr::tr("The URI \"%1\" has no driver name before \":\": start it with qemu, xen, test, …")
                       .arg(redactedUri(uri)));
    if (!uri.mid(colon).startsWith(QLatin1String("://")))
        return err(Tr::tr("In \"%1\" the driver name must be followed by \"://\", for example qemu:///system "
                          "or qemu+ssh://user@host/system.")
                       .arg(redactedUri(uri)));
    const QString scheme = uri.left(colon).toLower();
    Parsed p;
    const qsizetype plus = scheme.indexOf(QLatin1Char('+'));
    p.driver = plus < 0 ? scheme : scheme.left(plus);
    p.transport = plus < 0 ? QString() : scheme.mid(plus + 1);
    if (!knownDrivers().contains(p.driver))
        return err(Tr::tr("Unknown hypervisor driver \"%1\" in \"%2\": use one of %3.")
                       .arg(p.driver, redactedUri(uri), knownDrivers().join(QLatin1String(", "))));
    if (plus >= 0 && !knownTransports().contains(p.transport))
        return err(Tr::tr("Unknown transport \"%1\" in \"%2\": use one of %3 (or none for this computer).")
                       .arg(p.transport, redactedUri(uri), knownTransports().join(QLatin1String(", "))));
    p.url = QUrl(uri, QUrl::StrictMode);
    if (!p.url.isValid())
        return err(Tr::tr("The URI \"%1\" is malformed (%2): check the user, host and port.")
                       .arg(redactedUri(uri), p.url.errorString()));
    if (p.url.port() == 0)
        return err(Tr::tr("The port in \"%1\" must be between 1 and 65535.").arg(redactedUri(uri)));
    const QString host = p.url.host();
    if (isSsh(p.transport) && host.isEmpty())
        return err(Tr::tr("\"%1\" uses %2 but names no host: add one, for example %3+%2://root@HOST/system.")
                       .arg(redactedUri(uri), p.transport, p.driver));
    if (p.transport == QLatin1String("unix") && !host.isEmpty())
        return err(Tr::tr("\"%1\" uses the local unix transport but names the host \"%2\": remove the host, "
                          "or use ssh, tcp or tls to reach another machine.")
                       .arg(redactedUri(uri), host));
    if (host.isEmpty() && (!p.url.userName().isEmpty() || p.url.port() > 0))
        return err(Tr::tr("\"%1\" names a user or port but no host: add the host, e.g. qemu+ssh://user@HOST/system.")
                       .arg(redactedUri(uri)));
    const QString path = p.url.path();
    if (p.driver == QLatin1String("qemu") && path != QLatin1String("/system") && path != QLatin1String("/session") &&
        path != QLatin1String("/embed"))
        return err(Tr::tr("The QEMU URI \"%1\" must end in /system (the system instance) or /session (your user's "
                          "instance), e.g. qemu:///system.")
                       .arg(redactedUri(uri)));
    if (p.driver == QLatin1String("xen") && !path.isEmpty() && path != QLatin1String("/") &&
        path != QLatin1String("/system"))
        return err(Tr::tr("The Xen URI \"%1\" must end in /system, e.g. xen:///system.").arg(redactedUri(uri)));
    if (p.driver == QLatin1String("test") && (path.isEmpty() || path == QLatin1String("/")))
        return err(Tr::tr("The test URI \"%1\" needs a path: /default or the absolute path of a test driver XML "
                          "file, e.g. test:///default.")
                       .arg(redactedUri(uri)));
    const QUrlQuery query(p.url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        if (key.isEmpty())
            return err(
                Tr::tr("A parameter in \"%1\" has no name: write ?name=value&name2=value2.").arg(redactedUri(uri)));
    return p;
}
} // namespace

QString redactedUri(const QString &uri)
{
    // Remove "user:secret@" → "user@" without reformatting anything else.
    const qsizetype scheme = uri.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return uri;
    const qsizetype start = scheme + 3;
    qsizetype end = uri.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = uri.size();
    const qsizetype at = uri.lastIndexOf(QLatin1Char('@'), end - 1);
    if (at < start)
        return uri;
    const qsizetype colon = uri.indexOf(QLatin1Char(':'), start);
    if (colon < 0 || colon > at)
        return uri;
    return uri.left(colon) + uri.mid(at);
}

QString uriUser(const QString &uri)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    return url.isValid() ? url.userName() : QString();
}

Status validateUri(const QString &uri)
{
    const auto p = parse(uri);
    if (!p)
        return p.error();
    return Ok{};
}

Result<UriParts> splitUri(const QString &uri)
{
    const auto parsed = parse(uri);
    if (!parsed)
        return parsed.error();
    const Parsed &p = *parsed;
    UriParts parts;
    const QString path = p.url.path();
    if (p.driver == QLatin1String("qemu")) {
        if (path == QLatin1String("/embed"))
            return err(Tr::tr("Embedded QEMU URIs (%1) can only be edited as text.").arg(redactedUri(uri)));
        parts.hypervisor = path == QLatin1String("/session") ? Hypervisor::QemuSession : Hypervisor::Qemu;
    } else if (p.driver == QLatin1String("xen")) {
        parts.hypervisor = Hypervisor::Xen;
    } else if (p.driver == QLatin1String("test")) {
        parts.hypervisor = Hypervisor::Test;
        if (path != QLatin1String("/default"))
            parts.testConfig = path;
    } else {
        return err(
            Tr::tr("The %1 driver is not in the form's list: edit \"%2\" as text.").arg(p.driver, redactedUri(uri)));
    }
    parts.host = p.url.host();
    parts.user = p.url.userName();
    parts.port = qMax(0, p.url.port());
    if (p.transport.isEmpty())
        parts.transport =
            parts.host.isEmpty() ? Transport::Local : Transport::Tls; // libvirt's default remote transport
    else if (p.transport == QLatin1String("unix"))
        parts.transport = Transport::Unix;
    else if (isSsh(p.transport)) {
        parts.transport = Transport::Ssh;
        parts.sshFlavour = p.transport == QLatin1String("ssh") ? QString() : p.transport;
    } else if (p.transport == QLatin1String("tcp"))
        parts.transport = Transport::Tcp;
    else if (p.transport == QLatin1String("tls"))
        parts.transport = Transport::Tls;
    else
        return err(Tr::tr("The %1 transport is not in the form's list: edit \"%2\" as text.")
                       .arg(p.transport, redactedUri(uri)));
    const auto items = QUrlQuery(p.url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        parts.params.append(item);
    return parts;
}

Result<QString> buildUri(const UriParts &parts)
{
    QString driver;
    QString path;
    switch (parts.hypervisor) {
    case Hypervisor::Qemu:
        driver = QStringLiteral("qemu");
        path = QStringLiteral("/system");
        break;
    case Hypervisor::QemuSession:
        driver = QStringLiteral("qemu");
        path = QStringLiteral("/session");
        break;
    case Hypervisor::Xen:
        driver = QStringLiteral("xen");
        path = QStringLiteral("/system");
        break;
    case Hypervisor::Test:
        driver = QStringLiteral("test");
        path = parts.testConfig.isEmpty() ? QStringLiteral("/default") : parts.testConfig;
        if (!path.startsWith(QLatin1Char('/')))
            return err(Tr::tr("The test driver configuration \"%1\" must be an absolute path.").arg(path));
        break;
    }
    const bool remote =
        parts.transport == Transport::Ssh || parts.transport == Transport::Tcp || parts.transport == Transport::Tls;
    const QString host = parts.host.trimmed();
    if (remote && host.isEmpty())
        return err(Tr::tr("Type the host name: %1 connects to another machine.").arg(transportName(parts.transport)));
    if (!remote && (!host.isEmpty() || !parts.user.isEmpty() || parts.port != 0))
        return err(Tr::tr("A host, user or port needs a remote transport (SSH, TCP or TLS): choose one, or clear "
                          "those fields to connect to this computer."));
    if (parts.port < 0 || parts.port > 65535)
        return err(Tr::tr("The port must be between 1 and 65535 (or empty for the default)."));
    QString transport;
    switch (parts.transport) {
    case Transport::Local:
        break;
    case Transport::Unix:
        transport = QStringLiteral("unix");
        break;
    case Transport::Ssh:
        transport = parts.sshFlavour.isEmpty() ? QStringLiteral("ssh") : parts.sshFlavour;
        break;
    case Transport::Tcp:
        transport = QStringLiteral("tcp");
        break;
    case Transport::Tls:
        transport = QStringLiteral("tls");
        break;
    }
    QString uri = driver;
    if (!transport.isEmpty())
        uri += QLatin1Char('+') + transport;
    uri += QLatin1String("://");
    if (!parts.user.isEmpty())
        uri += QString::fromUtf8(QUrl::toPercentEncoding(parts.user)) + QLatin1Char('@');
    if (!host.isEmpty())
        uri += host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
                   ? QLatin1Char('[') + host + QLatin1Char(']')
                   : host;
    if (parts.port > 0)
        uri += QLatin1Char(':') + QString::number(parts.port);
    uri += path;
    QStringList query;
    for (const auto &[key, value] : parts.params)
        query.append(QString::fromUtf8(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                     QString::fromUtf8(QUrl::toPercentEncoding(value, "/:,")));
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    if (const Status s = validateUri(uri); !s)
        return s.error();
    return uri;
}

QString hypervisorName(Hypervisor h)
{
    switch (h) {
    case Hypervisor::Qemu:
        return Tr::tr("QEMU/KVM");
    case Hypervisor::QemuSession:
        return Tr::tr("QEMU/KVM user session");
    case Hypervisor::Xen:
        return Tr::tr("Xen");
    case Hypervisor::Test:
        return Tr::tr("Test (libvirt mock driver)");
    }
    return {};
}

QString transportName(Transport t)
{
    switch (t) {
    case Transport::Local:
        return Tr::tr("Local");
    case Transport::Unix:
        return Tr::tr("UNIX socket");
    case Transport::Ssh:
        return Tr::tr("SSH");
    case Transport::Tcp:
        return Tr::tr("TCP (SASL)");
    case Transport::Tls:
        return Tr::tr("TLS");
    }
    return {};
}

} // namespace hvbench::virt
