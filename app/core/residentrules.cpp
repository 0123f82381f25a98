#include "core/residentrules.h"

#include <QCoreApplication>

namespace cg::core {

namespace {

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller and is never translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::core::ResidentRules)
};

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

// Province-level codes in the first two digits (GB/T 2260), plus 83 used by
// residence permits for Taiwan residents.
bool validProvince(int code)
{
    static const int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
                                44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int c : codes) {
        if (c == code)
            return true;
    }
    return false;
}

const QString kIdField = QStringLiteral("id_number");

} // namespace

QString normalizeIdNumber(const QString& raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        // Full-width digits and letters from Chinese input methods.
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF5A)
            c = QChar(c.unicode() - 0xFEE0);
        out += c.toUpper();
    }
    return out;
}

QChar prcCheckCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char check[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * weights[i];
    return QLatin1Char(check[sum % 11]);
}

QDate prcBirthDate(const QString& normalized)
{
    if (normalized.size() != 18 || !allDigits(QStringView(normalized).mid(6, 8)))
        return {};
    return QDate::fromString(normalized.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

Status validatePrcId(const QString& id, const QDate& today)
{
    if (id.size() != 18)
        return Error::invalid(kIdField, Tr::tr("A resident ID number has 18 characters; this one has %1.").arg(id.size()));
    const QStringView first17 = QStringView(id).left(17);
    const QChar last = id.at(17);
    if (!allDigits(first17) || !(last.isDigit() || last == QLatin1Char('X')))
        return Error::invalid(kIdField, Tr::tr("A resident ID number has only digits, and X as the last character."));
    if (!validProvince(id.left(2).toInt()))
        return Error::invalid(kIdField, Tr::tr("The ID number does not start with a valid province code."));
    const QDate birth = prcBirthDate(id);
    if (!birth.isValid() || birth.year() < 1880)
        return Error::invalid(kIdField, Tr::tr("The birth date inside the ID number (characters 7–14) is not a real date."));
    if (today.isValid() && birth > today)
        return Error::invalid(kIdField, Tr::tr("The birth date inside the ID number lies in the future."));
    const QChar expected = prcCheckCharacter(first17);
    if (expected != last)
        return Error::invalid(kIdField, Tr::tr("The check digit of the ID number is wrong (expected %1): "
                                           "one of the digits is probably mistyped.")
                                            .arg(expected));
    return {};
}

Status validatePassport(const QString& id)
{
    if (id.size() < 5 || id.size() > 20)
        return Error::invalid(kIdField, Tr::tr("A passport number has 5 to 20 letters and digits."));
    bool digit = false;
    for (QChar c : id) {
        if (c.isDigit() && c.unicode() < 128)
            digit = true;
        else if (!(c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            return Error::invalid(kIdField, Tr::tr("A passport number has only Latin letters and digits."));
    }
    if (!digit)
        return Error::invalid(kIdField, Tr::tr("A passport number contains digits."));
    return {};
}

IdKind guessIdKind(const QString& id)
{
    if (id.isEmpty())
        return IdKind::None;
    if (id.size() == 18 && allDigits(QStringView(id).left(17)))
        return IdKind::PrcResident;
    if (id.size() >= 15 && allDigits(QStringView(id).left(id.size() - 1)))
        return IdKind::PrcResident;   // a mistyped PRC number gets the PRC message
    return IdKind::Passport;
}

Status validateIdNumber(IdKind kind, const QString& id, const QDate& today)
{
    switch (kind) {
    case IdKind::None: return {};
    case IdKind::PrcResident: return validatePrcId(id, today);
    case IdKind::Passport: return validatePassport(id);
    }
    return {};
}

QString maskIdNumber(const QString& id)
{
    if (id.size() == 18)
        return id.left(4) + QString(10, QLatin1Char('*')) + id.right(4);
    if (id.size() <= 4)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(2) + QString(id.size() - 4, QLatin1Char('*')) + id.right(2);
}

namespace {

QString digitsOf(const QString& s)
{
    QString d;
    for (QChar c : s) {
        if (c.isDigit() && c.unicode() < 128)
            d += c;
        else if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            d += QChar(c.unicode() - 0xFEE0);
    }
    return d;
}

bool onlyPhoneCharacters(const QString& s)
{
    for (QChar c : s) {
        const bool ok = c.isDigit() || c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('+')
                        || c == QLatin1Char('(') || c == QLatin1Char(')');
        if (!ok)
            return false;
    }
    return true;
}

enum class PhoneKind { Invalid, Mobile, Landline, International };

PhoneKind classify(const QString& raw, QString* canonical)
{
    const QString trimmed = raw.trimmed();
    if (!onlyPhoneCharacters(trimmed))
        return PhoneKind::Invalid;
    QString digits = digitsOf(trimmed);
    bool international = trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QChar(0xFF0B));
    if (!international && digits.startsWith(QLatin1String("00"))) {
        international = true;
        digits = digits.mid(2);
    }
    if (international && digits.startsWith(QLatin1String("86"))) {
        digits = digits.mid(2);
        international = false;
        if (digits.size() == 11 && digits.at(0) == QLatin1Char('1')) {
        } else if (!digits.startsWith(QLatin1Char('0'))) {
            digits.prepend(QLatin1Char('0'));   // +86 571 87654321 -> 0571...
        }
    }
    if (!international) {
        if (digits.size() == 11 && digits.at(0) == QLatin1Char('1') && digits.at(1) >= QLatin1Char('3')) {
            *canonical = digits;
            return PhoneKind::Mobile;
        }
        if (digits.startsWith(QLatin1Char('0')) && digits.size() >= 10 && digits.size() <= 12) {
            // 010 and 02x are three-digit area codes, the rest four.
            const int area = (digits.at(1) == QLatin1Char('1') || digits.at(1) == QLatin1Char('2')) ? 3 : 4;
            const int local = digits.size() - area;
            if (local == 7 || local == 8) {
                *canonical = digits.left(area) + QLatin1Char('-') + digits.mid(area);
                return PhoneKind::Landline;
            }
        }
        return PhoneKind::Invalid;
    }
    if (digits.size() >= 8 && digits.size() <= 15 && digits.at(0) != QLatin1Char('0')) {
        *canonical = QLatin1Char('+') + digits;
        return PhoneKind::International;
    }
    return PhoneKind::Invalid;
}

} // namespace

Status validatePhone(const QString& raw)
{
    if (raw.trimmed().isEmpty())
        return {};
    QString canonical;
    if (classify(raw, &canonical) == PhoneKind::Invalid)
        return Error::invalid(QStringLiteral("phone"),
                              Tr::tr("“%1” is not a phone number: use a mobile number (11 digits starting with 1), "
                                 "a landline with area code (0571-87654321) or an international number "
                                 "starting with +.")
                                  .arg(raw.trimmed().left(40)));
    return {};
}

QString normalizePhone(const QString& raw)
{
    QString canonical;
    if (classify(raw, &canonical) == PhoneKind::Invalid)
        return raw.trimmed();
    return canonical;
}

bool isMinorUnder14(const QDate& birthDate, const QDate& today)
{
    return birthDate.isValid() && today.isValid() && birthDate.addYears(14) > today;
}

bool isAdult(const QDate& birthDate, const QDate& today)
{
    return birthDate.isValid() && today.isValid() && birthDate.addYears(18) <= today;
}

QList<Error> residentProblems(const Resident& r, const QString& idNumber, const std::optional<GuardianFacts>& guardian,
                              const QDate& today)
{
    QList<Error> problems;
    const QString name = r.name.trimmed();
    if (name.isEmpty())
        problems << Error::invalid(QStringLiteral("name"), Tr::tr("The name is missing."));
    else if (name.size() > 100)
        problems << Error::invalid(QStringLiteral("name"), Tr::tr("The name is longer than 100 characters."));
    if (r.unitId <= 0)
        problems << Error::invalid(QStringLiteral("unit"), Tr::tr("Choose the unit the resident lives in."));
    if (auto phone = validatePhone(r.phone); !phone)
        problems << phone.error();
    if (!idNumber.isEmpty()) {
        const IdKind kind = r.idKind == IdKind::None ? guessIdKind(idNumber) : r.idKind;
        if (auto id = validateIdNumber(kind, idNumber, today); !id) {
            problems << id.error();
        } else if (kind == IdKind::PrcResident && r.birthDate.isValid() && prcBirthDate(idNumber) != r.birthDate) {
            problems << Error::invalid(QStringLiteral("birth_date"),
                                       Tr::tr("The birth date differs from the one in the ID number (%1).")
                                           .arg(prcBirthDate(idNumber).toString(Qt::ISODate)));
        }
    }
    if (r.birthDate.isValid() && today.isValid() && r.birthDate > today)
        problems << Error::invalid(QStringLiteral("birth_date"), Tr::tr("The birth date lies in the future."));
    if (r.birthDate.isValid() && r.birthDate.year() < 1880)
        problems << Error::invalid(QStringLiteral("birth_date"), Tr::tr("The birth date is before 1880."));

    QDate birth = r.birthDate;
    if (!birth.isValid() && !idNumber.isEmpty() && guessIdKind(idNumber) == IdKind::PrcResident)
        birth = prcBirthDate(idNumber);
    if (isMinorUnder14(birth, today) && !r.hasMovedOutBy(today)) {
        if (!guardian || guardian->id == 0) {
            problems << Error::invalid(QStringLiteral("guardian"),
                                       Tr::tr("A resident under 14 needs a guardian: choose an adult resident."));
        }
    }
    if (guardian && guardian->id != 0) {
        if (guardian->id == r.id)
            problems << Error::invalid(QStringLiteral("guardian"), Tr::tr("A resident cannot be their own guardian."));
        else if (!isAdult(guardian->birthDate, today) && guardian->birthDate.isValid())
            problems << Error::invalid(QStringLiteral("guardian"), Tr::tr("The guardian must be an adult (18 or older)."));
        else if (guardian->movedOut || guardian->anonymised)
            problems << Error::invalid(QStringLiteral("guardian"), Tr::tr("The guardian has moved out."));
    }
    if (r.moveIn.isValid() && r.moveOut.isValid() && r.moveOut < r.moveIn)
        problems << Error::invalid(QStringLiteral("move_out"), Tr::tr("The move-out date is before the move-in date."));
    if (r.moveIn.isValid() && r.leaseEnd.isValid() && r.leaseEnd < r.moveIn)
        problems << Error::invalid(QStringLiteral("lease_end"), Tr::tr("The lease ends before the move-in date."));
    if (r.language != QLatin1String("zh_CN") && r.language != QLatin1String("en"))
        problems << Error::invalid(QStringLiteral("language"), Tr::tr("The preferred language must be Chinese or English."));
    if (r.notes.size() > 2000)
        problems << Error::invalid(QStringLiteral("notes"), Tr::tr("The notes are longer than 2,000 characters."));
    return problems;
}

QString naturalSortKey(const QString& text)
{
    QString key;
    key.reserve(text.size() + 8);
    int i = 0;
    while (i < text.size()) {
        if (text.at(i).isDigit() && text.at(i).unicode() < 128) {
            int j = i;
            while (j < text.size() && text.at(j).isDigit() && text.at(j).unicode() < 128)
                ++j;
            QStringView run = QStringView(text).mid(i, j - i);
            while (run.size() > 1 && run.front() == QLatin1Char('0'))
                run = run.mid(1);
            // Length prefix keeps numeric order for any length up to 9 digits.
            key += QChar(QLatin1Char('0' + char(std::min<qsizetype>(run.size(), 9))));
            key += run;
            i = j;
        } else {
            key += text.at(i);
            ++i;
        }
    }
    return key;
}

} // namespace cg::core
