// Layout happens in device pixels of the target device (600 dpi for PDF, the
// printer's resolution for print), so the same code serves QPdfWriter and
// QPrinter and text measures exactly as it paints.
#include "reports/pdfdocument.h"

#include "reports/pdftext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>
#include <variant>

namespace cg::reports {

namespace {

constexpr qreal kHeaderGapMm = 4.0;

} // namespace

// ----- blocks: what the caller added ---------------------------------------

struct HeadingBlock { QString text; int level = 1; };
struct ParagraphBlock { QString text; PdfDocument::TextStyle style = PdfDocument::TextStyle::Body; };
struct KeyValueBlock { QList<QPair<QString, QString>> rows; };
struct TableBlock { QStringList header; QList<QStringList> rows; QList<qreal> weights; };
struct ImageBlock { QImage image; qreal widthMm = 0; QString caption; bool smooth = true; };
struct ChartBlock { ChartSpec spec; qreal heightMm = 0; };
struct SpacerBlock { qreal heightMm = 0; };
struct PageBreakBlock {};

struct PdfDocument::Block
{
    std::variant<HeadingBlock, ParagraphBlock, KeyValueBlock, TableBlock, ImageBlock, ChartBlock, SpacerBlock,
                 PageBreakBlock>
        content;
};

// ----- layout: blocks placed on pages --------------------------------------

struct PdfDocument::Layout
{
    using Paint = std::function<void(QPainter&)>;

    PdfText text;
    qreal width = 0;
    qreal top = 0;        // body start on each page
    qreal bottom = 0;     // body end (infinite for receipts)
    qreal y = 0;
    std::vector<std::vector<Paint>> pages{1};

    explicit Layout(QPaintDevice* device) : text(device) {}
    qreal mm(qreal v) const { return text.mm(v); }
    bool atTop() const { return y <= top + 0.5; }
    void newPage()
    {
        pages.emplace_back();
        y = top;
    }
    void ensure(qreal height)
    {
        if (y + height > bottom && !atTop())
            newPage();
    }
    void add(Paint paint) { pages.back().push_back(std::move(paint)); }

    // Places laid-out lines, splitting across pages between lines.
    void placeLines(const std::shared_ptr<TextBlock>& block, qreal x, QColor color)
    {
        int first = 0;
        const int count = block->lineCount();
        while (first < count) {
            if (y + block->lineHeight(first) > bottom && !atTop())
                newPage();
            int last = first;
            const qreal startY = y;
            while (last < count && (last == first || y + block->lineHeight(last) <= bottom)) {
                y += block->lineHeight(last);
                ++last;
            }
            add([block, first, last, x, startY, color](QPainter& p) {
                block->drawLines(p, QPointF(x, startY), first, last, color);
            });
            first = last;
        }
    }

