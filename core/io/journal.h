// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Append-only journal of results: one JSON line per finished run, flushed at once, so a crash
// loses no finished result.  Lines carry the session id; a torn last line is ignored.
#include "model/runresult.h"

#include <QFile>
#include <QList>

namespace hvbench::io {

class Journal final {
public:
    explicit Journal(QString path) : m_file(std::move(path)) {}
    Status append(const QString &sessionId, const RunResult &r);
    QString path() const { return m_file.fileName(); }

private:
    QFile m_file;
};

// Results of `sessionId` in the journal at `path` (empty list if no journal).
Result<QList<RunResult>> readJournal(const QString &path, const QString &sessionId);
// Adds to `into` the results of `extra` not already there (same config/count/repeat/guest).
void mergeResults(QList<RunResult> &into, const QList<RunResult> &extra);

} // namespace hvbench::io
