// SPDX-License-Identifier: GPL-3.0-or-later
// The window icon, desktop file name and display name applyAppIdentity() sets.
#include "appidentity.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QTest>

using namespace hvbench;

class TstAppIdentity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everySizeIsCompiledIn();
    void pngsHaveTheirSize_data();
    void pngsHaveTheirSize();
    void applySetsIconAndNames();
    void svgRendersAtAnySize();
};

void TstAppIdentity::everySizeIsCompiledIn()
{
    QCOMPARE(appIconSizes(), (QList<int>{16, 24, 32, 48, 64, 128, 256, 512}));
    QVERIFY(QFile::exists(QStringLiteral(":/icons/hvbench.svg")));
}

void TstAppIdentity::pngsHaveTheirSize_data()
{
    QTest::addColumn<int>("size");
    for (const int s : appIconSizes())
        QTest::addRow("%d", s) << s;
}

void TstAppIdentity::pngsHaveTheirSize()
{
    QFETCH(int, size);
    const QImage img(QStringLiteral(":/icons/png/hvbench-%1.png").arg(size));
    QVERIFY(!img.isNull());
    QCOMPARE(img.size(), QSize(size, size));
    QVERIFY(img.hasAlphaChannel());
    // Transparent corner, opaque drawing in the middle of the stack: a real rendering, not blank.
    QCOMPARE(qAlpha(img.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(img.pixel(size * 20 / 128, size * 24 / 128)), 255);
}

void TstAppIdentity::applySetsIconAndNames()
{
    QVERIFY(QApplication::windowIcon().availableSizes().isEmpty());
    applyAppIdentity();
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("org.hvbench.hvbench"));
    QCOMPARE(appId(), QGuiApplication::desktopFileName());
    QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("hvbench"));
    const QIcon icon = QApplication::windowIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int s : {16, 24, 32, 48, 64, 128, 256, 512})
        QVERIFY2(sizes.contains(QSize(s, s)), qPrintable(QString::number(s)));
}

void TstAppIdentity::svgRendersAtAnySize()
{
    // 20 px has no PNG: the SVG engine renders it (needs the Qt SVG icon engine plugin).
    const QPixmap pm = appIcon().pixmap(QSize(20, 20));
    QCOMPARE(pm.size(), QSize(20, 20));
    QCOMPARE(qAlpha(pm.toImage().pixel(3, 4)), 255);
}

QTEST_MAIN(TstAppIdentity)
#include "tst_appidentity.moc"
