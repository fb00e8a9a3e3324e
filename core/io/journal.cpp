// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/journal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hvbench::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Journal)
};
bool sameRun(const RunResult &a, const RunResult &b)
{
    return a.config == b.config && a.vmCount == b.vmCount && a.repeat == b.repeat && a.guest == b.guest;
}
} // namespace

Status Journal::append(const QString &sessionId, const RunResult &r)
{
    return write({{QStringLiteral("session"), sessionId}, {QStringLiteral("result"), r.toJson()}});
}

Status Journal::appendManifest(const QString &sessionId, const QString &key, const QJsonValue &value)
{
    return write({{QStringLiteral("session"), sessionId},
                  {QStringLiteral("manifest_key"), key},
                  {QStringLiteral("manifest_value"), value}});
}

Status Journal::appendCleared(const QString &sessionId)
{
    return write({{QStringLiteral("session"), sessionId}, {QStringLiteral("cleared"), true}});
}

Status Journal::write(const QJsonObject &line)
{
    if (!m_file.isOpen() && !m_file.open(QIODevice::Append | QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write the journal %1: %2").arg(m_file.fileName(), m_file.errorString())};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(bytes) != bytes.size() || !m_file.flush())
        return Error{Tr::tr("Cannot write the journal %1: %2").arg(m_file.fileName(), m_file.errorString())};
    return Ok{};
}

Result<JournalContents> readJournal(const QString &path, const QString &sessionId)
{
    JournalContents out;
    QFile f(path);
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read the journal %1: %2").arg(path, f.errorString())};
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (!line.endsWith('\n'))
            break; // torn last line of a crash: ignored
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("session")).toString() != sessionId)
            continue;
        if (o.value(QStringLiteral("cleared")).toBool()) {
            out.cleared = true;
            out.results.clear();
            continue;
        }
        if (o.contains(QStringLiteral("manifest_key"))) {
            out.manifest.insert(o.value(QStringLiteral("manifest_key")).toString(), o.value(QStringLiteral("manifest_value")));
            continue;
        }
        auto r = RunResult::fromJson(o.value(QStringLiteral("result")).toObject());
        if (r)
            out.results.append(*r);
    }
    return out;
}

void mergeResults(QList<RunResult> &into, const QList<RunResult> &extra)
{
    for (const auto &r : extra) {
        const bool known = std::any_of(into.cbegin(), into.cend(), [&](const RunResult &x) { return sameRun(x, r); });
        if (!known)
            into.append(r);
    }
}

} // namespace hvbench::io
