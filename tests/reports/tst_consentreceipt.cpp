// The consent receipt and the take-home notice, read back with poppler in
// both languages and rendered to PNG.
#include "reports/consentreceipt.h"
#include "services/noticeservice.h"
#include "support/pdftools.h"

#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <utility>

using namespace cg;
using reports::PdfDocument;

namespace {

reports::ConsentReceiptData sample(core::ConsentKind kind)
{
    reports::ConsentReceiptData d;
    d.residentName = QStringLiteral("王芳");
    d.unit = QStringLiteral("3-1502");
    d.event.id = 42;
    d.event.kind = kind;
    d.event.method = core::ConsentMethod::DeskSignature;
    d.event.at = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    d.event.clerkName = QStringLiteral("clerk.li");
    d.notice.id = 1;
    d.notice.number = 3;
    d.notice.content = services::NoticeService::defaultNotice();
    d.notice.hash = core::noticeHash(d.notice.content);
    d.notice.publishedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QImage signature(400, 120, QImage::Format_RGB32);
    signature.fill(Qt::white);
    QPainter p(&signature);
    p.setPen(QPen(Qt::black, 4));
    p.drawLine(20, 100, 200, 10);
    p.drawLine(200, 10, 380, 100);
    p.end();
    d.signature = signature;
    return d;
}

// A signature as the resident's screen records it on a wide pad: a 3 px pen
// across most of 1100 px (the image is cropped to the strokes).
QImage wideSignature()
{
    QImage image(1100, 190, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(QPolygonF{{12, 170}, {200, 20}, {420, 175}, {640, 25}, {860, 160}, {1088, 40}});
    return image;
}

// Top and bottom (points) of the first word `word` on page 1 below `belowPt`
// (pdftotext -bbox).
std::optional<std::pair<qreal, qreal>> wordBox(const QString& pdf, const QString& word, qreal belowPt = 0)
{
    QProcess bbox;
    bbox.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                              QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    if (!bbox.waitForFinished(20000))
        return std::nullopt;
    const QString html = QString::fromUtf8(bbox.readAllStandardOutput());
    static const QRegularExpression re(QStringLiteral("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(3) == word && m.captured(1).toDouble() > belowPt)
            return std::pair{m.captured(1).toDouble(), m.captured(2).toDouble()};
    }
    return std::nullopt;
}

QString squeeze(QString text)
{
    return text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
}

} // namespace

class tst_ConsentReceipt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void a4ReceiptInBothLanguages()
    {
        QTemporaryDir dir;
        auto data = sample(core::ConsentKind::Granted);
        auto doc = reports::buildConsentReceipt(data, PdfDocument::Format::A4Portrait, QStringLiteral("clerk.li"),
                                                data.event.at);
        const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(doc->writePdf(pdf).ok());
        const QString text = test::pdfToText(pdf, false);
        const QString flat = squeeze(text);
        for (const QString& expected :
             {QStringLiteral("人脸识别同意回执"), QStringLiteral("Facerecognitionconsentreceipt"), QStringLiteral("王芳"),
              QStringLiteral("3-1502"), QStringLiteral("同意人脸识别"), QStringLiteral("Agreedtofacerecognition"),
              QStringLiteral("clerk.li"), data.notice.hash.left(32), QStringLiteral("撤回"), QStringLiteral("withdraw"),
              QStringLiteral("告知书版本"), QStringLiteral("Noticeversion")})
            QVERIFY2(flat.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        QVERIFY(!test::pdfToPng(pdf, dir.filePath(QStringLiteral("a4")), 50).isEmpty());
    }

    void receiptWidthRefusal()
    {
        QTemporaryDir dir;
        auto data = sample(core::ConsentKind::Refused);
        data.alternative = QStringLiteral("QR code, valid until 2027-11-26");
        data.alternativeQr = QStringLiteral("CGQR:00112233445566778899AABBCCDDEEFF");
        auto doc = reports::buildConsentReceipt(data, PdfDocument::Format::Receipt80mm, QStringLiteral("clerk.li"),
                                                data.event.at);
        const QString pdf = dir.filePath(QStringLiteral("receipt80.pdf"));
        QVERIFY(doc->writePdf(pdf).ok());
        const QString flat = squeeze(test::pdfToText(pdf, false));
        QVERIFY(flat.contains(QStringLiteral("不同意人脸识别")));
        QVERIFY(flat.contains(QStringLiteral("Didnotagreetofacerecognition")));
        QVERIFY(flat.contains(QStringLiteral("QRcode")));
        // 80 mm = 226.8 pt wide.
        const QString size = test::pdfInfo(pdf, QStringLiteral("Page size"));
        QVERIFY2(size.startsWith(QStringLiteral("226.")) || size.startsWith(QStringLiteral("227")), qPrintable(size));
        const QStringList pngs = test::pdfToPng(pdf, dir.filePath(QStringLiteral("r80")), 60);
        QCOMPARE(pngs.size(), 1);
        QVERIFY(!QImage(pngs.constFirst()).isNull());
        // The QR code printed on the receipt scans back to the credential.
        const QStringList hiRes = test::pdfToPng(pdf, dir.filePath(QStringLiteral("r80hi")), 200);
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), hiRes.constFirst()});
        QVERIFY(zbar.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), data.alternativeQr);
    }

    // The signature must come out on paper, not as a hairline that a
    // receipt printer (or the preview) loses: rendered at 100 dpi, the
    // signature area of both sizes has clearly dark strokes in it.
    void signatureVisibleOnBothSizes_data()
    {
        QTest::addColumn<PdfDocument::Format>("format");
        QTest::addColumn<qreal>("widthMm");
        QTest::newRow("80 mm") << PdfDocument::Format::Receipt80mm << 60.0;
        QTest::newRow("A4") << PdfDocument::Format::A4Portrait << 80.0;
    }
    void signatureVisibleOnBothSizes()
    {
        QFETCH(PdfDocument::Format, format);
        QFETCH(qreal, widthMm);
        QTemporaryDir dir;
        auto data = sample(core::ConsentKind::Granted);
        data.signature = wideSignature();
        auto doc = reports::buildConsentReceipt(data, format, QStringLiteral("clerk.li"), data.event.at);
        const QString pdf = dir.filePath(QStringLiteral("signed.pdf"));
        QVERIFY(doc->writePdf(pdf).ok());
        // The signature sits between its heading and the next one.
        const auto heading = wordBox(pdf, QStringLiteral("Signature"));
        QVERIFY(heading);
        const auto next = wordBox(pdf, QStringLiteral("What"), heading->second);
        QVERIFY(next);
        constexpr int dpi = 100;
        const QStringList pngs = test::pdfToPng(pdf, dir.filePath(QStringLiteral("page")), dpi);
        QVERIFY(!pngs.isEmpty());
        const QImage page = QImage(pngs.constFirst()).convertToFormat(QImage::Format_Grayscale8);
        const int from = int(heading->second * dpi / 72) + 2;
        const int to = int(next->first * dpi / 72) - 2;
        QVERIFY2(to - from > 20, qPrintable(QStringLiteral("%1..%2").arg(from).arg(to)));
        int ink = 0;
        for (int y = from; y < to; ++y) {
            for (int x = 0; x < page.width(); ++x)
                ink += page.constScanLine(y)[x] < 128 ? 1 : 0;
        }
        // The zigzag is about 1.15 times the printed width long; strokes
        // printed 0.5 mm wide (2 px at 100 dpi) leave at least 1.5 dark
        // pixels across it everywhere. (A hairline left about a third.)
        const int minimum = int(widthMm / 25.4 * dpi * 1.15 * 1.5);
        QVERIFY2(ink >= minimum, qPrintable(QStringLiteral("only %1 dark pixels of signature (want >= %2)").arg(ink).arg(minimum)));
    }

    void reprintWithoutSignatureSaysOnFile()
    {
        QTemporaryDir dir;
        auto data = sample(core::ConsentKind::Withdrawn);
        data.signature = QImage();
        data.event.method = core::ConsentMethod::Letter;
        data.event.receivedOn = QDate(2026, 11, 20);
        auto doc = reports::buildConsentReceipt(data, PdfDocument::Format::A4Portrait, QStringLiteral("mgr"),
                                                data.event.at);
        const QString pdf = dir.filePath(QStringLiteral("reprint.pdf"));
        QVERIFY(doc->writePdf(pdf).ok());
        const QString flat = squeeze(test::pdfToText(pdf, false));
        QVERIFY(flat.contains(QStringLiteral("Signatureonfile")));
        QVERIFY(flat.contains(QStringLiteral("2026-11-20")));
        QVERIFY(flat.contains(QStringLiteral("撤回同意")));
    }

    void noticePrintoutHasEverySection()
    {
        QTemporaryDir dir;
        auto data = sample(core::ConsentKind::Granted);
        auto doc = reports::buildNoticePrintout(data.notice, QStringLiteral("王芳"), QStringLiteral("clerk.li"), data.event.at);
        const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
        QVERIFY(doc->writePdf(pdf).ok());
        const QString flat = squeeze(test::pdfToText(pdf, false));
        for (core::NoticeField f : core::allNoticeFields()) {
            if (f == core::NoticeField::Title)
                continue;
            QVERIFY2(flat.contains(squeeze(core::noticeFieldLabel(f, QStringLiteral("zh_CN")))), qPrintable(core::noticeFieldKey(f)));
            QVERIFY2(flat.contains(squeeze(core::noticeFieldLabel(f, QStringLiteral("en")))), qPrintable(core::noticeFieldKey(f)));
        }
        QVERIFY(flat.contains(QStringLiteral("电梯")));
        QVERIFY(test::pdfToPng(pdf, dir.filePath(QStringLiteral("n")), 40).size() >= 2);
    }
};

QTEST_MAIN(tst_ConsentReceipt)
#include "tst_consentreceipt.moc"
