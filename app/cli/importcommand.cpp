// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"
#include "bench/iperf3result.h"
#include "bench/measurement.h"
#include "io/sessionfile.h"
#include "model/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace hvbench::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::ImportCommand)
};

constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024; // tool outputs are KiB; this is not one

enum class Tool { Iperf3, Fio, Bonnie };

struct Options {
    Tool tool = Tool::Iperf3;
    QString toolName;
    std::optional<Benchmark> direction; // iperf3 only; empty = the JSON's own -R flag
    QString config;
    int vmCount = 0;
    int guest = 0;
    std::optional<int> repeat;
    QString out;
    QStringList files;
};

Result<int> wholeNumber(const QCommandLineParser &p, const char *name, int min)
{
    bool ok = false;
    const QString v = p.value(QString::fromLatin1(name));
    const int n = v.toInt(&ok);
    if (!ok || n < min)
        return Error{Tr::tr("--%1 takes a whole number of at least %2 (got \"%3\").")
                         .arg(QString::fromLatin1(name))
                         .arg(min)
                         .arg(v)};
    return n;
}

Result<Options> readOptions(const QCommandLineParser &p)
{
    Options o;
    o.toolName = p.value(QStringLiteral("tool"));
    if (o.toolName == QLatin1String("iperf3"))
        o.tool = Tool::Iperf3;
    else if (o.toolName == QLatin1String("fio"))
        o.tool = Tool::Fio;
    else if (o.toolName == QLatin1String("bonnie") || o.toolName == QLatin1String("bonnie++"))
        o.tool = Tool::Bonnie;
    else
        return Error{o.toolName.isEmpty() ? Tr::tr("import needs --tool iperf3, fio or bonnie.")
                                          : Tr::tr("--tool takes iperf3, fio or bonnie (got \"%1\").").arg(o.toolName)};

    if (p.isSet(QStringLiteral("direction"))) {
        const QString d = p.value(QStringLiteral("direction"));
        if (o.tool != Tool::Iperf3)
            return Error{Tr::tr("--direction is for iperf3 outputs only.")};
        if (d == QLatin1String("out"))
            o.direction = Benchmark::NetOut;
        else if (d == QLatin1String("in"))
            o.direction = Benchmark::NetIn;
        else
            return Error{
                Tr::tr("--direction takes out (guest → host, net-out) or in (-R, net-in); got \"%1\".").arg(d)};
    }

    const bool baseline = p.isSet(QStringLiteral("baseline"));
    const bool hasConfig = p.isSet(QStringLiteral("config"));
    const bool hasVms = p.isSet(QStringLiteral("vms"));
    if (baseline && (hasConfig || hasVms))
        return Error{Tr::tr("--baseline (bare metal) cannot go with --config or --vms.")};
    if (!baseline && !(hasConfig && hasVms))
        return Error{Tr::tr("Say where the outputs were measured: --baseline (bare metal), or --config NAME "
                            "--vms N (the VM spec and how many VMs ran at once).")};
    if (baseline) {
        o.config = kBareMetal;
        o.vmCount = 0;
    } else {
        o.config = p.value(QStringLiteral("config")).trimmed();
        if (o.config.isEmpty() || o.config == kBareMetal)
            return Error{Tr::tr("--config takes the name of a VM spec (\"%1\" is the baseline: use --baseline).")
                             .arg(kBareMetal)};
        auto vms = wholeNumber(p, "vms", 1);
        if (!vms)
            return vms.error();
        o.vmCount = *vms;
    }
    if (p.isSet(QStringLiteral("guest"))) {
        auto g = wholeNumber(p, "guest", 0);
        if (!g)
            return g.error();
        o.guest = *g;
        if (o.guest >= std::max(1, o.vmCount))
            return Error{
                baseline
                    ? Tr::tr("--guest must be 0 for the bare-metal baseline.")
                    : Tr::tr("--guest is 0-based and must be below --vms %1 (got %2).").arg(o.vmCount).arg(o.guest)};
    }
    if (p.isSet(QStringLiteral("repeat"))) {
        auto r = wholeNumber(p, "repeat", 0);
        if (!r)
            return r.error();
        o.repeat = *r;
    }
    o.out = p.value(QStringLiteral("out"));
    if (o.out.isEmpty())
        return Error{Tr::tr("import needs --out SESSION.hvbench: the session the results are added to.")};
    o.files = p.positionalArguments();
    if (o.files.isEmpty())
        return Error{Tr::tr("import needs at least one FILE: the saved output of one run of the tool.")};
    return o;
}

