#pragma once

#include "core/result.h"

#include <QString>

namespace cg::core {

// An access-card number as readers and card printers write it. Keyboard-wedge
// readers type the number in decimal (often zero-padded to 10 digits), some in
// hex, and Wiegand-26 installations print "facility:card" (8-bit facility code,
// 16-bit card number). All of them describe one integer; canonical() is the
// form that is hashed for look-ups, so "0012345678", "0xBC614E" and
// "188:24910" find the same card.
class CardNumber final
{
public:
    // Accepts: decimal digits ("0012345678"); hex with a 0x/h prefix or
    // containing A–F ("0xBC614E", "BC614E"); Wiegand-26 "FFF:CCCCC",
    // "FFF,CCCCC" or "FFF/CCCCC" (facility 0–255, card 0–65535). Spaces and
    // dashes inside are ignored. Up to 56 bits (7-byte card UIDs).
    static Result<CardNumber> parse(const QString& text);
    static CardNumber fromValue(quint64 value) { return CardNumber(value); }

    quint64 value() const { return m_value; }
    QString canonical() const;        // decimal without leading zeros
    QString decimal() const;          // zero-padded to 10 digits, as most readers print it
    QString hex() const;              // upper case, even number of digits
    bool fitsWiegand26() const { return m_value <= 0xFFFFFF; }
    int facilityCode() const { return int((m_value >> 16) & 0xFF); }
    int cardCode() const { return int(m_value & 0xFFFF); }
    QString wiegand26() const;        // "188:24910", empty when it does not fit
    // The 26-bit frame on the wire: even parity over the first 12 data bits,
    // odd parity over the last 12; 0 when it does not fit.
    quint32 wiegand26Frame() const;
    QString last4() const;            // last four decimal digits, for masked display

private:
    explicit CardNumber(quint64 value) : m_value(value) {}
    quint64 m_value = 0;
};

} // namespace cg::core
