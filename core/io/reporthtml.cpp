// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/reporthtml.h"
#include "io/csvexport.h"
#include "model/session.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>

namespace hvbench::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Report)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString notRecorded()
{
    return QStringLiteral("<i>%1</i>").arg(esc(Tr::tr("not recorded")));
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d, 'g', 10);
    }
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            parts << (e.isObject()  ? QString::fromUtf8(QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact))
                      : e.isArray() ? QString::fromUtf8(QJsonDocument(e.toArray()).toJson(QJsonDocument::Compact))
                                    : jsonText(e));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// A two-column "fact | value" table; an empty value reads "not recorded".
class FactTable {
public:
    // Settings (specs, parameters): an empty value is "none", not a missing record.
    explicit FactTable(bool emptyIsNone = false) : m_emptyIsNone(emptyIsNone) {}
    void add(const QString &label, const QString &value, bool code = false)
    {
        const QString empty = m_emptyIsNone ? QStringLiteral("—") : notRecorded();
        const QString cell =
            value.isEmpty() ? empty : (code ? QStringLiteral("<code>%1</code>").arg(esc(value)) : esc(value));
        m_rows += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n").arg(esc(label), cell);
    }
    void addJson(const QString &label, const QJsonValue &v)
    {
        add(label, v.isUndefined() || v.isNull() ? QString() : jsonText(v));
    }
    // Every key of a JSON object, nested objects flattened as "a.b".
    void addObject(const QJsonObject &o, const QString &prefix = {})
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.value().isObject())
                addObject(it.value().toObject(), prefix + it.key() + QLatin1Char('.'));
            else
                add(prefix + it.key(), jsonText(it.value()), true);
        }
    }
    QString html() const
    {
        return QStringLiteral("<table class=\"facts\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n%1</table>\n")
            .arg(m_rows);
    }

private:
    bool m_emptyIsNone;
    QString m_rows;
};

QString h2(const QString &id, const QString &text)
{
    return QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(id, esc(text));
}

QString para(const QString &text, const QString &cls = {})
{
    return cls.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(text))
                         : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, esc(text));
}

QString sessionDate(const Session &s)
{
    const QJsonObject &m = s.manifest;
    const QString started = m.value(QStringLiteral("started_at")).toString();
    const QString finished = m.value(QStringLiteral("finished_at")).toString();
    if (!started.isEmpty() && !finished.isEmpty())
        return Tr::tr("Run from %1 to %2 (UTC)").arg(started, finished);
    if (!started.isEmpty())
        return Tr::tr("Run started %1 (UTC), not finished").arg(started);
    QDateTime last;
    for (const RunResult &r : s.results)
        if (r.finishedAt.isValid() && (!last.isValid() || r.finishedAt > last))
            last = r.finishedAt;
    if (last.isValid())
        return Tr::tr("Last result %1 (UTC)").arg(last.toUTC().toString(Qt::ISODate));
    return Tr::tr("Not run yet: no results");
}

QString caveatHtml(const Session &s)
{
    const QString caveat = s.emulationCaveat();
    if (caveat.isEmpty())
        return {};
    return QStringLiteral("<p class=\"caveat\" style=\"color:#b34700; font-weight:bold\">%1<br>%2</p>\n")
        .arg(esc(caveat),
             esc(s.manifest.value(QStringLiteral("host")).toObject().value(QStringLiteral("kvm_disabled")).toBool()
                     ? Tr::tr("libvirt offered KVM on this host, but HVBENCH_ACCEL=tcg turned it off: the guests ran "
                              "under QEMU's TCG software emulation, so every VM figure and every % loss below "
                              "measures the emulator, not a hypervisor's overhead.")
                     : Tr::tr("This host has no hardware virtualization (KVM): the guests ran under QEMU's TCG "
                              "software emulation, so every VM figure and every % loss below measures the emulator, "
                              "not a hypervisor's overhead.")));
}
} // namespace

QString reportHeaderHtml(const Session &s)
{
    QString h =
        QStringLiteral("<h1>%1</h1>\n").arg(esc(Tr::tr("hvbench report: %1").arg(s.name.isEmpty() ? s.id : s.name)));
    h += QStringLiteral("<p class=\"meta\">%1<br>%2<br>%3</p>\n")
             .arg(esc(sessionDate(s)),
                  esc(Tr::tr("Session %1, host %2, %n result(s)", nullptr, int(s.results.size())).arg(s.id, s.hostUri)),
                  esc(Tr::tr("hvbench %1")
                          .arg(s.manifest.value(QStringLiteral("hvbench_version"))
                                   .toString(QStringLiteral(HVBENCH_VERSION)))));
    h += caveatHtml(s);
    return h;
}