    void placeTable(const QStringList& header, const QList<QStringList>& rows, QList<qreal> widths,
                    bool boldFirstColumn);
};

void PdfDocument::Layout::placeTable(const QStringList& header, const QList<QStringList>& rows,
                                     QList<qreal> widths, bool boldFirstColumn)
{
    const qreal pad = mm(1.2);
    const QColor rule(0xb0, 0xb0, 0xb0);
    using Cells = std::vector<std::shared_ptr<TextBlock>>;
    auto layoutRow = [&](const QStringList& cells, bool bold, qreal& height) {
        Cells out;
        height = 0;
        for (int c = 0; c < widths.size(); ++c) {
            const auto style = (bold || (boldFirstColumn && c == 0)) ? PdfDocument::TextStyle::Strong
                                                                       : PdfDocument::TextStyle::Small;
            out.push_back(text.layout(cells.value(c), style, widths.at(c) - 2 * pad));
            height = std::max(height, out.back()->height());
        }
        height += 2 * pad;
        return out;
    };
    auto paintRow = [this, widths, pad, rule](Cells cells, qreal rowY, qreal height, bool shaded) {
        add([cells, widths, pad, rule, rowY, height, shaded, w = width](QPainter& p) {
            if (shaded)
                p.fillRect(QRectF(0, rowY, w, height), QColor(0xee, 0xf1, 0xf5));
            qreal x = 0;
            for (size_t c = 0; c < cells.size(); ++c) {
                cells[c]->drawLines(p, QPointF(x + pad, rowY + pad), 0, cells[c]->lineCount(), Qt::black);
                x += widths.at(int(c));
            }
            p.setPen(QPen(rule, 0));
            p.drawLine(QPointF(0, rowY + height), QPointF(w, rowY + height));
        });
    };

    qreal headerHeight = 0;
    const Cells headerCells = header.isEmpty() ? Cells{} : layoutRow(header, true, headerHeight);
    auto placeHeader = [&]() {
        if (header.isEmpty())
            return;
        paintRow(headerCells, y, headerHeight, true);
        y += headerHeight;
    };

    bool first = true;
    for (const QStringList& row : rows) {
        qreal h = 0;
        Cells cells = layoutRow(row, false, h);
        if (first) {
            ensure(headerHeight + h);
            placeHeader();
            first = false;
        } else if (y + h > bottom && !atTop()) {
            newPage();
            placeHeader();
        }
        paintRow(std::move(cells), y, h, false);
        y += h;
    }
    if (first) {   // no rows: header alone
        ensure(headerHeight);
        placeHeader();
    }
    y += mm(2);
}

// ----- PdfDocument ----------------------------------------------------------

PdfDocument::PdfDocument(Options options) : m_options(std::move(options)) {}
PdfDocument::~PdfDocument() = default;

void PdfDocument::setChartPainter(std::shared_ptr<const ChartPainter> painter)
{
    m_chartPainter = std::move(painter);
}

void PdfDocument::heading(const QString& text, int level)
{
    m_blocks.push_back(std::make_unique<Block>(Block{HeadingBlock{text, std::clamp(level, 1, 2)}}));
}
void PdfDocument::paragraph(const QString& text, TextStyle style)
{
    m_blocks.push_back(std::make_unique<Block>(Block{ParagraphBlock{text, style}}));
}
void PdfDocument::keyValues(const QList<QPair<QString, QString>>& rows)
{
    m_blocks.push_back(std::make_unique<Block>(Block{KeyValueBlock{rows}}));
}
void PdfDocument::table(const QStringList& header, const QList<QStringList>& rows, const QList<qreal>& weights)
{
    m_blocks.push_back(std::make_unique<Block>(Block{TableBlock{header, rows, weights}}));
}
void PdfDocument::image(const QImage& image, qreal widthMm, const QString& caption, bool smooth)
{
    m_blocks.push_back(std::make_unique<Block>(Block{ImageBlock{image, widthMm, caption, smooth}}));
}
void PdfDocument::chart(const ChartSpec& chart, qreal heightMm)
{
    m_blocks.push_back(std::make_unique<Block>(Block{ChartBlock{chart, heightMm}}));
}
void PdfDocument::spacer(qreal heightMm)
{
    m_blocks.push_back(std::make_unique<Block>(Block{SpacerBlock{heightMm}}));
}
void PdfDocument::pageBreak()
{
    m_blocks.push_back(std::make_unique<Block>(Block{PageBreakBlock{}}));
}

QString PdfDocument::fontFile()
{
    return PdfText::fontFile();
}

QString PdfDocument::fontFamily()
{
    return PdfText::fontFamily();
}

core::Status PdfDocument::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error::make(core::Error::Kind::Io,
                                 tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(m_options.title);
        writer.setCreator(m_options.creator);
        render(writer);
    }
    if (!file.commit())
        return core::Error::make(core::Error::Kind::Io,
                                 tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}

QByteArray PdfDocument::toPdf() const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(m_options.title);
        writer.setCreator(m_options.creator);
        render(writer);
    }
    return bytes;
}

