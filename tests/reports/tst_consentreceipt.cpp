// The consent receipt and the take-home notice, read back with poppler in
// both languages and rendered to PNG.
#include "reports/consentreceipt.h"
#include "services/noticeservice.h"
#include "support/pdftools.h"

#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
