// SPDX-License-Identifier: GPL-3.0-or-later
// Data volumes on test:///default (dir pool + a logical pool the test defines) and on
// qemu:///system (a temporary dir pool in a temp dir, removed at the end even on failure),
// and the block-device path with a loop device.
#include "virt/libvirtglobal.h"
#include "virt/ownership.h"
#include "virt/storage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace hvbench;
using namespace hvbench::virt;

namespace {
const qint64 kMiB = 1024 * 1024;

QString pidText()
{
    return QString::number(QCoreApplication::applicationPid());
}

bool volumeExists(virConnectPtr conn, const QString &pool, const QString &name)
{
    virStoragePoolPtr p = virStoragePoolLookupByName(conn, pool.toUtf8().constData());
    if (!p)
        return false;
    virStorageVolPtr v = virStorageVolLookupByName(p, name.toUtf8().constData());
    const bool ok = v != nullptr;
    if (v)
        virStorageVolFree(v);
    virStoragePoolFree(p);
    return ok;
}

qint64 available(virConnectPtr conn, const QString &pool)
{
    virStoragePoolPtr p = virStoragePoolLookupByName(conn, pool.toUtf8().constData());
    virStoragePoolRefresh(p, 0);
    virStoragePoolInfo info{};
    virStoragePoolGetInfo(p, &info);
    virStoragePoolFree(p);
    return qint64(info.available);
}

QJsonObject qemuImgInfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("--output=json"), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

class TstStorage : public QObject {
    Q_OBJECT
private:
    virConnectPtr conn(const QString &which) const { return which == QLatin1String("system") ? m_sys : m_test; }
    QString dirPool(const QString &which) const
    {
        return which == QLatin1String("system") ? m_sysPool : QStringLiteral("default-pool");
    }

    virConnectPtr m_test = nullptr;
    virConnectPtr m_sys = nullptr;
    QString m_sid = QStringLiteral("st") + pidText();
    QString m_sysPool = QStringLiteral("hvbench-test-st-") + pidText();
    QString m_lvmPool = QStringLiteral("hvbench-test-lvm-") + pidText();
    QString m_inactivePool = QStringLiteral("hvbench-test-off-") + pidText();
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/hvbench-st-XXXXXX")};
    QString m_loop;
    QString m_sysSkip;

private Q_SLOTS:
    void initTestCase()
    {
        ensureLibvirtInitialized();
        m_test = virConnectOpen("test:///default");
        QVERIFY2(m_test, qPrintable(lastError()));
        // A logical pool and an inactive dir pool in the test driver.
        const QByteArray lvm = QStringLiteral("<pool type='logical'><name>%1</name><source><name>vgtest</name>"
                                              "<format type='lvm2'/></source><target><path>/dev/vgtest</path>"
                                              "</target></pool>")
                                   .arg(m_lvmPool)
                                   .toUtf8();
        virStoragePoolPtr p = virStoragePoolDefineXML(m_test, lvm.constData(), 0);
        QVERIFY2(p && virStoragePoolCreate(p, 0) == 0, qPrintable(lastError()));
        virStoragePoolFree(p);
        const QByteArray off =
            QStringLiteral("<pool type='dir'><name>%1</name><target><path>/hvb-off</path></target></pool>")
                .arg(m_inactivePool)
                .toUtf8();
        p = virStoragePoolDefineXML(m_test, off.constData(), 0);
        QVERIFY2(p, qPrintable(lastError()));
        virStoragePoolFree(p);

        m_sys = virConnectOpen("qemu:///system");
        if (!m_sys) {
            m_sysSkip = QStringLiteral("qemu:///system not available: ") + lastError();
            return;
        }
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QByteArray xml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>")
                                   .arg(m_sysPool, m_dir.path())
                                   .toUtf8();
        p = virStoragePoolCreateXML(m_sys, xml.constData(), 0); // transient: destroy removes it
        QVERIFY2(p, qPrintable(lastError()));
        virStoragePoolFree(p);
    }

    void cleanupTestCase()
    {
        if (!m_loop.isEmpty())
            run(QStringLiteral("losetup"), {QStringLiteral("-d"), m_loop});
        if (m_sys) {
            if (virStoragePoolPtr p = virStoragePoolLookupByName(m_sys, m_sysPool.toUtf8().constData())) {
                virStorageVolPtr *vols = nullptr;
                const int n = virStoragePoolListAllVolumes(p, &vols, 0);
                for (int i = 0; i < n; ++i) {
                    virStorageVolDelete(vols[i], 0);
                    virStorageVolFree(vols[i]);
                }
                free(vols);
                virStoragePoolDestroy(p);
                if (virStoragePoolIsPersistent(p) == 1)
                    virStoragePoolUndefine(p);
                virStoragePoolFree(p);
            }
            virConnectClose(m_sys);
        }
        if (m_test)
            virConnectClose(m_test);
    }

