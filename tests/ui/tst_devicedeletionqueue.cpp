// The device-deletion queue on a real database: a withdrawal of a resident
// whose crop was copied to two door terminals queues two deletions; the list
// shows them with their age and count, marks those past the 5 days the
// notice promises, and an administrator (not a clerk) confirms one.
#include "security/keyring.h"
#include "services/consentservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/noticeservice.h"
#include "services/consentfixture.h"
#include "storage/enrolmentrepository.h"
#include "ui/widgets/devicedeletionqueue.h"

#include <QPushButton>
#include <QSignalSpy>
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
    // Consent, a stored (sealed) crop copied to two terminals, then withdrawal.
    void withdrawWithCopies(qint64 resident)
    {
        services::ConsentService::Decision d;
        d.residentId = resident;
        d.noticeHash = notices->current().value()->hash;
        d.agree = true;
        d.signaturePng = test::ConsentFixture::signature();
        d.language = QStringLiteral("zh_CN");
        auto granted = consent->recordDecision(test::ConsentFixture::clerk(), d);
        if (!granted)
            qFatal("grant failed");
        storage::EnrolmentRepository repo(f.db);
        storage::FaceEnrolmentInfo info;
        info.id = repo.nextEnrolmentId().value();
        info.residentId = resident;
        info.consentEventId = granted->event.id;
        info.width = info.height = 160;
        info.source = QStringLiteral("file");
        info.createdAt = f.clock->nowUtc();
        info.createdBy = QStringLiteral("clerk.li");
        const QByteArray sealed = f.deps.keys->seal(QByteArray(2048, 'F'), QByteArrayLiteral("face_enrolment:1"));
        if (!repo.insertEnrolment(info, sealed) || !repo.recordCopy(info.id, QStringLiteral("gate-north"), info.createdAt)
            || !repo.recordCopy(info.id, QStringLiteral("lift-3"), info.createdAt))
            qFatal("enrol setup failed");
        services::ConsentService::Withdrawal w;
        w.residentId = resident;
        w.method = core::ConsentMethod::Phone;
        if (!consent->withdraw(test::ConsentFixture::clerk(), w))
            qFatal("withdraw failed");
    }
};

} // namespace

class tst_DeviceDeletionQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ageText()
    {
        QCOMPARE(ui::DeviceDeletionQueue::ageText(59), QStringLiteral("0 min"));
        QCOMPARE(ui::DeviceDeletionQueue::ageText(2 * 3600 + 5 * 60), QStringLiteral("2 h 5 min"));
        QCOMPARE(ui::DeviceDeletionQueue::ageText(3 * 86400 + 4 * 3600 + 10), QStringLiteral("3 d 4 h"));
    }

    void showsEntriesWithAgeAndCount()
    {
        Office o;
        o.withdrawWithCopies(o.f.adult);
        o.f.clock->advanceDays(6);
        o.withdrawWithCopies(o.f.other);
        o.f.clock->advance(qint64(2) * 3600 * 1000);
        ui::DeviceDeletionQueue queue(o.consent, o.f.clock, [] { return test::ConsentFixture::clerk(); });
        QSignalSpy counted(&queue, &ui::DeviceDeletionQueue::countChanged);
        queue.reload();
        QCOMPARE(counted.constLast().constFirst().toInt(), 4);
        QTableWidget* table = queue.table();
        QCOMPARE(table->rowCount(), 4);
        // Oldest first: the first resident's two entries, 6 days and 2 hours old.
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("王芳"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("6 d 2 h — overdue"));
        QCOMPARE(table->item(3, 0)->text(), QStringLiteral("李强"));
        QCOMPARE(table->item(3, 3)->text(), QStringLiteral("2 h 0 min"));
        QStringList devices{table->item(0, 1)->text(), table->item(1, 1)->text()};
        devices.sort();
        QCOMPARE(devices, (QStringList{QStringLiteral("gate-north"), QStringLiteral("lift-3")}));
        QVERIFY2(queue.summaryText().contains(QStringLiteral("4 deletion(s)")), qPrintable(queue.summaryText()));
        QVERIFY(queue.summaryText().contains(QStringLiteral("6 d 2 h")));
        QVERIFY(queue.summaryText().contains(QStringLiteral("2 past the 5 days")));
        // A clerk sees the queue but cannot confirm.
        table->setCurrentCell(0, 0);
        QVERIFY(!queue.confirmButton()->isEnabled());
        QVERIFY(!queue.confirmSelected(false));
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM device_deletion_queue WHERE confirmed_at IS NULL")), 4);
    }

    void administratorConfirms()
    {
        Office o;
        o.withdrawWithCopies(o.f.adult);
        ui::DeviceDeletionQueue queue(o.consent, o.f.clock, [] { return test::ConsentFixture::admin(); });
        queue.reload();
        QCOMPARE(queue.count(), 2);
        queue.table()->setCurrentCell(1, 0);
        QVERIFY(queue.confirmButton()->isEnabled());
        QVERIFY(queue.confirmSelected(false));
        QCOMPARE(queue.count(), 1);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM device_deletion_queue WHERE confirmed_at IS NOT NULL"
                                          " AND confirmed_by = 'admin'")), 1);
        QCOMPARE(o.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'face.device_deletion_confirmed'")), 1);
    }
};

QTEST_MAIN(tst_DeviceDeletionQueue)
#include "tst_devicedeletionqueue.moc"
