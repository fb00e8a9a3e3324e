// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open session: the one place session data lives while the app runs.  The runner appends
// results here, models and exports read from here.  It journals every result it is given.
#include "io/journal.h"
#include "model/session.h"

#include <QObject>
#include <memory>

namespace hvbench {

class SessionDocument final : public QObject {
    Q_OBJECT
public:
    explicit SessionDocument(QObject *parent = nullptr);
    ~SessionDocument() override;

    const Session &session() const { return m_session; }
    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }

    void reset(Session s, const QString &path = {}); // a new or freshly opened session
    Status open(const QString &path);
    Status save(const QString &path);               // save as; save(path()) to save
    void setSettings(const QList<VmSpec> &specs, const BenchmarkSuite &b, const Matrix &m, const QString &hostUri);
    void setManifestValue(const QString &key, const QJsonValue &value);
    void clearResults();
    Status addResult(const RunResult &r);           // journals first, then records
    QString journalPath() const;

Q_SIGNALS:
    void sessionReset();
    void settingsChanged();
    void resultAdded(int index);
    void resultsCleared();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);

private:
    void setModified(bool m);
    io::Journal &journal();
    Session m_session;
    QString m_path;
    bool m_modified = false;
    std::unique_ptr<io::Journal> m_journal;
};

} // namespace hvbench
