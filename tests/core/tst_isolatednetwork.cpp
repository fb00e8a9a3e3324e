// SPDX-License-Identifier: GPL-3.0-or-later
// The isolated network: subnet choice and XML (pure), then for real on qemu:///system (bridge,
// host address, dnsmasq) and on test:///default; a foreign unmarked network must survive.
#include "virt/isolatednetwork.h"
#include "virt/libvirtglobal.h"
#include "virt/ownership.h"

#include <QCoreApplication>
#include <QProcess>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hvbench;
using namespace hvbench::virt;

namespace {
QString pidText()
{
    return QString::number(QCoreApplication::applicationPid());
}

quint32 ip(int a, int b, int c, int d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d);
}

bool networkExists(virConnectPtr conn, const QString &name)
{
    virNetworkPtr n = virNetworkLookupByName(conn, name.toUtf8().constData());
    if (n)
        virNetworkFree(n);
    return n != nullptr;
}

QString networkXml(virConnectPtr conn, const QString &name)
{
    virNetworkPtr n = virNetworkLookupByName(conn, name.toUtf8().constData());
    if (!n)
        return {};
    char *x = virNetworkGetXMLDesc(n, 0);
    const QString out = QString::fromUtf8(x);
    free(x);
    virNetworkFree(n);
    return out;
}

void removeNetwork(virConnectPtr conn, const QString &name)
{
    if (virNetworkPtr n = virNetworkLookupByName(conn, name.toUtf8().constData())) {
        const bool persistent = virNetworkIsPersistent(n) == 1;
        virNetworkDestroy(n);
        if (persistent)
            virNetworkUndefine(n);
        virNetworkFree(n);
    }
}

QString ipAddrShow(const QString &dev, int *rc)
{
    QProcess p;
    p.start(QStringLiteral("ip"),
            {QStringLiteral("-4"), QStringLiteral("addr"), QStringLiteral("show"), QStringLiteral("dev"), dev});
    p.waitForFinished(10000);
    *rc = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct XmlFacts {
    bool forward = false, dhcp = false, range = false;
    QString bridge, address, prefix;
};
XmlFacts facts(const QString &xml)
{
    XmlFacts f;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("forward"))
            f.forward = true;
        if (r.name() == QLatin1String("dhcp"))
            f.dhcp = true;
        if (r.name() == QLatin1String("range"))
            f.range = true;
        if (r.name() == QLatin1String("bridge"))
            f.bridge = a.value(QLatin1String("name")).toString();
        if (r.name() == QLatin1String("ip")) {
            f.address = a.value(QLatin1String("address")).toString();
            f.prefix = a.value(QLatin1String("prefix")).toString();
        }
    }
    return f;
}
} // namespace

class TstIsolatedNetwork : public QObject {
    Q_OBJECT
private:
    virConnectPtr m_sys = nullptr;
    QString m_sid = QStringLiteral("in") + pidText();
    QString m_foreign = QStringLiteral("hvbench-foreign-") + pidText();

private Q_SLOTS:
    void initTestCase()
    {
        ensureLibvirtInitialized();
        m_sys = virConnectOpen("qemu:///system");
    }
    void cleanupTestCase()
    {
        if (m_sys) {
            removeNetwork(m_sys, m_foreign);
            removeNetwork(m_sys, networkName(m_sid)); // only if a check failed half-way
            virConnectClose(m_sys);
        }
    }

    void overlaps_data()
    {
        QTest::addColumn<quint32>("a");
        QTest::addColumn<int>("pa");
        QTest::addColumn<quint32>("b");
        QTest::addColumn<int>("pb");
        QTest::addColumn<bool>("expected");
        QTest::addRow("same") << ip(10, 213, 5, 0) << 24 << ip(10, 213, 5, 1) << 24 << true;
        QTest::addRow("neighbour") << ip(10, 213, 5, 0) << 24 << ip(10, 213, 6, 0) << 24 << false;
        QTest::addRow("inside-/16") << ip(10, 213, 5, 0) << 24 << ip(10, 213, 0, 0) << 16 << true;
        QTest::addRow("inside-/8") << ip(10, 213, 5, 0) << 24 << ip(10, 0, 0, 1) << 8 << true;
        QTest::addRow("host-route") << ip(10, 213, 5, 0) << 24 << ip(10, 213, 5, 77) << 32 << true;
        QTest::addRow("other") << ip(10, 213, 5, 0) << 24 << ip(192, 168, 122, 1) << 24 << false;
        QTest::addRow("default-route") << ip(10, 213, 5, 0) << 24 << ip(0, 0, 0, 0) << 0 << true;
    }
    void overlaps()
    {
        QFETCH(quint32, a);
        QFETCH(int, pa);
        QFETCH(quint32, b);
        QFETCH(int, pb);
        QFETCH(bool, expected);
        QCOMPARE((Ipv4Net{a, pa}.overlaps(Ipv4Net{b, pb})), expected);
        QCOMPARE((Ipv4Net{b, pb}.overlaps(Ipv4Net{a, pa})), expected);
    }

    void freeSubnetAvoidsUsed()
    {
        const auto first = freeSubnet({}, m_sid);
        QVERIFY(first);
        QCOMPARE(*first >> 16, quint32(10 << 8 | 213));
        QCOMPARE(*first & 0xff, quint32(0));
        const auto second = freeSubnet({Ipv4Net{*first | 1, 24}}, m_sid);
        QVERIFY(second);
        QVERIFY(*second != *first);
        // A /16 over the whole 10.213 range leaves nothing.
        QVERIFY(!freeSubnet({Ipv4Net{ip(10, 213, 0, 0), 16}}, m_sid));
        // All but one taken: that one is found.
        QList<Ipv4Net> used;
        for (int x = 0; x < 256; ++x)
            if (x != 77)
                used.append(Ipv4Net{ip(10, 213, x, 1), 24});
        QCOMPARE(freeSubnet(used, m_sid), std::optional<quint32>(ip(10, 213, 77, 0)));
    }

