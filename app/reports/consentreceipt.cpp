#include "reports/consentreceipt.h"

#include "core/localized.h"
#include "reports/qrcode.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cg::reports {

namespace {

constexpr const char* kContext = "cg::reports::ConsentReceipt";
const QString kZh = QStringLiteral("zh_CN");
const QString kEn = QStringLiteral("en");

// "中文 / English" for a label marked with QT_TRANSLATE_NOOP.
QString bi(const char* source)
{
    return core::translateFor(kZh, kContext, source) + QStringLiteral(" / ") + QString::fromUtf8(source);
}

// The signature as it should go on paper `widthMm` wide. The pad records
// the pen in screen pixels (3 px) across a pad up to a screen wide, so a
// real signature printed 60 mm wide came out as a 0.15 mm hairline that the
// preview and a thermal receipt printer lose: the receipt's signature area
// looked empty. Cropped to the ink, strokes thinner than 0.5 mm on paper are
// thickened (the image is drawn over itself, darkest wins, within a disc).
QImage printableSignature(const QImage& signature, qreal widthMm)
{
    const QImage gray = signature.convertToFormat(QImage::Format_Grayscale8);
    auto ink = [&gray](int x, int y) {
        return x >= 0 && y >= 0 && x < gray.width() && y < gray.height() && gray.constScanLine(y)[x] < 160;
    };
    int left = gray.width(), top = gray.height(), right = -1, bottom = -1;
    qint64 area = 0, edge = 0;
    for (int y = 0; y < gray.height(); ++y) {
        for (int x = 0; x < gray.width(); ++x) {
            if (!ink(x, y))
                continue;
            ++area;
            if (!ink(x - 1, y) || !ink(x + 1, y) || !ink(x, y - 1) || !ink(x, y + 1))
                ++edge;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (area == 0)
        return signature;
    const QRect inked = QRect(QPoint(left, top), QPoint(right, bottom)).adjusted(-8, -8, 8, 8).intersected(gray.rect());
    const QImage cropped = signature.copy(inked).convertToFormat(QImage::Format_RGB32);
    // A stroke w px wide and L long has about w*L ink pixels and 2*L on its edges.
    const qreal strokePx = 2.0 * qreal(area) / qreal(std::max<qint64>(1, edge));
    const qreal wantedPx = 0.5 * cropped.width() / widthMm;
    const int radius = std::clamp(int(std::ceil((wantedPx - strokePx) / 2)), 0, 10);
    if (radius == 0)
        return cropped;
    QImage bold(cropped.size() + QSize(2 * radius, 2 * radius), QImage::Format_RGB32);
    bold.fill(Qt::white);
    QPainter painter(&bold);
    painter.setCompositionMode(QPainter::CompositionMode_Darken);
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            if (dx * dx + dy * dy <= radius * radius)
                painter.drawImage(radius + dx, radius + dy, cropped);
        }
    }
    painter.end();
    return bold;
}

QString when(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    return QStringLiteral("%1 (%2) · UTC %3")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), local.timeZoneAbbreviation(),
             utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace

std::unique_ptr<PdfDocument> buildConsentReceipt(const ConsentReceiptData& data, PdfDocument::Format format,
                                                 const QString& operatorName, const QDateTime& generatedAtUtc)
{
    PdfDocument::Options options;
    options.format = format;
    options.title = bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Face recognition consent receipt"));
    options.operatorName = operatorName;
    options.generatedAtUtc = generatedAtUtc;
    options.footerNote = bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Keep this receipt"));
    // (A receipt has no header band: PdfDocument puts the title on top itself.)
    auto doc = std::make_unique<PdfDocument>(options);

    const core::ConsentKind kind = data.event.kind;
    const QString choice = core::consentKindName(kind, kZh) + QStringLiteral(" / ") + core::consentKindName(kind, kEn);
    doc->paragraph(choice, PdfDocument::TextStyle::Title);

    QList<QPair<QString, QString>> rows{
        {bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Resident")), data.residentName},
        {bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Unit")), data.unit},
    };
    if (!data.guardianName.isEmpty())
        rows.append({bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Decided and signed by guardian")), data.guardianName});
    rows.append({bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "How")),
                 core::consentMethodName(data.event.method, kZh) + QStringLiteral(" / ")
                     + core::consentMethodName(data.event.method, kEn)});
    if (data.event.receivedOn.isValid()
        && (data.event.method == core::ConsentMethod::Phone || data.event.method == core::ConsentMethod::Letter))
        rows.append({bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Received on")),
                     data.event.receivedOn.toString(Qt::ISODate)});
    rows.append({bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Recorded at")), when(data.event.at)});
    rows.append({bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Clerk")), data.event.clerkName});
    rows.append({bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Record number")), QString::number(data.event.id)});
    if (data.notice.isValid()) {
        rows.append({bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Notice version")),
                     QString::number(data.notice.number) + QStringLiteral(" · ")
                         + data.notice.publishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))});
        rows.append({bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Notice SHA-256")), data.notice.hash});
    }
    if (!data.alternative.isEmpty())
        rows.append({bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Your way in without your face")), data.alternative});
    if (!data.deletion.isEmpty())
        rows.append({bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Face data deleted")), data.deletion});
    doc->keyValues(rows);

    if (!data.alternativeQr.isEmpty()) {
        // The new QR credential itself: this receipt is its only print-out.
        if (auto qr = QrCode::encode(data.alternativeQr))
            doc->image(qr->toImage(8), format == PdfDocument::Format::Receipt80mm ? 40 : 45,
                       bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt",
                                            "Your QR code: show it at the gate, building entrance and lift reader")),
                       false);
    }
    doc->heading(bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Signature")), 2);
    if (!data.signature.isNull()) {
        const qreal widthMm = format == PdfDocument::Format::Receipt80mm ? 60 : 80;
        doc->image(printableSignature(data.signature, widthMm), widthMm);
    }
    else
        doc->paragraph(bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt",
                                             "Signature on file (kept encrypted by the property service centre)")),
                       PdfDocument::TextStyle::Small);

    if (data.notice.isValid()) {
        doc->heading(bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "What you decided about")), 2);
        doc->paragraph(core::noticeSummary(data.notice.content, kZh));
        doc->paragraph(core::noticeSummary(data.notice.content, kEn));
        doc->heading(bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "How to withdraw or change your mind")), 2);
        doc->paragraph(data.notice.content.field(kZh, core::NoticeField::Rights));
        doc->paragraph(data.notice.content.field(kEn, core::NoticeField::Rights));
        doc->paragraph(data.notice.content.field(kZh, core::NoticeField::ProcessorContact) + QLatin1Char('\n')
                           + data.notice.content.field(kEn, core::NoticeField::ProcessorContact),
                       PdfDocument::TextStyle::Small);
    }
    doc->paragraph(bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt",
                                         "Refusing or withdrawing never costs you access: a card, PIN or QR code opens the same doors.")),
                   PdfDocument::TextStyle::Small);
    return doc;
}

std::unique_ptr<PdfDocument> buildNoticePrintout(const core::NoticeVersion& notice, const QString& residentName,
                                                 const QString& operatorName, const QDateTime& generatedAtUtc)
{
    PdfDocument::Options options;
    options.format = PdfDocument::Format::A4Portrait;
    options.title = notice.content.field(kZh, core::NoticeField::Title) + QStringLiteral(" / ")
                    + notice.content.field(kEn, core::NoticeField::Title);
    options.operatorName = operatorName;
    options.generatedAtUtc = generatedAtUtc;
    options.filters = residentName.isEmpty()
                          ? QString()
                          : bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Prepared for")) + QStringLiteral(": ")
                                + residentName;
    options.footerNote = bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt", "Notice version")) + QStringLiteral(" ")
                         + QString::number(notice.number) + QStringLiteral(" · SHA-256 ") + notice.hash;
    auto doc = std::make_unique<PdfDocument>(options);
    for (const QString& language : {kZh, kEn}) {
        doc->paragraph(notice.content.field(language, core::NoticeField::Title), PdfDocument::TextStyle::Title);
        for (core::NoticeField f : core::allNoticeFields()) {
            if (f == core::NoticeField::Title)
                continue;
            doc->heading(core::noticeFieldLabel(f, language), 2);
            doc->paragraph(notice.content.field(language, f));
        }
        if (language == kZh)
            doc->pageBreak();
    }
    doc->spacer(6);
    doc->paragraph(bi(QT_TRANSLATE_NOOP("cg::reports::ConsentReceipt",
                                         "Take your time: you can decide later at the front desk. Saying no costs you nothing.")),
                   PdfDocument::TextStyle::Strong);
    return doc;
}

} // namespace cg::reports
