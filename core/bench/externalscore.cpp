// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/externalscore.h"

#include "model/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <variant>

namespace hvbench::bench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::bench::ExternalScore)
};

constexpr qsizetype kMaxQuoted = 200;
// Start positions tried when looking for the JSON document in noisy output.
constexpr int kMaxJsonCandidates = 1000;

QString quoted(const QByteArray &out)
{
    const QString s = QString::fromUtf8(out).simplified();
    return s.size() > kMaxQuoted ? s.left(kMaxQuoted) + QStringLiteral("…") : s;
}

QString program(const ExternalScoreSpec &spec)
{
    return spec.argv.isEmpty() ? QString() : spec.argv.constFirst();
}

// One step of a JSON path: an object key or an array index.
using Step = std::variant<QString, qsizetype>;

Result<QList<Step>> parsePath(const QString &path)
{
    const auto bad = [&path](const QString &why) {
        return Error{Tr::tr("The JSON path \"%1\" is not valid: %2").arg(path, why)};
    };
    if (path.isEmpty())
        return bad(Tr::tr("it is empty."));
    QList<Step> steps;
    bool afterDot = false;
    qsizetype i = 0;
    while (i < path.size()) {
        const QChar ch = path.at(i);
        if (ch == QLatin1Char('[')) {
            if (afterDot)
                return bad(Tr::tr("a key must follow '.' (write \"a[0]\", not \"a.[0]\")."));
            const qsizetype close = path.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return bad(Tr::tr("'[' without ']'."));
            const QString digits = path.mid(i + 1, close - i - 1);
            bool ok = !digits.isEmpty();
            for (QChar d : digits)
                ok = ok && d.isDigit() && d.unicode() < 128;
            const qsizetype index = ok ? digits.toLongLong(&ok) : 0;
            if (!ok)
                return bad(Tr::tr("\"[%1]\" is not an array index (a number from 0).").arg(digits));
            steps.append(index);
            i = close + 1;
        } else if (ch == QLatin1Char('.')) {
            if (steps.isEmpty() || afterDot)
                return bad(Tr::tr("it has an empty key (a '.' at the start or two in a row)."));
            afterDot = true;
            ++i;
            continue;
        } else if (ch == QLatin1Char(']')) {
            return bad(Tr::tr("']' without '['."));
        } else {
            if (!steps.isEmpty() && !afterDot)
                return bad(Tr::tr("a '.' must separate a key from the index before it."));
            qsizetype end = i;
            while (end < path.size() && path.at(end) != QLatin1Char('.') && path.at(end) != QLatin1Char('[') &&
                   path.at(end) != QLatin1Char(']'))
                ++end;
            steps.append(path.mid(i, end - i));
            i = end;
        }
        afterDot = false;
    }
    if (afterDot)
        return bad(Tr::tr("it ends with '.'."));
    return steps;
}

QString describePrefix(const QList<Step> &steps, qsizetype count)
{
    QString s;
    for (qsizetype k = 0; k < count; ++k) {
        if (const auto *key = std::get_if<QString>(&steps.at(k)))
            s += (s.isEmpty() ? QString() : QStringLiteral(".")) + *key;
        else
            s += QStringLiteral("[%1]").arg(std::get<qsizetype>(steps.at(k)));
    }
    return s.isEmpty() ? Tr::tr("the top level") : QStringLiteral("\"%1\"").arg(s);
}

QString describeType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::String:
        return Tr::tr("the string \"%1\"").arg(v.toString().left(40));
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return Tr::tr("a number");
    }
}

// A C-locale number: digits, one '.', an optional exponent; no group separators.
bool cNumber(const QString &text, double &value)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    value = c.toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(value);
}

// The value at `steps`, or why there is none (naming the step that failed).
Result<double> valueAt(const QJsonValue &root, const QList<Step> &steps, const QString &path)
{
    QJsonValue v = root;
    for (qsizetype k = 0; k < steps.size(); ++k) {
        const QString where = describePrefix(steps, k);
        if (const auto *key = std::get_if<QString>(&steps.at(k))) {
            if (!v.isObject())
                return Error{Tr::tr("%1 is %2, not an object with the key \"%3\"").arg(where, describeType(v), *key)};
            const QJsonObject o = v.toObject();
            if (!o.contains(*key)) {
                QStringList keys = o.keys();
                if (keys.size() > 10)
                    keys = keys.mid(0, 10) << QStringLiteral("…");
                return Error{Tr::tr("%1 has no key \"%2\" (its keys: %3)")
                                 .arg(where, *key, keys.isEmpty() ? Tr::tr("none") : keys.join(QStringLiteral(", ")))};
            }
            v = o.value(*key);
        } else {
            const qsizetype index = std::get<qsizetype>(steps.at(k));
            if (!v.isArray())
                return Error{Tr::tr("%1 is %2, not an array").arg(where, describeType(v))};
            const QJsonArray a = v.toArray();
            if (index >= a.size())
                return Error{Tr::tr("%1 has %n element(s), no [%2]", nullptr, int(a.size())).arg(where).arg(index)};
            v = a.at(index);
        }
    }
    if (v.isDouble())
        return v.toDouble();
    double d = 0;
    if (v.isString() && cNumber(v.toString(), d))
        return d;
    return Error{Tr::tr("\"%1\" is %2, not a number").arg(path, describeType(v))};
}

