// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CPU score: 7-Zip's built-in LZMA benchmark (`7zz b`, Debian package 7zip; p7zip's
// `7z b` prints the same table).  One single-threaded copy per vCPU, started at once through
// the agent's "copies", stands in for the paper's HEP-SPEC06 (one copy per core).
//
// The output is a text table (there is no machine-readable mode); the parser reads the rows
// below and keeps nothing else.  The caller keeps the raw text.
//
//   7-Zip (z) 26.02 (x64) : Copyright (c) 1999-2026 Igor Pavlov : 2026-06-25     (or, p7zip:
//   7-Zip [64] 16.02 : ... / p7zip Version 16.02 (locale=...))
//   RAM size:   24105 MB (LP),  # CPU hardware threads:   2
//   RAM usage:      4 MB (LP),  # Benchmark threads:      1
//   Dict     Speed Usage    R/U Rating  |      Speed Usage    R/U Rating
//            KiB/s     %   MIPS   MIPS  |      KiB/s     %   MIPS   MIPS
//   16:      10628   100   9488   9469  |      48409   100   3834   3840     one row per pass
//   Avr:     10628   100   9488   9469  |      48409   100   3834   3840     (p7zip 16.02: no Speed)
//   Tot:             100   6661   6654                                       Usage R/U Rating
#include "util/result.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hvbench::bench {

// One half (compressing or decompressing) of a row of the table.
struct SevenZipFigures {
    double speedKibS = 0;    // KiB/s of data (un)compressed; on p7zip's Avr row: mean of the rows
    double usagePercent = 0; // CPU use, normalised to one thread (100 = one busy thread)
    double ruMips = 0;       // rating / usage: the rating of one fully busy thread
    double ratingMips = 0;   // 7-Zip's MIPS rating (normalised to a reference CPU)
};

struct SevenZipRow {
    int dictLog = 0; // the "Dict" column: dictionary of 2^dictLog bytes
    SevenZipFigures compress;
    SevenZipFigures decompress;
};

struct SevenZipResult {
    QString versionLine;      // the whole "7-Zip ..." line, for the manifest
    QString version;          // "26.02", "16.02"
    bool p7zip = false;       // the "p7zip Version" port (16.02 and older)
    int benchmarkThreads = 0; // "# Benchmark threads" (0 when not printed)
    int hardwareThreads = 0;  // "# CPU hardware threads" (0 when not printed)
    QList<SevenZipRow> rows;  // one per pass (iterations × dictionary sizes), in order
    SevenZipRow average;      // the "Avr:" row (dictLog 0)

    // The figures a score uses (the Avr: and Tot: rows).
    double compressSpeedKibS = 0;
    double compressRatingMips = 0;
    double decompressSpeedKibS = 0;
    double decompressRatingMips = 0;
    double totalUsagePercent = 0;
    double totalRuMips = 0;
    double totalRatingMips = 0; // "Tot:" rating: mean of the compress and decompress ratings
};

// Fails with a translated message on output that is not a 7-Zip benchmark, on a truncated
// run (no "Tot:" line), and on a line reporting an error ("ERROR", "Can't allocate"), quoting it.
Result<SevenZipResult> parseSevenZipBench(const QByteArray &out);

struct SevenZipParams {
    QString binary = QStringLiteral("7zz");
    int iterations = 1; // passes ("b N")
    int dictLog = 18;   // -md: dictionary of 2^dictLog bytes (18 = 256 KiB)
};

// {binary, "b", iterations, "-mmt1", "-md<dictLog>"}: always one thread; one copy per vCPU
// is the agent's "copies".
QStringList sevenZipBenchArgv(const SevenZipParams &params);

} // namespace hvbench::bench
