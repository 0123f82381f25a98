// The re-consent list on a real database: residents marked by a notice that
// changed scope and a minor who turned 14, soonest deletion first, with the
// reason and the date face data is kept until; Enter starts that resident's
// session (on the desk page: the resident window opens for them).
#include "services/consentservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/enrolmentservice.h"
#include "services/noticeservice.h"
#include "services/consentfixture.h"
#include "ui/kiosk/residentwindow.h"
#include "ui/pages/consentdeskpage.h"
#include "ui/widgets/reconsentlist.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace cg;

namespace {

struct Office
{
    test::ConsentFixture f;
    std::shared_ptr<services::NoticeService> notices = std::make_shared<services::NoticeService>(f.deps);
    std::shared_ptr<services::ConsentService> consent = std::make_shared<services::ConsentService>(f.deps, notices);

    Office()
    {
        consent->setAlternativeAccess(std::make_shared<services::CredentialAlternativeAccess>(f.deps));
        if (!notices->ensurePublished(test::ConsentFixture::admin()))
            qFatal("publish failed");
    }
    void decide(qint64 resident, bool agree, std::optional<qint64> guardian = std::nullopt)
    {
        services::ConsentService::Decision d;
        d.residentId = resident;
        d.noticeHash = notices->current().value()->hash;
        d.agree = agree;
        d.guardianId = guardian;
        d.signaturePng = test::ConsentFixture::signature();
        d.language = QStringLiteral("zh_CN");
        auto outcome = consent->recordDecision(test::ConsentFixture::clerk(), d);
        if (!outcome)
            qFatal("decision: %s", qPrintable(outcome.error().message));
    }
    void publishNewPurpose(int graceDays)
    {
        core::NoticeContent c = notices->current().value()->content;
        c.setField(QStringLiteral("en"), core::NoticeField::Purpose,
                   c.field(QStringLiteral("en"), core::NoticeField::Purpose) + QStringLiteral("\nAlso the car park."));
        if (!notices->publish(test::ConsentFixture::admin(), c, graceDays))
            qFatal("publish failed");
    }
};

int rowOf(QTableWidget* table, const QString& name)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == name)
            return r;
    }
    return -1;
}

} // namespace

class tst_ReconsentList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsWhoMustBeAskedAgainAndWhy()
    {
        Office o;
        o.decide(o.f.adult, true);
        o.decide(o.f.other, false);                      // refused: nothing to ask again
        o.decide(o.f.child, true, o.f.guardian);         // the guardian agreed for a 9-year-old
        o.f.clock->advanceDays(1);
        o.publishNewPurpose(10);
        ui::ReconsentList list(o.consent, o.f.clock, [] { return test::ConsentFixture::clerk(); });
        QSignalSpy counted(&list, &ui::ReconsentList::countChanged);
        list.reload();
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.constFirst().constFirst().toInt(), 2);
        QTableWidget* table = list.table();
        QCOMPARE(table->rowCount(), 2);
        const int adult = rowOf(table, QStringLiteral("王芳"));
        QVERIFY(adult >= 0);
        QVERIFY(rowOf(table, QStringLiteral("李强")) < 0);
        QCOMPARE(table->item(adult, 1)->text(), QStringLiteral("3 1502"));
        QCOMPARE(table->item(adult, 2)->text(), core::reconsentReasonName(core::ReconsentReason::NoticeChanged));
        QVERIFY2(table->item(adult, 3)->text().contains(QStringLiteral("10 day(s) left")), qPrintable(table->item(adult, 3)->text()));
        // Years later the child turned 14 (after the notice marks ran out, which
        // the expiry sweep ends): the reason says so.
        o.f.clock->set(QDateTime(QDate(2031, 6, 20), QTime(9, 0), Qt::UTC));
        QVERIFY(o.consent->runExpiry(core::Actor::system()));
        list.reload();
        QCOMPARE(table->rowCount(), 0);   // expired consents are no longer "asked again"
    }

    void minorTurningFourteenIsListed()
    {
        Office o;
        o.f.clock->set(QDateTime(QDate(2031, 6, 1), QTime(9, 0), Qt::UTC));
        o.decide(o.f.child, true, o.f.guardian);
        o.f.clock->set(QDateTime(QDate(2031, 6, 20), QTime(9, 0), Qt::UTC));   // 14 since 15 June
        ui::ReconsentList list(o.consent, o.f.clock, [] { return test::ConsentFixture::clerk(); });
        list.reload();
        QCOMPARE(list.count(), 1);
        QCOMPARE(list.table()->item(0, 0)->text(), QStringLiteral("Lena Schmidt"));
        QCOMPARE(list.table()->item(0, 2)->text(), core::reconsentReasonName(core::ReconsentReason::TurnedFourteen));
    }

    void enterStartsTheSessionOnTheDesk()
    {
        Office o;
        o.decide(o.f.adult, true);
        o.publishNewPurpose(30);
        auto enrolment = std::make_shared<services::EnrolmentService>(o.f.deps, o.consent, nullptr);
        ui::ConsentDeskPage page(o.consent, o.notices, enrolment, o.f.clock, [] { return test::ConsentFixture::clerk(); });
        page.setOfferReceipts(false);
        page.resize(1000, 700);
        page.show();
        page.activated();
        QTRY_VERIFY(page.tabs()->tabText(1).contains(QStringLiteral("(1)")));
        page.tabs()->setCurrentIndex(1);
        ui::ReconsentList* list = page.reconsentList();
        QVERIFY(!list->startButton()->isEnabled());   // nothing selected, nothing started
        list->table()->setFocus();
        list->table()->setCurrentCell(0, 0);
        QVERIFY(list->startButton()->isEnabled());
        QTest::keyClick(list->table(), Qt::Key_Return);
        QTRY_VERIFY(page.residentWindow());
        QCOMPARE(page.currentResident(), o.f.adult);
        QCOMPARE(page.tabs()->currentIndex(), 0);
        QVERIFY(page.residentWindow()->isVisible());
        page.residentWindow()->cancelButton()->click();
        QTRY_VERIFY(!page.residentWindow());
    }
};

QTEST_MAIN(tst_ReconsentList)
#include "tst_reconsentlist.moc"
