// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/isolatednetwork.h"
#include "virt/libvirthandles.h"

#include "virt/libvirtglobal.h"
#include "virt/ownership.h"
#include "virt/storage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/virterror.h>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <memory>
#include <net/if.h>
#include <vector>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::IsolatedNetwork)
};
quint32 mask(int prefix)
{
    return prefix <= 0 ? 0u : prefix >= 32 ? 0xffffffffu : ~((1u << (32 - prefix)) - 1);
}

QString dotted(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

std::optional<quint32> parseIpv4(const QString &s)
{
    in_addr a{};
    if (inet_pton(AF_INET, s.toLatin1().constData(), &a) != 1)
        return std::nullopt;
    return ntohl(a.s_addr);
}

int prefixOfNetmask(quint32 m)
{
    int p = 0;
    while (p < 32 && (m & (0x80000000u >> p)))
        ++p;
    return p;
}

struct NetXml {
    QList<Ipv4Net> subnets;
    QString bridge;
};

NetXml parseNetworkXml(const QString &xml)
{
    NetXml out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("bridge") && a.hasAttribute(QLatin1String("name")))
            out.bridge = a.value(QLatin1String("name")).toString();
        if (r.name() != QLatin1String("ip"))
            continue;
        const auto addr = parseIpv4(a.value(QLatin1String("address")).toString());
        if (!addr)
            continue; // IPv6 or no address
        int prefix = 24;
        if (a.hasAttribute(QLatin1String("prefix")))
            prefix = a.value(QLatin1String("prefix")).toInt();
        else if (const auto m = parseIpv4(a.value(QLatin1String("netmask")).toString()))
            prefix = prefixOfNetmask(*m);
        out.subnets.append(Ipv4Net{*addr, prefix});
    }
    return out;
}

std::vector<NetPtr> allNetworks(virConnectPtr conn)
{
    std::vector<NetPtr> out;
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(conn, &nets, 0);
    for (int i = 0; i < n; ++i)
        out.emplace_back(nets[i]);
    free(nets);
    return out;
}
} // namespace

bool Ipv4Net::overlaps(const Ipv4Net &o) const
{
    const quint32 m = mask(qMin(prefix, o.prefix));
    return (address & m) == (o.address & m);
}

QList<Ipv4Net> usedSubnets(virConnectPtr conn, bool local)
{
    QList<Ipv4Net> used;
    for (const NetPtr &n : allNetworks(conn))
        used += parseNetworkXml(takeString(virNetworkGetXMLDesc(n.get(), 0))).subnets;
    if (local) {
        ifaddrs *list = nullptr;
        if (getifaddrs(&list) == 0) {
            for (ifaddrs *i = list; i; i = i->ifa_next) {
                if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET)
                    continue;
                const quint32 addr = ntohl(reinterpret_cast<sockaddr_in *>(i->ifa_addr)->sin_addr.s_addr);
                const quint32 m = i->ifa_netmask
                                      ? ntohl(reinterpret_cast<sockaddr_in *>(i->ifa_netmask)->sin_addr.s_addr)
                                      : 0xffffffffu;
                used.append(Ipv4Net{addr, prefixOfNetmask(m)});
            }
            freeifaddrs(list);
        }
    }
    return used;
}

std::optional<quint32> freeSubnet(const QList<Ipv4Net> &used, const QString &sessionId)
{
    const QByteArray h = QCryptographicHash::hash(sessionId.toUtf8(), QCryptographicHash::Sha1);
    const int start = quint8(h.at(0));
    for (int i = 0; i < 256; ++i) {
        const quint32 candidate = (10u << 24) | (213u << 16) | (quint32((start + i) % 256) << 8);
        const Ipv4Net net{candidate, 24};
        bool taken = false;
        for (const Ipv4Net &u : used)
            taken = taken || net.overlaps(u);
        if (!taken)
            return candidate;
    }
    return std::nullopt;
}

QString bridgeName(const QString &sessionId, int attempt)
{
    const QByteArray key = sessionId.toUtf8() + (attempt ? QByteArray::number(attempt) : QByteArray());
    const QByteArray h = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(10);
    return QStringLiteral("hvb-") + QString::fromLatin1(h);
}

