// The device registry: compliance lint on save, sealed camera credentials,
// audited changes and unblur, and the live view's door panel data (opted-out
// residents and credential events from the verification service).
#include "services/credentialservice.h"
#include "services/deviceservice.h"
#include "services/verificationservice.h"
#include "credentialfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace cg;

class tst_DeviceService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CredentialFixture> f;
    std::unique_ptr<services::DeviceService> devices;
    core::Actor admin{1, QStringLiteral("admin.zhao"), core::Role::Administrator, QStringLiteral("desk-1")};
    core::Actor manager{2, QStringLiteral("manager.sun"), core::Role::Manager, QStringLiteral("desk-1")};

    core::DoorSetup door(qint64 id)
    {
        auto all = devices->doors(admin);
        if (!all)
            qFatal("doors: %s", qPrintable(all.error().message));
        for (const core::DoorSetup& d : all.value())
            if (d.doorId == id)
                return d;
        qFatal("no door %lld", id);
    }
    qint64 anyDoor(const QString& kind)
    {
        return f->scalar(QStringLiteral("SELECT id FROM doors WHERE kind = '%1' ORDER BY id LIMIT 1").arg(kind)).toLongLong();
    }
    qint64 saveCamera(const QString& name, bool face = false)
    {
        core::Camera c;
        c.name = name;
        c.kind = QStringLiteral("mjpeg");
        c.location = QStringLiteral("http://192.0.2.10/video.mjpg");
        c.faceRecognition = face;
        auto id = devices->saveCamera(admin, c);
        if (!id)
            qFatal("save camera: %s", qPrintable(id.error().message));
        return id.value();
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::CredentialFixture>(120);
        devices = std::make_unique<services::DeviceService>(f->deps);
    }

    void cameraCredentialsAreSealedAndRoundTrip()
    {
        core::Camera c;
        c.name = QStringLiteral("Gate 1 camera");
        c.kind = QStringLiteral("rtsp");
        c.location = QStringLiteral("rtsp://192.0.2.7:554/Streaming/Channels/101");
        c.user = QStringLiteral("admin");
        c.password = QStringLiteral("p@ss:w0rd!");
        auto id = devices->saveCamera(admin, c);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        // Nothing in the table holds the password in clear.
        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT user_sealed, password_sealed, recording FROM cameras")));
        QVERIFY(q.next());
        QVERIFY(!q.value(1).toByteArray().contains("p@ss"));
        QVERIFY(!q.value(0).toByteArray().contains("admin"));
        QCOMPARE(q.value(2).toInt(), 0);   // recording off by default
        auto back = devices->camera(admin, id.value());
        QVERIFY(back.ok());
        QCOMPARE(back->password, c.password);
        QCOMPARE(back->user, c.user);
        QCOMPARE(f->auditCount(QStringLiteral("device.camera.create")), 1);
        // The audit trail does not carry the password either.
        QVERIFY(!f->scalar(QStringLiteral("SELECT group_concat(details) FROM audit_log")).toString().contains(QStringLiteral("p@ss")));
    }

    void cameraInputIsChecked()
    {
        core::Camera c;
        c.name = QStringLiteral("x");
        c.kind = QStringLiteral("rtsp");
        c.location = QStringLiteral("rtsp://admin:secret@192.0.2.7/s");
        auto r = devices->saveCamera(admin, c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("location"));
        c.location = QStringLiteral("not a url");
        QCOMPARE(devices->saveCamera(admin, c).error().field, QStringLiteral("location"));
        c.name.clear();
        QCOMPARE(devices->saveCamera(admin, c).error().field, QStringLiteral("name"));
    }

    void clerkCannotManageDevices()
    {
        core::Camera c;
        c.name = QStringLiteral("Lobby");
        c.location = QStringLiteral("/tmp/x.avi");
        auto r = devices->saveCamera(f->clerk, c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, core::Error::Kind::PermissionDenied);
        QVERIFY(f->auditCount(QStringLiteral("permission.denied")) >= 1);
    }

    void lintRejectsFaceOnlyDoor()
    {
        core::DoorSetup d = door(anyDoor(QStringLiteral("entrance")));
        d.faceReader = true;
        d.acceptsMask = 0;
        d.signageText = QStringLiteral("人脸识别区域 / Face recognition in use");
        d.signageDate = QDate(2026, 11, 1);
        auto s = devices->saveDoor(admin, d);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("readers"));
        QCOMPARE(s.error().code, QStringLiteral("device.compliance"));
        // With a card reader beside the face reader it is fine.
        d.acceptsMask = core::AcceptsCard;
        QVERIFY2(devices->saveDoor(admin, d).ok(), "card + face with signage");
        QCOMPARE(f->auditCount(QStringLiteral("device.door.update")), 1);
    }

    void lintRejectsFaceInPrivateSpaceAndWithoutSignage()
    {
        core::DoorSetup d = door(anyDoor(QStringLiteral("lift")));
        d.faceReader = true;
        auto noSign = devices->saveDoor(admin, d);
        QVERIFY(!noSign.ok());
        QCOMPARE(noSign.error().field, QStringLiteral("signage"));
        d.signageText = QStringLiteral("Face recognition in use");
        d.signageDate = QDate(2026, 11, 1);
        d.privateSpace = true;
        auto priv = devices->saveDoor(admin, d);
        QVERIFY(!priv.ok());
        QCOMPARE(priv.error().field, QStringLiteral("private_space"));
        // A private space may still have a plain camera (detection and blur only).
        d.faceReader = false;
        d.cameraId = saveCamera(QStringLiteral("Corridor"));
        QVERIFY(devices->saveDoor(admin, d).ok());
        QCOMPARE(f->auditCount(QStringLiteral("device.door.update")), 1);
    }

    void lintRejectsFaceCameraWithoutSignage()
    {
        // Not linked to any door: no signage anywhere.
        core::Camera c;
        c.name = QStringLiteral("Terminal cam");
        c.location = QStringLiteral("/tmp/x.avi");
        c.faceRecognition = true;
        auto r = devices->saveCamera(admin, c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("face_recognition"));
        // Linked to a door without signage: the door refuses the link.
        const qint64 cam = saveCamera(QStringLiteral("Plain cam"));
        core::DoorSetup d = door(anyDoor(QStringLiteral("entrance")));
        d.cameraId = cam;
        QVERIFY(devices->saveDoor(admin, d).ok());
        auto plain = devices->camera(admin, cam);
        QVERIFY(plain.ok());
        core::Camera upgraded = plain.value();
        upgraded.faceRecognition = true;
        QCOMPARE(devices->saveCamera(admin, upgraded).error().field, QStringLiteral("face_recognition"));
        // Record the sign, then it is accepted.
        d = door(d.doorId);
        d.signageText = QStringLiteral("Face recognition in use, alternatives at the desk");
        d.signageDate = QDate(2026, 10, 30);
        QVERIFY(devices->saveDoor(admin, d).ok());
        QVERIFY(devices->saveCamera(admin, upgraded).ok());
    }

    void staleVersionIsAConflict()
    {
        core::DoorSetup d = door(anyDoor(QStringLiteral("gate")));
        core::DoorSetup other = d;
        d.acceptsMask = core::AcceptsCard | core::AcceptsQr;
        QVERIFY(devices->saveDoor(admin, d).ok());
        other.acceptsMask = core::AcceptsPin;
        auto s = devices->saveDoor(admin, other);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, core::Error::Kind::Conflict);
    }

    void unblurIsAuditedAndLimited()
    {
        const qint64 cam = saveCamera(QStringLiteral("Gate"));
        QCOMPARE(devices->unblur(f->clerk, cam, QStringLiteral("police request 123"), 5).error().kind,
                 core::Error::Kind::PermissionDenied);
        QCOMPARE(devices->unblur(manager, cam, QStringLiteral("x"), 5).error().field, QStringLiteral("reason"));
        QCOMPARE(devices->unblur(manager, cam, QStringLiteral("incident at gate 2"), 60).error().field, QStringLiteral("minutes"));
        auto until = devices->unblur(manager, cam, QStringLiteral("incident at gate 2"), 5);
        QVERIFY2(until.ok(), qPrintable(until.ok() ? QString() : until.error().message));
        QCOMPARE(until.value(), f->clock->nowUtc().addSecs(300));
        QCOMPARE(f->auditCount(QStringLiteral("live.unblur")), 1);
        QVERIFY(f->scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'live.unblur'")).toString().contains(
            QStringLiteral("incident at gate 2")));
    }

    void doorPanelShowsOptedOutResidentOnCardEvent()
    {
        const qint64 resident = f->residentWithRole(QStringLiteral("owner"));
        const qint64 entrance = f->doorOf(resident, QStringLiteral("entrance"));
        services::CredentialService credentials(f->deps);
        services::IssueRequest request;
        request.residentId = resident;
        request.type = core::CredentialType::Card;
        request.cardNumber = QStringLiteral("0012341234");
        QVERIFY(credentials.issue(f->clerk, request).ok());

        auto optedOut = devices->optedOutAt(f->clerk, entrance);
        QVERIFY(optedOut.ok());
        auto it = std::find_if(optedOut->begin(), optedOut->end(),
                               [&](const storage::OptedOutResident& r) { return r.residentId == resident; });
        QVERIFY(it != optedOut->end());
        QVERIFY(it->credentials.contains((storage::HeldCredential{QStringLiteral("card"), QStringLiteral("1234")})));

        services::VerificationService verifier(f->deps);
        auto v = verifier.verify(services::Presented::card(QStringLiteral("0012341234")), entrance);
        QVERIFY(v.ok());
        QVERIFY(v->allowed);
        auto events = devices->eventsAt(f->clerk, entrance, 0);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().residentId, resident);
        QVERIFY(events->first().optedOut);
        QVERIFY(events->first().allowed);
        QVERIFY(events->first().presentedMasked.contains(QStringLiteral("1234")));
        QVERIFY(!events->first().presentedMasked.contains(QStringLiteral("001234")));
        // Newer-than filtering for the live panel.
        QCOMPARE(devices->eventsAt(f->clerk, entrance, events->first().id)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DeviceService)
#include "tst_deviceservice.moc"
