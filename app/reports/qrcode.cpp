#include "reports/qrcode.h"

#include <QCoreApplication>
#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace cg::reports {

core::Result<QrCode> QrCode::encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    // Case-sensitive 8-bit mode keeps any text intact; libqrencode still picks
    // alphanumeric segments where the text allows (our tokens are all such).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return core::Error::make(core::Error::Kind::Internal,
                                 QCoreApplication::translate("cg::reports::QrCode", "The text is too long for a QR code."));
    QrCode qr;
    qr.m_size = code->width;
    qr.m_version = code->version;
    qr.m_modules.resize(qr.m_size * qr.m_size);
    for (int i = 0; i < qr.m_size * qr.m_size; ++i)
        qr.m_modules[i] = code->data[i] & 1;   // bit 0: dark module
    return qr;
}

void QrCode::draw(QPainter& painter, const QRectF& target) const
{
    const int total = m_size + 2 * kQuietZone;
    const qreal module = std::min(target.width(), target.height()) / total;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(target.topLeft(), QSizeF(module * total, module * total)), Qt::white);
    painter.setBrush(Qt::black);
    // Runs of dark modules in a row become one rectangle: smaller PDFs and no
    // hairline gaps between neighbours in some viewers.
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_size && isDark(end, y))
                ++end;
            painter.drawRect(QRectF(target.left() + (kQuietZone + x) * module, target.top() + (kQuietZone + y) * module,
                                    (end - x) * module, module));
            x = end;
        }
    }
    painter.restore();
}

QImage QrCode::toImage(int pixelsPerModule) const
{
    const int total = (m_size + 2 * kQuietZone) * pixelsPerModule;
    QImage image(total, total, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < pixelsPerModule; ++dy) {
                uchar* line = image.scanLine((kQuietZone + y) * pixelsPerModule + dy);
                std::fill_n(line + (kQuietZone + x) * pixelsPerModule, pixelsPerModule, uchar(0));
            }
        }
    }
    return image;
}

} // namespace cg::reports
