#include "reports/pinslip.h"

#include <QCoreApplication>

namespace cg::reports {

std::unique_ptr<PdfDocument> buildPinSlips(const QList<PinSlip>& slips, PdfDocument::Format format,
                                           const QString& operatorName, const QDateTime& generatedAtUtc)
{
    PdfDocument::Options options;
    options.format = format;
    options.title = QCoreApplication::translate("cg::reports::PinSlip", "Door PIN");
    options.operatorName = operatorName;
    options.generatedAtUtc = generatedAtUtc;
    options.footerNote = QCoreApplication::translate("cg::reports::PinSlip", "Confidential — for the resident only");
    auto doc = std::make_unique<PdfDocument>(options);
    bool first = true;
    for (const PinSlip& slip : slips) {
        if (!first)
            doc->pageBreak();
        first = false;
        doc->paragraph(slip.residentName, PdfDocument::TextStyle::Title);
        doc->keyValues({{QCoreApplication::translate("cg::reports::PinSlip", "Unit"), slip.unit},
                        {QCoreApplication::translate("cg::reports::PinSlip", "Place"), slip.place},
                        {QCoreApplication::translate("cg::reports::PinSlip", "Validity"), slip.validity}});
        doc->spacer(2);
        doc->paragraph(QCoreApplication::translate("cg::reports::PinSlip", "Your PIN"), PdfDocument::TextStyle::Strong);
        // Spaced digits are easier to read and to copy onto a keypad.
        QString spaced;
        for (QChar c : slip.pin) {
            if (!spaced.isEmpty())
                spaced += QLatin1Char(' ');
            spaced += c;
        }
        doc->paragraph(spaced, PdfDocument::TextStyle::Title);
        doc->spacer(2);
        doc->paragraph(QCoreApplication::translate("cg::reports::PinSlip",
                                                   "At the gate, entrance or lift keypad: type your unit number %1, "
                                                   "press #, then type the PIN and press # again.")
                           .arg(slip.unit));
        doc->paragraph(QCoreApplication::translate("cg::reports::PinSlip",
                                                   "Keep the PIN secret and destroy this slip once you know it by heart. "
                                                   "Staff will never ask you for it. After 5 wrong tries the PIN locks; "
                                                   "the property office unlocks it or gives you a new one."),
                       PdfDocument::TextStyle::Small);
        doc->paragraph(QCoreApplication::translate("cg::reports::PinSlip",
                                                   "This PIN is your free alternative to face recognition: you never have "
                                                   "to give face data to enter the compound, your building or the lift."),
                       PdfDocument::TextStyle::Small);
    }
    return doc;
}

} // namespace cg::reports
