// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report: A4 portrait, 15 mm margins.  Text parts go through QTextDocument laid out on
// the PDF device (so point sizes are right and pages break between lines and table rows); each
// chart is drawn as vectors by replaying its SVG (QSvgGenerator fixes the text size in pixels,
// where a direct scene render would take point sizes at the PDF's resolution).
#include "charts/chartimage.h"
#include "model/session.h"
#include "report/report.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::PdfReport)
};

constexpr int kResolution = 300; // PDF user units per inch for layout (text stays vector)

class PdfPages final {
public:
    PdfPages(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer), m_painter(painter), m_page(writer.pageLayout().paintRectPixels(writer.resolution()).size())
    {
    }

    // Starts a new page unless nothing was drawn on the current one.
    void breakPage()
    {
        if (m_used > 0) {
            m_writer.newPage();
            m_used = 0;
        }
    }

    void drawHtml(const QString &html)
    {
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&m_writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(
            QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 10pt; } "
                           "th { background-color: #eeeeee; } pre { font-size: 7pt; } "
                           "code { font-size: 8pt; } "
                           "table.data td { font-size: 6.5pt; } table.data th { font-size: 6.5pt; } "
                           "code.key { font-size: 5.5pt; }"));
        doc.setDocumentMargin(0);
        doc.setPageSize(QSizeF(m_page));
        doc.setHtml(html);
        breakPage();
        const int pages = doc.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                m_writer.newPage();
            m_painter.save();
            m_painter.translate(0, -i * m_page.height());
            doc.drawContents(&m_painter, QRectF(0, i * m_page.height(), m_page.width(), m_page.height()));
            m_painter.restore();
        }
        m_used = m_page.height(); // the text document's last page: charts start a new one
    }

    void drawChart(const QByteArray &svg, const QString &caption, QSize chartSize)
    {
        const double width = m_page.width();
        const double height = width * chartSize.height() / double(chartSize.width());
        const double captionHeight = m_page.height() * 0.04;
        if (m_used > 0 && m_used + height + captionHeight > m_page.height()) {
            m_writer.newPage();
            m_used = 0;
        }
        QSvgRenderer renderer(svg);
        const QRectF target(0, m_used, width, height);
        if (renderer.isValid())
            renderer.render(&m_painter, target);
        m_painter.save();
        m_painter.setPen(QColor(0x99, 0x99, 0x99));
        m_painter.drawRect(target);
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(9);
        f.setItalic(true);
        m_painter.setFont(f);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(0, m_used + height, width, captionHeight), Qt::AlignCenter, caption);
        m_painter.restore();
        m_used += int(height + captionHeight * 1.5);
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QSize m_page;
    int m_used = 0; // height used on the current page
};
} // namespace

Result<QByteArray> pdfReport(const Session &s, const QList<ChartEntry> &charts, const QList<io::ReportTable> &tables,
                             QSize chartSize)
{
    // Render every chart first: a chart that cannot be rendered fails the report before any page.
    QList<QByteArray> svgs;
    for (const ChartEntry &c : charts) {
        svgs.append(renderChartSvg(c.view, chartSize, c.title));
        if (svgs.last().isEmpty())
            return Error{Tr::tr("Could not render the chart \"%1\" for the PDF report.").arg(c.title)};
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(kResolution);
        writer.setTitle(Tr::tr("hvbench report: %1").arg(s.name.isEmpty() ? s.id : s.name));
        writer.setCreator(QStringLiteral("hvbench %1").arg(QStringLiteral(HVBENCH_VERSION)));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{Tr::tr("Could not start the PDF report.")};
        PdfPages pages(writer, painter);
        pages.drawHtml(io::reportHeaderHtml(s) + io::reportManifestHtml(s));
        if (!charts.isEmpty())
            pages.breakPage();
        for (qsizetype i = 0; i < charts.size(); ++i)
            pages.drawChart(svgs.at(i), charts.at(i).title, chartSize);
        pages.drawHtml(io::reportTablesHtml(tables) + io::reportProvenanceHtml(s));
        if (!painter.end())
            return Error{Tr::tr("Could not finish the PDF report.")};
    }
    if (!pdf.startsWith("%PDF"))
        return Error{Tr::tr("The PDF report came out empty.")};
    return pdf;
}

} // namespace hvbench
