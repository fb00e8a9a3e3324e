// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/exportoptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hvbench::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::ExportOptions)
};
} // namespace

QStringList formatNames()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("csv")};
}

Result<QSize> parseChartSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,6})\\s*[xX\u00d7]\\s*(\\d{1,6})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return Error{Tr::tr("The size \"%1\" is not WIDTHxHEIGHT in pixels, e.g. 1200x800.").arg(text)};
    const QSize s(m.captured(1).toInt(), m.captured(2).toInt());
    if (s.width() < kMinChartSide || s.height() < kMinChartSide || s.width() > kMaxChartSide ||
        s.height() > kMaxChartSide)
        return Error{Tr::tr("The size %1x%2 is out of range: each side takes %3 to %4 pixels.")
                         .arg(s.width())
                         .arg(s.height())
                         .arg(kMinChartSide)
                         .arg(kMaxChartSide)};
    return s;
}

Result<int> parseDpi(const QString &text)
{
    bool ok = false;
    const int dpi = text.trimmed().toInt(&ok);
    if (!ok || dpi < kMinDpi || dpi > kMaxDpi)
        return Error{Tr::tr("The DPI \"%1\" is not a whole number from %2 to %3 (96 = screen, 300 = print).")
                         .arg(text)
                         .arg(kMinDpi)
                         .arg(kMaxDpi)};
    return dpi;
}

Status checkChartImage(QSize size, int dpi)
{
    if (size.width() < kMinChartSide || size.height() < kMinChartSide || size.width() > kMaxChartSide ||
        size.height() > kMaxChartSide)
        return Error{Tr::tr("The size %1x%2 is out of range: each side takes %3 to %4 pixels.")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(kMinChartSide)
                         .arg(kMaxChartSide)};
    if (dpi < kMinDpi || dpi > kMaxDpi)
        return Error{Tr::tr("The DPI %1 is out of range: it takes %2 to %3.").arg(dpi).arg(kMinDpi).arg(kMaxDpi)};
    const qint64 w = (qint64(size.width()) * dpi + 48) / 96;
    const qint64 h = (qint64(size.height()) * dpi + 48) / 96;
    if (w > kMaxPngSide || h > kMaxPngSide)
        return Error{Tr::tr("%1x%2 at %3 dpi makes a %4x%5 pixel image; at most %6 pixels a side: "
                            "choose a smaller size or DPI.")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(dpi)
                         .arg(w)
                         .arg(h)
                         .arg(kMaxPngSide)};
    return Ok{};
}

Status parseFormats(const QString &text, ExportOptions &options)
{
    const QStringList parts = text.split(QLatin1Char(','), Qt::KeepEmptyParts);
    ExportOptions o = options;
    o.png = o.svg = o.csv = false;
    for (const QString &raw : parts) {
        const QString p = raw.trimmed().toLower();
        if (p == QLatin1String("png"))
            o.png = true;
        else if (p == QLatin1String("svg"))
            o.svg = true;
        else if (p == QLatin1String("csv"))
            o.csv = true;
        else
            return Error{Tr::tr("Unknown export format \"%1\" in \"%2\": use png, svg and csv, separated by commas.")
                             .arg(raw.trimmed(), text)};
    }
    options = o;
    return Ok{};
}

Status parseReport(const QString &text, ExportOptions &options)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("html")) {
        options.reportHtml = true;
        options.reportPdf = false;
    } else if (t == QLatin1String("pdf")) {
        options.reportHtml = false;
        options.reportPdf = true;
    } else if (t == QLatin1String("both")) {
        options.reportHtml = options.reportPdf = true;
    } else {
        return Error{Tr::tr("Unknown report kind \"%1\": use html, pdf or both.").arg(text)};
    }
    return Ok{};
}

} // namespace hvbench::io
