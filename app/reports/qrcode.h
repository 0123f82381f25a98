#pragma once

#include "core/result.h"

#include <QImage>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace cg::reports {

// A QR code symbol made by libqrencode: a square of dark/light modules.
// Drawn as vector rectangles into PDFs (sharp at any print size) or rendered
// to an image for the screen. Error correction level M (15 %) survives
// creases and smudges on a badge. Thread-safe: immutable after encode().
class QrCode final
{
public:
    static core::Result<QrCode> encode(const QString& text);

    int size() const { return m_size; }           // modules per side
    int version() const { return m_version; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Draws the symbol and its 4-module quiet zone into `target` (square).
    void draw(QPainter& painter, const QRectF& target) const;
    // An image with `pixelsPerModule` pixels per module and the quiet zone.
    QImage toImage(int pixelsPerModule = 8) const;

    static constexpr int kQuietZone = 4;

private:
    int m_size = 0;
    int m_version = 0;
    QVector<bool> m_modules;
};

} // namespace cg::reports
