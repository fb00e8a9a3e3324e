// SPDX-License-Identifier: GPL-3.0-or-later
// The leftovers sweep on test:///default and qemu:///system: marked objects of a dead owner are
// found and removed; marked objects of a live owner, objects marked on another machine, sessions
// the caller says are active, and every foreign object (no mark, no pattern, a disk in use)
// survive.  Also the cleanup command of hvbench-cli (compiled into this test).
#include "cleanupcommand.h"
#include "virt/leftovers.h"
#include "virt/libvirtglobal.h"
#include "virt/ownership.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamWriter>
#include <QtTest>

using namespace hvbench;
using namespace hvbench::virt;

namespace {
QString pidText()
{
    return QString::number(QCoreApplication::applicationPid());
}

qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    if (!p.waitForStarted())
        return 0;
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

QString domainXml(const QString &type, const QString &name, const std::optional<OwnerMark> &mark, const QString &disk)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("domain"));
    w.writeAttribute(QStringLiteral("type"), type);
    w.writeTextElement(QStringLiteral("name"), name);
    if (mark)
        writeOwnerMetadata(w, *mark);
    w.writeStartElement(QStringLiteral("memory"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
    w.writeCharacters(QStringLiteral("64"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("os"));
    w.writeTextElement(QStringLiteral("type"), QStringLiteral("hvm"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("devices"));
    if (!disk.isEmpty()) {
        w.writeStartElement(QStringLiteral("disk"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
        w.writeAttribute(QStringLiteral("device"), QStringLiteral("disk"));
        w.writeEmptyElement(QStringLiteral("source"));
        w.writeAttribute(QStringLiteral("file"), disk);
        w.writeEmptyElement(QStringLiteral("target"));
        w.writeAttribute(QStringLiteral("dev"), QStringLiteral("vda"));
        w.writeAttribute(QStringLiteral("bus"), QStringLiteral("virtio"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    return out;
}

QString networkXml(const QString &name, const std::optional<OwnerMark> &mark)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("network"));
    w.writeTextElement(QStringLiteral("name"), name);
    if (mark)
        writeOwnerMetadata(w, *mark);
    w.writeEndElement();
    return out;
}

bool domainExists(virConnectPtr c, const QString &name)
{
    virDomainPtr d = virDomainLookupByName(c, name.toUtf8().constData());
    if (d)
        virDomainFree(d);
    return d != nullptr;
}
bool networkExists(virConnectPtr c, const QString &name)
{
    virNetworkPtr n = virNetworkLookupByName(c, name.toUtf8().constData());
    if (n)
        virNetworkFree(n);
    return n != nullptr;
}
bool volumeExists(virConnectPtr c, const QString &pool, const QString &name)
{
    virStoragePoolPtr p = virStoragePoolLookupByName(c, pool.toUtf8().constData());
    if (!p)
        return false;
    virStorageVolPtr v = virStorageVolLookupByName(p, name.toUtf8().constData());
    if (v)
        virStorageVolFree(v);
    virStoragePoolFree(p);
    return v != nullptr;
}

// Everything one run of the test creates on one connection.
struct Fixture {
    QString pool;
    QString dead, live, used, remote, active; // session ids
    QString foreignDomain, foreignNetwork;
    QStringList domains, networks, volumes; // every name created
    QList<Leftover> expected;               // kind + name (+ pool) of the dead-owner ones
};

QString volPath(virConnectPtr c, const QString &pool, const QString &name)
{
    virStoragePoolPtr p = virStoragePoolLookupByName(c, pool.toUtf8().constData());
    virStorageVolPtr v = virStorageVolLookupByName(p, name.toUtf8().constData());
    char *path = v ? virStorageVolGetPath(v) : nullptr;
    const QString out = QString::fromUtf8(path);
    free(path);
    if (v)
        virStorageVolFree(v);
    virStoragePoolFree(p);
    return out;
}
} // namespace

class TstLeftovers : public QObject {
    Q_OBJECT
private:
    virConnectPtr m_test = nullptr;
    virConnectPtr m_sys = nullptr;
    QString m_sysPool = QStringLiteral("hvbench-test-lo-") + pidText();
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/hvbench-lo-XXXXXX")};
    Fixture m_fixtures[2];

    bool populate(virConnectPtr c, bool system, Fixture &f)
    {
        const QString pid = pidText();
        const QString suffix = system ? QStringLiteral("s") : QStringLiteral("t");
        f.pool = system ? m_sysPool : QStringLiteral("default-pool");
        f.dead = QStringLiteral("ld") + suffix + pid;
        f.live = QStringLiteral("ll") + suffix + pid;
        f.used = QStringLiteral("lu") + suffix + pid;
        f.remote = QStringLiteral("lr") + suffix + pid;
        f.active = QStringLiteral("la") + suffix + pid;
        f.foreignDomain = system ? QStringLiteral("hvbench-foreign-") + pid : QStringLiteral("hvbench-foreign");
        f.foreignNetwork = QStringLiteral("hvbench-foreign-") + pid + QStringLiteral("-net");
        const QString type = system ? QStringLiteral("qemu") : QStringLiteral("test");
        const qint64 gone = deadPid();
        if (gone <= 0)
            return false;
        auto markOf = [&](const QString &sid, int idx, qint64 pid, const QString &host = QSysInfo::machineHostName()) {
            return OwnerMark{sid, idx, QStringLiteral("spec"), pid, host};
        };
        const qint64 me = QCoreApplication::applicationPid();

        // Volumes.
        virStoragePoolPtr p = virStoragePoolLookupByName(c, f.pool.toUtf8().constData());
        if (!p)
            return false;
        const QStringList vols{volumeName(f.dead, 1, QStringLiteral("raw")),
                               volumeName(f.dead, 2, QStringLiteral("qcow2")),
                               volumeName(f.live, 1, QStringLiteral("raw")),
                               volumeName(f.used, 1, QStringLiteral("raw")),
                               volumeName(f.remote, 1, QStringLiteral("raw")),
                               volumeName(f.active, 1, QStringLiteral("raw")),
                               QStringLiteral("mydata.qcow2"),
                               QStringLiteral("hvbench-notes.img")};
        for (const QString &v : vols) {
            const QByteArray xml =
                QStringLiteral("<volume><name>%1</name><capacity>1048576</capacity></volume>").arg(v).toUtf8();
            virStorageVolPtr vol = virStorageVolCreateXML(p, xml.constData(), 0);
            if (!vol) {
                qWarning() << "volume" << v << lastError();
                virStoragePoolFree(p);
                return false;
            }
            virStorageVolFree(vol);
            f.volumes.append(v);
        }
        virStoragePoolFree(p);

        // Domains: defined only (never started on qemu:///system).
        struct D {
            QString name;
            std::optional<OwnerMark> mark;
            QString disk;
            bool run;
        };
        QList<D> doms{
            {domainName(f.dead, 1), markOf(f.dead, 1, gone), {}, false},
            {domainName(f.live, 1), markOf(f.live, 1, me),
             volPath(c, f.pool, volumeName(f.live, 1, QStringLiteral("raw"))), false},
            {domainName(f.remote, 1), markOf(f.remote, 1, gone, QStringLiteral("elsewhere.example")), {}, false},
            {domainName(f.active, 1), markOf(f.active, 1, gone), {}, false},
            {f.foreignDomain, std::nullopt, volPath(c, f.pool, volumeName(f.used, 1, QStringLiteral("raw"))), false},
        };
        // The test driver runs domains without a VM: a running dead-owner one using its disk.
        if (!system)
            doms.append({domainName(f.dead, 2), markOf(f.dead, 2, gone),
                         volPath(c, f.pool, volumeName(f.dead, 2, QStringLiteral("qcow2"))), true});
        for (const D &d : doms) {
            const QByteArray xml = domainXml(type, d.name, d.mark, d.disk).toUtf8();
            virDomainPtr dom = virDomainDefineXML(c, xml.constData());
            if (!dom || (d.run && virDomainCreate(dom) != 0)) {
                qWarning() << "domain" << d.name << lastError();
                return false;
            }
            virDomainFree(dom);
            f.domains.append(d.name);
        }
        // Networks: defined only.
        const QList<std::pair<QString, std::optional<OwnerMark>>> nets{
            {networkName(f.dead), markOf(f.dead, -1, gone)},
            {networkName(f.live), markOf(f.live, -1, me)},
            {f.foreignNetwork, std::nullopt},
        };
        for (const auto &[name, mark] : nets) {
            const QByteArray xml = networkXml(name, mark).toUtf8();
            virNetworkPtr n = virNetworkDefineXML(c, xml.constData());
            if (!n) {
                qWarning() << "network" << name << lastError();
                return false;
            }
            virNetworkFree(n);
            f.networks.append(name);
        }

        f.expected = {Leftover{Leftover::Domain, domainName(f.dead, 1), {}, f.dead, {}},
                      Leftover{Leftover::Network, networkName(f.dead), {}, f.dead, {}},
                      Leftover{Leftover::Volume, volumeName(f.dead, 1, QStringLiteral("raw")), f.pool, f.dead, {}},
                      Leftover{Leftover::Volume, volumeName(f.dead, 2, QStringLiteral("qcow2")), f.pool, f.dead, {}}};
        if (!system)
            f.expected.append(Leftover{Leftover::Domain, domainName(f.dead, 2), {}, f.dead, {}});
        return true;
    }

    static void removeAll(virConnectPtr c, const Fixture &f)
    {
        for (const QString &name : f.domains)
            if (virDomainPtr d = virDomainLookupByName(c, name.toUtf8().constData())) {
                if (virDomainIsActive(d) == 1)
                    virDomainDestroy(d);
                if (virDomainIsPersistent(d) == 1)
                    virDomainUndefine(d);
                virDomainFree(d);
            }
        for (const QString &name : f.networks)
            if (virNetworkPtr n = virNetworkLookupByName(c, name.toUtf8().constData())) {
                if (virNetworkIsActive(n) == 1)
                    virNetworkDestroy(n);
                if (virNetworkIsPersistent(n) == 1)
                    virNetworkUndefine(n);
                virNetworkFree(n);
            }
        if (virStoragePoolPtr p = virStoragePoolLookupByName(c, f.pool.toUtf8().constData())) {
            for (const QString &name : f.volumes)
                if (virStorageVolPtr v = virStorageVolLookupByName(p, name.toUtf8().constData())) {
                    virStorageVolDelete(v, 0);
                    virStorageVolFree(v);
                }
            virStoragePoolFree(p);
        }
    }

    // Mine: the leftovers whose session is one of this fixture's.
    static QList<Leftover> mine(const QList<Leftover> &all, const Fixture &f)
    {
        const QSet<QString> sessions{f.dead, f.live, f.used, f.remote, f.active};
        QList<Leftover> out;
        for (const Leftover &l : all)
            if (sessions.contains(l.sessionId) || l.name.contains(pidText()) ||
                l.name.startsWith(QLatin1String("hvbench-foreign")) || l.name == QLatin1String("mydata.qcow2") ||
                l.name == QLatin1String("hvbench-notes.img"))
                out.append(l);
        return out;
    }

    static QStringList keys(const QList<Leftover> &ls)
    {
        QStringList out;
        for (const Leftover &l : ls)
            out.append(leftoverKindName(l.kind) + QLatin1Char(' ') + l.pool + QLatin1Char('/') + l.name +
                       QLatin1Char(' ') + l.sessionId);
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ensureLibvirtInitialized();
        m_test = virConnectOpen("test:///default");
        QVERIFY2(m_test, qPrintable(lastError()));
        QVERIFY2(populate(m_test, false, m_fixtures[0]), "could not create the test objects on test:///default");

        m_sys = virConnectOpen("qemu:///system");
        if (!m_sys)
            return;
        QVERIFY(m_dir.isValid());
        const QByteArray xml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>")
                                   .arg(m_sysPool, m_dir.path())
                                   .toUtf8();
        virStoragePoolPtr p = virStoragePoolCreateXML(m_sys, xml.constData(), 0);
        QVERIFY2(p, qPrintable(lastError()));
        virStoragePoolFree(p);
        QVERIFY2(populate(m_sys, true, m_fixtures[1]), "could not create the test objects on qemu:///system");
    }

    void cleanupTestCase()
    {
        if (m_test) {
            removeAll(m_test, m_fixtures[0]);
            virConnectClose(m_test);
        }
        if (m_sys) {
            removeAll(m_sys, m_fixtures[1]);
            if (virStoragePoolPtr p = virStoragePoolLookupByName(m_sys, m_sysPool.toUtf8().constData())) {
                virStoragePoolDestroy(p);
                virStoragePoolFree(p);
            }
            virConnectClose(m_sys);
        }
    }

    void sweep_data()
    {
        QTest::addColumn<int>("which");
        QTest::addRow("test") << 0;
        QTest::addRow("system") << 1;
    }
    void sweep()
    {
        QFETCH(int, which);
        virConnectPtr c = which ? m_sys : m_test;
        if (!c)
            QSKIP("qemu:///system not available");
        const Fixture &f = m_fixtures[which];
        const QSet<QString> active{f.active};

        // Exactly the dead-owner objects; domains, then networks, then volumes.
        const QList<Leftover> found = mine(findLeftovers(c, active), f);
        QCOMPARE(keys(found), keys(f.expected));
        int lastKind = -1;
        const int order[] = {0, 2, 1}; // Domain, Volume, Network → rank
        for (const Leftover &l : found) {
            QVERIFY2(order[l.kind] >= lastKind, "leftovers are not ordered domains, networks, volumes");
            lastKind = order[l.kind];
            QVERIFY(!l.detail.isEmpty());
        }
        // Without the active session, its dead-owner domain and volume count too.
        const QList<Leftover> withoutActive = mine(findLeftovers(c), f);
        QCOMPARE(withoutActive.size(), found.size() + 2);

        // Refusals: foreign and live objects are not touched even when asked.
        const QList<Leftover> forged{
            Leftover{Leftover::Domain, f.foreignDomain, {}, f.dead, {}},
            Leftover{Leftover::Domain, domainName(f.live, 1), {}, f.live, {}},
            Leftover{Leftover::Domain, domainName(f.active, 1), {}, f.active, {}},
            Leftover{Leftover::Network, f.foreignNetwork, {}, f.dead, {}},
            Leftover{Leftover::Network, networkName(f.live), {}, f.live, {}},
            Leftover{Leftover::Volume, QStringLiteral("mydata.qcow2"), f.pool, f.dead, {}},
            Leftover{Leftover::Volume, QStringLiteral("hvbench-notes.img"), f.pool, f.dead, {}},
            Leftover{Leftover::Volume, volumeName(f.used, 1, QStringLiteral("raw")), f.pool, f.used, {}},
            Leftover{Leftover::Volume, volumeName(f.live, 1, QStringLiteral("raw")), f.pool, f.live, {}},
        };
        for (const Leftover &l : forged) {
            const Status s = removeLeftover(c, l, active);
            QVERIFY2(!s.ok(), qPrintable(l.name));
            QVERIFY2(s.errorMessage().contains(l.name), qPrintable(s.errorMessage()));
        }

        // The CLI lists them and, answered "n", removes nothing.
        if (which == 1) {
            QString outText, errText, answer = QStringLiteral("n\n");
            QTextStream in(&answer), out(&outText), err(&errText);
            QCOMPARE(cli::runCleanupCommand(QStringLiteral("qemu:///system"), false, in, out, err), 0);
            QVERIFY2(outText.contains(domainName(f.dead, 1)) && outText.contains(QStringLiteral("Nothing removed")),
                     qPrintable(outText));
            QVERIFY(!outText.contains(f.foreignDomain));
        }

        for (const Leftover &l : found) {
            const Status s = removeLeftover(c, l, active);
            QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        }
        for (const Leftover &l : f.expected) {
            if (l.kind == Leftover::Domain)
                QVERIFY2(!domainExists(c, l.name), qPrintable(l.name));
            else if (l.kind == Leftover::Network)
                QVERIFY2(!networkExists(c, l.name), qPrintable(l.name));
            else
                QVERIFY2(!volumeExists(c, l.pool, l.name), qPrintable(l.name));
        }
        // Removing again: already gone is fine.
        for (const Leftover &l : found)
            QVERIFY(removeLeftover(c, l, active).ok());

        // Every other object survives.
        for (const QString &d :
             {domainName(f.live, 1), domainName(f.remote, 1), domainName(f.active, 1), f.foreignDomain})
            QVERIFY2(domainExists(c, d), qPrintable(d));
        for (const QString &n : {networkName(f.live), f.foreignNetwork})
            QVERIFY2(networkExists(c, n), qPrintable(n));
        for (const QString &v :
             {volumeName(f.live, 1, QStringLiteral("raw")), volumeName(f.used, 1, QStringLiteral("raw")),
              volumeName(f.remote, 1, QStringLiteral("raw")), volumeName(f.active, 1, QStringLiteral("raw")),
              QStringLiteral("mydata.qcow2"), QStringLiteral("hvbench-notes.img")})
            QVERIFY2(volumeExists(c, f.pool, v), qPrintable(v));
        QVERIFY(mine(findLeftovers(c, active), f).isEmpty());
    }

    // hvbench-cli cleanup on a test-driver host loaded from a file (each connection loads it
    // afresh, so the command's own connection sees the objects).
    void cleanupCommand()
    {
        const QString host = QSysInfo::machineHostName();
        const qint64 gone = deadPid();
        const QString node =
            QStringLiteral("<node>%1%2%3<pool type='dir'><name>p1</name><target><path>/p1</path></target>"
                           "<volume><name>hvbench-cli1-1-data.raw</name><capacity>1048576</capacity></volume>"
                           "<volume><name>mydata.qcow2</name><capacity>1048576</capacity></volume></pool></node>")
                .arg(domainXml(QStringLiteral("test"), QStringLiteral("hvbench-cli1-1"),
                               OwnerMark{QStringLiteral("cli1"), 1, {}, gone, host}, {}),
                     domainXml(QStringLiteral("test"), QStringLiteral("hvbench-foreign"), std::nullopt, {}),
                     networkXml(QStringLiteral("hvbench-cli1-net"),
                                OwnerMark{QStringLiteral("cli1"), -1, {}, gone, host}));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("node.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(node.toUtf8());
        file.close();
        const QString uri = QStringLiteral("test://") + file.fileName();

        {
            QString outText, errText, answer = QStringLiteral("\n");
            QTextStream in(&answer), out(&outText), err(&errText);
            QCOMPARE(cli::runCleanupCommand(uri, false, in, out, err), 0);
            QVERIFY2(outText.contains(QStringLiteral("Remove 3 object")), qPrintable(outText));
            QVERIFY(outText.contains(QStringLiteral("Nothing removed")));
        }
        {
            QString outText, errText, answer = QStringLiteral("y\n");
            QTextStream in(&answer), out(&outText), err(&errText);
            QCOMPARE(cli::runCleanupCommand(uri, false, in, out, err), 0);
            for (const char *s : {"Removed domain hvbench-cli1-1", "Removed network hvbench-cli1-net",
                                  "Removed volume hvbench-cli1-1-data.raw"})
                QVERIFY2(outText.contains(QLatin1String(s)), qPrintable(outText));
            QVERIFY(!outText.contains(QStringLiteral("hvbench-foreign")));
            QVERIFY(!outText.contains(QStringLiteral("mydata")));
            QVERIFY2(errText.isEmpty(), qPrintable(errText));
        }
        {
            QString outText, errText, answer;
            QTextStream in(&answer), out(&outText), err(&errText);
            QCOMPARE(cli::runCleanupCommand(uri, true, in, out, err), 0);
            QVERIFY(outText.contains(QStringLiteral("Removed domain hvbench-cli1-1")));
        }
        {
            QString outText, errText, answer;
            QTextStream in(&answer), out(&outText), err(&errText);
            // Only foreign objects: nothing to do.  (Not test:///default: libvirt shares that
            // driver's state between the connections of one process, so it holds this test's objects.)
            QFile clean(dir.filePath(QStringLiteral("clean.xml")));
            QVERIFY(clean.open(QIODevice::WriteOnly));
            clean.write(QStringLiteral("<node>%1</node>")
                            .arg(domainXml(QStringLiteral("test"), QStringLiteral("hvbench-foreign"), std::nullopt, {}))
                            .toUtf8());
            clean.close();
            QCOMPARE(cli::runCleanupCommand(QStringLiteral("test://") + clean.fileName(), false, in, out, err), 0);
            QVERIFY2(outText.contains(QStringLiteral("Nothing to clean up")), qPrintable(outText));
        }
        {
            QString outText, errText, answer;
            QTextStream in(&answer), out(&outText), err(&errText);
            QCOMPARE(cli::runCleanupCommand(QStringLiteral("hvbench-nosuchdriver:///x"), true, in, out, err), 2);
            QVERIFY2(errText.contains(QStringLiteral("hvbench-nosuchdriver")), qPrintable(errText));
        }
    }
};

QTEST_GUILESS_MAIN(TstLeftovers)
#include "tst_leftovers.moc"
