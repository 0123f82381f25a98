// Refusal, withdrawal, expiry and move-out delete face data in the same
// transaction, queue device deletions, and leave the coverage invariant
// satisfied through the real credentials library.
#include "security/keyring.h"
#include "services/consentservice.h"
#include "services/coverageservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/credentialservice.h"
#include "services/enrolmentservice.h"
#include "services/noticeservice.h"
#include "storage/enrolmentrepository.h"

#include "consentfixture.h"

#include <QFile>
#include <QTest>

using namespace cg;

namespace {

struct Office
{
    test::ConsentFixture f;
    std::shared_ptr<services::NoticeService> notices = std::make_shared<services::NoticeService>(f.deps);
    std::shared_ptr<services::ConsentService> consent = std::make_shared<services::ConsentService>(f.deps, notices);
    std::shared_ptr<services::CredentialService> credentials = std::make_shared<services::CredentialService>(f.deps);
    std::shared_ptr<services::CoverageService> coverage = std::make_shared<services::CoverageService>(f.deps);
    QString hash;

    Office()
    {
        consent->setAlternativeAccess(std::make_shared<services::CredentialAlternativeAccess>(f.deps));
        auto published = notices->publish(test::ConsentFixture::admin(), services::NoticeService::defaultNotice(), 30);
        if (!published)
            qFatal("publish: %s", qPrintable(published.error().message));
        hash = published->version.hash;
    }

    core::Result<services::ConsentService::Outcome> decide(qint64 resident, bool agree)
    {
        services::ConsentService::Decision d;
        d.residentId = resident;
        d.noticeHash = hash;
        d.agree = agree;
        d.signaturePng = test::ConsentFixture::signature();
        d.language = QStringLiteral("zh_CN");
        return consent->recordDecision(test::ConsentFixture::clerk(), d);
    }

    // Face data as the enrolment service stores it (sealed crop), plus a copy
    // on a door terminal, so deletion has something to find.
    QByteArray enrolWithCopy(qint64 resident, qint64 consentEventId)
    {
        storage::EnrolmentRepository repo(f.db);
        storage::FaceEnrolmentInfo info;
        info.id = repo.nextEnrolmentId().value();
        info.residentId = resident;
        info.consentEventId = consentEventId;
        info.width = 160;
        info.height = 160;
        info.source = QStringLiteral("file");
        info.createdAt = f.clock->nowUtc();
        info.createdBy = QStringLiteral("clerk.li");
        const QByteArray plain = QByteArray(4096, 'F') + QByteArray::number(resident);
        const QByteArray ad = QByteArrayLiteral("face_enrolment:") + QByteArray::number(info.id);
        const QByteArray sealed = f.deps.keys->seal(plain, ad);
        if (!repo.insertEnrolment(info, sealed) || !repo.recordCopy(info.id, QStringLiteral("gate-north-terminal"), info.createdAt))
            qFatal("enrol setup failed");
        return sealed;
    }

    bool covered(qint64 resident)
    {
        auto doors = coverage->uncoveredDoors(test::ConsentFixture::clerk(), resident);
        return doors && doors->isEmpty();
    }

