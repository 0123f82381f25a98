// The desk flow driven under offscreen: the resident window opens, the two
// choices are equal and unselected, a signature is required, a guardian
// signs for a minor, and Cancel records nothing but "session abandoned".
#include "services/consentservice.h"
#include "services/coverageservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/credentialservice.h"
#include "services/deviceservice.h"
#include "services/enrolmentservice.h"
#include "services/facequalitygate.h"
#include "services/noticeservice.h"
#include "services/consentfixture.h"
#include "ui/kiosk/residentwindow.h"
#include "ui/pages/consentdeskpage.h"
#include "ui/widgets/signaturepad.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextToSpeech>

using namespace cg;

namespace {

struct DeskUi
{
    test::ConsentFixture f;
    std::shared_ptr<services::NoticeService> notices = std::make_shared<services::NoticeService>(f.deps);
    std::shared_ptr<services::ConsentService> consent = std::make_shared<services::ConsentService>(f.deps, notices);
    std::shared_ptr<services::EnrolmentService> enrolment =
        std::make_shared<services::EnrolmentService>(f.deps, consent, nullptr);
    std::unique_ptr<ui::ConsentDeskPage> page;

    DeskUi()
    {
        if (!notices->ensurePublished(test::ConsentFixture::admin()))
            qFatal("publish failed");
        consent->setAlternativeAccess(std::make_shared<services::CredentialAlternativeAccess>(f.deps));
        page = std::make_unique<ui::ConsentDeskPage>(consent, notices, enrolment, f.clock,
                                                     [] { return test::ConsentFixture::clerk(); });
        page->setOfferReceipts(false);
        page->resize(1000, 700);
        page->show();
    }
};

void sign(ui::ResidentWindow* w)
{
    w->signaturePad()->addStroke(QPolygonF{{20, 80}, {80, 30}, {140, 90}, {220, 40}});
}

} // namespace

