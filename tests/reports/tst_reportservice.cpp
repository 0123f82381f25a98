// The reports of issue 8 on the hand-seeded compound: PDFs read back with
// pdftotext (English and Chinese) and rendered with pdftoppm, CSV columns and
// escaping, auditing, and the headless command.
#include "core/clock.h"
#include "reports/compliancereport.h"
#include "reports/csvwriter.h"
#include "reports/reportservice.h"
#include "reports/reporttext.h"
#include "services/servicedeps.h"
#include "storage/exportrepository.h"
#include "support/compliancefixture.h"
#include "support/fakeclock.h"
#include "support/pdftools.h"
#include "support/tempdatabase.h"
#include "support/testenv.h"
#include "ui/charts/qtchartpainter.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace cg;

namespace {
core::Actor manager()
{
    return core::Actor{7, QStringLiteral("王经理"), core::Role::Manager, QStringLiteral("desk")};
}
QString squeeze(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s+")));
}
// Splits one CSV record stream into records of fields (RFC 4180), to check
// what a spreadsheet would read back.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            fields << field;
            field.clear();
            records << fields;
            fields.clear();
        } else {
            field += c;
        }
    }
    return records;
}
} // namespace

class tst_ReportService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        m_db = m_temp->open();
        QVERIFY(test::ComplianceFixture{}.seed(*m_db));
        auto clock = std::make_shared<test::FakeClock>(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        auto deps = services::ServiceDeps::build(m_db, m_temp->keyDir(), clock);
        QVERIFY(deps);
        m_deps = *deps;
    }
    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_translator);
    }

    void compliancePdfEnglish()
    {
        reports::ReportService service(m_deps, std::make_shared<ui::QtChartPainter>(reports::PdfDocument::fontFamily()));
        storage::ComplianceFilter f;
        f.from = QDate(2026, 9, 1);
        f.to = QDate(2026, 11, 30);
        const QString file = m_temp->filePath(QStringLiteral("compliance.pdf"));
        auto written = service.writeCompliance(manager(), f, file);
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error().message));
        const QString text = test::pdfToText(file);
        QVERIFY(text.contains(QStringLiteral("Face recognition compliance report")));
        QVERIFY(text.contains(QStringLiteral("Operator: 王经理")));
        QVERIFY(text.contains(QStringLiteral("2026-09-01 – 2026-11-30")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Residents living in scope\\s+9"))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Face data deletions in the period\\s+2"))));
        QVERIFY(text.contains(QStringLiteral("12 h 0 min / 1 d 0 h")));          // median 43202 s / max 86400 s
        QVERIFY(text.contains(QStringLiteral("gate-terminal-1")));                // the pending device copy
        QVERIFY(text.contains(QStringLiteral("Consent status by building")));     // chart title as vector text
        QVERIFY(text.contains(QStringLiteral("Re-consent backlog")));
        QVERIFY(text.contains(QStringLiteral("2026-12-10")));                     // r5's grace period
        QVERIFY(text.contains(QStringLiteral("verified")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Page 1 of %1").arg(written->rows))));
        QVERIFY(squeeze(text).contains(QStringLiteral("赵敏")));
        const QStringList png = test::pdfToPng(file, m_temp->filePath(QStringLiteral("en")));
        QCOMPARE(png.size(), int(written->rows));

        // Generation is audited, without personal data.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'report.generate'")) && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("\"kind\":\"compliance\"")));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("赵敏")));
    }

    void statusChartByCompoundAndTopDown()
    {
        services::ComplianceFigures f;
        for (int i = 1; i <= 13; ++i)
            f.byBuilding << storage::BuildingConsent{i, QStringLiteral("%1幢").arg(i), QStringLiteral("A"), i, 0, 0, 0, 0};
        // One compound, 13 buildings: horizontal, the first building on top (drawn last).
        reports::ChartSpec one = reports::ComplianceReport::statusByBuildingChart(f);
        QVERIFY(one.horizontal);
        QCOMPARE(one.categories.size(), 13);
        QCOMPARE(one.categories.last(), QStringLiteral("1幢"));
        QCOMPARE(one.series.at(0).values.last(), 1.0);
        QVERIFY(reports::ComplianceReport::statusChartHeightMm(one) >= 13 * 6.5);
        // At that height every bar keeps its label in the PDF (Qt Charts elides a label that does not fit).
        reports::PdfDocument::Options options;
        options.title = QStringLiteral("chart");
        reports::PdfDocument doc(options);
        doc.setChartPainter(std::make_shared<ui::QtChartPainter>(reports::PdfDocument::fontFamily()));
        doc.chart(one, reports::ComplianceReport::statusChartHeightMm(one));
        const QString pdf = m_temp->filePath(QStringLiteral("bars.pdf"));
        QVERIFY(doc.writePdf(pdf));
        const QString text = test::pdfToText(pdf);
        for (int i = 1; i <= 13; ++i)
            QVERIFY2(text.contains(QStringLiteral("%1幢").arg(i)), qPrintable(text));
        // Several compounds and more than 12 buildings: one bar per compound, summed.
        f.byBuilding << storage::BuildingConsent{14, QStringLiteral("1幢"), QStringLiteral("B"), 5, 1, 0, 0, 0};
        QVERIFY(reports::ComplianceReport::statusByCompound(f));
        reports::ChartSpec two = reports::ComplianceReport::statusByBuildingChart(f);
        QCOMPARE(two.categories, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(two.series.at(0).values, (QList<double>{91, 5}));
        QCOMPARE(two.series.at(1).values, (QList<double>{0, 1}));
        QVERIFY(!two.horizontal);
    }

    void filingDeadlineSaysWhichCalendar()
    {
        // Crossed on 2026-11-20: 30 working days end in January 2027, whose
        // State Council arrangement the shipped table does not have yet.
        QVERIFY(m_db->setSetting(QStringLiteral("filing.threshold_crossed_on"), QStringLiteral("2026-11-20")));
        reports::ReportService service(m_deps, std::make_shared<ui::QtChartPainter>(reports::PdfDocument::fontFamily()));
        const QString file = m_temp->filePath(QStringLiteral("filing.pdf"));
        QVERIFY(service.writeCompliance(manager(), {}, file));
        const QString text = squeeze(test::pdfToText(file));
        QVERIFY2(text.contains(QStringLiteral("FilingwiththeprovincialCyberspaceAdministrationisdueby2027-01-04")),
                 qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("2026official(StateCouncilarrangement)")));
        QVERIFY(text.contains(QStringLiteral("2027provisional(statutoryholidaysonly")));
    }

    void compliancePdfChinese()
    {
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/consentgate_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
        reports::ReportService service(m_deps, std::make_shared<ui::QtChartPainter>(reports::PdfDocument::fontFamily()));
        const QString file = m_temp->filePath(QStringLiteral("compliance_zh.pdf"));
        auto written = service.writeCompliance(manager(), {}, file);
        QVERIFY(written);
        const QString text = squeeze(test::pdfToText(file, false));
        QVERIFY2(text.contains(QStringLiteral("人脸识别合规报告")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("各楼栋同意情况")));
        QVERIFY(text.contains(QStringLiteral("第1页，共%1页").arg(written->rows)));
        QVERIFY(!text.contains(QChar(0x2F08)));   // 人 as a Kangxi radical would mean the wrong font
        QCOMPARE(test::pdfToPng(file, m_temp->filePath(QStringLiteral("zh"))).size(), int(written->rows));
    }

    void ledgerCsvColumnsAndEscaping()
    {
        reports::ReportService service(m_deps, nullptr);
        const QString file = m_temp->filePath(QStringLiteral("ledger.csv"));
        auto written = service.writeLedger(manager(), {}, file);
        QVERIFY(written);
        QCOMPARE(written->rows, qint64(9));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), 10);
        QCOMPARE(records.first(), storage::ExportRepository::ledgerColumns());
        for (const QStringList& r : records)
            QCOMPARE(r.size(), 14);
        const QStringList refused = records.at(2);
        QCOMPARE(refused.at(3), QStringLiteral("李娜, \"Lina\""));       // comma and quotes survive
        QCOMPARE(refused.at(6), QStringLiteral("refused"));
        QCOMPARE(refused.at(7), QStringLiteral("aaaa1111"));            // notice hash
        QCOMPARE(refused.at(13), QStringLiteral("says: \"no\", thanks\nline 2"));
    }

    void csvNeutralisesFormulas()
    {
        QCOMPARE(reports::CsvWriter::escape(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(reports::CsvWriter::escape(QStringLiteral("-12")), QStringLiteral("-12"));
        QCOMPARE(reports::CsvWriter::escape(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
        QCOMPARE(reports::CsvWriter::escape(QStringLiteral("张三")), QStringLiteral("张三"));
    }

    void deletionCertificate()
    {
        reports::ReportService service(m_deps, nullptr);
        const QString file = m_temp->filePath(QStringLiteral("cert.pdf"));
        auto written = service.writeDeletionCertificate(manager(), 3, file);
        QVERIFY(written);
        const QString text = test::pdfToText(file);
        QVERIFY(text.contains(QStringLiteral("Certificate of deletion of face data")));
        QVERIFY(text.contains(QStringLiteral("王芳")));
        QVERIFY(text.contains(QStringLiteral("Consent withdrawn")));
        QVERIFY(text.contains(QStringLiteral("gate-terminal-1")));
        QVERIFY(text.contains(QStringLiteral("not yet confirmed")));
        // A bare building number is called a building; a name that says so already is not said twice.
        QCOMPARE(reports::buildingName(QStringLiteral("3")), QStringLiteral("building 3"));
        QCOMPARE(reports::buildingName(QStringLiteral("1幢")), QStringLiteral("1幢"));
        QVERIFY(text.contains(QStringLiteral("awaiting deletion")));   // the device copy is still held
        auto missing = service.writeDeletionCertificate(manager(), 999, m_temp->filePath(QStringLiteral("x.pdf")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, core::Error::Kind::NotFound);
    }

    void impactAssessmentDraft()
    {
        reports::ReportService service(m_deps, nullptr);
        const QString pdf = m_temp->filePath(QStringLiteral("pia.pdf"));
        QVERIFY(service.writeImpactAssessment(manager(), pdf));
        const QString text = test::pdfToText(pdf);
        QVERIFY(text.contains(QStringLiteral("Art. 56")));
        QVERIFY(text.contains(QStringLiteral("to be completed")));
        QVERIFY(text.contains(QStringLiteral("9 residents")));
        const QString md = m_temp->filePath(QStringLiteral("pia.md"));
        QVERIFY(service.writeImpactAssessment(manager(), md));
        QFile in(md);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(in.readAll().contains("## 5."));
    }

    void cronLikeEnvironment()
    {
        // As a cron job runs it: `env -i` (no DISPLAY, no HOME, no XDG, no
        // QT_QPA_PLATFORM, no locale), stdin closed, every report kind.
        // A notice in both languages: the Chinese draft quotes its Chinese text.
        QSqlQuery notice(m_db->connection());
        QVERIFY(notice.exec(QStringLiteral(
            "INSERT INTO notice_versions (id, number, text_hash, content, published_at, published_by) VALUES (2, 2, "
            "'bbbb2222', '{\"zh_CN\":{\"purpose\":\"仅用于开门\"},\"en\":{\"purpose\":\"Only to open doors\"}}', "
            "'2026-11-01T00:00:00Z', 'admin')")));
        notice.finish();
        m_db.reset();
        QVERIFY(QFile::exists(QStringLiteral("/usr/bin/env")));
        struct Case
        {
            const char* kind;
            const char* file;
            const char* lang;
            QString expect;
        };
        const QList<Case> cases{{"compliance", "c.pdf", "zh_CN", QStringLiteral("人脸识别合规报告")},
                                {"ledger", "l.csv", "en", QStringLiteral("aaaa1111")},
                                {"deletions", "d.pdf", "en", QStringLiteral("gate-terminal-1")},
                                {"pia", "p.pdf", "zh_CN", QStringLiteral("个人信息保护影响评估")},
                                // --lang sets the locale too: the notice quoted in the reader's language.
                                {"pia", "p2.pdf", "zh_CN", QStringLiteral("仅用于开门")},
                                {"pia", "p3.pdf", "en", QStringLiteral("Onlytoopendoors")}};
        for (const Case& c : cases) {
            const QString out = m_temp->filePath(QString::fromLatin1(c.file));
            QProcess p;
            p.setProgram(QStringLiteral("/usr/bin/env"));
            p.setArguments({QStringLiteral("-i"), test::consentgateBinary(), QStringLiteral("report"),
                            QString::fromLatin1(c.kind), QStringLiteral("--database"), m_temp->path(),
                            QStringLiteral("--key-dir"), m_temp->keyDir(), QStringLiteral("--out"), out,
                            QStringLiteral("--lang"), QString::fromLatin1(c.lang)});
            p.setStandardInputFile(QProcess::nullDevice());
            p.start();
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromLatin1(c.kind) + QLatin1Char(' ')
                                                   + QString::fromUtf8(p.readAllStandardError())));
            QString text;
            if (out.endsWith(QLatin1String(".pdf"))) {
                text = squeeze(test::pdfToText(out, false));
            } else {
                QFile f(out);
                QVERIFY(f.open(QIODevice::ReadOnly));
                text = QString::fromUtf8(f.readAll());
            }
            QVERIFY2(text.contains(c.expect), qPrintable(QString::fromLatin1(c.kind) + QStringLiteral(": ") + text.left(300)));
        }
    }

    void headlessCommand()
    {
        m_db.reset();   // let the child process open the file alone
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QString out = m_temp->filePath(QStringLiteral("cli_%1.pdf").arg(lang));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));   // the command must choose offscreen itself
            env.remove(QStringLiteral("DISPLAY"));
            p.setProcessEnvironment(env);
            p.start(test::consentgateBinary(),
                    {QStringLiteral("report"), QStringLiteral("compliance"), QStringLiteral("--database"), m_temp->path(),
                     QStringLiteral("--key-dir"), m_temp->keyDir(), QStringLiteral("--out"), out, QStringLiteral("--lang"),
                     lang, QStringLiteral("--from"), QStringLiteral("2026-09-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-30"), QStringLiteral("--building"), QStringLiteral("2")});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            const QString text = squeeze(test::pdfToText(out, false));
            QVERIFY(text.contains(lang == QLatin1String("en") ? QStringLiteral("Compound:Lakeside湖畔花园,building:2")
                                                              : QStringLiteral("人脸识别合规报告")));
        }
        QProcess bad;
        bad.start(test::consentgateBinary(), {QStringLiteral("report"), QStringLiteral("compliance"), QStringLiteral("--database"),
                                              m_temp->path(), QStringLiteral("--key-dir"), m_temp->keyDir(),
                                              QStringLiteral("--out"), m_temp->filePath(QStringLiteral("b.pdf")),
                                              QStringLiteral("--from"), QStringLiteral("31.10.2026")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--from"));
    }

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::shared_ptr<storage::Database> m_db;
    services::ServiceDeps m_deps;
    QTranslator m_translator;
};

QTEST_MAIN(tst_ReportService)
#include "tst_reportservice.moc"