    void fileVolume_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("size");
        for (const char *w : {"test", "system"})
            for (const char *f : {"raw", "qcow2"})
                QTest::addRow("%s-%s", w, f) << QString::fromLatin1(w) << QString::fromLatin1(f) << 24 * kMiB;
    }
    void fileVolume()
    {
        QFETCH(QString, which);
        QFETCH(QString, format);
        QFETCH(qint64, size);
        if (which == QLatin1String("system") && !m_sys)
            QSKIP(qPrintable(m_sysSkip));
        const int index = format == QLatin1String("raw") ? 1 : 2;
        DataVolumeRequest req;
        req.sessionId = m_sid;
        req.index = index;
        req.backend = DataVolumeRequest::File;
        req.pool = dirPool(which);
        req.format = format;
        req.sizeBytes = size;
        const auto r = createDataVolume(conn(which), req);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const DataVolume v = *r;
        QCOMPARE(v.name, volumeName(m_sid, index, format));
        QCOMPARE(sessionOfVolume(v.name), std::optional<QString>(m_sid));
        QCOMPARE(v.pool, req.pool);
        QCOMPARE(v.format, format);
        QCOMPARE(v.sourceType, QStringLiteral("file"));
        QVERIFY(v.owned);
        QVERIFY(v.path.endsWith(v.name));
        QVERIFY(volumeExists(conn(which), v.pool, v.name));

        // Never overwrite: the same request again is refused.
        const auto again = createDataVolume(conn(which), req);
        QVERIFY(!again.ok());
        QVERIFY2(again.errorMessage().contains(v.name) &&
                     again.errorMessage().contains(QStringLiteral("already exists")),
                 qPrintable(again.errorMessage()));

        if (which == QLatin1String("system")) {
            QVERIFY(QFile::exists(v.path));
            const QJsonObject info = qemuImgInfo(v.path);
            QVERIFY2(!info.isEmpty(), "qemu-img info failed");
            QCOMPARE(info.value(QStringLiteral("format")).toString(), format);
            QCOMPARE(info.value(QStringLiteral("virtual-size")).toInteger(), size);
            if (format == QLatin1String("raw")) {
                // Fully allocated, as the header promises.
                QVERIFY2(info.value(QStringLiteral("actual-size")).toInteger() >= size,
                         qPrintable(QString::number(info.value(QStringLiteral("actual-size")).toInteger())));
            } else {
                const QJsonObject data =
                    info.value(QStringLiteral("format-specific")).toObject().value(QStringLiteral("data")).toObject();
                QCOMPARE(data.value(QStringLiteral("compat")).toString(), QStringLiteral("1.1"));
            }
        } else {
            virStoragePoolPtr p = virStoragePoolLookupByName(m_test, v.pool.toUtf8().constData());
            virStorageVolPtr vol = virStorageVolLookupByName(p, v.name.toUtf8().constData());
            virStorageVolInfo info{};
            QCOMPARE(virStorageVolGetInfo(vol, &info), 0);
            QCOMPARE(qint64(info.capacity), size);
            virStorageVolFree(vol);
            virStoragePoolFree(p);
        }

        const Status del = deleteDataVolume(conn(which), v);
        QVERIFY2(del.ok(), qPrintable(del.errorMessage()));
        QVERIFY(!volumeExists(conn(which), v.pool, v.name));
        if (which == QLatin1String("system"))
            QVERIFY(!QFile::exists(v.path));
    }

