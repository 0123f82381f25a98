// QR codes made with libqrencode, read back with zbar (Debian's OpenCV has
// no QR decoder): encode -> PNG -> zbarimg must give the same text.
#include "core/qrtoken.h"
#include "reports/qrcode.h"

#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {
QStringList zbar(const QString& png)
{
    QProcess p;
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), png});
    if (!p.waitForFinished(20000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class tst_QrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughZbar()
    {
        QTemporaryDir dir;
        const core::QrToken token = core::QrToken::generate();
        auto qr = reports::QrCode::encode(token.payload());
        QVERIFY(qr.ok());
        QVERIFY(qr->size() >= 21);
        const QString png = dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(qr->toImage(6).save(png));
        const QStringList decoded = zbar(png);
        QCOMPARE(decoded, QStringList{token.payload()});
        auto parsed = core::QrToken::parse(decoded.value(0));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->bytes(), token.bytes());
    }

    void vectorDrawingDecodesToo()
    {
        // The badge path: QrCode::draw into a painter, not toImage().
        QTemporaryDir dir;
        const QString text = QStringLiteral("CGQR:00112233445566778899AABBCCDDEEFF");
        auto qr = reports::QrCode::encode(text);
        QVERIFY(qr.ok());
        QImage canvas(400, 400, QImage::Format_RGB32);
        canvas.fill(Qt::lightGray);
        {
            QPainter painter(&canvas);
            qr->draw(painter, QRectF(37.5, 41.25, 300.5, 300.5));   // fractional module size
        }
        const QString png = dir.filePath(QStringLiteral("drawn.png"));
        QVERIFY(canvas.save(png));
        QCOMPARE(zbar(png), QStringList{text});
    }

    void unicodeText()
    {
        QTemporaryDir dir;
        const QString text = QStringLiteral("访客 张三 · 3幢");
        auto qr = reports::QrCode::encode(text);
        QVERIFY(qr.ok());
        const QString png = dir.filePath(QStringLiteral("u.png"));
        QVERIFY(qr->toImage(5).save(png));
        QCOMPARE(zbar(png), QStringList{text});
    }

    void tokens()
    {
        const core::QrToken a = core::QrToken::generate();
        const core::QrToken b = core::QrToken::generate();
        QCOMPARE(a.bytes().size(), 16);
        QVERIFY(a.bytes() != b.bytes());
        QVERIFY(a.payload().startsWith(QLatin1String("CGQR:")));
        QVERIFY(!core::QrToken::parse(QStringLiteral("CGQR:1234")).has_value());
        QVERIFY(!core::QrToken::parse(QStringLiteral("CGQR:ZZ112233445566778899AABBCCDDEEFF")).has_value());
        QCOMPARE(core::QrToken::parse(a.payload().toLower())->bytes(), a.bytes());
    }
};

QTEST_GUILESS_MAIN(tst_QrCode)
#include "tst_qrcode.moc"