    qint64 activeCredentials(qint64 resident) const
    {
        return f.count(QStringLiteral("SELECT COUNT(*) FROM credentials WHERE status = 'active' AND resident_id = %1").arg(resident));
    }
};

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ConsentDeletion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusalIssuesAQrCodeOnceAndKeepsCoverage()
    {
        Office o;
        QVERIFY(!o.covered(o.f.adult));                 // no credential, no consent yet
        auto refused = o.decide(o.f.adult, false);
        QVERIFY2(refused, qPrintable(refused ? QString() : refused.error().message));
        QVERIFY(refused->alternative.has_value());
        QVERIFY(refused->alternative->newlyIssued);
        QCOMPARE(refused->alternative->kind, QStringLiteral("qr"));
        QVERIFY(refused->alternative->secretToShow.startsWith(QStringLiteral("CGQR:")));
        QVERIFY(!refused->deletion.has_value());        // nothing was held
        QVERIFY(o.covered(o.f.adult));
        QCOMPARE(o.activeCredentials(o.f.adult), 1);
        // Refusing again confirms the credential instead of issuing another.
        o.f.clock->advance(60'000);
        auto again = o.decide(o.f.adult, false);
        QVERIFY(again);
        QVERIFY(!again->alternative->newlyIssued);
        QCOMPARE(again->alternative->credentialId, refused->alternative->credentialId);
        QCOMPARE(o.activeCredentials(o.f.adult), 1);
        QCOMPARE(o.f.count(QStringLiteral("SELECT consent_status = 'refused' FROM residents WHERE id = %1").arg(o.f.adult)), 1);
    }

    void withdrawalByPhoneDeletesEverythingAtOnce()
    {
        Office o;
        auto granted = o.decide(o.f.adult, true);
        QVERIFY(granted);
        QVERIFY(!granted->alternative.has_value());     // consent: no card forced on anyone
        const QByteArray sealed = o.enrolWithCopy(o.f.adult, granted->event.id);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM face_enrolments")), 1);

        o.f.clock->advanceDays(3);
        services::ConsentService::Withdrawal w;
        w.residentId = o.f.adult;
        w.method = core::ConsentMethod::Phone;
        w.receivedOn = o.f.clock->todayLocal().addDays(-1);
        w.note = QStringLiteral("called from abroad");
        auto withdrawn = o.consent->withdraw(test::ConsentFixture::clerk(), w);
        QVERIFY2(withdrawn, qPrintable(withdrawn ? QString() : withdrawn.error().message));
        QCOMPARE(withdrawn->event.kind, core::ConsentKind::Withdrawn);
        QCOMPARE(withdrawn->event.receivedOn, w.receivedOn);
        QCOMPARE(withdrawn->event.noticeHash, o.hash);

        // Deleted: images, templates, copies; recorded: what, when, by whom.
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM face_enrolments")), 0);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM face_copies")), 0);
        QVERIFY(withdrawn->deletion.has_value());
        QCOMPARE(withdrawn->deletion->imagesDeleted, 1);
        QCOMPARE(withdrawn->deletion->devicesQueued, 1);
        QCOMPARE(withdrawn->deletion->actor, QStringLiteral("clerk.li"));
        QCOMPARE(withdrawn->deletion->reason, QStringLiteral("withdrawn"));
        QCOMPARE(withdrawn->deletion->requestedAt.toLocalTime().date(), w.receivedOn);
        auto pending = o.consent->pendingDeviceDeletions(test::ConsentFixture::clerk());
        QVERIFY(pending);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->constFirst().device, QStringLiteral("gate-north-terminal"));
        QCOMPARE(pending->constFirst().queuedAt, o.f.clock->nowUtc());

        // Not a byte of the sealed crop is left in the database file or its WAL.
        const QByteArray probe = sealed.mid(100, 48);
        QVERIFY(!fileBytes(o.f.db->path()).contains(probe));
        QVERIFY(!fileBytes(o.f.db->path() + QStringLiteral("-wal")).contains(probe));

        // The resident can still get in: a credential was issued in the same step.
        QVERIFY(withdrawn->alternative && withdrawn->alternative->newlyIssued);
        QVERIFY(o.covered(o.f.adult));
        QCOMPARE(o.consent->status(o.f.adult)->state, core::ConsentState::Withdrawn);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'face.deleted'")), 1);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'consent.withdrawn'")), 1);

        // A manager confirms the terminal deleted its copy; the queue empties.
        QVERIFY(!o.consent->confirmDeviceDeletion(test::ConsentFixture::clerk(), pending->constFirst().id));
        QVERIFY(o.consent->confirmDeviceDeletion(test::ConsentFixture::admin(), pending->constFirst().id));
        QCOMPARE(o.consent->pendingDeviceDeletions(test::ConsentFixture::clerk())->size(), 0);
        // Withdrawing twice is refused: there is nothing active any more.
        QVERIFY(!o.consent->withdraw(test::ConsentFixture::clerk(), w));
    }

    void withdrawalInPersonNeedsSignature()
    {
        Office o;
        QVERIFY(o.decide(o.f.adult, true));
        services::ConsentService::Withdrawal w;
        w.residentId = o.f.adult;
        w.method = core::ConsentMethod::DeskSignature;
        auto r = o.consent->withdraw(test::ConsentFixture::clerk(), w);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("signature"));
        w.signaturePng = test::ConsentFixture::signature();
        QVERIFY(o.consent->withdraw(test::ConsentFixture::clerk(), w));
    }

    void failedCredentialRollsBackTheWholeWithdrawal()
    {
        Office o;
        auto granted = o.decide(o.f.adult, true);
        QVERIFY(granted);
        o.enrolWithCopy(o.f.adult, granted->event.id);
        // An auditor may record nothing: the withdrawal is refused before any change.
        services::ConsentService::Withdrawal w;
        w.residentId = o.f.adult;
        w.method = core::ConsentMethod::Letter;
        QVERIFY(!o.consent->withdraw(test::ConsentFixture::auditor(), w));
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM face_enrolments")), 1);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM consent_events")), 1);
    }

    void expiryAndGraceEndDeleteAsOnWithdrawal()
    {
        Office o;
        QVERIFY(o.consent->setPolicy(test::ConsentFixture::admin(), {30, 14}));
        auto granted = o.decide(o.f.adult, true);
        QVERIFY(granted);
        o.enrolWithCopy(o.f.adult, granted->event.id);
        QCOMPARE(o.consent->runExpiry(core::Actor::system()).value(), 0);
        o.f.clock->advanceDays(31);
        QCOMPARE(o.consent->runExpiry(core::Actor::system()).value(), 1);
        QCOMPARE(o.consent->status(o.f.adult)->state, core::ConsentState::Expired);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM face_enrolments")), 0);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM deletion_records WHERE reason = 'expired'")), 1);
        QVERIFY(o.covered(o.f.adult));
        QCOMPARE(o.consent->runExpiry(core::Actor::system()).value(), 0);   // idempotent
    }

    void moveOutPurgesFaceData()
    {
        Office o;
        auto granted = o.decide(o.f.adult, true);
        QVERIFY(granted);
        o.enrolWithCopy(o.f.adult, granted->event.id);
        auto purged = o.consent->purgeFaceData(test::ConsentFixture::clerk(), o.f.adult, QStringLiteral("moved_out"));
        QVERIFY2(purged, qPrintable(purged ? QString() : purged.error().message));
        QCOMPARE(purged->imagesDeleted, 1);
        QCOMPARE(purged->devicesQueued, 1);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM face_enrolments")), 0);
        QCOMPARE(o.consent->status(o.f.adult)->state, core::ConsentState::Expired);
        QCOMPARE(o.activeCredentials(o.f.adult), 0);   // moved out: no new credential
    }

    void enrolmentWithoutConsentIsRefusedAndAudited()
    {
        Office o;
        services::EnrolmentService enrolment(o.f.deps, o.consent, nullptr);
        QImage photo(640, 480, QImage::Format_RGB32);
        photo.fill(Qt::gray);
        auto r = enrolment.enrol(test::ConsentFixture::clerk(), o.f.other, photo, QStringLiteral("file"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, core::Error::Kind::PermissionDenied);
        QCOMPARE(r.error().code, QStringLiteral("enrol.no_consent"));
        QVERIFY(o.decide(o.f.other, false));
        r = enrolment.enrol(test::ConsentFixture::clerk(), o.f.other, photo, QStringLiteral("file"));
        QVERIFY(!r);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'face.enrol_refused'")), 2);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM face_enrolments")), 0);
    }
};

QTEST_MAIN(tst_ConsentDeletion)
#include "tst_consentdeletion.moc"
