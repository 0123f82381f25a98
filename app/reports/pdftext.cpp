#include "reports/pdftext.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <mutex>

namespace cg::reports {

namespace {

// WenQuanYi Micro Hei extracts from Qt's PDFs as the right Unicode characters;
// Noto Sans CJK does not (some come out as Kangxi radicals), so we never fall
// back to whatever fontconfig prefers for Chinese.
const char* const kFontFiles[] = {
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
};

struct LoadedFont
{
    QString file;
    QString family;
};

const LoadedFont& loadedFont()
{
    static LoadedFont font;
    static std::once_flag once;
    std::call_once(once, [] {
        QStringList candidates;
        if (const QString env = qEnvironmentVariable("CG_REPORT_FONT"); !env.isEmpty())
            candidates << env;
        for (const char* f : kFontFiles)
            candidates << QString::fromLatin1(f);
        for (const QString& file : candidates) {
            if (!QFileInfo::exists(file))
                continue;
            const int id = QFontDatabase::addApplicationFont(file);
            if (id < 0)
                continue;
            for (const QString& family : QFontDatabase::applicationFontFamilies(id)) {
                if (!family.contains(QLatin1String("Mono"))) {
                    font = {file, family};
                    return;
                }
            }
        }
    });
    return font;
}

} // namespace

TextBlock::TextBlock(const QString& text, const QFont& font, QPaintDevice* device, qreal width, Qt::Alignment align)
    : m_layout(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font, device)
{
    if (text.isEmpty())
        return;
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
    m_layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLineWidth(std::max<qreal>(1, width));
        line.setPosition(QPointF(0, y));
        m_tops << y;
        m_heights << line.height();
        y += line.height();
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
    }
    m_layout.endLayout();
    m_height = y;
}

void TextBlock::drawLines(QPainter& painter, QPointF origin, int first, int last, const QColor& color) const
{
    if (first >= last)
        return;
    painter.save();
    painter.setPen(color);
    const QPointF offset = origin - QPointF(0, m_tops.at(first));
    for (int i = first; i < last; ++i)
        m_layout.lineAt(i).draw(&painter, offset);
    painter.restore();
}

qreal PdfText::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

QFont PdfText::font(PdfDocument::TextStyle style, qreal sizeFactor) const
{
    using S = PdfDocument::TextStyle;
    const QString family = fontFamily();
    QFont f = family.isEmpty() ? QFont() : QFont(family);
    qreal size = 10;
    switch (style) {
    case S::Body: break;
    case S::Small: size = 8.5; break;
    case S::Strong:
    case S::Warning:
    case S::Good: f.setBold(true); break;
    case S::Title: size = 15; f.setBold(true); break;
    }
    f.setPointSizeF(size * sizeFactor);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QColor PdfText::color(PdfDocument::TextStyle style)
{
    switch (style) {
    case PdfDocument::TextStyle::Warning: return QColor(0xc0, 0x1c, 0x28);
    case PdfDocument::TextStyle::Good: return QColor(0x1a, 0x7f, 0x37);
    case PdfDocument::TextStyle::Small: return QColor(0x33, 0x33, 0x33);
    case PdfDocument::TextStyle::Title: return QColor(0x1d, 0x3a, 0x5f);
    default: return Qt::black;
    }
}

qreal PdfText::lineHeight(PdfDocument::TextStyle style) const
{
    return QFontMetricsF(font(style), m_device).height();
}

std::shared_ptr<TextBlock> PdfText::layout(const QString& text, PdfDocument::TextStyle style, qreal width,
                                           Qt::Alignment align, qreal sizeFactor) const
{
    return std::make_shared<TextBlock>(text, font(style, sizeFactor), m_device, width, align);
}

qreal PdfText::maxNaturalWidth(const QStringList& texts, PdfDocument::TextStyle style) const
{
    const QFontMetricsF metrics(font(style), m_device);
    qreal w = 0;
    for (const QString& t : texts)
        w = std::max(w, metrics.horizontalAdvance(t));
    return w;
}

QList<qreal> PdfText::columnWidths(const QStringList& header, const QList<QStringList>& rows,
                                   const QList<qreal>& weights, qreal width) const
{
    qsizetype columns = header.size();
    for (const QStringList& r : rows)
        columns = std::max(columns, r.size());
    QList<qreal> widths(columns, 0);
    if (columns == 0)
        return widths;
    if (weights.size() == columns) {
        qreal sum = 0;
        for (qreal w : weights)
            sum += std::max<qreal>(0, w);
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = sum > 0 ? width * std::max<qreal>(0, weights.at(c)) / sum : width / columns;
        return widths;
    }
    // Natural widths from the header and a sample of rows (a 10,000-row table
    // must not measure every cell twice), capped so one long column cannot
    // squeeze the others to nothing.
    const QFontMetricsF bold(font(PdfDocument::TextStyle::Strong), m_device);
    const QFontMetricsF small(font(PdfDocument::TextStyle::Small), m_device);
    const qreal pad = mm(2.4);
    const qreal minimum = mm(10);
    const qreal cap = width * 0.45;
    for (qsizetype c = 0; c < columns; ++c) {
        qreal w = bold.horizontalAdvance(header.value(c)) * 0.75;   // headers may wrap a little
        const qsizetype sample = std::min<qsizetype>(rows.size(), 300);
        for (qsizetype r = 0; r < sample; ++r)
            w = std::max(w, small.horizontalAdvance(rows.at(r).value(c)));
        widths[c] = std::clamp(w + pad, minimum, std::max(minimum, cap));
    }
    qreal sum = 0;
    for (qreal w : widths)
        sum += w;
    for (qreal& w : widths)
        w = w * width / sum;
    return widths;
}

QString PdfText::fontFile()
{
    return loadedFont().file;
}

QString PdfText::fontFamily()
{
    return loadedFont().family;
}

} // namespace cg::reports
