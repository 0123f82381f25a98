#pragma once

#include "core/actor.h"
#include "reports/consentreceipt.h"
#include "services/consentservice.h"

#include <QDateTime>
#include <QString>

class QWidget;

namespace cg::ui {

// Print preview, print and "save as PDF" for consent receipts and the
// take-home notice. The documents come from reports (one PDF builder).
namespace receiptprinter {

// Asks A4 or 80 mm, then opens the print preview (from which the clerk prints).
void previewReceipt(QWidget* parent, const reports::ConsentReceiptData& data, const QString& operatorName,
                    const QDateTime& nowUtc);
// Right after a desk session: the receipt with the signature just given and
// the credential issued or confirmed. A new QR code exists only on this
// receipt, so then it opens without asking; otherwise the clerk is asked.
void offerSessionReceipt(QWidget* parent, reports::ConsentReceiptData data,
                         const services::ConsentService::Outcome& outcome, const QByteArray& signaturePng,
                         const QString& operatorName, const QDateTime& nowUtc);
// Re-printed later from the ledger: the signature is an audited read allowed
// to managers; a clerk's re-print says "signature on file" instead.
void reprintReceipt(QWidget* parent, services::ConsentService& consent, reports::ConsentReceiptData data,
                    const core::Actor& actor, const QDateTime& nowUtc);
void previewNotice(QWidget* parent, const core::NoticeVersion& notice, const QString& residentName,
                   const QString& operatorName, const QDateTime& nowUtc);

} // namespace receiptprinter
} // namespace cg::ui