namespace {

QString generatedText(const PdfDocument::Options& o)
{
    if (!o.generatedAtUtc.isValid())
        return {};
    const QDateTime local = o.generatedAtUtc.toTimeZone(o.timeZone);
    const int offset = o.timeZone.offsetFromUtc(local);
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int abs = std::abs(offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(sign)
                            .arg(abs / 60, 2, 10, QLatin1Char('0'))
                            .arg(abs % 60, 2, 10, QLatin1Char('0'));
    QString abbreviation = o.timeZone.abbreviation(local);
    if (abbreviation.startsWith(QLatin1String("UTC")) || abbreviation.startsWith(QLatin1String("GMT")))
        abbreviation.clear();   // "UTC+08:00" already says it
    const QString when = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString zone = abbreviation.isEmpty() ? utc : abbreviation + QStringLiteral(" (") + utc + QLatin1Char(')');
    return PdfDocument::tr("Generated %1").arg(when + QLatin1Char(' ') + zone);
}

} // namespace

void PdfDocument::render(QPagedPaintDevice& device) const
{
    const bool receipt = m_options.format == Format::Receipt80mm;
    const qreal marginMm = receipt ? 4.0 : 15.0;
    const QMarginsF margins(marginMm, receipt ? 5.0 : 12.0, marginMm, receipt ? 5.0 : 12.0);
    const QPageSize a4(QPageSize::A4);
    const QPageSize provisional = receipt ? QPageSize(QSizeF(80, 2000), QPageSize::Millimeter, QStringLiteral("Receipt 80 mm"))
                                          : a4;
    const auto orientation = m_options.format == Format::A4Landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    device.setPageLayout(QPageLayout(provisional, orientation, margins, QPageLayout::Millimeter));

    Layout L(&device);
    L.width = device.width();
    const qreal pageHeight = device.height();

    // Header band (A4 only): title | generated, then operator · filters.
    std::shared_ptr<TextBlock> headTitle, headWhen, headMeta, footNote;
    QStringList meta;
    if (!m_options.operatorName.isEmpty())
        meta << tr("Operator: %1").arg(m_options.operatorName);
    if (!m_options.filters.isEmpty())
        meta << tr("Filters: %1").arg(m_options.filters);
    const QString when = generatedText(m_options);
    qreal headerHeight = 0;
    qreal footerHeight = 0;
    if (!receipt) {
        headWhen = L.text.layout(when, TextStyle::Small, L.width * 0.45, Qt::AlignRight);
        headTitle = L.text.layout(m_options.title, TextStyle::Strong, L.width - headWhen->naturalWidth() - L.mm(4));
        headMeta = L.text.layout(meta.join(QStringLiteral("  ·  ")), TextStyle::Small, L.width);
        headerHeight = std::max(headTitle->height(), headWhen->height()) + headMeta->height() + L.mm(1.5);
        footNote = L.text.layout(m_options.footerNote, TextStyle::Small, L.width * 0.7);
        footerHeight = std::max(footNote->height(), L.text.lineHeight(TextStyle::Small)) + L.mm(1.5);
        L.top = headerHeight + L.mm(kHeaderGapMm);
        L.bottom = pageHeight - footerHeight - L.mm(kHeaderGapMm);
    } else {
        L.top = 0;
        L.bottom = std::numeric_limits<qreal>::max() / 4;
    }
    L.y = L.top;

    auto placeParagraph = [&](const QString& text, TextStyle style) {
        auto block = L.text.layout(text, style, L.width);
        L.placeLines(block, 0, PdfText::color(style));
        L.y += L.mm(style == TextStyle::Title ? 3 : 1.8);
    };

    if (receipt && !m_options.title.isEmpty())
        placeParagraph(m_options.title, TextStyle::Title);

    for (std::size_t index = 0; index < m_blocks.size(); ++index) {
        const auto& block = m_blocks[index];
        // A heading stays with its first block; a chart is placed whole, so a
        // heading before one needs the chart's height on the same page.
        qreal keep = receipt ? 8 : 22;
        if (index + 1 < m_blocks.size()) {
            if (const auto* next = std::get_if<ChartBlock>(&m_blocks[index + 1]->content); next && m_chartPainter)
                keep = std::max(keep, next->heightMm + 4);
        }
        std::visit(
            [&](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, HeadingBlock>) {
                    const TextStyle style = b.level == 1 ? TextStyle::Title : TextStyle::Strong;
                    auto t = L.text.layout(b.text, style, L.width, Qt::AlignLeft, b.level == 1 ? 1.0 : 1.15);
                    if (!L.atTop())
                        L.y += L.mm(b.level == 1 ? 4 : 2.5);
                    L.ensure(t->height() + L.mm(keep));   // keep with what follows
                    L.placeLines(t, 0, QColor(0x1d, 0x3a, 0x5f));
                    L.y += L.mm(1.5);
                } else if constexpr (std::is_same_v<T, ParagraphBlock>) {
                    placeParagraph(b.text, b.style);
                } else if constexpr (std::is_same_v<T, KeyValueBlock>) {
                    QStringList keys;
                    QList<QStringList> rows;
                    for (const auto& [k, v] : b.rows) {
                        keys << k;
                        rows << QStringList{k, v};
                    }
                    const qreal keyWidth =
                        std::min(L.width * (receipt ? 0.45 : 0.4), L.text.maxNaturalWidth(keys, TextStyle::Strong) + L.mm(3));
                    L.placeTable({}, rows, {keyWidth, L.width - keyWidth}, true);
                } else if constexpr (std::is_same_v<T, TableBlock>) {
                    L.placeTable(b.header, b.rows, L.text.columnWidths(b.header, b.rows, b.weights, L.width), false);
                } else if constexpr (std::is_same_v<T, ImageBlock>) {
                    if (b.image.isNull())
                        return;
                    qreal w = std::min(L.mm(b.widthMm), L.width);
                    qreal h = w * b.image.height() / std::max(1, b.image.width());
                    const qreal maxH = (L.bottom - L.top) * 0.8;
                    if (h > maxH) {
                        w *= maxH / h;
                        h = maxH;
                    }
                    auto caption = L.text.layout(b.caption, TextStyle::Small, L.width, Qt::AlignHCenter);
                    L.ensure(h + caption->height());
                    const QRectF rect((L.width - w) / 2, L.y, w, h);
                    L.add([rect, image = b.image, smooth = b.smooth](QPainter& p) {
                        p.save();
                        p.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
                        p.drawImage(rect, image);
                        p.restore();
                    });
                    L.y += h + L.mm(0.8);
                    L.placeLines(caption, 0, QColor(0x40, 0x40, 0x40));
                    L.y += L.mm(2);
                } else if constexpr (std::is_same_v<T, ChartBlock>) {
                    if (!m_chartPainter) {
                        // Without a painter the data is still printed, as a table.
                        if (!b.spec.title.isEmpty())
                            placeParagraph(b.spec.title, TextStyle::Strong);
                        QStringList header{QString()};
                        for (const auto& s : b.spec.series)
                            header << s.name;
                        QList<QStringList> rows;
                        for (int i = 0; i < b.spec.categories.size(); ++i) {
                            QStringList row{b.spec.categories.at(i)};
                            for (const auto& s : b.spec.series)
                                row << QString::number(s.values.value(i));
                            rows << row;
                        }
                        L.placeTable(header, rows, L.text.columnWidths(header, rows, {}, L.width), false);
                        return;
                    }
                    const qreal h = std::min(L.mm(b.heightMm), (L.bottom - L.top));
                    L.ensure(h);
                    const QRectF rect(0, L.y, L.width, h);
                    L.add([rect, spec = b.spec, painter = m_chartPainter](QPainter& p) {
                        p.save();
                        painter->paint(p, rect, spec);
                        p.restore();
                    });
                    L.y += h + L.mm(3);
                } else if constexpr (std::is_same_v<T, SpacerBlock>) {
                    L.y += L.mm(b.heightMm);
                } else if constexpr (std::is_same_v<T, PageBreakBlock>) {
                    if (!receipt && !L.atTop())
                        L.newPage();
                }
            },
            block->content);
    }

