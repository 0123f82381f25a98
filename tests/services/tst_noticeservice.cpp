#include "services/consentservice.h"
#include "services/noticeservice.h"
#include "services/credentialalternativeaccess.h"

#include "consentfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cg;

class tst_NoticeService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultNoticeIsCompleteInBothLanguages()
    {
        const core::NoticeContent c = services::NoticeService::defaultNotice();
        QVERIFY(core::checkComplete(c).ok());
        QVERIFY(c.field(QStringLiteral("zh_CN"), core::NoticeField::Purpose).contains(QStringLiteral("电梯")));
        QVERIFY(c.field(QStringLiteral("en"), core::NoticeField::Purpose).contains(QStringLiteral("lift")));
        QVERIFY(c.field(QStringLiteral("en"), core::NoticeField::Rights).contains(QStringLiteral("withdraw")));
    }

    void publishRefusesIncompleteNamingTheField()
    {
        test::ConsentFixture f;
        services::NoticeService notices(f.deps);
        core::NoticeContent c = services::NoticeService::defaultNotice();
        c.setField(QStringLiteral("en"), core::NoticeField::Retention, QString());
        auto published = notices.publish(f.admin(), c, 30);
        QVERIFY(!published);
        QCOMPARE(published.error().field, QStringLiteral("en.retention"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notice_versions")), 0);
    }

    void onlyAdministratorsPublish()
    {
        test::ConsentFixture f;
        services::NoticeService notices(f.deps);
        auto published = notices.publish(f.clerk(), services::NoticeService::defaultNotice(), 30);
        QVERIFY(!published);
        QCOMPARE(published.error().kind, core::Error::Kind::PermissionDenied);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission.denied'")), 1);
    }

    void publishedVersionsAreImmutableAndHashIdentified()
    {
        test::ConsentFixture f;
        services::NoticeService notices(f.deps);
        const core::NoticeContent c = services::NoticeService::defaultNotice();
        auto v1 = notices.publish(f.admin(), c, 30);
        QVERIFY2(v1, qPrintable(v1 ? QString() : v1.error().message));
        QCOMPARE(v1->version.number, 1);
        QCOMPARE(v1->version.hash, core::noticeHash(c));
        // Reading it back gives the same text and the same hash.
        auto back = notices.byHash(v1->version.hash);
        QVERIFY(back && back->has_value());
        QCOMPARE(core::noticeHash((*back)->content), v1->version.hash);
        // The same text twice is refused.
        auto again = notices.publish(f.admin(), c, 30);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, core::Error::Kind::Conflict);
        // The database itself refuses edits and deletions.
        QSqlQuery q(f.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE notice_versions SET content = '{}'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("immutable")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM notice_versions")));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'notice.publish'")), 1);
    }

    void draftHasOptimisticVersion()
    {
        test::ConsentFixture f;
        services::NoticeService notices(f.deps);
        auto draft = notices.draft(f.admin());
        QVERIFY(draft);
        QCOMPARE(draft->version, 0);
        QVERIFY(core::checkComplete(draft->content).ok());   // starts from the default
        auto saved = notices.saveDraft(f.admin(), draft->content, 0);
        QVERIFY(saved);
        QCOMPARE(saved.value(), 1);
        auto stale = notices.saveDraft(f.admin(), draft->content, 0);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, core::Error::Kind::Conflict);
        QVERIFY(notices.saveDraft(f.admin(), draft->content, 1));
    }

    void scopeChangeMarksActiveConsentersOnly()
    {
        test::ConsentFixture f;
        auto notices = std::make_shared<services::NoticeService>(f.deps);
        services::ConsentService consent(f.deps, notices);
        core::NoticeContent c = services::NoticeService::defaultNotice();
        auto v1 = notices->publish(f.admin(), c, 30);
        QVERIFY(v1);
        services::ConsentService::Decision d;
        d.residentId = f.adult;
        d.noticeHash = v1->version.hash;
        d.agree = true;
        d.signaturePng = test::ConsentFixture::signature();
        d.language = QStringLiteral("zh_CN");
        QVERIFY(consent.recordDecision(f.clerk(), d));

        // A wording change of the contact does not ask anyone again.
        c.setField(QStringLiteral("en"), core::NoticeField::PiContact, QStringLiteral("Ms Zhou, service centre manager."));
        auto v2 = notices->publish(f.admin(), c, 30);
        QVERIFY(v2);
        QVERIFY(!v2->version.scopeChanged);
        QCOMPARE(v2->residentsMarked, 0);
        QVERIFY(!consent.status(f.adult)->needsReconsent());

        // A new purpose does.
        f.clock->advanceDays(1);
        c.setField(QStringLiteral("en"), core::NoticeField::Purpose, c.field(QStringLiteral("en"), core::NoticeField::Purpose)
                                                                       + QStringLiteral("\nAlso the underground car park."));
        auto v3 = notices->publish(f.admin(), c, 14);
        QVERIFY(v3);
        QVERIFY(v3->version.scopeChanged);
        QCOMPARE(v3->version.previousHash, v2->version.hash);
        QCOMPARE(v3->residentsMarked, 1);
        auto st = consent.status(f.adult);
        QVERIFY(st->needsReconsent());
        QVERIFY(st->faceAllowed());                        // enrolled during the grace period
        QCOMPARE(st->graceUntil, f.clock->nowUtc().addDays(14));
        auto list = consent.reconsentList(f.clerk());
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->constFirst().resident.id, f.adult);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM reconsent_marks")), 1);

        // Asked again on the new version: the mark is resolved.
        d.noticeHash = v3->version.hash;
        f.clock->advance(1000);
        QVERIFY(consent.recordDecision(f.clerk(), d));
        QVERIFY(!consent.status(f.adult)->needsReconsent());
        QCOMPARE(consent.reconsentList(f.clerk())->size(), 0);
    }

    void previewCountsWhoWouldBeAskedAgain()
    {
        test::ConsentFixture f;
        auto notices = std::make_shared<services::NoticeService>(f.deps);
        services::ConsentService consent(f.deps, notices);
        consent.setAlternativeAccess(std::make_shared<services::CredentialAlternativeAccess>(f.deps));
        core::NoticeContent c = services::NoticeService::defaultNotice();
        auto v1 = notices->publish(f.admin(), c, 30);
        QVERIFY(v1);
        auto same = notices->previewPublish(f.admin(), c);
        QVERIFY(same);
        QCOMPARE(same->duplicateOf, 1);
        QCOMPARE(same->number, 2);
        services::ConsentService::Decision d;
        d.residentId = f.adult;
        d.noticeHash = v1->version.hash;
        d.agree = true;
        d.signaturePng = test::ConsentFixture::signature();
        d.language = QStringLiteral("zh_CN");
        QVERIFY(consent.recordDecision(f.clerk(), d));
        d.residentId = f.other;
        d.agree = false;
        QVERIFY(consent.recordDecision(f.clerk(), d));   // refused: not asked again
        c.setField(QStringLiteral("en"), core::NoticeField::DataCategories, QStringLiteral("Face image only."));
        auto changed = notices->previewPublish(f.admin(), c);
        QVERIFY(changed);
        QVERIFY(changed->scopeChanged);
        QCOMPARE(changed->residentsToMark, 1);
        QCOMPARE(changed->duplicateOf, 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM reconsent_marks")), 0);   // a preview marks nobody
        QVERIFY(!notices->previewPublish(f.clerk(), c));
    }

    void processorDetailsFillTheShippedNotice()
    {
        test::ConsentFixture f;
        services::NoticeService notices(f.deps);
        QVERIFY(notices.ensurePublished(core::Actor::system()).value());
        const auto details = [](const QString& name, const QString& phone) {
            return services::ProcessorDetails{name, phone, QStringLiteral("翠苑小区物业服务中心"), {}};
        };
        auto empty = notices.setProcessorDetails(f.admin(), details(QStringLiteral("  "), QStringLiteral("0571-1234")));
        QVERIFY(!empty);
        QCOMPARE(empty.error().field, QStringLiteral("company_name"));
        auto set = notices.setProcessorDetails(f.admin(), details(QStringLiteral("杭州翠苑物业服务有限公司"),
                                                                  QStringLiteral("0571-8888 6666")));
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
        QVERIFY(set->published);
        QCOMPARE(set->number, 2);
        const core::NoticeVersion v = notices.current().value().value();
        for (const QString& language : core::noticeLanguages()) {
            QVERIFY(v.content.field(language, core::NoticeField::Processor).contains(QStringLiteral("杭州翠苑物业服务有限公司")));
            QVERIFY(v.content.field(language, core::NoticeField::ProcessorContact).contains(QStringLiteral("0571-8888 6666")));
            QVERIFY(v.content.field(language, core::NoticeField::PiContact).contains(QStringLiteral("翠苑小区物业服务中心")));
        }
        QVERIFY(v.content.field(QStringLiteral("en"), core::NoticeField::Processor).contains(QStringLiteral("processes your face data")));
        QVERIFY(!v.scopeChanged);
        QVERIFY(core::checkComplete(v.content).ok());
        // Once the administrator has edited the notice, only the draft changes.
        auto draft = notices.draft(f.admin());
        core::NoticeContent edited = draft->content;
        edited.setField(QStringLiteral("en"), core::NoticeField::PiContact, QStringLiteral("Ms Zhou."));
        QVERIFY(notices.publish(f.admin(), edited, 30));
        auto again = notices.setProcessorDetails(f.admin(), details(QStringLiteral("New Co."), QStringLiteral("0571-11111")));
        QVERIFY(again);
        QVERIFY(!again->published);
        QCOMPARE(notices.versions()->size(), 3);
        QVERIFY(notices.draft(f.admin())->content.field(QStringLiteral("en"), core::NoticeField::Processor).contains(QStringLiteral("New Co.")));
        QVERIFY(!notices.setProcessorDetails(f.clerk(), details(QStringLiteral("X Co."), QStringLiteral("0571-22222"))));
    }

    void ensurePublishedOnce()
    {
        test::ConsentFixture f;
        services::NoticeService notices(f.deps);
        QCOMPARE(notices.ensurePublished(core::Actor::system()).value(), true);
        QCOMPARE(notices.ensurePublished(core::Actor::system()).value(), false);
        QCOMPARE(notices.versions()->size(), 1);
    }
};

QTEST_MAIN(tst_NoticeService)
#include "tst_noticeservice.moc"
