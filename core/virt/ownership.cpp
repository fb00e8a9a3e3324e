// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/ownership.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cerrno>
#include <csignal>

namespace hvbench::virt {

OwnerMark ownMark(const QString &sessionId, int index, const QString &spec)
{
    return OwnerMark{sessionId, index, spec, QCoreApplication::applicationPid(), QSysInfo::machineHostName()};
}

QString domainName(const QString &sessionId, int n)
{
    return kDomainPrefix + sessionId + QLatin1Char('-') + QString::number(n);
}

QString volumeName(const QString &sessionId, int n, const QString &extension)
{
    QString name = kDomainPrefix + sessionId + QLatin1Char('-') + QString::number(n) + QStringLiteral("-data");
    if (!extension.isEmpty())
        name += QLatin1Char('.') + extension;
    return name;
}

QString networkName(const QString &sessionId)
{
    return kDomainPrefix + sessionId + QStringLiteral("-net");
}

std::optional<QString> sessionOfVolume(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^hvbench-([a-z0-9]{1,16})-[0-9]+-data(\\.(raw|qcow2|img))?$"));
    const auto m = re.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1);
}

void writeOwnerMetadata(QXmlStreamWriter &w, const OwnerMark &mark)
{
    w.writeStartElement(QStringLiteral("metadata"));
    w.writeNamespace(kMetadataNs, kMetadataPrefix);
    w.writeStartElement(kMetadataNs, QStringLiteral("owner"));
    w.writeAttribute(QStringLiteral("session"), mark.sessionId);
    if (mark.index >= 0)
        w.writeAttribute(QStringLiteral("index"), QString::number(mark.index));
    if (!mark.spec.isEmpty())
        w.writeAttribute(QStringLiteral("spec"), mark.spec);
    w.writeAttribute(QStringLiteral("pid"), QString::number(mark.pid));
    w.writeAttribute(QStringLiteral("host"), mark.processHost);
    w.writeEndElement();
    w.writeEndElement();
}

std::optional<OwnerMark> parseOwnerMark(const QString &xml)
{
    QXmlStreamReader r(xml);
    int depth = 0;
    bool inMetadata = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            if (depth == 2 && r.name() == QLatin1String("metadata"))
                inMetadata = true;
            else if (inMetadata && depth == 3 && r.namespaceUri() == kMetadataNs && r.name() == QLatin1String("owner")) {
                const auto a = r.attributes();
                OwnerMark m;
                m.sessionId = a.value(QLatin1String("session")).toString();
                bool ok = false;
                const int idx = a.value(QLatin1String("index")).toInt(&ok);
                m.index = ok ? idx : -1;
                m.spec = a.value(QLatin1String("spec")).toString();
                m.pid = a.value(QLatin1String("pid")).toLongLong();
                m.processHost = a.value(QLatin1String("host")).toString();
                if (m.sessionId.isEmpty())
                    return std::nullopt;
                return m;
            }
        } else if (r.isEndElement()) {
            if (depth == 2)
                inMetadata = false;
            --depth;
        }
    }
    return std::nullopt;
}

bool ownerAlive(const OwnerMark &mark)
{
    if (mark.processHost != QSysInfo::machineHostName())
        return true; // cannot tell: leave it alone
    if (mark.pid <= 0)
        return false;
    if (mark.pid == QCoreApplication::applicationPid())
        return true;
    if (::kill(pid_t(mark.pid), 0) != 0 && errno == ESRCH)
        return false;
    // A pid may have been reused: alive only if that process is an hvbench program.
    QFile comm(QStringLiteral("/proc/%1/comm").arg(mark.pid));
    if (!comm.open(QIODevice::ReadOnly))
        return true;
    // Test and bench executables create marked objects too.
    const QString name = QString::fromUtf8(comm.readAll()).trimmed();
    return name.startsWith(QLatin1String("hvbench")) || name.startsWith(QLatin1String("tst_")) ||
           name.startsWith(QLatin1String("bench_"));
}

} // namespace hvbench::virt
