// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/bonnieresult.h"

#include <QCoreApplication>
#include <QStringList>

namespace hvbench::bench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::bench)
};

constexpr int kFields198 = 50;
constexpr int kFields197 = 48;

class LineReader {
public:
    LineReader(QStringList fields, bool hasSeekFields, int lineNo)
        : m_f(std::move(fields)), m_new(hasSeekFields), m_line(lineNo) {}

    // `i` is the 1.98 field number from bon_csv2html(1); 1.96/1.97 lack fields 7 and 8.
    QString raw(int i) const
    {
        if (!m_new && (i == 7 || i == 8))
            return {};
        return m_f.at(m_new || i < 7 ? i : i - 2).trimmed();
    }

    BonnieValue number(int i)
    {
        const QString s = raw(i);
        if (s.isEmpty())
            return {};
        if (isPlusRun(s))
            return BonnieValue::unmeasurable();
        bool ok = false;
        const double v = s.toDouble(&ok);
        if (!ok)
            fail(i, s);
        return ok ? BonnieValue::measured(v) : BonnieValue{};
    }

    // "4280us", "12ms" or "3s" -> µs.
    BonnieValue latency(int i)
    {
        QString s = raw(i);
        if (s.isEmpty())
            return {};
        if (isPlusRun(s))
            return BonnieValue::unmeasurable();
        double scale = 1;
        if (s.endsWith(QLatin1String("us"))) {
            s.chop(2);
        } else if (s.endsWith(QLatin1String("ms"))) {
            s.chop(2);
            scale = 1000;
        } else if (s.endsWith(QLatin1Char('s'))) {
            s.chop(1);
            scale = 1000000;
        }
        bool ok = false;
        const double v = s.toDouble(&ok);
        if (!ok)
            fail(i, raw(i));
        return ok ? BonnieValue::measured(v * scale) : BonnieValue{};
    }

    BonnieMetric metric(int rateField, int latencyField)
    {
        return {number(rateField), number(rateField + 1), latency(latencyField)};
    }

    const QString &error() const { return m_error; }

private:
    static bool isPlusRun(const QString &s)
    {
        for (QChar c : s)
            if (c != QLatin1Char('+'))
                return false;
        return true;
    }
    void fail(int i, const QString &s)
    {
        if (m_error.isEmpty())
            m_error = Tr::tr("bonnie++ CSV line %1, field %2: \"%3\" is not a number.")
                          .arg(m_line)
                          .arg(m_new || i < 7 ? i : i - 2)
                          .arg(s);
    }

    QStringList m_f;
    bool m_new;
    int m_line;
    QString m_error;
};

Result<BonnieRun> parseLine(const QString &line, int lineNo)
{
    const QStringList f = line.split(QLatin1Char(','));
    const QString format = f.first().trimmed();
    bool isNumber = false;
    const double formatNumber = format.toDouble(&isNumber);
    bool hasSeekFields;
    int expected;
    if (format == QLatin1String("1.96") || format == QLatin1String("1.97")) {
        hasSeekFields = false;
        expected = kFields197;
    } else if (isNumber && formatNumber >= 1.98 && formatNumber < 3) {
        hasSeekFields = true;
        expected = kFields198;
    } else {
        return Error{Tr::tr("bonnie++ CSV line %1: unknown format version \"%2\" in field 0 "
                            "(expected 1.96, 1.97 or 1.98+): is this bonnie++ -q output?")
                         .arg(lineNo)
                         .arg(format.left(40))};
    }
    if (f.size() != expected)
        return Error{Tr::tr("bonnie++ CSV line %1: %2 fields, but format %3 has %4: the line "
                            "is truncated or not bonnie++ CSV.")
                         .arg(lineNo)
                         .arg(f.size())
                         .arg(format)
                         .arg(expected)};

    LineReader r(f, hasSeekFields, lineNo);
    BonnieRun run;
    run.formatVersion = format;
    run.bonnieVersion = r.raw(1);
    run.machineName = r.raw(2);
    const BonnieValue conc = r.number(3);
    run.concurrency = conc.isMeasured() ? int(conc.value) : 1;
    run.seed = r.raw(4);
    run.fileSize = r.raw(5);
    run.chunkSize = r.raw(6);
    run.seeks = r.raw(7);
    run.seekProcCount = r.raw(8);
    run.putcKibPerS = r.metric(9, 38);
    run.putBlockKibPerS = r.metric(11, 39);
    run.rewriteKibPerS = r.metric(13, 40);
    run.getcKibPerS = r.metric(15, 41);
    run.getBlockKibPerS = r.metric(17, 42);
    run.randomSeeksPerS = r.metric(19, 43);
    run.numFiles = r.raw(21);
    run.maxSize = r.raw(22);
    run.minSize = r.raw(23);
    run.numDirs = r.raw(24);
    run.fileChunkSize = r.raw(25);
    run.seqCreateFilesPerS = r.metric(26, 44);
    run.seqStatFilesPerS = r.metric(28, 45);
    run.seqDeleteFilesPerS = r.metric(30, 46);
    run.randomCreateFilesPerS = r.metric(32, 47);
    run.randomStatFilesPerS = r.metric(34, 48);
    run.randomDeleteFilesPerS = r.metric(36, 49);
    if (!r.error().isEmpty())
        return Error{r.error()};
    return run;
}
} // namespace

Result<BonnieResult> parseBonnieCsv(const QByteArray &csv)
{
    BonnieResult res;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        // Skipped: comments; the header line `bonnie++ -x N` writes before its CSV lines
        // ("format_version,bonnie_version,…"); lines without a comma, i.e. the human-readable
        // table when stderr was captured too (2>&1).
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("format_version,")) ||
            !line.contains(QLatin1Char(',')))
            continue;
        auto run = parseLine(line, int(i) + 1);
        if (!run)
            return run.error();
        res.runs.append(std::move(run).value());
    }
    if (res.runs.isEmpty())
        return Error{Tr::tr("bonnie++ produced no CSV line: run it with -q and read its "
                            "standard output.")};
    return res;
}

} // namespace hvbench::bench
