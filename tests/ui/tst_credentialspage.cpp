// The Credentials page and the issue dialog on a real demo database: the
// coverage banner and gap list, a card read at reader speed, a PIN shown
// once that then opens the door.
#include "services/coverageservice.h"
#include "services/credentialservice.h"
#include "services/verificationservice.h"
#include "ui/dialogs/credentialdialog.h"
#include "ui/pages/credentialspage.h"
#include "ui/widgets/cardnumberedit.h"
#include "../services/credentialfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cg;
using core::CredentialType;

class tst_CredentialsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coverageBannerAndGapList()
    {
        test::CredentialFixture f(50);
        auto credentials = std::make_shared<services::CredentialService>(f.deps);
        auto coverage = std::make_shared<services::CoverageService>(f.deps);
        ui::CredentialsPage page(credentials, coverage, [&] { return f.clerk; });
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.violationCount(), 50);
        auto* gaps = page.findChild<QTableWidget*>(QStringLiteral("coverageGaps"));
        QCOMPARE(gaps->rowCount(), 50);
        auto* banner = page.findChild<QLabel*>(QStringLiteral("coverageBanner"));
        QVERIFY(banner->text().contains(QLatin1String("50")));
        // Issue outside the page, refresh: one fewer.
        services::IssueRequest r;
        r.residentId = gaps->item(0, 0)->data(Qt::UserRole).toLongLong();
        r.type = CredentialType::Qr;
        QVERIFY(credentials->issue(f.clerk, r).ok());
        page.refresh();
        QCOMPARE(page.violationCount(), 49);
        QCOMPARE(gaps->rowCount(), 49);
        auto* list = page.findChild<QTableWidget*>(QStringLiteral("credentialList"));
        QCOMPARE(list->rowCount(), 1);
    }

    void issueCardFromReaderInDialog()
    {
        test::CredentialFixture f(30);
        auto credentials = std::make_shared<services::CredentialService>(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        ui::CredentialDialog dialog(credentials, [&] { return f.clerk; }, owner);
        dialog.setType(CredentialType::Card);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.cardEdit(), QStringLiteral("0012345678"));
        QTest::keyClick(dialog.cardEdit(), Qt::Key_Return);
        auto* formats = dialog.findChild<QLabel*>(QStringLiteral("cardFormats"));
        QVERIFY(formats->text().contains(QLatin1String("BC614E")));
        QVERIFY(formats->text().contains(QLatin1String("188")));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("issueButton")), Qt::LeftButton);
        QVERIFY(dialog.issued().has_value());
        QCOMPARE(dialog.issued()->credential.cardLast4, QStringLiteral("5678"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT json_extract(details, '$.from_reader') FROM audit_log"
                                         " WHERE action = 'credential.issue'")).toInt(), 1);
    }

    void pinShownOnceOpensTheDoor()
    {
        test::CredentialFixture f(30);
        auto credentials = std::make_shared<services::CredentialService>(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        ui::CredentialDialog dialog(credentials, [&] { return f.clerk; }, owner);
        dialog.setType(CredentialType::Pin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("issueButton")), Qt::LeftButton);
        auto* shown = dialog.findChild<QLabel*>(QStringLiteral("shownPin"));
        QVERIFY(shown->isVisible());
        const QString pin = shown->text();
        QCOMPARE(pin.size(), 6);
        services::VerificationService verifier(f.deps);
        auto v = verifier.verify(services::Presented::unitPin(f.unitLabel(owner), pin), f.doorOf(owner, QStringLiteral("gate")));
        QVERIFY(v.ok() && v->allowed);
    }

    void errorsNameTheProblem()
    {
        test::CredentialFixture f(30);
        auto credentials = std::make_shared<services::CredentialService>(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        ui::CredentialDialog dialog(credentials, [&] { return f.clerk; }, owner);
        dialog.setType(CredentialType::Card);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.cardEdit(), QStringLiteral("xyz"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("issueButton")), Qt::LeftButton);
        QVERIFY(!dialog.issued().has_value());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("credentialError"))->isVisible());
    }
};

QTEST_MAIN(tst_CredentialsPage)
#include "tst_credentialspage.moc"
