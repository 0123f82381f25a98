// The live view's door panel: a keyboard-wedge card reader typing into the
// focused reader field produces a credential event naming an opted-out
// resident; events written by another process appear by polling.
#include "services/credentialservice.h"
#include "services/deviceservice.h"
#include "services/verificationservice.h"
#include "ui/widgets/doorpanel.h"
#include "../services/credentialfixture.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace cg;

class tst_DoorPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cardEventShowsOptedOutResident()
    {
        test::CredentialFixture f(120);
        const qint64 resident = f.residentWithRole(QStringLiteral("owner"));
        const qint64 entrance = f.doorOf(resident, QStringLiteral("entrance"));
        const QString name = f.scalar(QStringLiteral("SELECT name FROM residents WHERE id = %1").arg(resident)).toString();
        services::CredentialService credentials(f.deps);
        services::IssueRequest request;
        request.residentId = resident;
        request.type = core::CredentialType::Card;
        request.cardNumber = QStringLiteral("0055501234");
        QVERIFY(credentials.issue(f.clerk, request).ok());

        services::DeviceService devices(f.deps);
        services::VerificationService verifier(f.deps);
        ui::DoorPanel panel(&devices, &verifier, [&] { return f.clerk; });
        panel.resize(500, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.reload();
        panel.setDoor(entrance);
        QCOMPARE(panel.door(), entrance);

        // The resident (no face consent) is listed with the card's last digits,
        // the credential named in words (never a raw key such as "card").
        QString listed;
        for (int i = 0; i < panel.optedOutList()->count(); ++i) {
            const QString text = panel.optedOutList()->item(i)->text();
            if (text.contains(name))
                listed = text;
        }
        QVERIFY2(listed.contains(QStringLiteral("Access card ****1234")), qPrintable(listed));

        // A keyboard-wedge reader types the number and Enter into the focused field.
        panel.readerInput()->setFocus();
        QTest::keyClicks(panel.readerInput(), QStringLiteral("0055501234"));
        QTest::keyClick(panel.readerInput(), Qt::Key_Return);
        QTRY_VERIFY(panel.eventList()->count() >= 1);
        const QString line = panel.eventList()->item(0)->text();
        QVERIFY2(line.contains(name), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("opted out")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("allowed")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("1234")) && !line.contains(QStringLiteral("0055501234")), qPrintable(line));
        QVERIFY(panel.readerInput()->text().isEmpty());

        // An event from elsewhere (another process, a bridge) shows up by polling.
        QVERIFY(verifier.verify(services::Presented::card(QStringLiteral("0099999999")), entrance).ok());
        QTRY_VERIFY_WITH_TIMEOUT(panel.eventList()->count() >= 2, 5000);
        QVERIFY(panel.eventList()->item(0)->text().contains(QStringLiteral("denied")));
    }
};

QTEST_MAIN(tst_DoorPanel)
#include "tst_doorpanel.moc"
