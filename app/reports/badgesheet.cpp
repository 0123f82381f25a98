#include "reports/badgesheet.h"

#include "reports/pdftext.h"
#include "reports/qrcode.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace cg::reports {

namespace {

constexpr qreal kBadgeW = 85.6;
constexpr qreal kBadgeH = 54.0;
constexpr qreal kGutter = 6.0;      // room for the crop marks between badges
constexpr qreal kPageW = 210.0;
constexpr qreal kPageH = 297.0;
constexpr qreal kMarkLength = 4.0;
constexpr qreal kMarkGap = 1.0;     // marks stop short of the badge so no line shows on it

QRectF px(const QRectF& mm, qreal dotsPerMm)
{
    return QRectF(mm.topLeft() * dotsPerMm, mm.size() * dotsPerMm);
}

QFont badgeFont(qreal pointSize, bool bold)
{
    const QString family = PdfText::fontFamily();
    QFont f = family.isEmpty() ? QFont() : QFont(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

BadgeSheet::BadgeSheet(QList<Badge> badges, QString documentTitle)
    : m_badges(std::move(badges)), m_title(std::move(documentTitle))
{
}

core::Status BadgeSheet::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error::make(core::Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("ConsentGate"));
        writer.setTitle(m_title.isEmpty() ? tr("QR badges") : m_title);
        if (auto s = render(writer); !s)
            return s;
    }
    if (!file.commit())
        return core::Error::make(core::Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

core::Status BadgeSheet::render(QPagedPaintDevice& device) const
{
    if (m_badges.isEmpty())
        return core::Error::invalid(QStringLiteral("badges"), tr("There are no badges to print."));
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return core::Error::make(core::Error::Kind::Io, tr("Cannot start printing the badges."));
    // Work in millimetres from the paper's corner, whatever the device margins.
    const QRect full = device.pageLayout().fullRectPixels(device.logicalDpiX());
    const QRect paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal dotsPerMm = full.width() / kPageW;
    const qreal left = (kPageW - kColumns * kBadgeW - (kColumns - 1) * kGutter) / 2;
    const qreal top = (kPageH - kRows * kBadgeH - (kRows - 1) * kGutter) / 2;

    for (int i = 0; i < m_badges.size(); ++i) {
        const int onPage = i % kPerPage;
        if (i > 0 && onPage == 0)
            device.newPage();
        if (onPage == 0) {
            // Millimetres from the paper's corner, whatever the device margins.
            // (Not a painter scale: fonts must keep their point sizes.)
            painter.resetTransform();
            painter.translate(-paint.left(), -paint.top());
            // A small caption in the top margin: what this sheet is, page n of m.
            painter.setFont(badgeFont(7, false));
            painter.setPen(QColor(0x60, 0x60, 0x60));
            painter.drawText(px(QRectF(left, top - 12, kColumns * kBadgeW + kGutter, 6), dotsPerMm), Qt::AlignLeft | Qt::AlignVCenter,
                             (m_title.isEmpty() ? tr("QR badges") : m_title) + QStringLiteral(" · ")
                                 + tr("Page %1 of %2").arg(i / kPerPage + 1).arg(pageCount()));
        }
        const int col = onPage % kColumns;
        const int row = onPage / kColumns;
        const QRectF rect(left + col * (kBadgeW + kGutter), top + row * (kBadgeH + kGutter), kBadgeW, kBadgeH);
        drawBadge(painter, rect, m_badges.at(i), dotsPerMm);

        // Crop marks: two short strokes outward from each corner.
        painter.setPen(QPen(Qt::black, 0.15 * dotsPerMm));
        for (const QPointF corner : {rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()}) {
            const qreal dx = corner.x() <= rect.left() ? -1 : 1;
            const qreal dy = corner.y() <= rect.top() ? -1 : 1;
            painter.drawLine(QPointF(corner.x() + dx * kMarkGap, corner.y()) * dotsPerMm,
                             QPointF(corner.x() + dx * (kMarkGap + kMarkLength), corner.y()) * dotsPerMm);
            painter.drawLine(QPointF(corner.x(), corner.y() + dy * kMarkGap) * dotsPerMm,
                             QPointF(corner.x(), corner.y() + dy * (kMarkGap + kMarkLength)) * dotsPerMm);
        }
    }
    painter.end();
    return {};
}

void BadgeSheet::drawBadge(QPainter& painter, const QRectF& rect, const Badge& badge, qreal dotsPerMm) const
{
    const qreal k = dotsPerMm;
    painter.save();
    // A faint outline helps when cutting by hand; the crop marks are exact.
    painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.1 * k));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(px(rect, k), 3 * k, 3 * k);

    // Header band.
    const QRectF band(rect.left(), rect.top(), rect.width(), 9);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1d, 0x4e, 0x89));
    painter.drawRect(px(band, k));
    painter.setPen(Qt::white);
    painter.setFont(badgeFont(8.5, true));
    painter.drawText(px(band.adjusted(3, 0, -3, 0), k), Qt::AlignLeft | Qt::AlignVCenter, badge.title);
    painter.setFont(badgeFont(6.5, false));
    painter.drawText(px(band.adjusted(3, 0, -3, 0), k), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("ConsentGate"));

    // QR code on the right, 40 mm with its quiet zone.
    const qreal qrSide = 40;
    const QRectF qrRect(rect.right() - qrSide - 1.5, band.bottom() + 2, qrSide, qrSide);
    if (auto qr = QrCode::encode(badge.payload))
        qr->draw(painter, px(qrRect, k));

    // Text column on the left.
    const QRectF text(rect.left() + 3, band.bottom() + 3, qrRect.left() - rect.left() - 5, rect.bottom() - band.bottom() - 6);
    painter.setPen(Qt::black);
    painter.setFont(badgeFont(13, true));
    const QRectF nameRect(text.left(), text.top(), text.width(), 9);
    painter.drawText(px(nameRect, k), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, badge.name);
    painter.setFont(badgeFont(9.5, true));
    painter.drawText(px(QRectF(text.left(), nameRect.bottom() + 1, text.width(), 6), k), Qt::AlignLeft | Qt::AlignVCenter,
                     badge.unit);
    painter.setFont(badgeFont(7.5, false));
    painter.drawText(px(QRectF(text.left(), nameRect.bottom() + 7.5, text.width(), 10), k),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, badge.place);
    painter.setFont(badgeFont(7.5, true));
    painter.drawText(px(QRectF(text.left(), nameRect.bottom() + 18, text.width(), 10), k),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, badge.validity);
    painter.setPen(QColor(0x70, 0x70, 0x70));
    painter.setFont(badgeFont(6, false));
    painter.drawText(px(QRectF(text.left(), rect.bottom() - 6, text.width(), 4), k), Qt::AlignLeft | Qt::AlignVCenter,
                     badge.reference);
    painter.restore();
}

} // namespace cg::reports
