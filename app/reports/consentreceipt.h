#pragma once

#include "core/consent.h"
#include "core/notice.h"
#include "reports/pdfdocument.h"

#include <QImage>

#include <memory>

namespace cg::reports {

// What a consent receipt shows. Filled by the UI from the ledger: right after
// the desk session (with the signature from the pad) or re-printed later
// (with the signature only when the operator may read it).
struct ConsentReceiptData
{
    QString residentName;
    QString unit;                  // "3-1502"
    QString guardianName;          // when a guardian decided for a minor
    core::ConsentEvent event;
    core::NoticeVersion notice;
    QImage signature;              // null: "signature on file" is printed instead
    QString alternative;           // credential issued or confirmed, if any
    QString alternativeQr;         // payload of a QR credential issued just now (printed once)
    QString deletion;              // what was deleted, if anything
};

// The bilingual (Chinese and English) receipt the resident takes home: who,
// what was decided, which notice (version and SHA-256), a short summary,
// the signature, the clerk, the time, and how to withdraw.
// Format: A4 portrait or the 80 mm receipt printer width.
std::unique_ptr<PdfDocument> buildConsentReceipt(const ConsentReceiptData& data, PdfDocument::Format format,
                                                 const QString& operatorName, const QDateTime& generatedAtUtc);

// The notice alone, in both languages, to take home before deciding.
std::unique_ptr<PdfDocument> buildNoticePrintout(const core::NoticeVersion& notice, const QString& residentName,
                                                 const QString& operatorName, const QDateTime& generatedAtUtc);

} // namespace cg::reports
