#include "reports/consentreceipt.h"

#include "core/localized.h"
#include "reports/qrcode.h"

#include <QCoreApplication>
#include <QTimeZone>

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
    auto doc = std::make_unique<PdfDocument>(options);
    if (format == PdfDocument::Format::Receipt80mm)
        doc->paragraph(options.title, PdfDocument::TextStyle::Strong);

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
    if (!data.signature.isNull())
        doc->image(data.signature, format == PdfDocument::Format::Receipt80mm ? 60 : 80);
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
