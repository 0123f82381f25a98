#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cg::core {

// The secret printed in a QR credential: 128 random bits from the operating
// system's CSPRNG. The payload is "CGQR:" + 32 upper-case hex digits, all in
// QR's alphanumeric alphabet so the code stays small (version 2).
class QrToken final
{
public:
    static QrToken generate();
    // Accepts the full payload or the 32 hex digits alone (case-insensitive).
    static std::optional<QrToken> parse(const QString& text);

    QByteArray bytes() const { return m_bytes; }      // 16 bytes, for the keyed look-up hash
    QString payload() const;

private:
    QByteArray m_bytes;
};

} // namespace cg::core
