// SPDX-License-Identifier: GPL-3.0-or-later
// Real guests with each NIC model and each disk bus (issue 3): the provisioner creates the data
// volume (in a dir pool this test owns) and, for some rows, the isolated network; inside the guest
// the agent checks that the expected driver bound the device and that it does I/O (a data pattern
// written to the disk with the cache dropped and read back; a download from a TCP server this
// test runs on the host side).  Afterwards nothing hvbench-* of the session is left.
#include "guest/agentclient.h"
#include "guest/agentprotocol.h"
#include "guest/guestimage.h"
#include "guest/streamagentlink.h"
#include "ownedomains.h"
#include "run/provisioner.h"
#include "virt/domainxml.h"
#include "virt/speccheck.h"
#include "virt/virthost.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace hvbench;

namespace {
const QString kUri = QStringLiteral("qemu:///system");
constexpr int kBootMs = 240'000;

QString freshSessionId()
{
    return QStringLiteral("dev%1").arg(QRandomGenerator::global()->generate() % 100000000u);
}

// Sends one fixed payload to whoever connects, then closes (the guest's busybox nc reads it).
class PayloadServer final : public QObject {
public:
    explicit PayloadServer(QByteArray payload) : m_payload(std::move(payload))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                s->write(m_payload);
                s->disconnectFromHost(); // after the data is written
                ++served;
            }
        });
    }
    bool listen(const QString &address) { return m_server.listen(QHostAddress(address), 0); }
    quint16 port() const { return m_server.serverPort(); }
    int served = 0;

private:
    QTcpServer m_server;
    QByteArray m_payload;
};
} // namespace

class TstDevices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deviceInGuest_data();
    void deviceInGuest();

private:
    QJsonObject exec(agent::AgentClient &client, const QStringList &argv, int timeoutMs = 60'000);
    guest::GuestImage m_guest;
    QString m_pool;
    QString m_poolDir;
};

