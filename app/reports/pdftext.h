#pragma once

#include "reports/pdfdocument.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QTextLayout>

#include <memory>

class QPaintDevice;
class QPainter;

namespace cg::reports {

// Text laid out once for a device, measured and drawn line by line so a
// paragraph or a table cell can split between pages. Internal to cg_reports.
class TextBlock final
{
public:
    TextBlock(const QString& text, const QFont& font, QPaintDevice* device, qreal width, Qt::Alignment align);
    int lineCount() const { return int(m_tops.size()); }
    qreal lineHeight(int line) const { return m_heights.at(line); }
    qreal height() const { return m_height; }
    qreal naturalWidth() const { return m_naturalWidth; }
    // Draws lines [first, last) with the top of `first` at `origin`.
    void drawLines(QPainter& painter, QPointF origin, int first, int last, const QColor& color) const;

private:
    QTextLayout m_layout;
    QList<qreal> m_tops;
    QList<qreal> m_heights;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
};

// Fonts and measures for one device (device pixels).
class PdfText final
{
public:
    explicit PdfText(QPaintDevice* device) : m_device(device) {}

    qreal mm(qreal millimetres) const;
    QFont font(PdfDocument::TextStyle style, qreal sizeFactor = 1.0) const;
    static QColor color(PdfDocument::TextStyle style);
    qreal lineHeight(PdfDocument::TextStyle style) const;

    std::shared_ptr<TextBlock> layout(const QString& text, PdfDocument::TextStyle style, qreal width,
                                      Qt::Alignment align = Qt::AlignLeft, qreal sizeFactor = 1.0) const;
    qreal maxNaturalWidth(const QStringList& texts, PdfDocument::TextStyle style) const;
    // Column widths summing to `width`: by weight, else by content (sampled).
    QList<qreal> columnWidths(const QStringList& header, const QList<QStringList>& rows, const QList<qreal>& weights,
                              qreal width) const;

    static QString fontFile();
    static QString fontFamily();

private:
    QPaintDevice* m_device = nullptr;
};

} // namespace cg::reports
