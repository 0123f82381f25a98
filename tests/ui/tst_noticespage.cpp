// The notices editor under offscreen with a real database: versions listed
// (draft first, published read-only), Publish refused with a message naming
// the empty part, the re-consent impact shown before publishing and marked
// after, a clerk sees the notice but cannot change it, consent periods saved.
#include "services/consentservice.h"
#include "services/noticeservice.h"
#include "services/consentfixture.h"
#include "ui/pages/noticespage.h"
#include "ui/widgets/noticeeditor.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace cg;

namespace {

struct NoticesUi
{
    test::ConsentFixture f;
    std::shared_ptr<services::NoticeService> notices = std::make_shared<services::NoticeService>(f.deps);
    std::shared_ptr<services::ConsentService> consent = std::make_shared<services::ConsentService>(f.deps, notices);
    core::Actor actor = test::ConsentFixture::admin();
    std::unique_ptr<ui::NoticesPage> page;

    NoticesUi()
    {
        if (!notices->ensurePublished(test::ConsentFixture::admin()))
            qFatal("publish failed");
    }
    void open()
    {
        page = std::make_unique<ui::NoticesPage>(notices, consent, f.clock, [this] { return actor; });
        page->setConfirmPublish(false);
        page->resize(1200, 800);
        page->show();
    }
    void grant(qint64 resident)
    {
        services::ConsentService::Decision d;
        d.residentId = resident;
        d.noticeHash = notices->current().value()->hash;
        d.agree = true;
        d.signaturePng = test::ConsentFixture::signature();
        d.language = QStringLiteral("zh_CN");
        if (!consent->recordDecision(test::ConsentFixture::clerk(), d))
            qFatal("grant failed");
    }
};

} // namespace

class tst_NoticesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsDraftAndPublishedVersions()
    {
        NoticesUi ui;
        ui.open();
        QTableWidget* table = ui.page->versionsTable();
        QCOMPARE(table->rowCount(), 2);   // the draft, version 1
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Draft"));
        QVERIFY(table->item(1, 0)->text().startsWith(QStringLiteral("1")));
        QCOMPARE(table->item(1, 3)->text(), core::shortHash(ui.notices->current().value()->hash));
        QVERIFY(!ui.page->editor()->isReadOnly());
        QVERIFY(ui.page->publishButton()->isVisible());
        // The published version is shown read-only.
        table->setCurrentCell(1, 0);
        QVERIFY(ui.page->editor()->isReadOnly());
        QVERIFY(ui.page->editor()->editor(QStringLiteral("en"), core::NoticeField::Purpose)->isReadOnly());
        QVERIFY(!ui.page->publishButton()->isEnabled());
        QVERIFY(!ui.page->publishDraft());
    }

    void publishRefusalNamesTheEmptyPart()
    {
        NoticesUi ui;
        ui.open();
        QPlainTextEdit* retention = ui.page->editor()->editor(QStringLiteral("en"), core::NoticeField::Retention);
        retention->clear();
        ui.page->updateImpact();
        QVERIFY(ui.page->impactText().contains(QStringLiteral("How long we keep it")));
        QVERIFY(!ui.page->publishDraft());
        QVERIFY2(ui.page->messageText().contains(QStringLiteral("English")), qPrintable(ui.page->messageText()));
        QVERIFY(ui.page->messageText().contains(QStringLiteral("How long we keep it")));
        QTRY_VERIFY(retention->hasFocus());
        QCOMPARE(ui.notices->versions()->size(), 1);
        QCOMPARE(ui.f.count(QStringLiteral("SELECT COUNT(*) FROM notice_versions")), 1);
        // Filling it in makes it publishable: a wording change, nobody asked again.
        retention->setPlainText(QStringLiteral("Until you withdraw, move out or the period ends; then deleted within 5 days."));
        ui.page->updateImpact();
        QVERIFY2(ui.page->impactText().contains(QStringLiteral("nobody needs to be asked again")),
                 qPrintable(ui.page->impactText()));
        QVERIFY(ui.page->publishDraft());
        QCOMPARE(ui.notices->versions()->size(), 2);
        QCOMPARE(ui.notices->current().value()->number, 2);
        QVERIFY(ui.page->messageText().contains(QStringLiteral("version 2")));
    }

    void scopeChangeShowsAndMarksReconsent()
    {
        NoticesUi ui;
        ui.grant(ui.f.adult);
        ui.grant(ui.f.other);
        ui.open();
        ui.page->graceDays()->setValue(21);
        QPlainTextEdit* purpose = ui.page->editor()->editor(QStringLiteral("zh_CN"), core::NoticeField::Purpose);
        purpose->setPlainText(purpose->toPlainText() + QStringLiteral("\n也用于地下车库入口。"));
        ui.page->updateImpact();
        QVERIFY2(ui.page->impactText().contains(QStringLiteral("2 resident(s) with active consent")),
                 qPrintable(ui.page->impactText()));
        QVERIFY(ui.page->impactText().contains(QStringLiteral("re-consent needed")));
        QVERIFY(ui.page->publishDraft());
        auto list = ui.consent->reconsentList(test::ConsentFixture::clerk());
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->constFirst().status.graceUntil, ui.f.clock->nowUtc().addDays(21));
        QVERIFY(ui.page->messageText().contains(QStringLiteral("2 resident(s) marked")));
        // The draft was saved with the text that was published.
        QCOMPARE(ui.notices->draft(ui.actor)->content, ui.notices->current().value()->content);
        QCOMPARE(ui.page->versionsTable()->rowCount(), 3);
        QCOMPARE(ui.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'notice.publish'")), 2);
    }

    void clerkSeesTheNoticeReadOnly()
    {
        NoticesUi ui;
        ui.actor = test::ConsentFixture::clerk();
        ui.open();
        QCOMPARE(ui.page->versionsTable()->rowCount(), 1);   // no draft row
        QVERIFY(ui.page->editor()->isReadOnly());
        QVERIFY(!ui.page->publishButton()->isVisible());
        QVERIFY(!ui.page->graceDays()->isEnabled());
        QVERIFY(!ui.page->publishDraft());
        QCOMPARE(ui.notices->versions()->size(), 1);
    }

    void savesConsentPeriods()
    {
        NoticesUi ui;
        ui.open();
        ui.page->graceDays()->setValue(45);
        ui.page->expiryDays()->setValue(730);
        const auto buttons = ui.page->findChildren<QPushButton*>();
        QPushButton* save = nullptr;
        for (QPushButton* b : buttons) {
            if (b->text() == QStringLiteral("Save periods"))
                save = b;
        }
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(ui.consent->policy().graceDays, 45);
        QCOMPARE(ui.consent->policy().expiryDays, 730);
        QCOMPARE(ui.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'consent.policy'")), 1);
    }
};

QTEST_MAIN(tst_NoticesPage)
#include "tst_noticespage.moc"