    if (receipt) {
        // No header band on a receipt: the generated line and operator go last.
        L.y += L.mm(2);
        for (const QString& line : QStringList{when} + meta)
            if (!line.isEmpty())
                placeParagraph(line, TextStyle::Small);
        const qreal contentMm = L.y * 25.4 / device.logicalDpiY();
        device.setPageLayout(QPageLayout(
            QPageSize(QSizeF(80, std::max(60.0, contentMm + margins.top() + margins.bottom() + 1)),
                      QPageSize::Millimeter, QStringLiteral("Receipt 80 mm")),
            QPageLayout::Portrait, margins, QPageLayout::Millimeter));
    }

    const int total = int(L.pages.size());
    m_lastPageCount = total;
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            device.newPage();
        if (!receipt) {
            const QColor grey(0x55, 0x55, 0x55);
            headTitle->drawLines(painter, QPointF(0, 0), 0, headTitle->lineCount(), QColor(0x1d, 0x3a, 0x5f));
            headWhen->drawLines(painter, QPointF(L.width * 0.55, 0), 0, headWhen->lineCount(), grey);
            const qreal metaY = std::max(headTitle->height(), headWhen->height());
            headMeta->drawLines(painter, QPointF(0, metaY), 0, headMeta->lineCount(), grey);
            painter.setPen(QPen(QColor(0x1d, 0x3a, 0x5f), L.mm(0.3)));
            painter.drawLine(QPointF(0, headerHeight), QPointF(L.width, headerHeight));
            const qreal footY = pageHeight - footerHeight;
            painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), L.mm(0.2)));
            painter.drawLine(QPointF(0, footY), QPointF(L.width, footY));
            footNote->drawLines(painter, QPointF(0, footY + L.mm(1.2)), 0, footNote->lineCount(), grey);
            auto pageText = L.text.layout(tr("Page %1 of %2").arg(i + 1).arg(total), TextStyle::Small,
                                          L.width * 0.28, Qt::AlignRight);
            pageText->drawLines(painter, QPointF(L.width * 0.72, footY + L.mm(1.2)), 0, pageText->lineCount(), grey);
        }
        for (const auto& paint : L.pages.at(size_t(i)))
            paint(painter);
    }
    painter.end();
}

} // namespace cg::reports