Result<double> extractJson(const ExternalScoreSpec &spec, const QByteArray &out)
{
    const Result<QList<Step>> steps = parsePath(spec.jsonPath);
    if (!steps)
        return steps.error();
    // Try every '{' / '[' until a document holds the path: log lines before the JSON ("[INFO]
    // …") are skipped, and so is anything after it.  Nested documents are not tried on their own.
    QString failure;
    qsizetype failedSize = 0;
    qsizetype pos = 0;
    for (int tries = 0; tries < kMaxJsonCandidates; ++tries) {
        const qsizetype brace = out.indexOf('{', pos), bracket = out.indexOf('[', pos);
        if (brace < 0 && bracket < 0)
            break;
        const qsizetype start = brace < 0 ? bracket : bracket < 0 ? brace : std::min(brace, bracket);
        QJsonParseError pe;
        QByteArray candidate = out.mid(start);
        QJsonDocument doc = QJsonDocument::fromJson(candidate, &pe);
        if (pe.error == QJsonParseError::GarbageAtEnd) {
            candidate.truncate(pe.offset);
            doc = QJsonDocument::fromJson(candidate, &pe);
        }
        if (pe.error != QJsonParseError::NoError || doc.isNull()) {
            pos = start + 1;
            continue;
        }
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const Result<double> score = valueAt(root, *steps, spec.jsonPath);
        if (score)
            return score;
        if (candidate.size() > failedSize) { // explain with the largest document: the tool's, not a log "[1]"
            failure = score.errorMessage();
            failedSize = candidate.size();
        }
        pos = start + candidate.size();
    }
    if (failure.isEmpty())
        return Error{Tr::tr("The output of %1 holds no JSON document, so there is no score at \"%2\". Output: \"%3\"")
                         .arg(program(spec), spec.jsonPath, quoted(out))};
    return Error{Tr::tr("No score at \"%1\" in the JSON output of %2: %3. Output: \"%4\"")
                     .arg(spec.jsonPath, program(spec), failure, quoted(out))};
}

Result<double> extractRegex(const ExternalScoreSpec &spec, const QByteArray &out)
{
    const QRegularExpression re(spec.regex, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(out));
    if (!m.hasMatch())
        return Error{Tr::tr("The output of %1 does not match /%2/, so it holds no score. Output: \"%3\"")
                         .arg(program(spec), spec.regex, quoted(out))};
    const QString text = m.captured(1);
    double d = 0;
    if (!cNumber(text, d))
        return Error{Tr::tr("/%1/ matched \"%2\" in the output of %3, which is not a plain number: a score must be "
                            "written in the C locale (digits, '.' for decimals, an optional exponent; no thousands "
                            "separators such as \"1,234.5\"). Output: \"%4\"")
                         .arg(spec.regex, text.left(kMaxQuoted), program(spec), quoted(out))};
    return d;
}

} // namespace

Status ExternalScoreSpec::validate() const
{
    if (argv.isEmpty() || argv.constFirst().trimmed().isEmpty())
        return Error{Tr::tr("The external benchmark needs a command line: the program and its arguments.")};
    if (unit.trimmed().isEmpty())
        return Error{Tr::tr("The external score needs a unit (for example HS06) to be shown with it.")};
    if (jsonPath.isEmpty() == regex.isEmpty())
        return Error{jsonPath.isEmpty()
                         ? Tr::tr("Say where the score is in the output of %1: a JSON path or a regular expression.")
                               .arg(argv.constFirst())
                         : Tr::tr("Give either a JSON path or a regular expression for the score of %1, not both.")
                               .arg(argv.constFirst())};
    if (!jsonPath.isEmpty()) {
        if (const auto steps = parsePath(jsonPath); !steps)
            return steps.error();
        return Ok{};
    }
    const QRegularExpression re(regex);
    if (!re.isValid())
        return Error{Tr::tr("The regular expression /%1/ does not compile: %2 (at character %3).")
                         .arg(regex, re.errorString())
                         .arg(re.patternErrorOffset())};
    if (re.captureCount() != 1)
        return Error{Tr::tr("The regular expression /%1/ must have exactly one capture group, around the score; "
                            "it has %2. Write other groups as (?:…).")
                         .arg(regex)
                         .arg(re.captureCount())};
    return Ok{};
}

QJsonObject ExternalScoreSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("argv"), QJsonArray::fromStringList(argv)},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("higher_is_better"), higherIsBetter}};
    if (!jsonPath.isEmpty())
        o.insert(QStringLiteral("json_path"), jsonPath);
    if (!regex.isEmpty())
        o.insert(QStringLiteral("regex"), regex);
    return o;
}

Result<ExternalScoreSpec> ExternalScoreSpec::fromJson(const QJsonObject &o)
{
    json::Reader r(o, Tr::tr("External score"));
    ExternalScoreSpec s;
    const QJsonArray argv = r.array("argv");
    for (const QJsonValue &a : argv) {
        if (!a.isString()) {
            r.fail(Tr::tr("External score: the field \"argv\" must be an array of strings."));
            break;
        }
        s.argv.append(a.toString());
    }
    s.jsonPath = r.str("json_path", false);
    s.regex = r.str("regex", false);
    s.unit = r.str("unit");
    s.higherIsBetter = r.boolean("higher_is_better", false, true);
    if (!r.ok())
        return r.error();
    if (const Status v = s.validate(); !v)
        return v.error();
    return s;
}

Result<double> extractScore(const ExternalScoreSpec &spec, const QByteArray &stdoutText)
{
    if (const Status v = spec.validate(); !v)
        return v.error();
    return spec.jsonPath.isEmpty() ? extractRegex(spec, stdoutText) : extractJson(spec, stdoutText);
}

} // namespace hvbench::bench