    void bridgeNames()
    {
        const QString b = bridgeName(m_sid);
        QVERIFY(b.startsWith(QLatin1String("hvb-")));
        QVERIFY(b.size() <= 15);
        QCOMPARE(bridgeName(m_sid), b);
        QVERIFY(bridgeName(m_sid, 1) != b);
        QVERIFY(bridgeName(QStringLiteral("other")) != b);
    }

    void xml()
    {
        const QString x = isolatedNetworkXml(m_sid, bridgeName(m_sid), ip(10, 213, 9, 0));
        const XmlFacts f = facts(x);
        QVERIFY(!f.forward);
        QVERIFY(f.dhcp && f.range);
        QCOMPARE(f.address, QStringLiteral("10.213.9.1"));
        QCOMPARE(f.prefix, QStringLiteral("24"));
        QCOMPARE(f.bridge, bridgeName(m_sid));
        const auto mark = parseOwnerMark(x);
        QVERIFY(mark);
        QCOMPARE(mark->sessionId, m_sid);
        QCOMPARE(mark->pid, QCoreApplication::applicationPid());
    }

    void testDriver()
    {
        virConnectPtr c = virConnectOpen("test:///default");
        QVERIFY2(c, qPrintable(lastError()));
        const auto r = createIsolatedNetwork(c, m_sid);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->name, networkName(m_sid));
        // test:///default has "default" on 192.168.122.0/24; ours is in 10.213.
        QVERIFY(r->ipv4Address.startsWith(QLatin1String("10.213.")));
        QVERIFY(parseOwnerMark(networkXml(c, r->name)));
        const auto again = createIsolatedNetwork(c, m_sid);
        QVERIFY(!again.ok());
        QVERIFY(again.errorMessage().contains(QStringLiteral("already exists")));
        QVERIFY(destroyIsolatedNetwork(c, r->name).ok());
        QVERIFY(!networkExists(c, r->name));
        // The test driver's own "default" network has no mark.
        const Status s = destroyIsolatedNetwork(c, QStringLiteral("default"));
        QVERIFY(!s.ok());
        QVERIFY(networkExists(c, QStringLiteral("default")));
        virConnectClose(c);
    }

    void systemNetwork()
    {
        if (!m_sys)
            QSKIP("qemu:///system not available");
        // A foreign network WITHOUT mark, exactly on the subnet hvbench would pick first.
        const auto preferred = freeSubnet(usedSubnets(m_sys, true), m_sid);
        QVERIFY(preferred);
        const QString foreignBridge = QStringLiteral("hvbf-") + pidText();
        const quint32 fa = *preferred | 1;
        const QByteArray foreignXml = QStringLiteral("<network><name>%1</name><bridge name='%2'/><dns enable='no'/>"
                                                     "<ip address='%3.%4.%5.%6' prefix='24'/></network>")
                                          .arg(m_foreign, foreignBridge.left(15))
                                          .arg(fa >> 24)
                                          .arg((fa >> 16) & 0xff)
                                          .arg((fa >> 8) & 0xff)
                                          .arg(fa & 0xff)
                                          .toUtf8();
        virNetworkPtr fn = virNetworkCreateXML(m_sys, foreignXml.constData());
        QVERIFY2(fn, qPrintable(lastError()));
        virNetworkFree(fn);

        const auto r = createIsolatedNetwork(m_sys, m_sid);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->name, networkName(m_sid));
        QVERIFY(r->active);
        QCOMPARE(r->ipv4Prefix, 24);
        QVERIFY(r->forwardMode.isEmpty());
        QVERIFY(r->bridge.startsWith(QLatin1String("hvb-")) && r->bridge.size() <= 15);
        const quint32 oursNet = [&] {
            const QStringList p = r->ipv4Address.split(QLatin1Char('.'));
            return ip(p.value(0).toInt(), p.value(1).toInt(), p.value(2).toInt(), 0);
        }();
        QVERIFY2(oursNet != *preferred, qPrintable(r->ipv4Address)); // avoided the foreign network
        QVERIFY(r->ipv4Address.endsWith(QLatin1String(".1")));

        const XmlFacts f = facts(networkXml(m_sys, r->name));
        QVERIFY(!f.forward);
        QVERIFY(f.dhcp && f.range);
        QCOMPARE(f.bridge, r->bridge);
        QCOMPARE(f.address, r->ipv4Address);
        const auto mark = parseOwnerMark(networkXml(m_sys, r->name));
        QVERIFY(mark);
        QCOMPARE(mark->sessionId, m_sid);
        QVERIFY(ownerAlive(*mark));

        int rc = -1;
        const QString addr = ipAddrShow(r->bridge, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(addr.contains(r->ipv4Address + QStringLiteral("/24")), qPrintable(addr));

        // The foreign network is refused and survives.
        const Status refused = destroyIsolatedNetwork(m_sys, m_foreign);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(m_foreign), qPrintable(refused.errorMessage()));
        QVERIFY(networkExists(m_sys, m_foreign));

        const Status s = destroyIsolatedNetwork(m_sys, r->name);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QVERIFY(!networkExists(m_sys, r->name));
        ipAddrShow(r->bridge, &rc);
        QVERIFY2(rc != 0, "the bridge is still there after destroy");
        QVERIFY(networkExists(m_sys, m_foreign));
        // Destroying what is already gone is fine.
        QVERIFY(destroyIsolatedNetwork(m_sys, r->name).ok());
    }
};

QTEST_GUILESS_MAIN(TstIsolatedNetwork)
#include "tst_isolatednetwork.moc"