void TstDevices::initTestCase()
{
    auto g = guest::locateGuestImage();
    if (!g)
        QSKIP(qPrintable(QStringLiteral("no guest image: ") + g.errorMessage()));
    auto staged = guest::stageReadableByQemu(g->withoutTools());
    QVERIFY2(staged.ok(), qPrintable(staged.errorMessage()));
    m_guest = *staged;
    // A dir pool of the test's own, in a folder QEMU (libvirt-qemu) can read.
    m_pool = QStringLiteral("hvbench-test-pool-%1").arg(QCoreApplication::applicationPid());
    m_poolDir = QStringLiteral("/var/lib/libvirt/images/") + m_pool;
    const QString err = testutil::createDirPool(kUri, m_pool, m_poolDir);
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TstDevices::cleanupTestCase()
{
    if (!m_pool.isEmpty())
        testutil::destroyPool(kUri, m_pool);
    if (!m_poolDir.isEmpty())
        QDir(m_poolDir).removeRecursively();
}

QJsonObject TstDevices::exec(agent::AgentClient &client, const QStringList &argv, int timeoutMs)
{
    QSignalSpy result(&client, &agent::AgentClient::resultReceived);
    QSignalSpy failed(&client, &agent::AgentClient::failed);
    static int n = 0;
    client.exec(QStringLiteral("x%1").arg(++n), argv, timeoutMs);
    if (!QTest::qWaitFor([&] { return !result.isEmpty() || !failed.isEmpty(); }, timeoutMs + 10'000))
        return {{QStringLiteral("error"), QStringLiteral("no answer")}};
    if (!failed.isEmpty())
        return {{QStringLiteral("error"), failed.first().first().toString()}};
    return result.first().first().toJsonObject();
}

void TstDevices::deviceInGuest_data()
{
    QTest::addColumn<NicModel>("nic");
    QTest::addColumn<DiskBus>("bus");
    QTest::addColumn<NetworkMode>("network");
    QTest::addColumn<DiskFormat>("format");
    QTest::addColumn<DiskBackend>("backend");
    // Every NIC model and every disk bus of the QEMU/KVM family at least once; both networks and
    // both file formats.  (Xen's netfront / xvd need a Xen host: not here.)
    QTest::newRow("virtio-net + virtio-blk, isolated, raw") << NicModel::Virtio << DiskBus::Virtio << NetworkMode::Isolated << DiskFormat::Raw << DiskBackend::File;
    QTest::newRow("e1000 + sata, isolated, qcow2") << NicModel::E1000 << DiskBus::Sata << NetworkMode::Isolated << DiskFormat::Qcow2 << DiskBackend::File;
    QTest::newRow("e1000e + ide, user-mode, raw") << NicModel::E1000e << DiskBus::Ide << NetworkMode::User << DiskFormat::Raw << DiskBackend::File;
    QTest::newRow("rtl8139 + virtio-scsi, isolated, raw") << NicModel::Rtl8139 << DiskBus::VirtioScsi << NetworkMode::Isolated << DiskFormat::Raw << DiskBackend::File;
    // The block-device backend on a loop device (LVM cannot be exercised here: no device-mapper).
    QTest::newRow("virtio-net + virtio-blk, block device (loop)") << NicModel::Virtio << DiskBus::Virtio << NetworkMode::User << DiskFormat::Raw << DiskBackend::BlockDevice;
}

void TstDevices::deviceInGuest()
{
    QFETCH(NicModel, nic);
    QFETCH(DiskBus, bus);
    QFETCH(NetworkMode, network);
    QFETCH(DiskFormat, format);
    QFETCH(DiskBackend, backend);

    const QString sid = freshSessionId();
    VmSpec spec;
    spec.name = QStringLiteral("devices");
    spec.memoryMiB = 160;
    spec.nic = nic;
    spec.network = network;
    spec.disk = backend;
    spec.diskFormat = format;
    spec.diskBus = bus;
    spec.pool = m_pool;
    spec.dataDiskMiB = 64;
    QString loopDevice;
    auto detachLoop = qScopeGuard([&] {
        if (!loopDevice.isEmpty())
            QProcess::execute(QStringLiteral("losetup"), {QStringLiteral("-d"), loopDevice});
    });
    if (backend == DiskBackend::BlockDevice) {
        const QString backing = m_poolDir + QStringLiteral("/loop-backing.img");
        QFile f(backing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(spec.dataDiskMiB) * 1024 * 1024));
        f.close();
        QProcess losetup;
        losetup.start(QStringLiteral("losetup"), {QStringLiteral("-f"), QStringLiteral("--show"), backing});
        if (!losetup.waitForFinished(10'000) || losetup.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("losetup is not permitted here: ") + QString::fromUtf8(losetup.readAllStandardError())));
        loopDevice = QString::fromUtf8(losetup.readAllStandardOutput()).trimmed();
        spec.blockDevice = loopDevice;
    }

    virt::VirtHost host;
    QSignalSpy opened(&host, &virt::VirtHost::opened);
    QSignalSpy openFailed(&host, &virt::VirtHost::openFailed);
    host.open(kUri);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !openFailed.isEmpty(), 60'000);
    QVERIFY2(openFailed.isEmpty(), openFailed.isEmpty() ? "" : qPrintable(openFailed.first().first().toString()));
    const auto info = opened.first().first().value<virt::HostInfo>();
    const auto placement = virt::placeSpec(spec, info);
    QVERIFY2(placement.ok(), qPrintable(placement.errorMessage()));

    Provisioner prov(&host, Provisioner::Setup{sid, {spec}, {{0, *placement}}, spec.network == NetworkMode::Isolated,
                                                        m_guest, QDir::tempPath(), agent::portName()});
    QSignalSpy prepared(&prov, &Provisioner::prepared);
    QSignalSpy provFailed(&prov, &Provisioner::failed);
    QSignalSpy vmFailed(&prov, &Provisioner::vmFailed);
    QSignalSpy started(&prov, &Provisioner::vmStarted);
    QSignalSpy tornDown(&prov, &Provisioner::vmsTornDown);
    QSignalSpy released(&prov, &Provisioner::released);
    prov.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(!prepared.isEmpty() || !provFailed.isEmpty(), 60'000);
    QVERIFY2(provFailed.isEmpty(), provFailed.isEmpty() ? "" : qPrintable(provFailed.first().first().toString()));

    // From here on, whatever fails, the VM, its volume and the network must go.
    auto cleanup = qScopeGuard([&] {
        prov.teardownVms();
        QTest::qWaitFor([&] { return !tornDown.isEmpty(); }, 120'000);
        prov.release();
        QTest::qWaitFor([&] { return !released.isEmpty(); }, 60'000);
    });

    prov.startVms({1}, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !vmFailed.isEmpty(), kBootMs);
    QVERIFY2(vmFailed.isEmpty(), vmFailed.isEmpty() ? "" : qPrintable(vmFailed.first().at(1).toString()));
    const auto channel = started.first().at(2).value<virt::StreamHandle>();
    const QString domain = started.first().at(1).toString();
    agent::AgentClient client(std::make_unique<agent::StreamAgentLink>(channel.stream, domain), kBootMs,
                              started.first().at(3).toString());
    QSignalSpy ready(&client, &agent::AgentClient::ready);
    QSignalSpy clientFailed(&client, &agent::AgentClient::failed);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !clientFailed.isEmpty(), kBootMs);
    QVERIFY2(clientFailed.isEmpty(), clientFailed.isEmpty() ? "" : qPrintable(clientFailed.first().first().toString()));

    // --- NIC: the expected driver bound eth0 ---
    QJsonObject r = exec(client, {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("basename $(readlink /sys/class/net/eth0/device/driver)")});
    const QString nicDriver = r.value(u"stdout").toString().trimmed();
    QVERIFY2(virt::expectedGuestDrivers(nic).contains(nicDriver),
             qPrintable(QStringLiteral("eth0 driver \"%1\", expected one of %2 (%3)")
                            .arg(nicDriver, virt::expectedGuestDrivers(nic).join(u','), r.value(u"error").toString())));

    // --- NIC does I/O: download a payload from a server on the host side, compare checksums ---
    const QString hostAddr = network == NetworkMode::Isolated ? prov.network().ipv4Address : QStringLiteral("127.0.0.1");
    const QString guestSees = network == NetworkMode::Isolated ? hostAddr : QStringLiteral("10.0.2.2");
    QVERIFY(!hostAddr.isEmpty());
    QByteArray payload(256 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char(QRandomGenerator::global()->generate());
    PayloadServer server(payload);
    QVERIFY2(server.listen(hostAddr), qPrintable(hostAddr));
    const QString script = QStringLiteral(
        "for i in $(seq 100); do ip -4 addr show eth0 | grep -q inet && break; sleep 0.2; done; "
        "ip -4 addr show eth0 | grep inet; nc %1 %2 </dev/null | md5sum").arg(guestSees).arg(server.port());
    r = exec(client, {QStringLiteral("sh"), QStringLiteral("-c"), script}, 120'000);
    const QString md5 = QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Md5).toHex());
    QVERIFY2(r.value(u"stdout").toString().contains(md5),
             qPrintable(QStringLiteral("download through %1: %2 / %3 / %4").arg(nicDriver, r.value(u"stdout").toString(),
                                                                           r.value(u"stderr").toString(), r.value(u"error").toString())));
    QVERIFY(server.served >= 1);

    // --- Disk: the expected driver is on the device's path, the size is right, data survives ---
    const QString dev = virt::dataDiskTargetDev(bus);
    r = exec(client, {QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("p=$(readlink -f /sys/block/%1/device); while [ \"$p\" != / ]; do "
                                     "[ -e \"$p/driver\" ] && basename $(readlink \"$p/driver\"); p=$(dirname \"$p\"); done; "
                                     "cat /sys/block/%1/size").arg(dev)});
    const QStringList lines = r.value(u"stdout").toString().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(QStringLiteral("/dev/%1: %2 %3").arg(dev, r.value(u"stdout").toString(),
                                                                               r.value(u"stderr").toString())));
    QVERIFY2(lines.contains(virt::expectedGuestDriver(bus)),
             qPrintable(QStringLiteral("drivers above /dev/%1: %2; expected %3").arg(dev, lines.join(u' '), virt::expectedGuestDriver(bus))));
    QCOMPARE(lines.last().toLongLong() * 512, qint64(spec.dataDiskMiB) * 1024 * 1024);
    r = exec(client, {QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("set -e; dd if=/dev/urandom of=/tmp/a bs=64k count=128 2>/dev/null; "
                                     "dd if=/tmp/a of=/dev/%1 bs=64k conv=fsync 2>/dev/null; "
                                     "echo 3 > /proc/sys/vm/drop_caches; "
                                     "dd if=/dev/%1 of=/tmp/b bs=64k count=128 2>/dev/null; cmp /tmp/a /tmp/b; echo same").arg(dev)},
             120'000);
    QVERIFY2(r.value(u"exit_code").toInt() == 0 && r.value(u"stdout").toString().contains(u"same"),
             qPrintable(QStringLiteral("disk I/O on /dev/%1: %2 %3 %4").arg(dev, r.value(u"stdout").toString(),
                                                                          r.value(u"stderr").toString(), r.value(u"error").toString())));
    qInfo("%s: NIC driver %s, disk /dev/%s via %s", QTest::currentDataTag(), qPrintable(nicDriver), qPrintable(dev),
          qPrintable(lines.join(u'/')));

    client.shutdown();
    cleanup.dismiss();
    prov.teardownVms();
    QTRY_VERIFY_WITH_TIMEOUT(!tornDown.isEmpty(), 120'000);
    prov.release();
    QTRY_VERIFY_WITH_TIMEOUT(!released.isEmpty(), 60'000);
    const QString prefix = QStringLiteral("hvbench-") + sid + QLatin1Char('-');
    QCOMPARE(testutil::domainsWithPrefix(kUri, prefix), QStringList());
    QCOMPARE(testutil::networksWithPrefix(kUri, prefix), QStringList());
    QCOMPARE(testutil::volumesWithPrefix(kUri, m_pool, prefix), QStringList());
}

QTEST_GUILESS_MAIN(TstDevices)
#include "tst_devices.moc"
