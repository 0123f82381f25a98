#include "residentfixture.h"
#include "services/moveoutservice.h"
#include "services/residentservice.h"

#include <QTest>

using namespace cg;
using services::MoveOutService;

namespace {

// Stands in for the credential service: "revokes" by writing to a table in
// the same transaction, so a rollback must undo it.
class RevokingHook final : public services::MoveOutHook
{
public:
    explicit RevokingHook(std::shared_ptr<storage::Database> db) : m_db(std::move(db))
    {
        QSqlQuery(m_db->connection()).exec(QStringLiteral("CREATE TABLE IF NOT EXISTS test_revoked (resident_id INTEGER)"));
    }
    QString key() const override { return QStringLiteral("credentials"); }
    QStringList plannedActions(const core::Resident& r) override
    {
        return {QStringLiteral("Revoke the access card of %1").arg(r.name)};
    }
    core::Result<QStringList> residentMovedOut(const core::Actor&, const core::Resident& r, const QDate&) override
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO test_revoked (resident_id) VALUES (?)"));
        q.addBindValue(r.id);
        if (!q.exec())
            return core::Error::make(core::Error::Kind::Storage, QStringLiteral("insert failed"));
        if (failFor == r.id)
            return core::Error::make(core::Error::Kind::Internal, QStringLiteral("card reader offline"));
        return QStringList{QStringLiteral("Revoked access card …%1").arg(1000 + r.id)};
    }
    qint64 failFor = 0;

private:
    std::shared_ptr<storage::Database> m_db;
};

class FaceHook final : public services::MoveOutHook
{
public:
    QString key() const override { return QStringLiteral("face_data"); }
    core::Result<QStringList> residentMovedOut(const core::Actor&, const core::Resident& r, const QDate&) override
    {
        deleted << r.id;
        return QStringList{QStringLiteral("Deleted 1 face template")};
    }
    QList<qint64> deleted;
};

} // namespace

class tst_MoveOutService : public QObject
{
    Q_OBJECT

    struct Household
    {
        qint64 owner = 0, spouse = 0, child = 0, neighbour = 0;
    };
    static Household seed(test::ResidentFixture& f)
    {
        services::ResidentService residents(f.deps);
        auto make = [&](qint64 unit, const QString& name, QDate birth, qint64 guardian) {
            services::ResidentDraft d;
            d.resident.unitId = unit;
            d.resident.name = name;
            d.resident.birthDate = birth;
            d.resident.guardianId = guardian;
            d.resident.moveIn = QDate(2021, 3, 1);
            auto r = residents.create(test::ResidentFixture::clerk(), d);
            if (!r)
                qFatal("seed: %s", qPrintable(r.error().message));
            return r->id;
        };
        Household h;
        h.owner = make(f.unitA, QStringLiteral("张伟"), QDate(1980, 1, 1), 0);
        h.spouse = make(f.unitA, QStringLiteral("李娜"), QDate(1982, 1, 1), 0);
        h.child = make(f.unitA, QStringLiteral("张小宇"), QDate(2018, 1, 1), h.owner);
        h.neighbour = make(f.unitB, QStringLiteral("Anna Smith"), QDate(1990, 1, 1), 0);
        return h;
    }

private Q_SLOTS:
    void householdMoveOutRevokesAndAudits()
    {
        test::ResidentFixture f;
        const Household h = seed(f);
        MoveOutService service(f.deps);
        auto revoking = std::make_shared<RevokingHook>(f.db);
        auto face = std::make_shared<FaceHook>();
        service.registerHook(revoking);
        service.registerHook(face);

        auto plan = service.plan(f.clerk(), {h.owner});
        QVERIFY(plan);
        QVERIFY(plan->first().actions.contains(QStringLiteral("Revoke the access card of 张伟")));

        auto outcomes = service.moveOutHousehold(f.clerk(), f.unitA, QDate(2026, 11, 20), QStringLiteral("sold the flat"));
        QVERIFY2(outcomes, qPrintable(outcomes ? QString() : outcomes.error().message));
        QCOMPARE(outcomes->size(), 3);
        QVERIFY(outcomes->first().actions.contains(QStringLiteral("Revoked access card …%1").arg(1000 + h.owner)));
        QVERIFY(outcomes->first().actions.contains(QStringLiteral("Deleted 1 face template")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM test_revoked")), 3);
        QCOMPARE(face->deleted, (QList<qint64>{h.owner, h.spouse, h.child}));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE move_out = '2026-11-20'")), 3);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE move_out IS NULL")), 1);   // neighbour
        const auto entries = f.auditEntries(QStringLiteral("resident.move_out"));
        QCOMPARE(entries.size(), 3);
        QVERIFY(entries.first().details.contains(QStringLiteral("\"credentials\":[\"Revoked access card")));
        QVERIFY(entries.first().details.contains(QStringLiteral("\"face_data\":[\"Deleted 1 face template\"]")));
        QCOMPARE(f.audits(QStringLiteral("unit.household_move_out")), 1);

        // Moving out twice is refused.
        QVERIFY(!service.moveOut(f.clerk(), {h.owner}, QDate(2026, 11, 21), {}));
    }

    void failingHookUndoesEverything()
    {
        test::ResidentFixture f;
        const Household h = seed(f);
        MoveOutService service(f.deps);
        auto revoking = std::make_shared<RevokingHook>(f.db);
        revoking->failFor = h.child;
        service.registerHook(revoking);
        auto failed = service.moveOutHousehold(f.clerk(), f.unitA, QDate(2026, 11, 20), {});
        QVERIFY(!failed);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE move_out IS NOT NULL")), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM test_revoked")), 0);
        QCOMPARE(f.audits(QStringLiteral("resident.move_out")), 0);
    }

    void datesAndPermissionsAreChecked()
    {
        test::ResidentFixture f;
        const Household h = seed(f);
        MoveOutService service(f.deps);
        auto future = service.moveOut(f.clerk(), {h.neighbour}, QDate(2026, 12, 1), {});
        QVERIFY(!future);
        QCOMPARE(future.error().field, QStringLiteral("move_out"));
        auto beforeMoveIn = service.moveOut(f.clerk(), {h.neighbour}, QDate(2020, 1, 1), {});
        QVERIFY(!beforeMoveIn);
        QCOMPARE(beforeMoveIn.error().field, QStringLiteral("move_out"));
        auto auditor = service.moveOut(f.auditor(), {h.neighbour}, QDate(2026, 11, 26), {});
        QVERIFY(!auditor);
        QCOMPARE(auditor.error().kind, core::Error::Kind::PermissionDenied);
        QVERIFY(service.moveOut(f.clerk(), {h.neighbour}, QDate(2026, 11, 26), {}));
    }
};

QTEST_GUILESS_MAIN(tst_MoveOutService)
#include "tst_moveoutservice.moc"
