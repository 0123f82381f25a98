#pragma once

#include "core/resident.h"
#include "core/result.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace cg::core {

// Pure rules about residents (no storage, no clock: "today" is passed in).
// Error messages never repeat a full ID number: they end up in import reports.

// --- ID numbers -------------------------------------------------------------
// Removes spaces and dashes and upper-cases (a trailing "x" becomes "X").
QString normalizeIdNumber(const QString& raw);
// GB 11643 (ISO 7064 MOD 11-2) check character for the first 17 digits:
// '0'..'9' or 'X'; a null QChar when the input is not 17 digits.
QChar prcCheckCharacter(QStringView first17);
// Validates an 18-character PRC resident ID: region, birth date and check
// character. `today` rejects birth dates in the future (invalid date: no check).
Status validatePrcId(const QString& normalized, const QDate& today = {});
QDate prcBirthDate(const QString& normalized);       // invalid date if none
Status validatePassport(const QString& normalized);
// 18 characters of digits (last may be X) is a PRC ID, anything else a passport.
IdKind guessIdKind(const QString& normalized);
Status validateIdNumber(IdKind kind, const QString& normalized, const QDate& today = {});
// "3301**********1234" for PRC IDs; passports keep two characters at each end.
QString maskIdNumber(const QString& normalized);

// --- Phone numbers ----------------------------------------------------------
// Mainland mobile (11 digits, 1[3-9]…, optional +86), landline with area code
// ("0571-87654321", area code 3 or 4 digits, number 7 or 8 digits) or an
// international number "+<country><number>" (8–15 digits). Empty is allowed.
Status validatePhone(const QString& raw);
// Canonical form: "13812345678", "0571-87654321", "+442071234567".
QString normalizePhone(const QString& raw);

// --- Ages -------------------------------------------------------------------
bool isMinorUnder14(const QDate& birthDate, const QDate& today);
bool isAdult(const QDate& birthDate, const QDate& today);   // 18 or older; false if unknown

// --- The whole record -------------------------------------------------------
// What the validator needs to know about the chosen guardian.
struct GuardianFacts
{
    qint64 id = 0;
    QDate birthDate;
    bool movedOut = false;
    bool anonymised = false;
};

// Every problem with a resident as entered, each naming its field
// (name, unit, phone, id_number, birth_date, guardian, move_in, move_out,
// lease_end, language, notes). Empty list: valid. `idNumber` is the
// normalized number (empty: none or unchanged).
QList<Error> residentProblems(const Resident& resident, const QString& idNumber,
                              const std::optional<GuardianFacts>& guardian, const QDate& today);

// Sort key that orders digit runs numerically ("2幢" before "10幢").
QString naturalSortKey(const QString& text);

} // namespace cg::core
