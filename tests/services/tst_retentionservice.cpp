#include "residentfixture.h"
#include "services/moveoutservice.h"
#include "services/residentservice.h"
#include "services/retentionservice.h"

#include <QTest>

using namespace cg;

class tst_RetentionService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anonymisesAfterThePeriod()
    {
        test::ResidentFixture f;
        services::ResidentService residents(f.deps);
        auto make = [&](const QString& name, QDate moveOut, const QString& id) {
            services::ResidentDraft d;
            d.resident.unitId = f.unitA;
            d.resident.name = name;
            d.resident.phone = QStringLiteral("13900001111");
            d.resident.notes = QStringLiteral("prefers evening visits");
            d.resident.moveIn = QDate(2015, 1, 1);
            d.resident.moveOut = moveOut;
            if (!id.isEmpty())
                d.idNumber = id;
            return residents.create(f.clerk(), d).value().id;
        };
        const qint64 longGone = make(QStringLiteral("赵四"), QDate(2022, 6, 1), QStringLiteral("330106199003071236"));
        const qint64 recent = make(QStringLiteral("钱五"), QDate(2025, 1, 1), {});
        const qint64 current = make(QStringLiteral("孙六"), {}, {});

        auto moveOut = std::make_shared<services::MoveOutService>(f.deps);
        services::RetentionService retention(f.deps, moveOut);
        QCOMPARE(retention.retentionYears(), 3);
        QVERIFY(!retention.run(f.clerk()));   // clerks do not run retention
        auto report = retention.run(test::ResidentFixture::actor(core::Role::Administrator, QStringLiteral("admin")));
        QVERIFY(report);
        QCOMPARE(report->cutoff, QDate(2023, 11, 26));
        QCOMPARE(report->anonymised, QList<qint64>{longGone});

        const core::Resident gone = residents.get(f.clerk(), longGone).value();
        QVERIFY(gone.isAnonymised());
        QCOMPARE(gone.name, QStringLiteral("#%1").arg(longGone));
        QVERIFY(gone.phone.isEmpty() && gone.notes.isEmpty() && !gone.birthDate.isValid());
        QCOMPARE(gone.idKind, core::IdKind::None);
        QCOMPARE(gone.moveOut, QDate(2022, 6, 1));   // statistics stay
        QCOMPARE(gone.unitId, f.unitA);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE id_sealed IS NOT NULL")), 0);
        QCOMPARE(f.audits(QStringLiteral("retention.anonymise")), 1);
        QCOMPARE(f.audits(QStringLiteral("retention.run")), 1);
        storage::ResidentFilter byName;
        byName.search = QStringLiteral("赵四");
        QCOMPARE(residents.count(f.clerk(), byName).value(), 0);

        // A shorter period set by an administrator catches the recent leaver.
        QVERIFY(!retention.setRetentionYears(f.manager(), 1));
        QVERIFY(retention.setRetentionYears(test::ResidentFixture::actor(core::Role::Administrator, QStringLiteral("admin")), 1));
        QCOMPARE(f.audits(QStringLiteral("settings.retention_years")), 1);
        report = retention.run(core::Actor::system(), true);
        QCOMPARE(report->anonymised, QList<qint64>{recent});
        QVERIFY(!residents.get(f.clerk(), current)->isAnonymised());
        // Nothing left to do: an automatic run leaves no summary entry.
        const qint64 runs = f.audits(QStringLiteral("retention.run"));
        QVERIFY(retention.run(core::Actor::system(), true)->anonymised.isEmpty());
        QCOMPARE(f.audits(QStringLiteral("retention.run")), runs);
    }
};

QTEST_GUILESS_MAIN(tst_RetentionService)
#include "tst_retentionservice.moc"
