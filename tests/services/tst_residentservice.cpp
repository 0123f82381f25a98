#include "residentfixture.h"
#include "services/residentservice.h"

#include <QFile>
#include <QTest>

using namespace cg;
using services::ResidentDraft;
using services::ResidentService;

class tst_ResidentService : public QObject
{
    Q_OBJECT

    static ResidentDraft owner(qint64 unit)
    {
        ResidentDraft d;
        d.resident.unitId = unit;
        d.resident.name = QStringLiteral("  王 芳 ");
        d.resident.role = core::ResidentRole::Owner;
        d.resident.phone = QStringLiteral("138 1234 5678");
        d.resident.moveIn = QDate(2020, 5, 1);
        d.idNumber = QStringLiteral("330106199003071236");
        return d;
    }

private Q_SLOTS:
    void createSealsIdAndAudits()
    {
        test::ResidentFixture f;
        ResidentService service(f.deps);
        auto created = service.create(f.clerk(), owner(f.unitA));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->name, QStringLiteral("王 芳"));
        QCOMPARE(created->phone, QStringLiteral("13812345678"));
        QCOMPARE(created->idMasked, QStringLiteral("3301**********1236"));
        QCOMPARE(created->idKind, core::IdKind::PrcResident);
        QCOMPARE(created->birthDate, QDate(1990, 3, 7));   // taken from the ID number
        QCOMPARE(created->version, 1);
        QCOMPARE(f.audits(QStringLiteral("resident.create")), 1);
        const auto entry = f.auditEntries(QStringLiteral("resident.create")).first();
        QVERIFY(!entry.details.contains(QStringLiteral("330106")));
        QVERIFY(!entry.details.contains(QStringLiteral("王")));

        // The plaintext number is nowhere in the database file.
        f.db->connection().close();
        QFile file(f.db->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("330106199003071236"));
        QFile wal(f.db->path() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains("330106199003071236"));
    }

    void fullIdIsPermissionedAndAudited()
    {
        test::ResidentFixture f;
        ResidentService service(f.deps);
        const qint64 id = service.create(f.clerk(), owner(f.unitA))->id;
        auto refused = service.readFullId(f.clerk(), id, QStringLiteral("check"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::Error::Kind::PermissionDenied);
        QCOMPARE(f.audits(QStringLiteral("permission.denied")), 1);
        QVERIFY(!service.readFullId(f.manager(), id, QStringLiteral("  ")));   // a reason is required
        auto number = service.readFullId(f.manager(), id, QStringLiteral("tenancy contract"));
        QVERIFY(number);
        QCOMPARE(number.value(), QStringLiteral("330106199003071236"));
        const auto reads = f.auditEntries(QStringLiteral("resident.read_full_id"));
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.first().recordId, QString::number(id));
        QVERIFY(reads.first().details.contains(QStringLiteral("tenancy contract")));
    }

    void invalidDraftSavesNothingAndNamesFields()
    {
        test::ResidentFixture f;
        ResidentService service(f.deps);
        ResidentDraft d = owner(f.unitA);
        d.resident.phone = QStringLiteral("12345");
        d.idNumber = QStringLiteral("330106199003071237");
        d.resident.moveOut = QDate(2019, 1, 1);
        QStringList fields;
        for (const core::Error& e : service.validate(d))
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("phone"), QStringLiteral("id_number"), QStringLiteral("move_out")}));
        QVERIFY(!service.create(f.clerk(), d));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents")), 0);
        QCOMPARE(f.audits(QStringLiteral("resident.")), 0);

        // A child under 14 needs an adult guardian.
        ResidentDraft child;
        child.resident.unitId = f.unitA;
        child.resident.name = QStringLiteral("王小明");
        child.resident.role = core::ResidentRole::Family;
        child.resident.birthDate = QDate(2018, 2, 1);
        auto noGuardian = service.create(f.clerk(), child);
        QVERIFY(!noGuardian);
        QCOMPARE(noGuardian.error().field, QStringLiteral("guardian"));
        const qint64 parent = service.create(f.clerk(), owner(f.unitA))->id;
        child.resident.guardianId = parent;
        QVERIFY(service.create(f.clerk(), child));
    }

    void duplicateIdIsRefused()
    {
        test::ResidentFixture f;
        ResidentService service(f.deps);
        QVERIFY(service.create(f.clerk(), owner(f.unitA)));
        ResidentDraft again = owner(f.unitB);
        again.resident.name = QStringLiteral("王芳芳");
        again.idNumber = QStringLiteral("3301 0619 9003 0712 36");
        auto dup = service.create(f.clerk(), again);
        QVERIFY(!dup);
        QCOMPARE(dup.error().field, QStringLiteral("id_number"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents")), 1);
    }

    void updateUsesVersionAndAuditsBeforeAfter()
    {
        test::ResidentFixture f;
        ResidentService service(f.deps);
        core::Resident r = service.create(f.clerk(), owner(f.unitA)).value();
        ResidentDraft edit;
        edit.resident = r;
        edit.resident.name = QStringLiteral("王芳华");
        edit.resident.role = core::ResidentRole::Tenant;
        edit.resident.accessibility = unsigned(core::AccessibilityNeed::LargePrint);
        auto updated = service.update(f.clerk(), edit);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        QCOMPARE(updated->version, 2);
        QCOMPARE(updated->idMasked, QStringLiteral("3301**********1236"));   // unchanged number kept
        const auto entry = f.auditEntries(QStringLiteral("resident.update")).first();
        QVERIFY(entry.details.contains(QStringLiteral("\"before\":{\"accessibility\":\"\",\"role\":\"owner\"}")));
        QVERIFY(entry.details.contains(QStringLiteral("\"role\":\"tenant\"")));
        QVERIFY(entry.details.contains(QStringLiteral("\"personal_fields_changed\":[\"name\"]")));
        QVERIFY(!entry.details.contains(QStringLiteral("王芳华")));

        // A second desk still holding version 1 cannot overwrite.
        edit.resident.name = QStringLiteral("王老芳");
        auto stale = service.update(f.clerk(), edit);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, core::Error::Kind::Conflict);
        QCOMPARE(service.get(f.clerk(), r.id)->name, QStringLiteral("王芳华"));

        // Removing the ID number.
        ResidentDraft remove;
        remove.resident = updated.value();
        remove.idNumber = QString();
        auto removed = service.update(f.clerk(), remove);
        QVERIFY(removed);
        QCOMPARE(removed->idKind, core::IdKind::None);
        QVERIFY(removed->idMasked.isEmpty());
    }

    void auditorCannotEdit()
    {
        test::ResidentFixture f;
        ResidentService service(f.deps);
        auto refused = service.create(f.auditor(), owner(f.unitA));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::Error::Kind::PermissionDenied);
        QVERIFY(service.count(f.auditor(), {}));   // but may look
    }
};

QTEST_GUILESS_MAIN(tst_ResidentService)
#include "tst_residentservice.moc"