class tst_ConsentDeskPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void residentWindowHasEqualChoicesAndNoDefault()
    {
        DeskUi desk;
        desk.page->showResident(desk.f.adult);
        QVERIFY(desk.page->startButton()->isEnabled());
        desk.page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(desk.page.get()));
        QTest::keyClick(desk.page.get(), Qt::Key_F5);
        QTRY_VERIFY(desk.page->residentWindow());
        ui::ResidentWindow* w = desk.page->residentWindow();
        QVERIFY(w);
        QTRY_VERIFY(w->isVisible());
        QVERIFY(w->isWindow());
        QVERIFY(w->window() != desk.page->window());
        QTRY_COMPARE(w->agreeButton()->size(), w->refuseButton()->size());
        QCOMPARE(w->agreeButton()->font(), w->refuseButton()->font());
        QCOMPARE(w->agreeButton()->styleSheet(), w->refuseButton()->styleSheet());
        for (QPushButton* b : {w->agreeButton(), w->refuseButton()}) {
            QVERIFY(!b->isChecked());
            QVERIFY(!b->isDefault());
            QVERIFY(!b->hasFocus());
        }
        QVERIFY(w->refuseButton()->accessibleName().contains(QStringLiteral("二维码")));   // the resident's language
        // Both answers whole on the screen (offscreen: 800 px wide), every
        // line of their text inside the button.
        auto answersFit = [w] {
            for (QPushButton* b : {w->agreeButton(), w->refuseButton()}) {
                if (!w->rect().contains(b->geometry()))
                    return false;
                for (const QString& line : b->text().split(QLatin1Char('\n')))
                    if (b->fontMetrics().horizontalAdvance(line) + 40 > b->width())
                        return false;
            }
            return w->agreeButton()->size() == w->refuseButton()->size();
        };
        QTRY_VERIFY(answersFit());
        QVERIFY(!w->confirmButton()->isEnabled());
        QVERIFY(!w->readAloudButton()->isVisible() || !QTextToSpeech::availableEngines().isEmpty());
        // The resident window's own style wins: a larger title, answers larger than the other buttons.
        auto* title = w->findChild<QLabel*>(QStringLiteral("kioskTitle"));
        QVERIFY(title);
        QVERIFY(title->fontInfo().pixelSize() > w->cancelButton()->fontInfo().pixelSize());
        QVERIFY(w->agreeButton()->fontInfo().pixelSize() > w->cancelButton()->fontInfo().pixelSize());
        // Nothing of the clerk's page is inside the resident's window.
        QVERIFY(w->findChildren<QTableWidget*>().isEmpty());
        QVERIFY(!desk.page->startButton()->isEnabled());   // one session at a time

        // Language toggle and large print.
        const QString notice = w->noticeView()->toPlainText();
        QTest::mouseClick(w->languageButton(), Qt::LeftButton);
        QCOMPARE(w->language(), QStringLiteral("en"));
        QVERIFY(w->agreeButton()->accessibleName().contains(QStringLiteral("I agree")));
        QTRY_VERIFY(answersFit());
        QVERIFY(w->noticeView()->toPlainText() != notice);
        const int normal = w->agreeButton()->fontInfo().pixelSize();
        QTest::mouseClick(w->largePrintButton(), Qt::LeftButton);
        QVERIFY(w->largePrint());
        QTRY_VERIFY(w->agreeButton()->fontInfo().pixelSize() > normal);
        QTRY_VERIFY(answersFit());
        w->close();
    }

    void signatureRequiredThenGrantRecorded()
    {
        DeskUi desk;
        desk.page->showResident(desk.f.adult);
        desk.page->startSession();
        QTRY_VERIFY(desk.page->residentWindow());
        ui::ResidentWindow* w = desk.page->residentWindow();
        QVERIFY(w);
        QVERIFY(desk.page->progressText().contains(QStringLiteral("reading")));
        QTest::mouseClick(w->agreeButton(), Qt::LeftButton);
        QVERIFY(w->agreeButton()->isChecked());
        QVERIFY(desk.page->progressText().contains(QStringLiteral("chosen")));
        QVERIFY(!w->confirmButton()->isEnabled());        // not signed yet
        // A click is not a signature.
        QTest::mouseClick(w->signaturePad(), Qt::LeftButton, {}, QPoint(30, 30));
        QVERIFY(!w->confirmButton()->isEnabled());
        QTest::mousePress(w->signaturePad(), Qt::LeftButton, {}, QPoint(20, 60));
        for (int x = 30; x < 300; x += 15)
            QTest::mouseMove(w->signaturePad(), QPoint(x, 60 + (x / 15 % 2) * 30));
        QTest::mouseRelease(w->signaturePad(), Qt::LeftButton, {}, QPoint(300, 60));
        QVERIFY(w->confirmButton()->isEnabled());
        QSignalSpy finished(desk.page.get(), &ui::ConsentDeskPage::sessionFinished);
        QTest::mouseClick(w->confirmButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM consent_events WHERE kind = 'granted' AND signature_sealed IS NOT NULL")), 1);
        QCOMPARE(desk.consent->status(desk.f.adult)->state, core::ConsentState::Active);
        QVERIFY(!w->agreeButton()->isEnabled());          // decided: nothing to change any more
        QCOMPARE(desk.page->historyTable()->rowCount(), 1);
        QTest::mouseClick(w->cancelButton(), Qt::LeftButton);   // "Close"
        QTRY_VERIFY(!desk.page->residentWindow());
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'consent.session_abandoned'")), 0);
    }

    void changingTheAnswerClearsTheSignature()
    {
        DeskUi desk;
        desk.page->showResident(desk.f.adult);
        desk.page->startSession();
        QTRY_VERIFY(desk.page->residentWindow());
        ui::ResidentWindow* w = desk.page->residentWindow();
        QVERIFY(w);
        QTest::mouseClick(w->agreeButton(), Qt::LeftButton);
        sign(w);
        QVERIFY(w->confirmButton()->isEnabled());
        QTest::mouseClick(w->refuseButton(), Qt::LeftButton);
        QVERIFY(w->refuseButton()->isChecked() && !w->agreeButton()->isChecked());
        QVERIFY(w->signaturePad()->isEmpty());
        QVERIFY(!w->confirmButton()->isEnabled());
        w->close();
    }

    void guardianSignsForMinor()
    {
        DeskUi desk;
        desk.page->showResident(desk.f.child);
        desk.page->startSession();
        QTRY_VERIFY(desk.page->residentWindow());
        ui::ResidentWindow* w = desk.page->residentWindow();
        QVERIFY(w);
        auto* banner = w->findChild<QLabel*>(QStringLiteral("kioskGuardian"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Anna Schmidt")));
        QCOMPARE(w->language(), QStringLiteral("en"));
        QTest::mouseClick(w->agreeButton(), Qt::LeftButton);
        sign(w);
        QTest::mouseClick(w->confirmButton(), Qt::LeftButton);
        auto history = desk.consent->history(test::ConsentFixture::clerk(), desk.f.child);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->constFirst().guardianId, desk.f.guardian);
        w->close();
    }

    void cancelRecordsOnlySessionAbandoned()
    {
        DeskUi desk;
        const qint64 auditBefore = desk.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        desk.page->showResident(desk.f.adult);
        desk.page->startSession();
        QTRY_VERIFY(desk.page->residentWindow());
        ui::ResidentWindow* w = desk.page->residentWindow();
        QVERIFY(w);
        QTest::mouseClick(w->agreeButton(), Qt::LeftButton);
        sign(w);
        QSignalSpy finished(desk.page.get(), &ui::ConsentDeskPage::sessionFinished);
        QTest::mouseClick(w->cancelButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QTRY_VERIFY(!desk.page->residentWindow());
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM consent_events")), 0);
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 1);
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'consent.session_abandoned'"
                                             " AND details LIKE '%signed%'")),
                 1);
        QVERIFY(desk.page->startButton()->isEnabled());
    }

    void refusalAtTheDeskIssuesAQrCode()
    {
        DeskUi desk;
        desk.page->showResident(desk.f.adult);
        desk.page->startSession();
        QTRY_VERIFY(desk.page->residentWindow());
        ui::ResidentWindow* w = desk.page->residentWindow();
        QVERIFY(w);
        QTest::mouseClick(w->refuseButton(), Qt::LeftButton);
        sign(w);
        QTest::mouseClick(w->confirmButton(), Qt::LeftButton);
        QCOMPARE(desk.consent->status(desk.f.adult)->state, core::ConsentState::Refused);
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM credentials WHERE type = 'qr' AND status = 'active'")), 1);
        QVERIFY(desk.page->lastOutcome().contains(QStringLiteral("QR")));
        w->close();
    }

    void enrolmentButtonNeedsConsent()
    {
        DeskUi desk;
        desk.page->showResident(desk.f.adult);
        QVERIFY(!desk.page->enrolButton()->isEnabled());
        QVERIFY(!desk.page->withdrawButton()->isEnabled());
    }

    // Enrolment needs active face consent (EnrolmentService refuses it
    // otherwise): the desk offers "Enrol face from camera…" exactly then,
    // and only when cameras are configured and no session is running.
    void cameraEnrolmentOnlyWithActiveConsent()
    {
        DeskUi desk;
        // A quality gate (never run here: nothing is enrolled) and the device registry.
        auto gate = std::make_shared<services::FaceQualityGate>(
            [](const QImage&) -> core::Result<QList<QRectF>> { return QList<QRectF>{}; });
        auto enrolment = std::make_shared<services::EnrolmentService>(desk.f.deps, desk.consent, gate);
        services::DeviceService devices(desk.f.deps);
        ui::ConsentDeskPage page(desk.consent, desk.notices, enrolment, desk.f.clock,
                                 [] { return test::ConsentFixture::clerk(); });
        page.setOfferReceipts(false);
        page.setCameraEnrolment(&devices, QString());
        page.resize(1000, 700);
        page.show();
        QPushButton* camera = page.cameraEnrolButton();

        // No resident selected: nothing to enrol.
        QVERIFY(!camera->isEnabled());
        QVERIFY(!page.enrolButton()->isEnabled());

        // Never asked, refused: no enrolment.
        page.showResident(desk.f.adult);
        QVERIFY(!camera->isEnabled());
        auto decide = [&](qint64 resident, bool agree) {
            services::ConsentService::Decision d;
            d.residentId = resident;
            d.noticeHash = desk.notices->current().value()->hash;
            d.agree = agree;
            d.signaturePng = test::ConsentFixture::signature();
            d.language = QStringLiteral("zh_CN");
            return desk.consent->recordDecision(test::ConsentFixture::clerk(), d);
        };
        QVERIFY(decide(desk.f.other, false));
        page.showResident(desk.f.other);
        QVERIFY(!camera->isEnabled());

        // Active consent: enabled (and the photo path with it).
        QVERIFY(decide(desk.f.adult, true));
        page.showResident(desk.f.adult);
        QVERIFY(camera->isEnabled());
        QVERIFY(page.enrolButton()->isEnabled());

        // Not while the resident's screen is open; again after it closed.
        page.startSession();
        QTRY_VERIFY(page.residentWindow());
        QVERIFY(!camera->isEnabled());
        page.residentWindow()->cancelButton()->click();
        QTRY_VERIFY(!page.residentWindow());
        QTRY_VERIFY(camera->isEnabled());

        // Withdrawn: the face data is gone and may not come back.
        services::ConsentService::Withdrawal w;
        w.residentId = desk.f.adult;
        w.method = core::ConsentMethod::Phone;
        QVERIFY(desk.consent->withdraw(test::ConsentFixture::clerk(), w));
        page.showResident(desk.f.adult);
        QVERIFY(!camera->isEnabled());
        QVERIFY(!page.enrolButton()->isEnabled());

        // Active consent but no cameras configured: photos only.
        QVERIFY(decide(desk.f.adult, true));
        ui::ConsentDeskPage noCameras(desk.consent, desk.notices, enrolment, desk.f.clock,
                                      [] { return test::ConsentFixture::clerk(); });
        noCameras.showResident(desk.f.adult);
        QVERIFY(noCameras.enrolButton()->isEnabled());
        QVERIFY(!noCameras.cameraEnrolButton()->isEnabled());
    }
};

QTEST_MAIN(tst_ConsentDeskPage)
#include "tst_consentdeskpage.moc"
