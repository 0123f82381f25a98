#include "core/cardnumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <bit>

namespace cg::core {

namespace {

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller and is never translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::core::CardNumber)
};

constexpr quint64 kMaxValue = (quint64(1) << 56) - 1;

Error invalidCard(const QString& message)
{
    return Error::invalid(QStringLiteral("card"), message);
}

} // namespace

Result<CardNumber> CardNumber::parse(const QString& input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('-'));
    if (text.isEmpty())
        return invalidCard(Tr::tr("Enter the card number or hold the card to the reader."));

    static const QRegularExpression wiegand(QStringLiteral("^(\\d{1,3})[:,/](\\d{1,5})$"));
    if (const auto m = wiegand.match(text); m.hasMatch()) {
        const int facility = m.captured(1).toInt();
        const int card = m.captured(2).toInt();
        if (facility > 255)
            return invalidCard(Tr::tr("The facility code %1 is too large (Wiegand-26 allows 0–255).").arg(facility));
        if (card > 65535)
            return invalidCard(Tr::tr("The card code %1 is too large (Wiegand-26 allows 0–65535).").arg(card));
        return CardNumber((quint64(facility) << 16) | quint64(card));
    }

    bool hexInput = false;
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        text = text.mid(2);
        hexInput = true;
    } else if (text.endsWith(QLatin1Char('h'), Qt::CaseInsensitive)) {
        text.chop(1);
        hexInput = true;
    }
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    static const QRegularExpression hexDigits(QStringLiteral("^[0-9A-Fa-f]+$"));
    if (!hexInput && !digits.match(text).hasMatch()) {
        if (!hexDigits.match(text).hasMatch())
            return invalidCard(Tr::tr("“%1” is not a card number: use digits, hex (0x…) or facility:card.").arg(input.trimmed()));
        hexInput = true;
    }
    if (hexInput && !hexDigits.match(text).hasMatch())
        return invalidCard(Tr::tr("“%1” is not a hexadecimal card number.").arg(input.trimmed()));

    // Strip leading zeros before the length check so padded readers still fit.
    while (text.size() > 1 && text.startsWith(QLatin1Char('0')))
        text.remove(0, 1);
    bool ok = false;
    const quint64 value = text.toULongLong(&ok, hexInput ? 16 : 10);
    if (!ok || value > kMaxValue)
        return invalidCard(Tr::tr("The card number is too long (at most 56 bits)."));
    if (value == 0)
        return invalidCard(Tr::tr("The card number 0 is not a real card."));
    return CardNumber(value);
}

QString CardNumber::canonical() const
{
    return QString::number(m_value);
}

QString CardNumber::decimal() const
{
    return QStringLiteral("%1").arg(m_value, 10, 10, QLatin1Char('0'));
}

QString CardNumber::hex() const
{
    QString h = QString::number(m_value, 16).toUpper();
    if (h.size() % 2)
        h.prepend(QLatin1Char('0'));
    return h;
}

QString CardNumber::wiegand26() const
{
    if (!fitsWiegand26())
        return {};
    return QStringLiteral("%1:%2").arg(facilityCode(), 3, 10, QLatin1Char('0')).arg(cardCode(), 5, 10, QLatin1Char('0'));
}

quint32 CardNumber::wiegand26Frame() const
{
    if (!fitsWiegand26())
        return 0;
    const quint32 data = quint32(m_value);
    const quint32 high = data >> 12;          // first 12 data bits
    const quint32 low = data & 0xFFF;         // last 12 data bits
    const quint32 even = std::popcount(high) & 1u;        // makes the first half even
    const quint32 odd = (std::popcount(low) & 1u) ^ 1u;   // makes the second half odd
    return (even << 25) | (data << 1) | odd;
}

QString CardNumber::last4() const
{
    return decimal().right(4);
}

} // namespace cg::core
