// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Append-only journal: one JSON line per finished run or manifest entry, flushed at once, so a
// crash loses no finished result and no record of how it was made.  Lines carry the session
// id; a torn last line is ignored.
#include "model/runresult.h"

#include <QFile>
#include <QList>

namespace hvbench::io {

class Journal final {
public:
    explicit Journal(QString path) : m_file(std::move(path)) {}
    Status append(const QString &sessionId, const RunResult &r);
    Status appendManifest(const QString &sessionId, const QString &key, const QJsonValue &value);
    Status appendCleared(const QString &sessionId); // the results before this line were discarded
    QString path() const { return m_file.fileName(); }

private:
    Status write(const QJsonObject &line);
    QFile m_file;
};

struct JournalContents {
    QList<RunResult> results;
    QJsonObject manifest; // the latest value of each manifest key journaled
    bool cleared = false;  // a new run discarded the saved results: `results` replace them
};
// What the journal at `path` holds for `sessionId` (empty if there is no journal).
Result<JournalContents> readJournal(const QString &path, const QString &sessionId);
// Adds to `into` the results of `extra` not already there (same config/count/repeat/guest).
void mergeResults(QList<RunResult> &into, const QList<RunResult> &extra);

} // namespace hvbench::io
