// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sessiondocument.h"
#include "io/sessionfile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace hvbench {

SessionDocument::SessionDocument(QObject *parent) : QObject(parent)
{
    reset(Session::demo());
}

SessionDocument::~SessionDocument() = default;

QString SessionDocument::journalPath() const
{
    if (!m_path.isEmpty())
        return io::journalPathFor(m_path);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir + QStringLiteral("/journals"));
    return dir + QStringLiteral("/journals/") + m_session.id + QStringLiteral(".journal");
}

void SessionDocument::reset(Session s, const QString &path)
{
    m_session = std::move(s);
    m_journal.reset();
    const bool pathChanging = m_path != path;
    m_path = path;
    setModified(false);
    if (pathChanging)
        Q_EMIT pathChanged(m_path);
    Q_EMIT sessionReset();
}

Status SessionDocument::open(const QString &path)
{
    auto s = io::loadSession(path);
    if (!s)
        return s.error();
    const bool recovered = QFile::exists(io::journalPathFor(path));
    reset(std::move(s).value(), path);
    if (recovered)
        setModified(true); // results from the journal are not in the file yet: offer to save them
    return Ok{};
}

Status SessionDocument::save(const QString &path)
{
    if (auto st = io::saveSession(m_session, path); !st)
        return st;
    const QString oldJournal = journalPath();
    m_journal.reset();
    if (path != m_path) {
        m_path = path;
        Q_EMIT pathChanged(m_path);
    }
    // Everything in the old journal is now in the file.
    if (oldJournal != journalPath())
        QFile::remove(oldJournal);
    QFile::remove(journalPath());
    setModified(false);
    return Ok{};
}

void SessionDocument::setSettings(const QList<VmSpec> &specs, const BenchmarkSuite &b, const Matrix &m,
                                  const QString &hostUri)
{
    if (m_session.specs == specs && m_session.benchmarks == b && m_session.matrix == m && m_session.hostUri == hostUri)
        return;
    m_session.specs = specs;
    m_session.benchmarks = b;
    m_session.matrix = m;
    m_session.hostUri = hostUri;
    setModified(true);
    Q_EMIT settingsChanged();
}

io::Journal &SessionDocument::journal()
{
    if (!m_journal)
        m_journal = std::make_unique<io::Journal>(journalPath());
    return *m_journal;
}

void SessionDocument::setManifestValue(const QString &key, const QJsonValue &value)
{
    (void)journal().appendManifest(m_session.id, key, value); // best effort; addResult reports failures
    m_session.manifest.insert(key, value);
    setModified(true);
}

void SessionDocument::clearResults()
{
    if (m_session.results.isEmpty())
        return;
    (void)journal().appendCleared(m_session.id);
    m_session.results.clear();
    setModified(true);
    Q_EMIT resultsCleared();
}

Status SessionDocument::addResult(const RunResult &r)
{
    const Status st = journal().append(m_session.id, r);
    m_session.results.append(r);
    setModified(true);
    Q_EMIT resultAdded(int(m_session.results.size() - 1));
    return st;
}

void SessionDocument::setModified(bool m)
{
    if (m_modified == m)
        return;
    m_modified = m;
    Q_EMIT modifiedChanged(m);
}

} // namespace hvbench
