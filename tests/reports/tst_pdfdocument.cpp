// The PDF builder, read back with poppler: real Chinese text, page numbers,
// repeated table headers, header band, receipt width, rendering to PNG.
#include "reports/pdfdocument.h"
#include "support/pdftools.h"

#include <QDir>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;
using reports::PdfDocument;

namespace {

// Draws bars as plain rectangles and records what it was asked to draw: the
// builder's contract with the (Qt Charts) painter is tested here, the real
// adapter in tests/ui.
class RecordingChartPainter final : public reports::ChartPainter
{
public:
    void paint(QPainter& painter, const QRectF& rect, const reports::ChartSpec& chart) const override
    {
        ++calls;
        lastRect = rect;
        lastTitle = chart.title;
        painter.save();
        painter.setPen(Qt::black);
        painter.drawRect(rect);
        painter.fillRect(QRectF(rect.left(), rect.center().y(), rect.width() / 3, rect.height() / 2), Qt::darkGreen);
        painter.restore();
    }
    mutable int calls = 0;
    mutable QRectF lastRect;
    mutable QString lastTitle;
};

PdfDocument::Options options(PdfDocument::Format format = PdfDocument::Format::A4Portrait)
{
    PdfDocument::Options o;
    o.format = format;
    o.title = QStringLiteral("合规报告 Compliance report");
    o.operatorName = QStringLiteral("王经理");
    o.filters = QStringLiteral("小区：湖畔花园 · 2026-10-01 – 2026-10-31");
    o.generatedAtUtc = QDateTime(QDate(2026, 11, 26), QTime(9, 5, 0), Qt::UTC);
    o.timeZone = QTimeZone("Asia/Shanghai");
    o.footerNote = QStringLiteral("ConsentGate test");
    return o;
}

QString squeeze(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class tst_PdfDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!PdfDocument::fontFamily().isEmpty(), "fonts-wqy-microhei is not installed");
        QVERIFY(m_dir.isValid());
    }

    void chineseIsRealTextAndFontEmbedded()
    {
        PdfDocument doc(options());
        doc.heading(QStringLiteral("住户同意情况"));
        doc.paragraph(QStringLiteral("人脸识别仅用于已单独同意的住户；不同意的住户使用门禁卡、密码或二维码通行。"));
        doc.paragraph(QStringLiteral("Refusing costs nothing."), PdfDocument::TextStyle::Warning);
        const QString file = m_dir.filePath(QStringLiteral("zh.pdf"));
        QVERIFY(doc.writePdf(file));
        const QString text = squeeze(test::pdfToText(file, false));
        QVERIFY2(text.contains(QStringLiteral("住户同意情况")), qPrintable(text));
        // 人 and 户 are the characters Noto CJK turns into Kangxi radicals.
        QVERIFY(text.contains(QStringLiteral("人脸识别仅用于已单独同意的住户")));
        QVERIFY(!text.contains(QChar(0x2F08)) && !text.contains(QChar(0x2F3E)));
        QVERIFY(text.contains(QStringLiteral("Refusingcostsnothing.")));
        const QStringList fonts = test::pdfFonts(file);
        QVERIFY2(fonts.join(QLatin1Char(' ')).contains(QStringLiteral("WenQuanYi")), qPrintable(fonts.join(QLatin1Char(','))));
        QCOMPARE(test::pdfInfo(file, QStringLiteral("Title")), options().title);
    }

    void headerFooterOnEveryPage()
    {
        PdfDocument doc(options());
        QList<QStringList> rows;
        for (int i = 1; i <= 150; ++i)
            rows << QStringList{QString::number(i), QStringLiteral("住户%1").arg(i), QStringLiteral("3-%1").arg(100 + i),
                                QStringLiteral("门禁卡")};
        doc.heading(QStringLiteral("Opted-out residents"));
        doc.table({QStringLiteral("No."), QStringLiteral("Name 姓名"), QStringLiteral("Unit"), QStringLiteral("Credential")},
                  rows);
        const QString file = m_dir.filePath(QStringLiteral("table.pdf"));
        QVERIFY(doc.writePdf(file));
        const int pages = doc.pageCount();
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(test::pdfInfo(file, QStringLiteral("Pages")).toInt(), pages);

        const QStringList pageTexts = test::pdfToText(file).split(QChar(0x0C), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int p = 0; p < pages; ++p) {
            const QString t = pageTexts.at(p);
            QVERIFY2(t.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)), qPrintable(t));
            QVERIFY(t.contains(QStringLiteral("Generated 2026-11-26 17:05:00 CST (UTC+08:00)")));
            QVERIFY(t.contains(QStringLiteral("Operator: 王经理")));
            QVERIFY(t.contains(QStringLiteral("湖畔花园")));
            QVERIFY2(t.contains(QStringLiteral("Name 姓名")), "table header repeated on every page");
        }
        // Every row made it, in order, exactly once.
        const QString all = test::pdfToText(file, false);
        for (int i : {1, 75, 150})
            QCOMPARE(all.count(QStringLiteral("住户%1\n").arg(i)), 1);
    }

    void keyValuesImagesAndCharts()
    {
        PdfDocument doc(options(PdfDocument::Format::A4Landscape));
        auto chart = std::make_shared<RecordingChartPainter>();
        doc.setChartPainter(chart);
        doc.keyValues({{QStringLiteral("Coverage violations 覆盖缺口"), QStringLiteral("3")},
                       {QStringLiteral("Notice hash"), QString(64, QLatin1Char('a'))}});
        QImage qr(21, 21, QImage::Format_Mono);
        qr.fill(0);
        doc.image(qr, 30, QStringLiteral("扫码通行"), false);
        reports::ChartSpec spec;
        spec.title = QStringLiteral("by building");
        spec.categories = {QStringLiteral("1"), QStringLiteral("2")};
        spec.series = {{QStringLiteral("agreed"), {3, 4}, {}}};
        doc.chart(spec, 70);
        const QString file = m_dir.filePath(QStringLiteral("kv.pdf"));
        QVERIFY(doc.writePdf(file));
        QCOMPARE(chart->calls, 1);
        QCOMPARE(chart->lastTitle, spec.title);
        QVERIFY(chart->lastRect.width() > chart->lastRect.height());
        const QString text = squeeze(test::pdfToText(file, false));
        QVERIFY(text.contains(QStringLiteral("覆盖缺口")));
        QVERIFY(text.contains(QStringLiteral("扫码通行")));
        QVERIFY(text.contains(QString(64, QLatin1Char('a'))));   // long tokens wrap, never lost
        const QString size = test::pdfInfo(file, QStringLiteral("Page size"));
        QVERIFY2(size.startsWith(QStringLiteral("842 x 595")) || size.startsWith(QStringLiteral("841.89 x 595.27")),
                 qPrintable(size));   // A4 landscape in points
        const QStringList png = test::pdfToPng(file, m_dir.filePath(QStringLiteral("kv")));
        QCOMPARE(png.size(), 1);
        QVERIFY(!QImage(png.first()).isNull());
    }

    void chartWithoutPainterPrintsItsData()
    {
        PdfDocument doc(options());
        reports::ChartSpec spec;
        spec.title = QStringLiteral("Credential mix");
        spec.kind = reports::ChartSpec::Kind::Pie;
        spec.categories = {QStringLiteral("card"), QStringLiteral("PIN")};
        spec.series = {{QStringLiteral("credentials"), {12, 7}, {}}};
        doc.chart(spec, 60);
        const QString file = m_dir.filePath(QStringLiteral("nochart.pdf"));
        QVERIFY(doc.writePdf(file));
        const QString text = test::pdfToText(file);
        QVERIFY(text.contains(QStringLiteral("Credential mix")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("card\\s+12"))));
    }

    void receiptIsEightyMillimetresAndOnePage()
    {
        PdfDocument doc(options(PdfDocument::Format::Receipt80mm));
        doc.heading(QStringLiteral("同意回执 Consent receipt"), 2);
        doc.keyValues({{QStringLiteral("住户"), QStringLiteral("李小梅")}, {QStringLiteral("选择"), QStringLiteral("不同意")}});
        for (int i = 0; i < 12; ++i)
            doc.paragraph(QStringLiteral("撤回方式：到物业服务中心前台或致电。 %1").arg(i));
        const QString file = m_dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(doc.writePdf(file));
        QCOMPARE(doc.pageCount(), 1);
        const QString size = test::pdfInfo(file, QStringLiteral("Page size"));
        QVERIFY2(size.startsWith(QStringLiteral("227 x")) || size.startsWith(QStringLiteral("226.77")),
                 qPrintable(size));   // 80 mm in points
        const double height = size.section(QLatin1Char(' '), 2, 2).toDouble();
        QVERIFY2(height > 200 && height < 2000, qPrintable(size));
        const QString text = squeeze(test::pdfToText(file, false));
        QVERIFY(text.contains(QStringLiteral("李小梅")));
        QVERIFY(text.contains(QStringLiteral("撤回方式：到物业服务中心前台或致电。11")));
        QVERIFY(text.contains(QStringLiteral("Operator:王经理")));
        QCOMPARE(test::pdfToPng(file, m_dir.filePath(QStringLiteral("receipt"))).size(), 1);
    }

    void cleanupTestCase()
    {
        // CG_KEEP_PDFS=DIR keeps the PDFs for a person to look at.
        if (const QString keep = qEnvironmentVariable("CG_KEEP_PDFS"); !keep.isEmpty())
            for (const QString& f : QDir(m_dir.path()).entryList({QStringLiteral("*.pdf")}))
                QFile::copy(m_dir.filePath(f), keep + QLatin1Char('/') + f);
    }

    void unwritablePathIsAnError()
    {
        PdfDocument doc(options());
        doc.paragraph(QStringLiteral("x"));
        const auto status = doc.writePdf(QStringLiteral("/nonexistent-dir/x.pdf"));
        QVERIFY(!status);
        QCOMPARE(status.error().kind, core::Error::Kind::Io);
        QVERIFY(status.error().message.contains(QStringLiteral("/nonexistent-dir/x.pdf")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_PdfDocument)
#include "tst_pdfdocument.moc"
