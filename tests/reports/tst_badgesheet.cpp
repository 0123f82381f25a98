// Badge sheets and PIN slips read back with poppler: names (Chinese too) as
// real text, pages of eight, and every printed QR code scannable by zbar.
#include "core/qrtoken.h"
#include "reports/badgesheet.h"
#include "reports/credentialprints.h"
#include "reports/pinslip.h"
#include "support/pdftools.h"

#include <QGuiApplication>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {
QStringList zbar(const QString& png)
{
    QProcess p;
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), png});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QList<reports::Badge> badges(int n)
{
    const QStringList names = {QStringLiteral("王怡"), QStringLiteral("欧阳晨曦"), QStringLiteral("Sofia Ivanova"),
                               QStringLiteral("赵艳超"), QStringLiteral("李娜")};
    QList<reports::Badge> list;
    for (int i = 0; i < n; ++i) {
        reports::Badge b;
        b.title = QStringLiteral("住户二维码");
        b.name = names.at(i % names.size());
        b.unit = QStringLiteral("3-%1").arg(1201 + i);
        b.place = QStringLiteral("翠苑小区 · 3幢");
        b.validity = QStringLiteral("Valid until 2027-06-30");
        b.payload = core::QrToken::generate().payload();
        b.reference = QStringLiteral("No. %1").arg(i + 1);
        list.append(b);
    }
    return list;
}
} // namespace

class tst_BadgeSheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesAreSearchableText()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("badges.pdf"));
        reports::BadgeSheet sheet(badges(10), QStringLiteral("3幢 QR badges"));
        QCOMPARE(sheet.pageCount(), 2);
        QVERIFY(sheet.writePdf(pdf).ok());
        QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Pages")), QStringLiteral("2"));
        QVERIFY(test::pdfInfo(pdf, QStringLiteral("Page size")).contains(QLatin1String("595")));   // A4
        const QString text = test::pdfToText(pdf);
        for (const QString& name : {QStringLiteral("王怡"), QStringLiteral("欧阳晨曦"), QStringLiteral("Sofia Ivanova"),
                                    QStringLiteral("翠苑小区"), QStringLiteral("3-1210"), QStringLiteral("Valid until 2027-06-30")})
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(test::pdfFonts(pdf).join(QLatin1Char(' ')).contains(QLatin1String("WenQuanYi"), Qt::CaseInsensitive));
    }

    void everyQrScansFromThePrintedPage()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("badges.pdf"));
        const auto list = badges(8);
        QVERIFY(reports::BadgeSheet(list).writePdf(pdf).ok());
        const QStringList pngs = test::pdfToPng(pdf, dir.filePath(QStringLiteral("page")), 150);
        QCOMPARE(pngs.size(), 1);
        const QStringList decoded = zbar(pngs.first());
        QSet<QString> expected;
        for (const auto& b : list)
            expected.insert(b.payload);
        QCOMPARE(QSet<QString>(decoded.begin(), decoded.end()), expected);
    }

    void emptySheetIsRefused()
    {
        QTemporaryDir dir;
        auto status = reports::BadgeSheet({}).writePdf(dir.filePath(QStringLiteral("none.pdf")));
        QVERIFY(!status.ok());
    }

    void pinSlip()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
        core::Credential c;
        c.id = 42;
        c.type = core::CredentialType::Pin;
        c.residentName = QStringLiteral("欧阳晨曦");
        c.unitLabel = QStringLiteral("3-1201");
        c.buildingName = QStringLiteral("3幢");
        c.validTo = QDateTime(QDate(2027, 7, 1), QTime(0, 0));
        auto doc = reports::buildPinSlips({reports::credentialPinSlip(c, QStringLiteral("583920"), QStringLiteral("翠苑小区"))},
                                          reports::PdfDocument::Format::Receipt80mm, QStringLiteral("clerk.li"),
                                          QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        QVERIFY(doc->writePdf(pdf).ok());
        const QString text = test::pdfToText(pdf, false);
        QVERIFY(text.contains(QStringLiteral("欧阳晨曦")));
        QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(QLatin1String("583920")));
        QVERIFY(text.contains(QLatin1String("3-1201")));
        QVERIFY(text.contains(QLatin1String("2027-06-30")));   // last valid day, not the exclusive end
    }
};

QTEST_MAIN(tst_BadgeSheet)
#include "tst_badgesheet.moc"
