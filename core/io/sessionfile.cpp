// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/sessionfile.h"
#include "io/journal.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace hvbench::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::SessionFile)
};
constexpr qint64 kMaxSessionBytes = 1024LL * 1024 * 1024;
} // namespace

QString journalPathFor(const QString &sessionPath)
{
    return sessionPath + QStringLiteral(".journal");
}

Result<Session> loadSession(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot open session file %1: %2").arg(path, f.errorString())};
    if (f.size() > kMaxSessionBytes)
        return Error{Tr::tr("%1 is larger than 1 GiB; it is not an hvbench session.").arg(path)};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{Tr::tr("%1 is not a valid session file (JSON error at byte %2: %3). "
                            "It may be truncated.").arg(path).arg(pe.offset).arg(pe.errorString())};
    if (!doc.isObject())
        return Error{Tr::tr("%1 is not a session file: the top level must be a JSON object.").arg(path)};
    auto s = Session::fromJson(doc.object());
    if (!s)
        return Error{Tr::tr("%1: %2").arg(path, s.errorMessage())};
    Session session = std::move(s).value();
    const auto extra = readJournal(journalPathFor(path), session.id);
    if (!extra)
        return Error{Tr::tr("%1: %2").arg(path, extra.errorMessage())};
    if (extra->cleared)
        session.results = extra->results; // a run after the last save started from scratch
    else
        mergeResults(session.results, extra->results);
    for (auto it = extra->manifest.constBegin(); it != extra->manifest.constEnd(); ++it)
        session.manifest.insert(it.key(), it.value());
    return session;
}

Status saveSession(const Session &s, const QString &path)
{
    // Never write a file that loadSession() would refuse: say what to fix instead.
    if (auto st = s.validate(); !st)
        return Error{Tr::tr("Cannot save %1: %2 Fix it, then save again.").arg(path, st.errorMessage())};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write %1: %2").arg(path, f.errorString())};
    // Compact: a session with 10^6 live samples is 2.5× smaller and opens faster than indented.
    f.write(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return Error{Tr::tr("Cannot save %1: %2").arg(path, f.errorString())};
    return Ok{};
}

} // namespace hvbench::io
