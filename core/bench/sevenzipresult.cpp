// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/sevenzipresult.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace hvbench::bench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::bench)
};

constexpr qsizetype kMaxQuoted = 200;

QString quoted(const QString &line)
{
    return line.size() > kMaxQuoted ? line.left(kMaxQuoted) + QStringLiteral("…") : line;
}

// The numbers of one half of a table line ("10628   100   9488   9469"); false on anything else.
bool numbers(const QString &part, QList<double> &out)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    const QLocale c = QLocale::c();
    for (const QString &f : part.split(ws, Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = c.toDouble(f, &ok);
        if (!ok)
            return false;
        out.append(v);
    }
    return true;
}

// Speed Usage R/U Rating; with `speedOptional` (p7zip's Avr row) also Usage R/U Rating.
bool figures(const QString &part, bool speedOptional, SevenZipFigures &f, bool &hasSpeed)
{
    QList<double> n;
    if (!numbers(part, n))
        return false;
    hasSpeed = n.size() == 4;
    if (n.size() == 4)
        f = {n[0], n[1], n[2], n[3]};
    else if (n.size() == 3 && speedOptional)
        f = {0, n[0], n[1], n[2]};
    else
        return false;
    return true;
}

} // namespace

Result<SevenZipResult> parseSevenZipBench(const QByteArray &out)
{
    static const QRegularExpression versionRe(QStringLiteral("^7-Zip\\b.*?\\b(\\d+\\.\\d+)\\b"));
    static const QRegularExpression p7zipRe(QStringLiteral("^p7zip Version (\\d+\\.\\d+)"));
    static const QRegularExpression benchThreadsRe(QStringLiteral("# Benchmark threads:\\s*(\\d+)"));
    static const QRegularExpression hwThreadsRe(QStringLiteral("# CPU hardware threads:\\s*(\\d+)"));
    static const QRegularExpression rowRe(QStringLiteral("^(\\d+):([^|]*)\\|(.*)$"));
    static const QRegularExpression avrRe(QStringLiteral("^Avr:([^|]*)\\|(.*)$"));
    static const QRegularExpression totRe(QStringLiteral("^Tot:(.*)$"));

    SevenZipResult r;
    bool haveVersion = false, haveAvr = false, haveTot = false, avrHasSpeed = true;
    QString firstLine, lastLine;
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        if (firstLine.isEmpty())
            firstLine = line;
        lastLine = line;
        if (line.contains(QLatin1String("ERROR")) || line.contains(QLatin1String("Can't allocate")))
            return Error{
                Tr::tr("The 7-Zip benchmark reported an error on line %1: \"%2\"").arg(i + 1).arg(quoted(line))};

        QRegularExpressionMatch m;
        if (!haveVersion && (m = versionRe.match(line)).hasMatch()) {
            haveVersion = true;
            r.versionLine = line;
            r.version = m.captured(1);
        } else if ((m = p7zipRe.match(line)).hasMatch()) {
            haveVersion = true;
            r.p7zip = true;
            r.version = m.captured(1);
        } else if ((m = rowRe.match(line)).hasMatch()) {
            SevenZipRow row;
            bool speed = true;
            row.dictLog = m.captured(1).toInt();
            if (!figures(m.captured(2), false, row.compress, speed) ||
                !figures(m.captured(3), false, row.decompress, speed))
                return Error{Tr::tr("Line %1 of the 7-Zip benchmark output is not a table row of four numbers on "
                                    "each side (dictionary: speed KiB/s, usage %, R/U MIPS, rating MIPS): \"%2\"")
                                 .arg(i + 1)
                                 .arg(quoted(line))};
            r.rows.append(row);
        } else if ((m = avrRe.match(line)).hasMatch()) {
            bool compressSpeed = true, decompressSpeed = true;
            if (!figures(m.captured(1), true, r.average.compress, compressSpeed) ||
                !figures(m.captured(2), true, r.average.decompress, decompressSpeed) ||
                compressSpeed != decompressSpeed)
                return Error{Tr::tr("Line %1 of the 7-Zip benchmark output is not an \"Avr:\" row of three or four "
                                    "numbers on each side: \"%2\"")
                                 .arg(i + 1)
                                 .arg(quoted(line))};
            haveAvr = true;
            avrHasSpeed = compressSpeed;
        } else if ((m = totRe.match(line)).hasMatch()) {
            QList<double> n;
            if (!numbers(m.captured(1), n) || n.size() != 3)
                return Error{Tr::tr("Line %1 of the 7-Zip benchmark output is not a \"Tot:\" row of three numbers "
                                    "(usage %, R/U MIPS, rating MIPS): \"%2\"")
                                 .arg(i + 1)
                                 .arg(quoted(line))};
            haveTot = true;
            r.totalUsagePercent = n[0];
            r.totalRuMips = n[1];
            r.totalRatingMips = n[2];
        } else if ((m = benchThreadsRe.match(line)).hasMatch()) {
            r.benchmarkThreads = m.captured(1).toInt();
        }
        if ((m = hwThreadsRe.match(line)).hasMatch()) // on the "RAM size" line
            r.hardwareThreads = m.captured(1).toInt();
    }

    if (firstLine.isEmpty())
        return Error{Tr::tr("The 7-Zip benchmark printed nothing.")};
    if (!haveVersion)
        return Error{Tr::tr("This is not the output of the 7-Zip benchmark (7zz b): it has no \"7-Zip\" version "
                            "line. It starts with: \"%1\"")
                         .arg(quoted(firstLine))};
    if (!haveTot || !haveAvr)
        return Error{Tr::tr("The 7-Zip benchmark output ends before its \"%1\" line: the run was cut short "
                            "(killed, timed out or out of memory). Its last line is: \"%2\"")
                         .arg(haveAvr ? QStringLiteral("Tot:") : QStringLiteral("Avr:"), quoted(lastLine))};
    if (r.rows.isEmpty())
        return Error{Tr::tr("The 7-Zip benchmark output has a result but no dictionary rows (\"22:  …  |  …\"): "
                            "it is not the LZMA benchmark.")};

    if (!avrHasSpeed) { // p7zip 16.02 prints no speed on its Avr: row
        double c = 0, d = 0;
        for (const SevenZipRow &row : std::as_const(r.rows)) {
            c += row.compress.speedKibS;
            d += row.decompress.speedKibS;
        }
        r.average.compress.speedKibS = c / double(r.rows.size());
        r.average.decompress.speedKibS = d / double(r.rows.size());
    }
    r.compressSpeedKibS = r.average.compress.speedKibS;
    r.compressRatingMips = r.average.compress.ratingMips;
    r.decompressSpeedKibS = r.average.decompress.speedKibS;
    r.decompressRatingMips = r.average.decompress.ratingMips;
    return r;
}

QStringList sevenZipBenchArgv(const SevenZipParams &params)
{
    return {params.binary, QStringLiteral("b"), QString::number(params.iterations), QStringLiteral("-mmt1"),
            QStringLiteral("-md%1").arg(params.dictLog)};
}

} // namespace hvbench::bench
