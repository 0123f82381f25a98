#include "core/pinyin.h"

#include <QStringEncoder>

namespace cg::core {

namespace {

struct Boundary
{
    unsigned code;   // first GB2312 code with this initial
    char initial;
};

// First code of each initial in GB2312 level 1 (0xB0A1..0xD7F9); no i, u, v.
constexpr Boundary kBoundaries[] = {
    {0xB0A1, 'a'}, {0xB0C5, 'b'}, {0xB2C1, 'c'}, {0xB4EE, 'd'}, {0xB6EA, 'e'}, {0xB7A2, 'f'},
    {0xB8C1, 'g'}, {0xB9FE, 'h'}, {0xBBF7, 'j'}, {0xBFA6, 'k'}, {0xC0AC, 'l'}, {0xC2E8, 'm'},
    {0xC4C3, 'n'}, {0xC5B6, 'o'}, {0xC5BE, 'p'}, {0xC6DA, 'q'}, {0xC8BB, 'r'}, {0xC8F6, 's'},
    {0xCBFA, 't'}, {0xCDDA, 'w'}, {0xCEF4, 'x'}, {0xD1B9, 'y'}, {0xD4D1, 'z'},
};
constexpr unsigned kLevel1End = 0xD7F9;

char initialForCode(unsigned code)
{
    if (code < kBoundaries[0].code || code > kLevel1End)
        return 0;
    char initial = 0;
    for (const Boundary& b : kBoundaries) {
        if (code >= b.code)
            initial = b.initial;
        else
            break;
    }
    return initial;
}

} // namespace

QString pinyinInitials(const QString& text)
{
    QString out;
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid())
        return out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x4E00 || u > 0x9FFF)
            continue;
        const QByteArray bytes = encoder.encode(QStringView(&c, 1));
        if (bytes.size() != 2)
            continue;
        const unsigned code = (unsigned(uchar(bytes[0])) << 8) | uchar(bytes[1]);
        if (const char initial = initialForCode(code))
            out += QLatin1Char(initial);
    }
    return out;
}

} // namespace cg::core
