// SPDX-License-Identifier: GPL-3.0-or-later
#include "guest/agentprotocol.h"

#include "workloads/protocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hvbench::agent {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::AgentProtocol)
};
QByteArray line(QJsonObject o)
{
    o.insert(QStringLiteral("proto"), proto::kProtocolVersion);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}
constexpr int kMaxShown = 80;
} // namespace

int protocolVersion() { return proto::kProtocolVersion; }
QString portName() { return QString::fromLatin1(proto::kAgentPortName); }

Result<QJsonObject> parseLine(const QByteArray &raw)
{
    const QByteArray text = raw.trimmed();
    const QString shown = QString::fromUtf8(text.left(kMaxShown));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Tr::tr("The agent sent something that is not a protocol message: \"%1\"").arg(shown)};
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("type")).isString())
        return Error{Tr::tr("The agent sent a message without a \"type\": \"%1\"").arg(shown)};
    const QJsonValue p = o.value(QStringLiteral("proto"));
    if (!p.isDouble() || p.toDouble() != double(p.toInt()))
        return Error{Tr::tr("The agent sent a message without a protocol version: \"%1\"").arg(shown)};
    if (p.toInt() > proto::kProtocolVersion)
        return Error{Tr::tr("The agent speaks protocol %1, this hvbench speaks %2: rebuild the guest image "
                            "with this version's agent.").arg(p.toInt()).arg(proto::kProtocolVersion)};
    return o;
}

QByteArray pingLine() { return line({{QStringLiteral("type"), QStringLiteral("ping")}}); }

QByteArray runPiLine(const QString &id, int digits)
{
    QJsonObject params;
    if (digits > 0)
        params.insert(QStringLiteral("digits"), digits);
    return line({{QStringLiteral("type"), QStringLiteral("run")},
                 {QStringLiteral("id"), id},
                 {QStringLiteral("workload"), QStringLiteral("pi")},
                 {QStringLiteral("params"), params}});
}

QByteArray execLine(const QString &id, const QStringList &argv, double timeoutS, const QString &stdinText,
                    int copies)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("exec")},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("argv"), QJsonArray::fromStringList(argv)},
                  {QStringLiteral("timeout_s"), timeoutS}};
    if (!stdinText.isEmpty())
        o.insert(QStringLiteral("stdin"), stdinText);
    if (copies != 1)
        o.insert(QStringLiteral("copies"), copies);
    return line(o);
}

QByteArray shutdownLine()
{
    return line({{QStringLiteral("type"), QStringLiteral("shutdown")}, {QStringLiteral("poweroff"), true}});
}

} // namespace hvbench::agent