Result<RunResult> measure(const Options &o, const QByteArray &bytes)
{
    switch (o.tool) {
    case Tool::Iperf3: {
        Benchmark which = Benchmark::NetOut;
        if (o.direction) {
            which = *o.direction;
        } else {
            auto parsed = bench::parseIperf3Json(bytes); // the direction it was run in: its -R flag
            if (!parsed)
                return parsed.error();
            which = parsed->reverse ? Benchmark::NetIn : Benchmark::NetOut;
        }
        return bench::iperf3Measurement(bytes, which);
    }
    case Tool::Fio:
        return bench::fioMeasurement(bytes);
    case Tool::Bonnie:
        return bench::bonnieMeasurement(bytes);
    }
    return Error{QString()};
}

bool sameSlot(const RunResult &a, const RunResult &b)
{
    return a.config == b.config && a.vmCount == b.vmCount && a.guest == b.guest && a.workload == b.workload;
}

QString summary(const RunResult &r)
{
    QStringList figures;
    if (const auto b = benchmarkFromId(r.workload)) {
        for (const MetricInfo &k : keyMetrics(*b))
            if (const auto v = r.metric(k.name))
                figures << QStringLiteral("%1 %2").arg(k.name, QString::number(*v, 'g', 6));
    }
    return figures.join(QStringLiteral(", "));
}
} // namespace

QString importHelp()
{
    return Tr::tr("Usage: hvbench-cli import --tool iperf3|fio|bonnie [--direction out|in]\n"
                  "         (--baseline | --config NAME --vms N) [--guest I] [--repeat R]\n"
                  "         --out SESSION.hvbench FILE...\n\n"
                  "Adds the outputs of tools you ran by hand to a session, one result per FILE, read\n"
                  "the way hvbench reads the outputs of its own runs:\n"
                  "  iperf3   the JSON of iperf3 -J (throughput = the receiver's figure)\n"
                  "  fio      the JSON of fio --output-format=json; jobs named seq-write, seq-read,\n"
                  "           rand-write, rand-read, or else classed by their rw option and the\n"
                  "           direction that did I/O (several jobs of one class are summed)\n"
                  "  bonnie   the CSV bonnie++ -q writes on standard output (-x N: the mean)\n\n"
                  "  --direction out|in   iperf3: guest → host (net-out) or -R (net-in);\n"
                  "                       default: the run's own -R flag\n"
                  "  --baseline           measured on bare metal\n"
                  "  --config NAME        measured in VMs of the spec NAME ...\n"
                  "  --vms N              ... with N VMs running at once\n"
                  "  --guest I            which of those VMs (0-based, default 0)\n"
                  "  --repeat R           round of the first FILE, the next FILEs R+1, R+2, ...\n"
                  "                       (default: the first round this config, VM count, guest and\n"
                  "                       benchmark do not have yet, i.e. each FILE's position)\n"
                  "  --out FILE           the session; created when it does not exist\n\n"
                  "Nothing is written unless every FILE can be read. Exit status: 0 imported;\n"
                  "2 a bad option, session or FILE (named in the message); 1 the session could not\n"
                  "be written.");
}

int runImportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("files"), QString());
    for (const char *flag : {"baseline", "h", "help"})
        p.addOption(QCommandLineOption(QString::fromLatin1(flag)));
    for (const char *opt : {"tool", "direction", "config", "vms", "guest", "repeat", "out"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
    if (!p.parse(QStringList{QStringLiteral("hvbench-cli import")} + args)) {
        err << p.errorText() << "\n\n" << importHelp() << Qt::endl;
        return 2;
    }
    if (p.isSet(QStringLiteral("h")) || p.isSet(QStringLiteral("help"))) {
        out << importHelp() << Qt::endl;
        return 0;
    }
    auto opts = readOptions(p);
    if (!opts) {
        err << opts.errorMessage() << "\n\n" << importHelp() << Qt::endl;
        return 2;
    }
    const Options &o = *opts;

    // The session first: a session that exists but does not load is not overwritten.
    const QString sessionPath = QFileInfo(o.out).absoluteFilePath();
    const bool existed = QFileInfo::exists(sessionPath);
    Session session;
    if (existed) {
        auto loaded = io::loadSession(sessionPath);
        if (!loaded) {
            err << Tr::tr("Cannot add to %1: %2").arg(sessionPath, loaded.errorMessage()) << Qt::endl;
            return 2;
        }
        session = std::move(loaded).value();
    } else {
        session = Session::demo(); // a new id
        session.name = Tr::tr("Imported results");
        session.benchmarks.enabled.clear();
    }

    // Every FILE is read and measured before anything is written.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<RunResult> added;
    QStringList absFiles;
    for (qsizetype i = 0; i < o.files.size(); ++i) {
        const QFileInfo fi(o.files.at(i));
        const QString path = fi.absoluteFilePath();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << Tr::tr("%1: cannot read it: %2. Nothing was imported.").arg(path, f.errorString()) << Qt::endl;
            return 2;
        }
        if (f.size() > kMaxFileBytes) {
            err << Tr::tr("%1: larger than 256 MiB, not the output of one %2 run. Nothing was imported.")
                       .arg(path, o.toolName)
                << Qt::endl;
            return 2;
        }
        auto measured = measure(o, f.readAll());
        if (!measured) {
            err << Tr::tr("%1: not a usable %2 output: %3\nNothing was imported.")
                       .arg(path, o.toolName, measured.errorMessage())
                << Qt::endl;
            return 2;
        }
        RunResult r = std::move(measured).value();
        r.config = o.config;
        r.vmCount = o.vmCount;
        r.guest = o.guest;
        r.command = Tr::tr("imported from %1").arg(path);
        r.finishedAt = fi.lastModified().toUTC(); // when the tool wrote it
        r.raw.insert(QStringLiteral("imported_from"), path);
        r.raw.insert(QStringLiteral("imported_at"), now.toString(Qt::ISODateWithMs));
        if (o.repeat) {
            r.repeat = *o.repeat + int(i);
        } else {
            int next = 0;
            for (const QList<RunResult> *list : {&session.results, &added})
                for (const RunResult &x : *list)
                    if (sameSlot(x, r))
                        next = std::max(next, x.repeat + 1);
            r.repeat = next;
        }
        for (const RunResult &x : std::as_const(session.results))
            if (sameSlot(x, r) && x.repeat == r.repeat) {
                err << Tr::tr("%1: round %2 of %3 (%4 VMs, guest %5) already has a %6 result in %7: choose "
                              "another --repeat. Nothing was imported.")
                           .arg(path, QString::number(r.repeat), r.config, QString::number(r.vmCount),
                                QString::number(r.guest), r.workload, sessionPath)
                    << Qt::endl;
                return 2;
            }
        added.append(r);
        absFiles << path;
    }

    for (const RunResult &r : std::as_const(added)) {
        session.results.append(r);
        const auto b = benchmarkFromId(r.workload);
        if (!existed && b && !session.benchmarks.has(*b))
            session.benchmarks.enabled.append(*b); // a new session runs what it holds
    }
    QJsonArray imports = session.manifest.value(QStringLiteral("imports")).toArray();
    imports.append(QJsonObject{{QStringLiteral("tool"), o.toolName},
                               {QStringLiteral("files"), QJsonArray::fromStringList(absFiles)},
                               {QStringLiteral("config"), o.config},
                               {QStringLiteral("vm_count"), o.vmCount},
                               {QStringLiteral("guest"), o.guest},
                               {QStringLiteral("at"), now.toString(Qt::ISODateWithMs)}});
    session.manifest.insert(QStringLiteral("imports"), imports);
    if (auto v = session.validate(); !v) {
        err << Tr::tr("Cannot add to %1: %2").arg(sessionPath, v.errorMessage()) << Qt::endl;
        return 2;
    }

    QDir().mkpath(QFileInfo(sessionPath).absolutePath());
    if (auto st = io::saveSession(session, sessionPath); !st) {
        err << st.errorMessage() << Qt::endl;
        return 1;
    }
    // What the journal held (results of an interrupted run) is in the file now, as after a save.
    if (existed)
        QFile::remove(io::journalPathFor(sessionPath));

    if (o.config != kBareMetal && !session.specNames().contains(o.config))
        err << Tr::tr("Note: %1 has no VM spec called \"%2\"; the results are kept under that name.")
                   .arg(sessionPath, o.config)
            << Qt::endl;
    for (const RunResult &r : std::as_const(added)) {
        out << Tr::tr("%1 → %2, %3 (%4 VMs), guest %5, round %6: %7")
                   .arg(r.raw.value(QStringLiteral("imported_from")).toString(), r.workload, r.config,
                        QString::number(r.vmCount), QString::number(r.guest), QString::number(r.repeat), summary(r))
            << Qt::endl;
        for (const QString &w : r.warnings)
            err << Tr::tr("WARNING: %1: %2").arg(r.raw.value(QStringLiteral("imported_from")).toString(), w)
                << Qt::endl;
    }
    out << Tr::tr("%n result(s) added to %1", nullptr, int(added.size())).arg(sessionPath)
        << Tr::tr(" (%n in all).", nullptr, int(session.results.size())) << Qt::endl;
    return 0;
}

} // namespace hvbench::cli
