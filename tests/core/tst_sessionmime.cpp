// SPDX-License-Identifier: GPL-3.0-or-later
// The shared-mime-info package packaging/org.hvbench.hvbench.mime.xml as a desktop sees it
// (QMimeDatabase reads the same XDG data folders as file managers): *.hvbench by name, a real
// session file by content when it has no extension, other JSON not.  (A session renamed to
// .json: the shared-mime-info spec prefers the magic of a subclass over the glob and GLib does
// so; Qt 6.4 keeps the glob's application/json, so that case is not asserted here.)
#include "io/sessionfile.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace hvbench;

namespace {
const QString kType = QStringLiteral("application/x-hvbench-session");
}

class TstSessionMime final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void byName();
    void byContent_data();
    void byContent();
    void comments();

private:
    QTemporaryDir m_xdg; // XDG_DATA_DIRS: only our package, then the system's
    QTemporaryDir m_files;
};

void TstSessionMime::initTestCase()
{
    QVERIFY(m_xdg.isValid() && m_files.isValid());
    QVERIFY(QDir().mkpath(m_xdg.filePath(QStringLiteral("mime/packages"))));
    QVERIFY(QFile::copy(QStringLiteral(HVBENCH_MIME_XML),
                        m_xdg.filePath(QStringLiteral("mime/packages/org.hvbench.hvbench.xml"))));
    // Before the first QMimeDatabase: it reads the folders once.
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_xdg.path() + QStringLiteral(":/usr/share")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_xdg.filePath(QStringLiteral("home"))));
    QVERIFY(QMimeDatabase().mimeTypeForName(kType).isValid());
}

void TstSessionMime::byName()
{
    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(QStringLiteral("/nonexistent/x.hvbench"), QMimeDatabase::MatchExtension).name(), kType);
    QVERIFY(db.mimeTypeForName(kType).inherits(QStringLiteral("application/json")));
    QCOMPARE(db.mimeTypeForName(kType).suffixes(), QStringList{QStringLiteral("hvbench")});
}

void TstSessionMime::byContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // empty: a real session saved by hvbench
    QTest::addColumn<bool>("isSession");
    QTest::newRow("session, no extension") << QStringLiteral("session") << QByteArray() << true;
    QTest::newRow("compact session") << QStringLiteral("compact")
                                     << QByteArray(R"({"appVersion":"0.1.0","benchmarks":{},"formatVersion":1})")
                                     << true;
    QTest::newRow("other json") << QStringLiteral("other.json") << QByteArray(R"({"appVersion": "2", "name": "x"})")
                                << false;
    QTest::newRow("text") << QStringLiteral("notes") << QByteArray("appVersion benchmarks\n") << false;
}

void TstSessionMime::byContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, isSession);
    const QString path = m_files.filePath(name);
    if (content.isEmpty()) {
        QVERIFY(io::saveSession(Session::demo(), path));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QString detected = QMimeDatabase().mimeTypeForFile(path).name();
    if (isSession)
        QCOMPARE(detected, kType);
    else
        QVERIFY2(detected != kType, qPrintable(detected));
}

void TstSessionMime::comments()
{
    const QMimeType t = QMimeDatabase().mimeTypeForName(kType);
    QCOMPARE(t.comment(), QStringLiteral("hvbench session"));
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    QCOMPARE(t.comment(), QStringLiteral("sessione di hvbench"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TstSessionMime)
#include "tst_sessionmime.moc"
