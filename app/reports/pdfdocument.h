#pragma once

#include "core/result.h"
#include "reports/chartpainter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace cg::reports {

// Builds a paginated document and writes it as PDF (QPdfWriter) or sends it
// to any QPagedPaintDevice (a QPrinter for print preview / print).
//
// Usage:
//   PdfDocument doc({.format = PdfDocument::Format::A4Portrait,
//                    .title = tr("Compliance report"), .operatorName = actor.name,
//                    .filters = tr("Building 3, 2026-10-01 – 2026-10-31"),
//                    .generatedAtUtc = clock.nowUtc()});
//   doc.heading(tr("Summary"));
//   doc.keyValues({{tr("Residents"), QString::number(n)}});
//   doc.table({tr("Name"), tr("Unit")}, rows);          // header repeats on each page
//   doc.chart(spec, 80);                                   // needs setChartPainter()
//   doc.image(qrImage, 30, tr("Scan at the gate"), /*smooth=*/false);
//   if (auto s = doc.writePdf(path); !s) ...
//
// Text is set in WenQuanYi Micro Hei (fonts-wqy-microhei), loaded once with
// QFontDatabase::addApplicationFont and embedded in the PDF, so Chinese comes
// out of pdftotext as real characters (Noto Sans CJK extracts some as Kangxi
// radicals). Every page gets a header (title, generated time in the chosen
// time zone with its abbreviation and UTC offset, operator, filters) and a
// footer (optional note, "Page X of Y"). The 80 mm receipt format is one
// page as tall as its content, without the header band.
//
// Thread-safety: needs a QGuiApplication; build and write on one thread. A
// ChartPainter backed by Qt Charts must run on the GUI thread.
class PdfDocument final
{
    Q_DECLARE_TR_FUNCTIONS(cg::reports::PdfDocument)
public:
    enum class Format { A4Portrait, A4Landscape, Receipt80mm };
    enum class TextStyle {
        Body,
        Small,        // notes, legal fine print
        Strong,       // bold body
        Warning,      // bold, red: figures that must be zero, deadlines
        Good,         // bold, green: "verified", "0 violations"
        Title,        // large, for a document title on the first page
    };

    struct Options
    {
        Format format = Format::A4Portrait;
        QString title;                 // shown in the header and as PDF title
        QString operatorName;          // who generated it (empty: not shown)
        QString filters;               // e.g. "Compound: Lakeside · Period: 2026-10"
        QDateTime generatedAtUtc;      // invalid: no generated line
        QTimeZone timeZone = QTimeZone::systemTimeZone();
        QString footerNote;            // e.g. "ConsentGate 0.1 · confidential"
        QString creator = QStringLiteral("ConsentGate");
    };

    explicit PdfDocument(Options options);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    // Charts are drawn through this painter; without one a chart is printed
    // as a table of its data (still correct, just not a picture).
    void setChartPainter(std::shared_ptr<const ChartPainter> painter);

    // Content, in reading order. All sizes in millimetres.
    void heading(const QString& text, int level = 1);      // 1 or 2; kept with what follows
    void paragraph(const QString& text, TextStyle style = TextStyle::Body);
    void keyValues(const QList<QPair<QString, QString>>& rows);
    // `weights` (optional, one per column) share the width; otherwise the
    // widths follow the content. Rows split across pages, header repeated.
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<qreal>& weights = {});
    void image(const QImage& image, qreal widthMm, const QString& caption = {}, bool smooth = true);
    void chart(const ChartSpec& chart, qreal heightMm);
    void spacer(qreal heightMm);
    void pageBreak();

    // Lays out and writes the PDF (atomically: temporary file, then rename).
    core::Status writePdf(const QString& path) const;
    QByteArray toPdf() const;
    // Lays out for `device` (sets its page size/margins first) and paints.
    // Use with a QPrinter for print and print preview.
    void render(QPagedPaintDevice& device) const;
    // Pages of the last render / write (for tests and status messages).
    int pageCount() const { return m_lastPageCount; }

    // The family name of the embedded CJK font (empty when not installed).
    static QString fontFamily();
    static QString fontFile();

private:
    struct Block;
    struct Layout;

    Options m_options;
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::shared_ptr<const ChartPainter> m_chartPainter;
    mutable int m_lastPageCount = 0;
};

} // namespace cg::reports