QString reportManifestHtml(const Session &s)
{
    const QJsonObject &m = s.manifest;
    QString h = h2(QStringLiteral("host"), Tr::tr("Host"));
    const QJsonObject host = m.value(QStringLiteral("host")).toObject();
    const QJsonObject local = m.value(QStringLiteral("local_machine")).toObject();
    if (host.isEmpty()) {
        h += para(Tr::tr("The session records no libvirt host: it was not run against one (bare metal only, "
                         "imported results, or not run yet)."));
    } else {
        FactTable t;
        t.add(Tr::tr("libvirt URI"), host.value(QStringLiteral("uri")).toString(s.hostUri), true);
        t.add(Tr::tr("Host name"), host.value(QStringLiteral("hostname")).toString());
        t.add(Tr::tr("Acceleration"), host.value(QStringLiteral("accel")).toString());
        t.add(Tr::tr("CPU model"), host.value(QStringLiteral("cpu_model")).toString());
        t.addJson(Tr::tr("Logical CPUs (cores)"), host.value(QStringLiteral("cpus")));
        t.addJson(Tr::tr("RAM (MiB)"), host.value(QStringLiteral("memory_mib")));
        t.add(Tr::tr("Architecture"), host.value(QStringLiteral("arch")).toString());
        t.add(Tr::tr("libvirt driver"), host.value(QStringLiteral("driver")).toString());
        t.add(Tr::tr("libvirt version"), host.value(QStringLiteral("libvirt_version")).toString());
        t.add(Tr::tr("Hypervisor version (%1)").arg(host.value(QStringLiteral("driver")).toString()),
              host.value(QStringLiteral("hypervisor_version")).toString());
        h += t.html();
    }
    if (!local.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(Tr::tr("The machine that ran hvbench")));
        FactTable t;
        t.add(Tr::tr("Host name"), local.value(QStringLiteral("hostname")).toString());
        t.add(Tr::tr("Kernel"), local.value(QStringLiteral("kernel")).toString());
        t.add(Tr::tr("Operating system"), local.value(QStringLiteral("os")).toString());
        t.addJson(Tr::tr("Logical CPUs"), local.value(QStringLiteral("cpus")));
        h += t.html();
    }
    const QJsonObject agents = m.value(QStringLiteral("agents")).toObject();
    if (!agents.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(Tr::tr("Agents (bare metal and each guest, as they said hello)")));
        h += QStringLiteral(
                 "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>%1</th><th>%2</th><th>%3</th>"
                 "<th>%4</th><th>%5</th><th>%6</th></tr>\n")
                 .arg(esc(Tr::tr("Who")), esc(Tr::tr("Kernel")), esc(Tr::tr("CPU model")), esc(Tr::tr("CPUs")),
                      esc(Tr::tr("Virtualized")), esc(Tr::tr("Agent")));
        for (auto it = agents.constBegin(); it != agents.constEnd(); ++it) {
            const QJsonObject a = it.value().toObject();
            h += QStringLiteral(
                     "<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td><td>%5</td><td>%6</td></tr>\n")
                     .arg(esc(it.key()), esc(a.value(QStringLiteral("kernel")).toString()),
                          esc(a.value(QStringLiteral("cpu_model")).toString()),
                          esc(jsonText(a.value(QStringLiteral("cpus")))),
                          esc(jsonText(a.value(QStringLiteral("virtualized")))),
                          esc(a.value(QStringLiteral("agent")).toString()));
        }
        h += QStringLiteral("</table>\n");
    }
    const QJsonObject image = m.value(QStringLiteral("guest_image")).toObject();
    if (!image.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(Tr::tr("Guest image")));
        FactTable t;
        t.addObject(image);
        h += t.html();
    }

    h += h2(QStringLiteral("specs"), Tr::tr("VM specs"));
    const QJsonObject placements = m.value(QStringLiteral("placements")).toObject();
    for (const VmSpec &v : s.specs) {
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(v.name));
        FactTable t(true);
        t.addObject(v.toJson());
        if (placements.contains(v.name))
            t.addObject(placements.value(v.name).toObject(), QStringLiteral("placement."));
        h += t.html();
    }
    h += h2(QStringLiteral("matrix"), Tr::tr("Matrix and benchmark parameters"));
    FactTable t(true);
    t.addObject(s.matrix.toJson(), QStringLiteral("matrix."));
    t.addObject(s.benchmarks.toJson(), QStringLiteral("benchmarks."));
    h += t.html();
    return h;
}

