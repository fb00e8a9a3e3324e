// SPDX-License-Identifier: GPL-3.0-or-later
#include "guest/guestimage.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench;

class TstGuestImage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QJsonObject manifest(qint64 unpacked)
    {
        return {{QStringLiteral("kernel"), QStringLiteral("vmlinux")},
                {QStringLiteral("initrd"), QStringLiteral("initramfs.cpio.gz")},
                {QStringLiteral("cmdline"), QStringLiteral("console=ttyS0")},
                {QStringLiteral("initrd_unpacked_bytes"), unpacked}};
    }

private Q_SLOTS:
    void load()
    {
        write(QStringLiteral("vmlinux"), "x");
        write(QStringLiteral("initramfs.cpio.gz"), "y");
        write(QStringLiteral("guest.json"), QJsonDocument(manifest(20 * 1024 * 1024)).toJson());
        auto g = guest::loadGuestImage(m_dir.path());
        QVERIFY2(g.ok(), qPrintable(g.errorMessage()));
        QCOMPARE(g->kernelPath, m_dir.filePath(QStringLiteral("vmlinux")));
        QCOMPARE(g->minimumMemoryMiB(), 40 + 64);
        QVERIFY(g->checkMemory(256).ok());
        const auto tooSmall = g->checkMemory(64);
        QVERIFY(!tooSmall.ok());
        QVERIFY2(tooSmall.errorMessage().contains(QStringLiteral("104 MiB")), qPrintable(tooSmall.errorMessage()));
    }
    void baseInitramfs()
    {
        QTemporaryDir dir;
        for (const char *name : {"vmlinux", "full.cpio", "base.cpio"})
            QFile(dir.filePath(QString::fromLatin1(name))).open(QIODevice::WriteOnly);
        QJsonObject m{{QStringLiteral("kernel"), QStringLiteral("vmlinux")},
                      {QStringLiteral("initrd"), QStringLiteral("full.cpio")},
                      {QStringLiteral("cmdline"), QStringLiteral("console=ttyS0")},
                      {QStringLiteral("initrd_bytes"), 90 * 1048576},
                      {QStringLiteral("initrd_unpacked_bytes"), 90 * 1048576},
                      {QStringLiteral("min_memory_mib"), 336},
                      {QStringLiteral("initrd_base"), QStringLiteral("base.cpio")},
                      {QStringLiteral("initrd_base_bytes"), 7 * 1048576},
                      {QStringLiteral("initrd_base_unpacked_bytes"), 7 * 1048576},
                      {QStringLiteral("min_memory_mib_base"), 96}};
        QFile f(dir.filePath(QStringLiteral("guest.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(m).toJson());
        f.close();
        auto g = guest::loadGuestImage(dir.path());
        QVERIFY2(g.ok(), qPrintable(g.errorMessage()));
        QCOMPARE(g->minimumMemoryMiB(), 336);
        const auto base = g->withoutTools();
        QCOMPARE(base.initrdPath, dir.filePath(QStringLiteral("base.cpio")));
        QCOMPARE(base.minimumMemoryMiB(), 21 + 64 > 96 ? 21 + 64 : 96);
        QVERIFY(base.checkMemory(128).ok());
        QVERIFY(!g->checkMemory(128).ok());
        QFile::remove(dir.filePath(QStringLiteral("base.cpio")));
        QVERIFY(!guest::loadGuestImage(dir.path()).ok()); // a declared file that is missing
    }

    void missingPieces_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("kernelFile");
        QTest::addColumn<QString>("expect");
        QTest::addRow("no kernel file") << QJsonDocument(manifest(1)).toJson() << false << QStringLiteral("missing");
        QTest::addRow("damaged json") << QByteArray("{") << true << QStringLiteral("damaged");
        QJsonObject noSize = manifest(1);
        noSize.remove(QStringLiteral("initrd_unpacked_bytes"));
        QTest::addRow("no size") << QJsonDocument(noSize).toJson() << true << QStringLiteral("initrd_unpacked_bytes");
    }
    void missingPieces()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, kernelFile);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        QFile(dir.filePath(QStringLiteral("guest.json"))).open(QIODevice::WriteOnly);
        QFile g(dir.filePath(QStringLiteral("guest.json")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(json);
        g.close();
        QFile(dir.filePath(QStringLiteral("initramfs.cpio.gz"))).open(QIODevice::WriteOnly);
        if (kernelFile)
            QFile(dir.filePath(QStringLiteral("vmlinux"))).open(QIODevice::WriteOnly);
        auto r = guest::loadGuestImage(dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(expect), qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(QStringLiteral("--target guest")));
    }
    void stagingForQemu()
    {
        QTemporaryDir priv;
        QFile::setPermissions(priv.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        for (const char *name : {"vmlinux", "initramfs.cpio"}) {
            QFile f(priv.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, name[0]));
        }
        guest::GuestImage g;
        g.dir = priv.path();
        g.kernelPath = priv.filePath(QStringLiteral("vmlinux"));
        g.initrdPath = priv.filePath(QStringLiteral("initramfs.cpio"));
        g.inputsHash = QStringLiteral("0123456789abcdef0123");
        QVERIFY(!guest::readableByOthers(g.kernelPath));

        QTemporaryDir stage;
        QFile::setPermissions(stage.path(), QFile::permissions(stage.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
        auto staged = guest::stageReadableByQemu(g, stage.path());
        QVERIFY2(staged.ok(), qPrintable(staged.errorMessage()));
        QCOMPARE(staged->kernelPath, stage.filePath(QStringLiteral("hvbench-0123456789abcdef/vmlinux")));
        QVERIFY(guest::readableByOthers(staged->kernelPath));
        QFile copy(staged->initrdPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray(4096, 'i'));
        const QDateTime first = QFileInfo(staged->kernelPath).lastModified();
        QTest::qWait(20);
        auto again = guest::stageReadableByQemu(g, stage.path()); // same inputs: not copied again
        QVERIFY(again.ok());
        QCOMPARE(QFileInfo(again->kernelPath).lastModified(), first);

        // An image that QEMU can read already is used where it is.
        auto same = guest::stageReadableByQemu(*staged, stage.path());
        QCOMPARE(same->kernelPath, staged->kernelPath);

        // No place to copy to: a clear error that says what to change.
        auto fail = guest::stageReadableByQemu(g, QStringLiteral("/proc/hvbench-no"));
        QVERIFY(!fail.ok());
        QVERIFY2(fail.errorMessage().contains(QStringLiteral("HVBENCH_GUEST_DIR")), qPrintable(fail.errorMessage()));
    }

    void noImageAnywhere()
    {
        QTemporaryDir empty;
        qputenv("HVBENCH_GUEST_DIR", empty.path().toUtf8());
        auto r = guest::loadGuestImage(empty.path());
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("guest.json")));
    }
};

QTEST_GUILESS_MAIN(TstGuestImage)
#include "tst_guestimage.moc"
