#include "core/device.h"

#include <QTest>

using namespace cg::core;

class tst_DeviceRules : public QObject
{
    Q_OBJECT
    static DoorSetup signedDoor()
    {
        DoorSetup d;
        d.name = QStringLiteral("Building 3 entrance");
        d.signageText = QStringLiteral("Face recognition in use");
        d.signageDate = QDate(2026, 11, 1);
        return d;
    }
private Q_SLOTS:
    void plainDoorPasses()
    {
        DoorSetup d;
        d.name = QStringLiteral("Gate");
        QVERIFY(DeviceRules::lintDoor(d, std::nullopt).isEmpty());
        d.privateSpace = true;   // a private space without face devices is fine
        QVERIFY(DeviceRules::lintDoor(d, std::nullopt).isEmpty());
    }
    void faceOnlyDoorFails()
    {
        DoorSetup d = signedDoor();
        d.faceReader = true;
        d.acceptsMask = 0;
        const auto issues = DeviceRules::lintDoor(d, std::nullopt);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("readers"));
        QVERIFY(issues.first().message.contains(d.name));
    }
    void faceCameraInPrivateSpaceFails()
    {
        DoorSetup d = signedDoor();
        d.privateSpace = true;
        Camera c;
        c.faceRecognition = true;
        QCOMPARE(DeviceRules::lintDoor(d, c).first().field, QStringLiteral("private_space"));
        QCOMPARE(DeviceRules::lintCamera(c, {d}).size(), 1);
    }
    void faceWithoutSignageFails()
    {
        DoorSetup d;
        d.name = QStringLiteral("Lift A");
        d.faceReader = true;
        QCOMPARE(DeviceRules::lintDoor(d, std::nullopt).first().field, QStringLiteral("signage"));
        d.signageText = QStringLiteral("sign");   // text without a date is not a record
        QCOMPARE(DeviceRules::lintDoor(d, std::nullopt).size(), 1);
        Camera c;
        c.faceRecognition = true;
        QCOMPARE(DeviceRules::lintCamera(c, {}).size(), 1);
        QCOMPARE(DeviceRules::lintCamera(c, {d}).size(), 1);
        QVERIFY(DeviceRules::lintCamera(c, {signedDoor()}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DeviceRules)
#include "tst_devicerules.moc"
