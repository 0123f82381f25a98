#include "residentfixture.h"
#include "services/residentexporter.h"
#include "services/residentimporter.h"
#include "services/residentservice.h"
#include "storage/demoseeder.h"
#include "services/residentidcodec.h"

#include <QFile>
#include <QTest>

using namespace cg;

class tst_ResidentExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripWithFullIds()
    {
        test::ResidentFixture source;
        storage::DemoSeeder seeder(source.db);
        storage::DemoSeeder::Options options;
        options.residents = 400;
        options.today = QDate(2026, 11, 26);
        const services::ResidentIdCodec codec(source.deps.keys);
        options.sealIdNumber = [&codec](qint64 id, core::IdKind kind, const QString& n) { return codec.seal(id, kind, n); };
        QVERIFY(seeder.seed(options));
        // A resident whose fields need quoting.
        services::ResidentService residents(source.deps);
        services::ResidentDraft odd;
        odd.resident.unitId = source.unitA;
        odd.resident.name = QStringLiteral("Anna \"Ann\" Smith, Jr.");
        odd.resident.notes = QStringLiteral("line one\nline two; =not a formula");
        odd.resident.phone = QStringLiteral("+44 20 7123 4567");
        QVERIFY(residents.create(source.clerk(), odd));

        services::ResidentExporter exporter(source.deps);
        const QString path = source.temp.filePath(QStringLiteral("export.csv"));
        QVERIFY(!exporter.exportCsv(source.clerk(), path, {}));   // clerks do not export
        QVERIFY(!exporter.exportCsv(test::ResidentFixture::auditor(), path, {true, false}));
        auto summary = exporter.exportCsv(source.manager(), path, {true, true});
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->rows, 401);
        QCOMPARE(source.audits(QStringLiteral("export.residents_full_id")), 1);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(QStringLiteral("姓名").toUtf8()));

        test::ResidentFixture target;
        services::ResidentImporter importer(target.deps);
        auto report = importer.run(target.manager(), bytes, services::ResidentImporter::Mode::Import);
        QVERIFY(report);
        QVERIFY2(report->issues.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(report->issues.value(0).line).arg(report->issues.value(0).reason)));
        QCOMPARE(report->created, 401);
        // Same people, same places, same ID numbers.
        auto snapshot = [](test::ResidentFixture& f) {
            QSqlQuery q(f.db->connection());
            q.exec(QStringLiteral("SELECT r.name, r.role, r.phone, coalesce(r.birth_date, ''), r.unit_key, r.id_masked,"
                                  " r.notes, coalesce(g.name, ''), r.language, r.accessibility FROM residents r"
                                  " LEFT JOIN residents g ON g.id = r.guardian_id ORDER BY r.unit_key, r.name"));
            QStringList rows;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < 10; ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
            return rows;
        };
        QCOMPARE(snapshot(target), snapshot(source));
        QVERIFY(target.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE id_sealed IS NOT NULL")) > 50);
    }

    void maskedByDefault()
    {
        test::ResidentFixture f;
        services::ResidentService residents(f.deps);
        services::ResidentDraft d;
        d.resident.unitId = f.unitA;
        d.resident.name = QStringLiteral("王芳");
        d.idNumber = QStringLiteral("330106199003071236");
        QVERIFY(residents.create(f.clerk(), d));
        services::ResidentExporter exporter(f.deps);
        const QString path = f.temp.filePath(QStringLiteral("masked.csv"));
        QVERIFY(exporter.exportCsv(f.manager(), path, {}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("3301**********1236"));
        QVERIFY(!bytes.contains("330106199003071236"));
        QCOMPARE(f.audits(QStringLiteral("export.residents")), 1);
        QCOMPARE(f.audits(QStringLiteral("export.residents_full_id")), 0);
        // Re-importing a masked export stores no ID number (and says so).
        test::ResidentFixture other;
        services::ResidentImporter importer(other.deps);
        auto report = importer.run(other.manager(), bytes, services::ResidentImporter::Mode::Import);
        QVERIFY(report->issues.isEmpty());
        QCOMPARE(report->maskedIdsSkipped, 1);
    }
};

QTEST_GUILESS_MAIN(tst_ResidentExporter)
#include "tst_residentexporter.moc"
