#include "core/pinpolicy.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

namespace cg::core {

namespace {

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller and is never translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::core::PinPolicy)
};

Error weak(const QString& message)
{
    return Error::invalid(QStringLiteral("pin"), message);
}

bool allSame(const QString& pin)
{
    return pin.count(pin.at(0)) == pin.size();
}

// Each next digit is one more (or one less), wrapping 9 -> 0.
bool isSequence(const QString& pin, int step)
{
    for (int i = 1; i < pin.size(); ++i) {
        const int a = pin.at(i - 1).digitValue();
        const int b = pin.at(i).digitValue();
        if ((a + step + 10) % 10 != b)
            return false;
    }
    return true;
}

// "1212", "123123", "12341234": a short block repeated.
bool isRepeatedBlock(const QString& pin)
{
    for (int block = 1; block <= pin.size() / 2; ++block) {
        if (pin.size() % block)
            continue;
        const QString first = pin.left(block);
        if (first.repeated(pin.size() / block) == pin)
            return true;
    }
    return false;
}

const QStringList& commonPins()
{
    // From published analyses of leaked PIN and password lists (incl. Chinese
    // favourites: 520 "I love you", 1314 "for life", 168 "prosperity").
    static const QStringList list = {
        QStringLiteral("1004"),     QStringLiteral("2000"),     QStringLiteral("6969"),
        QStringLiteral("1122"),     QStringLiteral("1313"),     QStringLiteral("4321"),
        QStringLiteral("2580"),     QStringLiteral("0852"),     QStringLiteral("1314"),
        QStringLiteral("5201314"),  QStringLiteral("520520"),   QStringLiteral("5211314"),
        QStringLiteral("1314520"),  QStringLiteral("112233"),   QStringLiteral("121212"),
        QStringLiteral("123321"),   QStringLiteral("654321"),   QStringLiteral("666888"),
        QStringLiteral("888888"),   QStringLiteral("168168"),   QStringLiteral("159753"),
        QStringLiteral("147258"),   QStringLiteral("147258369"), QStringLiteral("123654"),
        QStringLiteral("11223344"), QStringLiteral("12344321"), QStringLiteral("1qaz"),
        QStringLiteral("7758258"),  QStringLiteral("5555"),     QStringLiteral("1212"),
        QStringLiteral("0000"),     QStringLiteral("1234"),     QStringLiteral("123456"),
        QStringLiteral("12345678"), QStringLiteral("0123"),     QStringLiteral("2468"),
        QStringLiteral("1357"),     QStringLiteral("13579"),    QStringLiteral("246810"),
    };
    return list;
}

QStringList birthDateForms(const QDate& d)
{
    if (!d.isValid())
        return {};
    const QString yyyy = QStringLiteral("%1").arg(d.year(), 4, 10, QLatin1Char('0'));
    const QString yy = yyyy.right(2);
    const QString mm = QStringLiteral("%1").arg(d.month(), 2, 10, QLatin1Char('0'));
    const QString dd = QStringLiteral("%1").arg(d.day(), 2, 10, QLatin1Char('0'));
    return {yyyy, mm + dd, dd + mm, yy + mm + dd, dd + mm + yy, mm + dd + yy,
            yyyy + mm + dd, dd + mm + yyyy, mm + dd + yyyy, yyyy + mm, mm + yyyy};
}

} // namespace

Status PinPolicy::check(const QString& pin, const QDate& birthDate)
{
    if (pin.size() < kMinLength || pin.size() > kMaxLength)
        return weak(Tr::tr("A PIN has %1 to %2 digits.").arg(kMinLength).arg(kMaxLength));
    for (QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return weak(Tr::tr("A PIN contains digits only."));
    }
    if (allSame(pin))
        return weak(Tr::tr("A PIN of one repeated digit is too easy to guess."));
    if (isSequence(pin, 1) || isSequence(pin, -1))
        return weak(Tr::tr("A PIN that counts up or down is too easy to guess."));
    if (isRepeatedBlock(pin))
        return weak(Tr::tr("A PIN that repeats a short pattern is too easy to guess."));
    if (commonPins().contains(pin))
        return weak(Tr::tr("This PIN is one of the most common PINs."));
    if (birthDateForms(birthDate).contains(pin))
        return weak(Tr::tr("A PIN must not be the holder's birth date."));
    return {};
}

QString PinPolicy::generate(int length, const QDate& birthDate)
{
    length = std::clamp(length, kMinLength, kMaxLength);
    QRandomGenerator* rng = QRandomGenerator::system();   // the OS CSPRNG, not a seeded PRNG
    for (;;) {
        QString pin;
        pin.reserve(length);
        for (int i = 0; i < length; ++i)
            pin.append(QChar(u'0' + char16_t(rng->bounded(10))));
        if (check(pin, birthDate).ok())
            return pin;
    }
}

} // namespace cg::core
