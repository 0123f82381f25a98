#pragma once

#include "reports/pdfdocument.h"

#include <QList>

#include <memory>

namespace cg::reports {

// One PIN to hand over. The PIN exists only in memory and on this paper:
// the database keeps a peppered Argon2id hash.
struct PinSlip
{
    QString residentName;
    QString unit;           // what to type before the PIN at the door
    QString place;          // compound / building
    QString pin;
    QString validity;       // e.g. "Valid until 2027-06-30"
};

// PIN slips: on the 80 mm receipt printer (one slip) or on A4 (one slip per
// page, for a batch). Each says how to use the PIN at a door, that staff
// never ask for it, and what to do if it becomes known.
std::unique_ptr<PdfDocument> buildPinSlips(const QList<PinSlip>& slips, PdfDocument::Format format,
                                           const QString& operatorName, const QDateTime& generatedAtUtc);

} // namespace cg::reports
