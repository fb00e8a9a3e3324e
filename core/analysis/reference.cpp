// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reference.h"
#include "model/benchmark.h"
#include "model/jsonread.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// The resource lives in a static library: register it once, outside any namespace.
static void initReferenceResource()
{
    Q_INIT_RESOURCE(reference);
}

namespace hvbench::analysis {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Reference)
};

const QStringList &paperKinds()
{
    static const QStringList k{QStringLiteral("kvm"), QStringLiteral("xen-hvm"), QStringLiteral("xen-para")};
    return k;
}

Result<ReferenceRow> rowFromJson(const QJsonObject &o, int index)
{
    json::Reader r(o, Tr::tr("reference row %1").arg(index + 1));
    ReferenceRow row;
    row.benchmark = r.str("benchmark");
    row.metric = r.str("metric");
    row.measure = r.str("measure");
    const QString kind = r.str("kind");
    row.hypervisor = r.str("hypervisor", false);
    row.vmCount = int(r.integer("vm_count"));
    row.lossPct = r.number("loss_pct");
    row.approximate = r.boolean("approximate", false);
    row.label = r.str("label");
    row.where = r.str("where");
    row.words = r.str("words");
    row.note = r.str("note", false);
    if (!r.ok())
        return r.error();
    row.yardstick = kind == QLatin1String("cpu-yardstick");
    if (!row.yardstick && kind != QLatin1String("hypervisor"))
        return Error{
            Tr::tr("Reference row %1: unknown kind \"%2\" (hypervisor or cpu-yardstick).").arg(index + 1).arg(kind)};
    const auto b = benchmarkFromId(row.benchmark);
    if (!b)
        return Error{Tr::tr("Reference row %1: unknown benchmark \"%2\".").arg(index + 1).arg(row.benchmark)};
    const auto metrics = keyMetrics(*b);
    if (std::none_of(metrics.cbegin(), metrics.cend(), [&row](const MetricInfo &m) { return m.name == row.metric; }))
        return Error{
            Tr::tr("Reference row %1: %2 has no figure \"%3\".").arg(index + 1).arg(row.benchmark, row.metric)};
    if (!row.yardstick && !paperKinds().contains(row.hypervisor))
        return Error{Tr::tr("Reference row %1: unknown hypervisor \"%2\" (kvm, xen-hvm or xen-para).")
                         .arg(index + 1)
                         .arg(row.hypervisor)};
    if (row.vmCount < 0 || (!row.yardstick && row.vmCount == 0))
        return Error{Tr::tr("Reference row %1: a hypervisor row needs a VM count of at least 1.").arg(index + 1)};
    return row;
}
} // namespace

QString ReferenceSession::citation() const
{
    return Tr::tr("%1: “%2” (%3)").arg(authors.join(QStringLiteral(", ")), title).arg(year);
}

QString builtInReferencePath()
{
    static const bool registered = (initReferenceResource(), true);
    Q_UNUSED(registered);
    return QStringLiteral(":/reference/paper-2009.json");
}

Result<ReferenceSession> loadReference(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot open the reference %1: %2").arg(path, f.errorString())};
    auto ref = referenceFromJson(f.readAll());
    if (!ref)
        return Error{Tr::tr("%1: %2").arg(path, ref.errorMessage())};
    return ref;
}

Result<ReferenceSession> referenceFromJson(const QByteArray &bytes)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Tr::tr("The reference is not valid JSON (byte %1: %2).").arg(pe.offset).arg(pe.errorString())};
    const QJsonObject o = doc.object();
    json::Reader r(o, Tr::tr("reference"));
    if (r.str("format") != QLatin1String("hvbench-reference") || r.integer("formatVersion") != 1)
        return Error{Tr::tr("This is not an hvbench reference of format 1.")};
    ReferenceSession ref;
    ref.id = r.str("id");
    const QJsonObject src = r.object("source");
    const QJsonObject hw = r.object("hardware");
    const QJsonArray rows = r.array("rows");
    if (!r.ok())
        return r.error();
    json::Reader s(src, Tr::tr("reference source"));
    for (const QJsonValue &a : s.array("authors"))
        ref.authors.append(a.toString());
    ref.affiliation = s.str("affiliation");
    ref.title = s.str("title");
    ref.year = int(s.integer("year"));
    ref.dates = s.str("dates", false);
    ref.sections = s.str("sections", false);
    if (!s.ok())
        return s.error();
    json::Reader h(hw, Tr::tr("reference hardware"));
    ref.host = h.str("host");
    ref.hostOs = h.str("host_os");
    ref.guestOs = h.str("guest_os");
    ref.hypervisors = h.str("hypervisors");
    ref.vm = h.str("vm");
    if (!h.ok())
        return h.error();
    for (int i = 0; i < rows.size(); ++i) {
        auto row = rowFromJson(rows.at(i).toObject(), i);
        if (!row)
            return row.error();
        ref.rows.append(std::move(row).value());
    }
    if (ref.rows.isEmpty())
        return Error{Tr::tr("The reference holds no rows.")};
    return ref;
}

QString paperHypervisorKind(Hypervisor h)
{
    switch (h) {
    case Hypervisor::Auto:
    case Hypervisor::Kvm:
    case Hypervisor::QemuTcg:
        return QStringLiteral("kvm");
    case Hypervisor::XenPv:
        return QStringLiteral("xen-para");
    case Hypervisor::XenHvm:
        return QStringLiteral("xen-hvm");
    }
    return {};
}

} // namespace hvbench::analysis