QString modelTableHtml(const QAbstractItemModel &model)
{
    QString h =
        QStringLiteral("<table class=\"data\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
    const int cols = model.columnCount();
    for (int c = 0; c < cols; ++c) {
        const QString name = model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        const QString key = model.headerData(c, Qt::Horizontal, kColumnKeyRole).toString();
        h += key.isEmpty() || key == name
                 ? QStringLiteral("<th>%1</th>").arg(esc(name))
                 : QStringLiteral("<th>%1<br><code class=\"key\">%2</code></th>").arg(esc(name), esc(key));
    }
    h += QStringLiteral("</tr>\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < cols; ++c) {
            const QModelIndex i = model.index(r, c);
            const int align = i.data(Qt::TextAlignmentRole).toInt();
            const QString text =
                esc(i.data(Qt::DisplayRole).toString()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            h += (align & Qt::AlignRight) ? QStringLiteral("<td align=\"right\">%1</td>").arg(text)
                                          : QStringLiteral("<td>%1</td>").arg(text);
        }
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

QString reportFiguresHtml(const QList<ReportFigure> &figures)
{
    QString h = h2(QStringLiteral("charts"), Tr::tr("Charts"));
    for (const ReportFigure &f : figures) {
        // Drop the XML prolog and DOCTYPE: the <svg> element goes inline into the HTML.
        const qsizetype start = f.svg.indexOf("<svg");
        QString svg = start >= 0 ? QString::fromUtf8(f.svg.mid(start)) : QString();
        // Ids are per document: QSvgGenerator names its gradients "gradient1"… in every SVG.
        const QString prefix = f.stem + QLatin1Char('-');
        svg.replace(QStringLiteral("id=\""), QStringLiteral("id=\"") + prefix)
            .replace(QStringLiteral("url(#"), QStringLiteral("url(#") + prefix)
            .replace(QStringLiteral("href=\"#"), QStringLiteral("href=\"#") + prefix);
        h += QStringLiteral("<figure id=\"fig-%1\">\n%2\n<figcaption>%3</figcaption>\n</figure>\n")
                 .arg(esc(f.stem), svg.isEmpty() ? notRecorded() : svg, esc(f.title));
    }
    return h;
}

QString reportTablesHtml(const QList<ReportTable> &tables)
{
    QString h;
    for (const ReportTable &t : tables) {
        if (!t.model)
            continue;
        h += h2(QStringLiteral("table-") + t.stem, t.title);
        h += t.model->rowCount() > 0 ? modelTableHtml(*t.model) : para(Tr::tr("No rows."));
    }
    return h;
}

QString reportProvenanceHtml(const Session &s)
{
    const QJsonObject &m = s.manifest;
    QString h = h2(QStringLiteral("commands"), Tr::tr("Command lines"));
    // Each distinct command with the cells that ran it, in the order first seen.
    QStringList order;
    QMap<QString, QStringList> where;
    QMap<QString, QString> version;
    for (const RunResult &r : s.results) {
        if (r.command.isEmpty())
            continue;
        if (!where.contains(r.command))
            order << r.command;
        const QString cell = r.vmCount == 0 ? r.config : QStringLiteral("%1 ×%2").arg(r.config).arg(r.vmCount);
        const QString label = QStringLiteral("%1 (%2)").arg(cell, r.workload);
        if (!where[r.command].contains(label))
            where[r.command] << label;
        if (!r.toolVersion.isEmpty())
            version[r.command] = r.toolVersion;
    }
    if (order.isEmpty()) {
        h += para(Tr::tr("No results, so no command was run."));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" "
                            "cellpadding=\"3\">\n<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                 .arg(esc(Tr::tr("Command")), esc(Tr::tr("Tool version")), esc(Tr::tr("Run in")));
        for (const QString &c : std::as_const(order))
            h += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td>%3</td></tr>\n")
                     .arg(esc(c), esc(version.value(c)), esc(where.value(c).join(QStringLiteral(", "))));
        h += QStringLiteral("</table>\n");
    }
    const QJsonArray servers = m.value(QStringLiteral("iperf3_servers")).toArray();
    if (!servers.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(esc(Tr::tr("iperf3 servers on the host")));
        for (const QJsonValue &v : servers)
            h += QStringLiteral("<li><code>%1</code></li>\n").arg(esc(v.toString()));
        h += QStringLiteral("</ul>\n");
    }
    const QJsonObject netns = m.value(QStringLiteral("baseline_network")).toObject();
    if (!netns.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(Tr::tr("Bare-metal network baseline")));
        FactTable t;
        t.addObject(netns);
        h += t.html();
    }

    h += h2(QStringLiteral("skipped"), Tr::tr("Skipped cells"));
    const QJsonArray skipped = m.value(QStringLiteral("skipped")).toArray();
    if (!m.contains(QStringLiteral("skipped"))) {
        h += para(Tr::tr("Not recorded (the session was not run by this version of hvbench)."));
    } else if (skipped.isEmpty()) {
        h += para(Tr::tr("None: every cell of the matrix ran."));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" "
                            "cellpadding=\"3\">\n<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                 .arg(esc(Tr::tr("Cell")), esc(Tr::tr("Benchmark")), esc(Tr::tr("Reason")));
        for (const QJsonValue &v : skipped) {
            const QJsonObject o = v.toObject();
            const QString b = o.value(QStringLiteral("benchmark")).toString();
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                     .arg(esc(o.value(QStringLiteral("cell")).toString()),
                          esc(b == QLatin1String("*") ? Tr::tr("(all)") : b),
                          esc(o.value(QStringLiteral("reason")).toString()));
        }
        h += QStringLiteral("</table>\n");
    }

    const QJsonObject outcome = m.value(QStringLiteral("repeat_outcome")).toObject();
    const QJsonObject cells = outcome.value(QStringLiteral("cells")).toObject();
    if (!cells.isEmpty()) {
        h += h2(QStringLiteral("repeats"), Tr::tr("Repeats"));
        h += para(Tr::tr("Cells ran in a random order per round (seed %1).")
                      .arg(jsonText(outcome.value(QStringLiteral("seed")))));
        h += QStringLiteral(
                 "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>%1</th><th>%2</th><th>%3</th>"
                 "<th>%4</th></tr>\n")
                 .arg(esc(Tr::tr("Cell")), esc(Tr::tr("Rounds")), esc(Tr::tr("Stopped by")), esc(Tr::tr("RSD (%)")));
        for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
            const QJsonObject c = it.value().toObject();
            h += QStringLiteral(
                     "<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td align=\"right\">%4</td></tr>\n")
                     .arg(esc(it.key()), esc(jsonText(c.value(QStringLiteral("rounds")))),
                          esc(c.value(QStringLiteral("stopped_by")).toString()),
                          esc(jsonText(c.value(QStringLiteral("rsd_pct")))));
        }
        h += QStringLiteral("</table>\n");
    }
    const QJsonObject timing = m.value(QStringLiteral("timing")).toObject();
    if (!timing.isEmpty()) {
        const QLocale loc;
        h += para(Tr::tr("Time: %1 s of rounds, %2 s inside benchmarks: orchestration overhead %3 %.")
                      .arg(loc.toString(timing.value(QStringLiteral("rounds_wall_s")).toDouble(), 'f', 1),
                           loc.toString(timing.value(QStringLiteral("measuring_s")).toDouble(), 'f', 1),
                           loc.toString(timing.value(QStringLiteral("orchestration_pct")).toDouble(), 'f', 1)));
    }

    h += h2(QStringLiteral("domains"), Tr::tr("Domain XML"));
    const QJsonObject domains = m.value(QStringLiteral("domains")).toObject();
    if (domains.isEmpty())
        h += para(Tr::tr("No domain was defined (no VM cell ran)."));
    for (auto it = domains.constBegin(); it != domains.constEnd(); ++it)
        h += QStringLiteral("<h3>%1</h3>\n<pre class=\"xml\" style=\"white-space: pre-wrap\">%2</pre>\n")
                 .arg(esc(it.key()), esc(it.value().toString()));
    return h;
}

QByteArray reportHtmlDocument(const Session &s, const QList<ReportFigure> &figures, const QList<ReportTable> &tables)
{
    static const QString style = QStringLiteral(
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; margin: 2em auto; max-width: 70em; "
        "color: #111; }\n"
        "h1 { font-size: 18pt; } h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.6em; }\n"
        "h3 { font-size: 11pt; }\n"
        "table { border-collapse: collapse; margin: 0.5em 0; }\n"
        "th, td { border: 1px solid #bbb; padding: 2px 6px; vertical-align: top; }\n"
        "th { background: #eee; } table.facts th { text-align: left; font-weight: normal; background: #f5f5f5; }\n"
        "code.key { font-weight: normal; color: #555; font-size: 8pt; }\n"
        "figure { margin: 1em 0; } figure svg { width: 100%; height: auto; border: 1px solid #ddd; }\n"
        "figcaption { font-style: italic; text-align: center; }\n"
        "pre.xml { background: #f7f7f7; border: 1px solid #ddd; padding: 0.5em; font-size: 8pt; white-space: pre-wrap; "
        "}\n"
        ".caveat { color: #b34700; font-weight: bold; border: 1px solid #b34700; padding: 0.5em; }\n"
        ".meta { color: #444; }\n");
    const QString title = Tr::tr("hvbench report: %1").arg(s.name.isEmpty() ? s.id : s.name);
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                       "<style>\n%2</style>\n</head>\n<body>\n")
            .arg(esc(title), style);
    html += reportHeaderHtml(s);
    html += reportManifestHtml(s);
    html += reportFiguresHtml(figures);
    html += reportTablesHtml(tables);
    html += reportProvenanceHtml(s);
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace hvbench::io