QString isolatedNetworkXml(const QString &sessionId, const QString &bridge, quint32 subnet)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartElement(QStringLiteral("network"));
    w.writeTextElement(QStringLiteral("name"), networkName(sessionId));
    writeOwnerMetadata(w, ownMark(sessionId));
    // No <forward>: isolated.
    w.writeEmptyElement(QStringLiteral("bridge"));
    w.writeAttribute(QStringLiteral("name"), bridge);
    w.writeAttribute(QStringLiteral("stp"), QStringLiteral("off"));
    w.writeAttribute(QStringLiteral("delay"), QStringLiteral("0"));
    w.writeEmptyElement(QStringLiteral("dns"));
    w.writeAttribute(QStringLiteral("enable"), QStringLiteral("no"));
    w.writeStartElement(QStringLiteral("ip"));
    w.writeAttribute(QStringLiteral("address"), dotted(subnet | 1));
    w.writeAttribute(QStringLiteral("prefix"), QStringLiteral("24"));
    w.writeStartElement(QStringLiteral("dhcp"));
    w.writeEmptyElement(QStringLiteral("range"));
    w.writeAttribute(QStringLiteral("start"), dotted(subnet | 10));
    w.writeAttribute(QStringLiteral("end"), dotted(subnet | 254));
    w.writeEndElement(); // dhcp
    w.writeEndElement(); // ip
    w.writeEndElement(); // network
    w.writeEndDocument();
    return out;
}

Result<NetworkInfo> createIsolatedNetwork(virConnectPtr conn, const QString &sessionId)
{
    const QString name = networkName(sessionId);
    if (NetPtr existing{virNetworkLookupByName(conn, name.toUtf8().constData())})
        return Error{Tr::tr("A network “%1” already exists on this host; hvbench never replaces a network. Remove "
                            "leftovers of earlier runs (hvbench-cli cleanup) or remove it yourself.")
                         .arg(name)};
    const bool local = connectionIsLocal(conn);
    QList<Ipv4Net> used = usedSubnets(conn, local);
    QSet<QString> bridges;
    for (const NetPtr &n : allNetworks(conn))
        bridges.insert(parseNetworkXml(takeString(virNetworkGetXMLDesc(n.get(), 0))).bridge);

    QString lastMessage;
    int bridgeAttempt = 0;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const auto subnet = freeSubnet(used, sessionId);
        if (!subnet)
            return Error{Tr::tr("Every subnet 10.213.0.0/24 – 10.213.255.0/24 is already used by a network or an "
                                "interface of this host. Remove networks you no longer need.")};
        QString bridge = bridgeName(sessionId, bridgeAttempt);
        while (bridges.contains(bridge) || (local && if_nametoindex(bridge.toLatin1().constData()) != 0))
            bridge = bridgeName(sessionId, ++bridgeAttempt);

        const QByteArray xml = isolatedNetworkXml(sessionId, bridge, *subnet).toUtf8();
        NetPtr net(virNetworkCreateXML(conn, xml.constData()));
        if (net) {
            NetworkInfo info;
            info.name = name;
            info.active = virNetworkIsActive(net.get()) == 1;
            info.bridge = takeString(virNetworkGetBridgeName(net.get()));
            info.ipv4Address = dotted(*subnet | 1);
            info.ipv4Prefix = 24;
            return info;
        }
        lastMessage = lastError();
        // libvirt refuses a subnet a host route already uses (an interface we could not see,
        // e.g. on a remote host): try the next one.  Any other failure is final.
        if (!lastMessage.contains(QLatin1String("already in use")))
            break;
        used.append(Ipv4Net{*subnet, 24});
    }
    QString hint;
    if (lastMessage.contains(QLatin1String("dnsmasq")))
        hint = QLatin1Char(' ') + Tr::tr("Install dnsmasq on the libvirt host (Debian: apt-get install dnsmasq-base).");
    return Error{Tr::tr("Could not start the isolated network “%1”: %2").arg(name, lastMessage) + hint};
}

Status destroyIsolatedNetwork(virConnectPtr conn, const QString &name)
{
    NetPtr net(virNetworkLookupByName(conn, name.toUtf8().constData()));
    if (!net)
        return Ok{}; // already gone
    if (!parseOwnerMark(takeString(virNetworkGetXMLDesc(net.get(), 0))))
        return Error{Tr::tr("The network “%1” was not created by hvbench (it has no hvbench owner mark), so hvbench "
                            "does not remove it.")
                         .arg(name)};
    if (virNetworkIsActive(net.get()) == 1 && virNetworkDestroy(net.get()) != 0)
        return Error{Tr::tr("Could not stop the network “%1”: %2").arg(name, lastError())};
    if (virNetworkIsPersistent(net.get()) == 1 && virNetworkUndefine(net.get()) != 0)
        return Error{Tr::tr("Could not remove the definition of network “%1”: %2").arg(name, lastError())};
    return Ok{};
}

} // namespace hvbench::virt
