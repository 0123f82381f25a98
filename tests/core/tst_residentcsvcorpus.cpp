#include "residentcsvfuzzbody.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Replays the fuzz corpus and every saved crash file of fuzz_residentcsv
// through the same body the fuzzer runs, so a fixed crash stays fixed.
class tst_ResidentCsvCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QString root = cg::test::sourceDir() + QStringLiteral("/tests/fuzz");
        int files = 0;
        for (const QString& sub : {QStringLiteral("corpus/residentcsv"), QStringLiteral("crashes/residentcsv")}) {
            const QDir dir(root + QLatin1Char('/') + sub);
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
                if (name == QLatin1String("README"))
                    continue;
                QTest::newRow(qPrintable(sub + QLatin1Char('/') + name)) << dir.filePath(name);
                ++files;
            }
        }
        QVERIFY2(files >= 10, "the corpus is missing (CG_SOURCE_DIR?)");
    }
    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const int rows = cg::test::fuzzResidentCsv(bytes);   // aborts on a broken property
        if (path.endsWith(QLatin1String("utf8_chinese.csv")) || path.endsWith(QLatin1String("gb18030_chinese.csv")))
            QCOMPARE(rows, 2);
        QVERIFY(rows >= 0);
    }
};

QTEST_GUILESS_MAIN(tst_ResidentCsvCorpus)
#include "tst_residentcsvcorpus.moc"
