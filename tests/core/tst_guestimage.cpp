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