    void logicalVolume()
    {
        DataVolumeRequest req;
        req.sessionId = m_sid;
        req.index = 3;
        req.backend = DataVolumeRequest::LogicalVolume;
        req.pool = m_lvmPool;
        req.format = QStringLiteral("raw");
        req.sizeBytes = 64 * kMiB;
        const auto r = createDataVolume(m_test, req);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->name, volumeName(m_sid, 3, QString()));
        QCOMPARE(r->sourceType, QStringLiteral("block"));
        QCOMPARE(r->format, QStringLiteral("raw"));
        QCOMPARE(r->path, QStringLiteral("/dev/vgtest/") + r->name);
        QVERIFY(volumeExists(m_test, m_lvmPool, r->name));
        QVERIFY(deleteDataVolume(m_test, *r).ok());
        QVERIFY(!volumeExists(m_test, m_lvmPool, r->name));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("backend");
        QTest::addColumn<QString>("pool");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("size");          // -1: more than the pool has free
        QTest::addColumn<QStringList>("expected"); // substrings of the message
        const int F = DataVolumeRequest::File, L = DataVolumeRequest::LogicalVolume;
        for (const char *w : {"test", "system"}) {
            const QString which = QString::fromLatin1(w);
            const QString pool = which == QLatin1String("system") ? m_sysPool : QStringLiteral("default-pool");
            QTest::addRow("%s-missing-pool", w)
                << which << F << QStringLiteral("hvbench-no-such-pool") << QStringLiteral("raw") << 8 * kMiB
                << QStringList{QStringLiteral("hvbench-no-such-pool"), QStringLiteral("does not exist")};
            QTest::addRow("%s-full", w) << which << F << pool << QStringLiteral("raw") << qint64(-1)
                                        << QStringList{pool, QStringLiteral("is full"), QStringLiteral("free"),
                                                       QStringLiteral("needed")};
            QTest::addRow("%s-full-qcow2", w) << which << F << pool << QStringLiteral("qcow2") << qint64(-1)
                                              << QStringList{pool, QStringLiteral("is full")};
            QTest::addRow("%s-lv-in-dir-pool", w)
                << which << L << pool << QStringLiteral("raw") << 8 * kMiB
                << QStringList{pool, QStringLiteral("“dir”"), QStringLiteral("logical")};
            QTest::addRow("%s-bad-format", w) << which << F << pool << QStringLiteral("vmdk") << 8 * kMiB
                                              << QStringList{QStringLiteral("vmdk"), QStringLiteral("raw or qcow2")};
            QTest::addRow("%s-zero-size", w)
                << which << F << pool << QStringLiteral("raw") << qint64(0) << QStringList{QStringLiteral("size")};
        }
        QTest::addRow("test-inactive") << QStringLiteral("test") << F << m_inactivePool << QStringLiteral("raw")
                                       << 8 * kMiB
                                       << QStringList{m_inactivePool, QStringLiteral("not running"),
                                                      QStringLiteral("pool-start")};
        QTest::addRow("test-file-in-logical-pool")
            << QStringLiteral("test") << F << m_lvmPool << QStringLiteral("raw") << 8 * kMiB
            << QStringList{m_lvmPool, QStringLiteral("“logical”"), QStringLiteral("dir")};
        QTest::addRow("test-qcow2-lv") << QStringLiteral("test") << L << m_lvmPool << QStringLiteral("qcow2")
                                       << 8 * kMiB << QStringList{QStringLiteral("always raw")};
    }
    void refusals()
    {
        QFETCH(QString, which);
        QFETCH(int, backend);
        QFETCH(QString, pool);
        QFETCH(QString, format);
        QFETCH(qint64, size);
        QFETCH(QStringList, expected);
        if (which == QLatin1String("system") && !m_sys)
            QSKIP(qPrintable(m_sysSkip));
        DataVolumeRequest req;
        req.sessionId = m_sid;
        req.index = 9;
        req.backend = DataVolumeRequest::Backend(backend);
        req.pool = pool;
        req.format = format;
        req.sizeBytes = size >= 0 ? size : available(conn(which), pool) + 1024 * kMiB;
        const auto r = createDataVolume(conn(which), req);
        QVERIFY2(!r.ok(), "request was accepted");
        for (const QString &e : expected)
            QVERIFY2(r.errorMessage().contains(e), qPrintable(r.errorMessage() + QStringLiteral(" lacks ") + e));
        for (const QString &ext : {QStringLiteral("raw"), QStringLiteral("qcow2"), QStringLiteral("vmdk"), QString()})
            QVERIFY(!volumeExists(conn(which), pool, volumeName(m_sid, 9, ext)));
    }

    void deleteRefusesForeign_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("owned");
        for (const char *w : {"test", "system"}) {
            QTest::addRow("%s-mydata", w) << QString::fromLatin1(w) << QStringLiteral("mydata.qcow2") << true;
            QTest::addRow("%s-notes", w) << QString::fromLatin1(w) << QStringLiteral("hvbench-notes.img") << true;
            QTest::addRow("%s-pattern-not-owned", w)
                << QString::fromLatin1(w) << volumeName(m_sid, 7, QStringLiteral("raw")) << false;
        }
    }
    void deleteRefusesForeign()
    {
        QFETCH(QString, which);
        QFETCH(QString, name);
        QFETCH(bool, owned);
        if (which == QLatin1String("system") && !m_sys)
            QSKIP(qPrintable(m_sysSkip));
        const QString pool = dirPool(which);
        virStoragePoolPtr p = virStoragePoolLookupByName(conn(which), pool.toUtf8().constData());
        const QByteArray xml =
            QStringLiteral("<volume><name>%1</name><capacity>1048576</capacity></volume>").arg(name).toUtf8();
        virStorageVolPtr vol = virStorageVolCreateXML(p, xml.constData(), 0);
        QVERIFY2(vol, qPrintable(lastError()));
        DataVolume v;
        v.pool = pool;
        v.name = name;
        v.path = QString::fromUtf8(virStorageVolGetPath(vol));
        v.sourceType = QStringLiteral("file");
        v.format = QStringLiteral("raw");
        v.owned = owned;
        const Status s = deleteDataVolume(conn(which), v);
        const bool survived = volumeExists(conn(which), pool, name);
        virStorageVolDelete(vol, 0);
        virStorageVolFree(vol);
        virStoragePoolFree(p);
        QVERIFY(!s.ok());
        QVERIFY2(s.errorMessage().contains(QStringLiteral("not created by hvbench")), qPrintable(s.errorMessage()));
        QVERIFY(survived);
    }

    void blockDevice()
    {
        if (geteuid() != 0)
            QSKIP("losetup needs root");
        QFile backing(m_dir.filePath(QStringLiteral("loop-backing.img")));
        QVERIFY(backing.open(QIODevice::WriteOnly));
        QVERIFY(backing.resize(16 * kMiB));
        backing.close();
        int rc = 0;
        m_loop =
            run(QStringLiteral("losetup"), {QStringLiteral("-f"), QStringLiteral("--show"), backing.fileName()}, &rc);
        if (rc != 0 || !m_loop.startsWith(QLatin1String("/dev/loop"))) {
            m_loop.clear();
            QSKIP("losetup is not permitted here: cannot test the block-device path");
        }
        for (virConnectPtr c : {m_test, m_sys}) {
            if (!c)
                continue;
            DataVolumeRequest req;
            req.sessionId = m_sid;
            req.index = 4;
            req.backend = DataVolumeRequest::BlockDevice;
            req.blockDevice = m_loop;
            const auto r = createDataVolume(c, req);
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            QCOMPARE(r->path, m_loop);
            QCOMPARE(r->sourceType, QStringLiteral("block"));
            QCOMPARE(r->format, QStringLiteral("raw"));
            QVERIFY(!r->owned);
            const Status del = deleteDataVolume(c, *r);
            QVERIFY(!del.ok());
            QVERIFY(QFile::exists(m_loop));
        }
        QVERIFY(blockDeviceProblem(m_loop).isEmpty());
    }

    void blockDeviceRefusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing") << QStringLiteral("/dev/hvbench-no-such-device") << QStringLiteral("does not exist");
        QTest::addRow("regular-file") << QStringLiteral("/etc/hostname") << QStringLiteral("not a block device");
        QTest::addRow("directory") << QStringLiteral("/dev") << QStringLiteral("not a block device");
        QTest::addRow("empty") << QString() << QStringLiteral("No block device");
        // A mounted block device of this machine, if there is one we can see.
        QFile mi(QStringLiteral("/proc/self/mountinfo"));
        if (mi.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = mi.readAll().split('\n');
            for (const QByteArray &line : lines) {
                const int dash = line.indexOf(" - ");
                if (dash < 0)
                    continue;
                const QList<QByteArray> tail = line.mid(dash + 3).split(' ');
                const QString src = QString::fromUtf8(tail.value(1));
                struct stat st {};
                if (src.startsWith(QLatin1String("/dev/")) && ::stat(src.toUtf8().constData(), &st) == 0 &&
                    S_ISBLK(st.st_mode)) {
                    QTest::addRow("mounted") << src << QStringLiteral("is mounted at");
                    break;
                }
            }
        }
    }
    void blockDeviceRefusals()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        DataVolumeRequest req;
        req.sessionId = m_sid;
        req.backend = DataVolumeRequest::BlockDevice;
        req.blockDevice = path;
        const auto r = createDataVolume(m_test, req);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(expected), qPrintable(r.errorMessage()));
        QCOMPARE(blockDeviceProblem(path), r.errorMessage());
    }

    void localUri()
    {
        QVERIFY(connectionIsLocal(m_test));
        if (m_sys)
            QVERIFY(connectionIsLocal(m_sys));
    }
};

QTEST_GUILESS_MAIN(TstStorage)
#include "tst_storage.moc"
