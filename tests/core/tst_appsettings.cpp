// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace hvbench::settings;

class TstAppSettings final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recentFilesMostRecentFirstNoDuplicates();
    void recentFilesCapped();
    void recentFilesRemoveAndClear();
    void recentFilesSurviveReopen();
    void colorScheme_data();
    void colorScheme();
    void unknownSchemeIsSystem();
    void geometryPageFolder();

private:
    QTemporaryDir m_dir;
    QString iniPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TstAppSettings::recentFilesMostRecentFirstNoDuplicates()
{
    QSettings qs(iniPath("a.ini"), QSettings::IniFormat);
    AppSettings s(qs);
    QVERIFY(s.recentFiles().isEmpty());
    s.addRecentFile(m_dir.filePath(QStringLiteral("one.hvbench")));
    s.addRecentFile(m_dir.filePath(QStringLiteral("two.hvbench")));
    // The same file by another spelling moves to the front instead of appearing twice.
    s.addRecentFile(m_dir.path() + QStringLiteral("/./one.hvbench"));
    const QStringList l = s.recentFiles();
    QCOMPARE(l.size(), 2);
    QCOMPARE(l.at(0), QDir::cleanPath(m_dir.filePath(QStringLiteral("one.hvbench"))));
    QCOMPARE(l.at(1), QDir::cleanPath(m_dir.filePath(QStringLiteral("two.hvbench"))));
    s.addRecentFile(QString()); // ignored
    QCOMPARE(s.recentFiles().size(), 2);
}

void TstAppSettings::recentFilesCapped()
{
    QSettings qs(iniPath("b.ini"), QSettings::IniFormat);
    AppSettings s(qs);
    for (int i = 0; i < AppSettings::kMaxRecentFiles + 5; ++i)
        s.addRecentFile(m_dir.filePath(QStringLiteral("s%1.hvbench").arg(i)));
    const QStringList l = s.recentFiles();
    QCOMPARE(l.size(), AppSettings::kMaxRecentFiles);
    QVERIFY(l.first().endsWith(QStringLiteral("s%1.hvbench").arg(AppSettings::kMaxRecentFiles + 4)));
    QVERIFY(l.last().endsWith(QStringLiteral("s5.hvbench")));
}

void TstAppSettings::recentFilesRemoveAndClear()
{
    QSettings qs(iniPath("c.ini"), QSettings::IniFormat);
    AppSettings s(qs);
    s.addRecentFile(m_dir.filePath(QStringLiteral("x.hvbench")));
    s.addRecentFile(m_dir.filePath(QStringLiteral("y.hvbench")));
    s.removeRecentFile(m_dir.filePath(QStringLiteral("x.hvbench")));
    QCOMPARE(s.recentFiles().size(), 1);
    QVERIFY(s.recentFiles().first().endsWith(QStringLiteral("y.hvbench")));
    s.clearRecentFiles();
    QVERIFY(s.recentFiles().isEmpty());
}

void TstAppSettings::recentFilesSurviveReopen()
{
    {
        QSettings qs(iniPath("d.ini"), QSettings::IniFormat);
        AppSettings(qs).addRecentFile(m_dir.filePath(QStringLiteral("kept.hvbench")));
    }
    QSettings qs(iniPath("d.ini"), QSettings::IniFormat);
    QCOMPARE(AppSettings(qs).recentFiles().size(), 1);
}

void TstAppSettings::colorScheme_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("stored");
    QTest::newRow("system") << int(ColorScheme::System) << QStringLiteral("system");
    QTest::newRow("light") << int(ColorScheme::Light) << QStringLiteral("light");
    QTest::newRow("dark") << int(ColorScheme::Dark) << QStringLiteral("dark");
}

void TstAppSettings::colorScheme()
{
    QFETCH(int, scheme);
    QFETCH(QString, stored);
    QSettings qs(iniPath("e.ini"), QSettings::IniFormat);
    AppSettings s(qs);
    s.setColorScheme(ColorScheme(scheme));
    QCOMPARE(int(s.colorScheme()), scheme);
    QCOMPARE(qs.value(QStringLiteral("app/colorScheme")).toString(), stored);
}

void TstAppSettings::unknownSchemeIsSystem()
{
    QSettings qs(iniPath("f.ini"), QSettings::IniFormat);
    qs.setValue(QStringLiteral("app/colorScheme"), QStringLiteral("solarized-by-a-newer-version"));
    QCOMPARE(int(AppSettings(qs).colorScheme()), int(ColorScheme::System));
}

void TstAppSettings::geometryPageFolder()
{
    QSettings qs(iniPath("g.ini"), QSettings::IniFormat);
    AppSettings s(qs);
    QCOMPARE(s.lastPage(), -1);
    QVERIFY(s.windowGeometry().isEmpty());
    s.setLastPage(3);
    s.setWindowGeometry(QByteArray("geo"));
    s.setWindowState(QByteArray("state"));
    s.setLastFolder(m_dir.path());
    QCOMPARE(s.lastPage(), 3);
    QCOMPARE(s.windowGeometry(), QByteArray("geo"));
    QCOMPARE(s.windowState(), QByteArray("state"));
    QCOMPARE(s.lastFolder(), m_dir.path());
    // Nothing secret-looking is ever written: only the keys this class owns.
    const QStringList keys = qs.allKeys();
    for (const QString &k : keys)
        QVERIFY2(k.startsWith(QStringLiteral("app/")), qPrintable(k));
}

QTEST_GUILESS_MAIN(TstAppSettings)
#include "tst_appsettings.moc"
