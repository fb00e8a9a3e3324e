// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "external score" adapter: a benchmark hvbench cannot ship (HEP-SPEC06's runspec,
// HEPscore23, …) that the user installs in the guest and on the host.  hvbench runs its
// command line through the agent (one copy per vCPU with "copies", like the paper) and reads
// one number from its stdout, either at a JSON path or with a regular expression.
//
// JSON path: keys separated by '.', array indices in brackets: "score",
// "wl-scores.atlas-gen-bmk", "results[0].value", "[2].score".  Keys may hold any character
// but '.', '[' and ']'.  Noise before the JSON document (log lines) and after it is skipped.
// Regex (Perl syntax, '^' and '$' match at line ends): the first match's capture group 1,
// which must be a C-locale number ("1234.5", "1.2e3"; not "1,234.5").  A JSON value may be
// a number or a string holding such a number.
#include "util/result.h"
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hvbench::bench {

struct ExternalScoreSpec {
    QStringList argv; // program and arguments (no shell)
    QString jsonPath; // exactly one of jsonPath / regex
    QString regex;
    QString unit; // e.g. "HS06", "HEPscore23": shown with the score
    bool higherIsBetter = true;

    // argv non-empty, unit non-empty, exactly one of jsonPath / regex, a well-formed path, a
    // regex that compiles and has exactly one capture group.
    Status validate() const;
    QJsonObject toJson() const;
    // Reads what toJson writes and validates it.
    static Result<ExternalScoreSpec> fromJson(const QJsonObject &o);
};

// The score in `stdoutText` according to `spec` (which must be valid).  Errors name what was
// looked for and quote at most 200 characters of the output.
Result<double> extractScore(const ExternalScoreSpec &spec, const QByteArray &stdoutText);

} // namespace hvbench::bench
