#include "core/qrtoken.h"

#include <QRandomGenerator>

#include <array>

namespace cg::core {

namespace {
const QString kPrefix = QStringLiteral("CGQR:");
constexpr int kBytes = 16;
} // namespace

QrToken QrToken::generate()
{
    std::array<quint32, kBytes / 4> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    QrToken t;
    t.m_bytes = QByteArray(reinterpret_cast<const char*>(words.data()), kBytes);
    words.fill(0);
    return t;
}

std::optional<QrToken> QrToken::parse(const QString& text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(kPrefix, Qt::CaseInsensitive))
        hex = hex.mid(kPrefix.size());
    if (hex.size() != kBytes * 2)
        return std::nullopt;
    for (QChar c : hex) {
        if (!c.isDigit() && !(c.toUpper() >= QLatin1Char('A') && c.toUpper() <= QLatin1Char('F')))
            return std::nullopt;
    }
    QrToken t;
    t.m_bytes = QByteArray::fromHex(hex.toLatin1());
    if (t.m_bytes.size() != kBytes)
        return std::nullopt;
    return t;
}

QString QrToken::payload() const
{
    return kPrefix + QString::fromLatin1(m_bytes.toHex()).toUpper();
}

} // namespace cg::core
