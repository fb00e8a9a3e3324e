// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchoptions.h"
#include "model/presets.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hvbench::cli {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("hvbench::cli", s); }

const char *const kIntOptions[] = {"iperf3-time", "iperf3-streams", "iperf3-omit", "fio-size", "fio-runtime",
                                   "fio-iodepth", "bonnie-size", "cpu-dict", "cpu-iterations", "max-repeats",
                                   "budget", "seed"};

// Splits a command line like a POSIX shell does for words: '…' literal, "…" with \" and \\,
// a backslash outside quotes escapes the next character.  No expansion of any kind.
Result<QStringList> splitWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == QLatin1Char('\''))
                quote = QChar();
            else
                word += c;
        } else if (quote == QLatin1Char('"')) {
            if (c == QLatin1Char('"'))
                quote = QChar();
            else if (c == QLatin1Char('\\') && i + 1 < line.size()
                     && (line.at(i + 1) == QLatin1Char('"') || line.at(i + 1) == QLatin1Char('\\')))
                word += line.at(++i);
            else
                word += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, {}));
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return Error{tr("--external-command: a %1 quote is not closed.").arg(quote)};
    if (inWord)
        words.append(word);
    return words;
}

// Reads a whole-number option into target; the error names the option.
Status setInt(const QCommandLineParser &p, const char *option, int &target)
{
    const QString name = QString::fromLatin1(option);
    if (!p.isSet(name))
        return Ok{};
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok)
        return Error{tr("--%1 takes a whole number (got \"%2\").").arg(name, p.value(name))};
    target = v;
    return Ok{};
}
} // namespace

void addBenchOptions(QCommandLineParser &p)
{
    for (const char *opt : kIntOptions)
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
    for (const char *opt : {"preset", "benchmarks", "iperf3-window", "rsd", "external-command", "external-json-path",
                            "external-regex", "external-unit"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
    p.addOption(QCommandLineOption(QStringLiteral("external-lower-is-better")));
}

Result<Session> presetFromOptions(const QCommandLineParser &p)
{
    const QString id = p.value(QStringLiteral("preset"));
    auto s = makePreset(id);
    if (!s) {
        QStringList ids;
        for (const Preset &pr : presets())
            ids.append(pr.id);
        return Error{tr("--preset %1: %2 (presets: %3)").arg(id, s.errorMessage(), ids.join(QStringLiteral(", ")))};
    }
    return s;
}

Status applyBenchOptions(Session &s, const QCommandLineParser &p)
{
    BenchmarkSuite &b = s.benchmarks;
    if (p.isSet(QStringLiteral("benchmarks"))) {
        b.enabled.clear();
        for (const QString &part : p.value(QStringLiteral("benchmarks")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto x = benchmarkFromId(part.trimmed());
            if (!x) {
                QStringList ids;
                for (Benchmark k : allBenchmarks())
                    ids.append(benchmarkId(k));
                return Error{tr("--benchmarks: unknown benchmark \"%1\" (there are: %2).")
                                 .arg(part.trimmed(), ids.join(QStringLiteral(", ")))};
            }
            if (!b.enabled.contains(*x))
                b.enabled.append(*x);
        }
    }
    Matrix &m = s.matrix;
    for (auto [opt, target] : std::initializer_list<std::pair<const char *, int *>>{
             {"iperf3-time", &b.net.durationS}, {"iperf3-streams", &b.net.streams}, {"iperf3-omit", &b.net.omitS},
             {"fio-size", &b.fio.sizeMiB}, {"fio-runtime", &b.fio.runtimeS}, {"fio-iodepth", &b.fio.iodepth},
             {"bonnie-size", &b.bonnie.sizeMiB}, {"cpu-dict", &b.cpu.dictLog}, {"cpu-iterations", &b.cpu.iterations},
             {"max-repeats", &m.maxRepeats}, {"budget", &m.budgetMinutes}})
        if (auto st = setInt(p, opt, *target); !st)
            return st;
    int seed = int(m.seed);
    if (auto st = setInt(p, "seed", seed); !st)
        return st;
    m.seed = quint32(seed);
    if (p.isSet(QStringLiteral("iperf3-window")))
        b.net.window = p.value(QStringLiteral("iperf3-window")).toUpper();
    if (p.isSet(QStringLiteral("rsd"))) {
        bool ok = false;
        m.rsdTargetPct = p.value(QStringLiteral("rsd")).toDouble(&ok);
        if (!ok)
            return Error{tr("--rsd takes a percentage, e.g. 5 (got \"%1\").").arg(p.value(QStringLiteral("rsd")))};
    }
    if (p.isSet(QStringLiteral("external-command"))) {
        auto words = splitWords(p.value(QStringLiteral("external-command")));
        if (!words)
            return words.error();
        b.external.argv = *words;
        if (!b.enabled.contains(Benchmark::ExternalScore))
            b.enabled.append(Benchmark::ExternalScore);
    }
    if (p.isSet(QStringLiteral("external-json-path")))
        b.external.jsonPath = p.value(QStringLiteral("external-json-path"));
    if (p.isSet(QStringLiteral("external-regex")))
        b.external.regex = p.value(QStringLiteral("external-regex"));
    if (p.isSet(QStringLiteral("external-unit")))
        b.external.unit = p.value(QStringLiteral("external-unit"));
    if (p.isSet(QStringLiteral("external-lower-is-better")))
        b.external.higherIsBetter = false;
    return Ok{};
}

QString benchOptionsHelp()
{
    return tr("Benchmark options of run:\n"
              "  --preset P           start from a preset: paper (the paper's section 6 matrix),\n"
              "                       quick (the same shape, scaled to finish in minutes), demo\n"
              "  --benchmarks LIST    pi, cpu-score, external-score, net-out, net-in, fio, bonnie\n"
              "  --cpu-dict N         7-Zip dictionary 2^N bytes   --cpu-iterations N\n"
              "  --iperf3-time S  --iperf3-window W (e.g. 256K)  --iperf3-streams N  --iperf3-omit S\n"
              "  --fio-size MIB       data set (0 = twice the guest's RAM)  --fio-runtime S (0 = one\n"
              "                       pass over the data set)  --fio-iodepth N\n"
              "  --bonnie-size MIB    data set (0 = twice the guest's RAM)\n"
              "  --external-command \"CMD ARGS\" with --external-json-path P or --external-regex R\n"
              "                       (one capture group) and --external-unit U\n"
              "                       [--external-lower-is-better]: a licensed scorer (HS06, HEPscore)\n"
              "Repeats: --repeats N (minimum rounds) --max-repeats N --rsd PCT (stop a cell when every\n"
              "  key figure's relative standard deviation is below PCT) --budget MIN (no new round\n"
              "  after MIN minutes) --seed N (order of the cells in each round; 0 = random)");
}

} // namespace hvbench::cli
