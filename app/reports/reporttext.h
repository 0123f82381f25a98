#pragma once

#include "core/filingthreshold.h"

#include <QDateTime>
#include <QString>

namespace cg::reports {

// Shared wording for reports, translated in context "cg::reports::ReportText".
QString consentStatusName(const QString& key);     // granted/agreed, refused, withdrawn, never, reconsent, expired
QString credentialTypeName(const QString& key);    // card, pin, qr, visitor
QString deletionReasonName(const QString& key);    // withdrawal, move_out, retention, ...
// "card ••1234, PIN" from the repository's "card:1234;pin:" form.
QString credentialList(const QString& raw);
// "3 d 4 h", "25 min", "40 s".
QString durationText(qint64 seconds);
// Local date and time, "2026-11-26 17:05".
QString localDateTime(const QDateTime& utc);
QString yesNo(bool value);
// "Images: 1, templates: 1" (a table cell; reads right for any count).
QString deletedDataText(int images, int templates);
// A building as a sentence names it: "building 3" / "3 号楼" for a bare
// number, the stored name as it is otherwise ("1幢", "A座", "Tower B"), so
// a name that already says "building" is not said twice.
QString buildingName(const QString& name);
// Which working-day calendar counted the filing deadline, year by year:
// "Working days counted with the holiday table: 2026 official (State Council
// notice); 2027 provisional (statutory holidays only)." Empty without a deadline.
QString filingCalendarText(const core::FilingStatus& status);
// The prompt to enter a year's State Council arrangement ({2027}); empty for none.
QString holidayPromptText(const QList<int>& years);

} // namespace cg::reports
