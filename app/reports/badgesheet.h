#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace cg::reports {

// One printed QR credential: card-sized (85.6 × 54 mm, ISO/IEC 7810 ID-1).
struct Badge
{
    QString title;        // e.g. "Resident QR pass" / "Visitor pass" (translated by the caller)
    QString name;         // holder, or visitor
    QString unit;         // e.g. "3幢 3-1201"
    QString place;        // compound (and building)
    QString validity;     // e.g. "Valid until 2027-11-26"
    QString payload;      // what the QR code encodes
    QString reference;    // small print: credential number
};

// A4 sheets of badges, 2 × 4 per page, with crop marks at every badge corner
// so the desk can cut them with a guillotine or scissors. Text is set in the
// embedded WenQuanYi Micro Hei (PdfDocument::fontFamily()), so names in
// Chinese stay searchable; QR codes are vector graphics.
// Thread-safety: needs a QGuiApplication; use from one thread.
class BadgeSheet final
{
    Q_DECLARE_TR_FUNCTIONS(cg::reports::BadgeSheet)
public:
    static constexpr int kColumns = 2;
    static constexpr int kRows = 4;
    static constexpr int kPerPage = kColumns * kRows;

    explicit BadgeSheet(QList<Badge> badges, QString documentTitle = {});

    int pageCount() const { return int((m_badges.size() + kPerPage - 1) / kPerPage); }
    core::Status writePdf(const QString& path) const;
    // Paints onto any paged device (QPdfWriter, or a QPrinter from the UI).
    core::Status render(QPagedPaintDevice& device) const;

private:
    void drawBadge(QPainter& painter, const QRectF& rect, const Badge& badge, qreal dotsPerMm) const;

    QList<Badge> m_badges;
    QString m_title;
};

} // namespace cg::reports
