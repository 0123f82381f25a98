#include "core/searchgrams.h"

#include <QSet>

#include <algorithm>

namespace cg::core {

bool isSearchGramChar(char32_t c)
{
    if (c >= 0x80)
        return true;
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

QString foldSearchText(const QString& text)
{
    QString folded = text;
    for (QChar& c : folded) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return folded;
}

int codePointCount(const QString& text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QStringList searchGrams(const QStringList& texts)
{
    QSet<QString> grams;
    for (const QString& text : texts) {
        const QList<uint> points = foldSearchText(text).toUcs4();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const char32_t c = points.at(i);
            if (!isSearchGramChar(c))
                continue;
            grams.insert(QString::fromUcs4(&c, 1));
            if (i + 1 < points.size() && isSearchGramChar(points.at(i + 1))) {
                const char32_t pair[2] = {c, char32_t(points.at(i + 1))};
                grams.insert(QString::fromUcs4(pair, 2));
            }
        }
    }
    QStringList sorted(grams.begin(), grams.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

bool isGramQuery(const QString& query)
{
    const QList<uint> points = query.toUcs4();
    return !points.isEmpty() && points.size() <= 2
           && std::all_of(points.begin(), points.end(), [](uint c) { return isSearchGramChar(c); });
}

} // namespace cg::core
