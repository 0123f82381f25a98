#pragma once

#include "reports/consentreceipt.h"

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
void previewNotice(QWidget* parent, const core::NoticeVersion& notice, const QString& residentName,
                   const QString& operatorName, const QDateTime& nowUtc);

} // namespace receiptprinter
} // namespace cg::ui
