#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

namespace cg::core {

// What makes a door PIN acceptable (pure rule). A PIN has 4–8 digits and must
// not be guessable: no run of one digit (1111), no ascending or descending
// sequence (1234, 9876, wrapping 8901), no pair/triple repeat (1212, 123123),
// not on the list of most-used PINs (123456, 1122, 5201314 ...), and not the
// holder's birth date in any common form (YYYY, MMDD, DDMM, YYMMDD, DDMMYY,
// MMDDYY, YYYYMMDD, DDMMYYYY, MMDDYYYY).
class PinPolicy final
{
public:
    static constexpr int kMinLength = 4;
    static constexpr int kMaxLength = 8;
    static constexpr int kDefaultLength = 6;

    // Ok, or an Invalid error (field "pin") saying what is wrong.
    static Status check(const QString& pin, const QDate& birthDate = {});
    // A random PIN of `length` digits from the operating system's CSPRNG
    // (QRandomGenerator::system()), redrawn until check() accepts it.
    static QString generate(int length = kDefaultLength, const QDate& birthDate = {});
};

} // namespace cg::core
