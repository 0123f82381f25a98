// A full desk day through the real pages and services: an adult agrees and is
// enrolled from a photo, an adult refuses (a credential is issued), a guardian
// decides for a minor, the adult later withdraws (no enrolment bytes remain in
// the database file), the re-consent list and the device-deletion queue fill,
// and the administrator's notices page shows what publishing would do.
// With CG_SHOTS_DIR set it saves what users see at each step (and the
// receipts as PDFs) in the language of CG_SHOTS_LANG, for people to look at.
// The resident's window is full-screen: the offscreen screen is 800x800
// unless QT_QPA_PLATFORM=offscreen:configfile=screen.json gives another, e.g.
// {"screens":[{"name":"s","x":0,"y":0,"width":1366,"height":768,"logicalDpi":96}]}.
#include "reports/consentreceipt.h"
#include "security/keyring.h"
#include "services/consentservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/enrolmentservice.h"
#include "services/facequalitygate.h"
#include "services/noticeservice.h"
#include "services/consentfixture.h"
#include "storage/enrolmentrepository.h"
#include "support/testenv.h"
#include "ui/dialogs/withdrawaldialog.h"
#include "ui/kiosk/residentwindow.h"
#include "ui/languagemanager.h"
#include "ui/pages/consentdeskpage.h"
#include "ui/pages/noticespage.h"
#include "ui/widgets/noticeeditor.h"
#include "ui/widgets/signaturepad.h"
#include "vision/facedetector.h"
#include "vision/modelstore.h"

#include <QDir>
#include <QSqlQuery>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {

const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CG_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString lang = qEnvironmentVariable("CG_SHOTS_LANG", QStringLiteral("en"));
    QTest::qWait(50);   // let a layout pass paint (screenshots only)
    w->grab().save(QDir(dir).filePath(name + QLatin1Char('-') + lang + QStringLiteral(".png")));
}

// The resident chooses and signs: with the pen, or by typing the name.
void decide(ui::ConsentDeskPage& page, bool agree, const QString& typedName = {})
{
    ui::ResidentWindow* w = page.residentWindow();
    QVERIFY(w);
    QTest::mouseClick(agree ? w->agreeButton() : w->refuseButton(), Qt::LeftButton);
    if (typedName.isEmpty())
        w->signaturePad()->addStroke(QPolygonF{{20, 150}, {160, 30}, {300, 160}, {460, 40}, {560, 150}, {640, 60}});
    else
        QTest::keyClicks(w->signaturePad(), typedName);
    QVERIFY(w->confirmButton()->isEnabled());
}

} // namespace

class tst_DeskSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullDeskDay()
    {
        CG_REQUIRE_SHARED(QString(QStringLiteral("models/") + vision::ModelStore::kYuNet));
        QVERIFY(QFileInfo::exists(kMessi));
        ui::LanguageManager languages;
        languages.setLanguage(qEnvironmentVariable("CG_SHOTS_LANG", QStringLiteral("en")));
        test::ConsentFixture f;
        auto notices = std::make_shared<services::NoticeService>(f.deps);
        auto consent = std::make_shared<services::ConsentService>(f.deps, notices);
        consent->setAlternativeAccess(std::make_shared<services::CredentialAlternativeAccess>(f.deps));
        QVERIFY(notices->ensurePublished(test::ConsentFixture::admin()));
        vision::DetectorOptions options;
        options.scoreThreshold = 0.7F;
        std::shared_ptr<vision::FaceDetector> detector = std::move(
            vision::createDetector(vision::DetectorKind::YuNet,
                                   vision::ModelStore::withFolders({test::sharedDir() + QStringLiteral("/models")}), options)
                .value());
        auto gate = std::make_shared<services::FaceQualityGate>([detector](const QImage& image) -> core::Result<QList<QRectF>> {
            auto boxes = detector->detect(image);
            if (!boxes)
                return boxes.error();
            QList<QRectF> rects;
            for (const auto& b : boxes.value())
                rects.append(b.rect);
            return rects;
        });
        auto enrolment = std::make_shared<services::EnrolmentService>(f.deps, consent, gate);
        // The photo the resident brings: messi5's face, cut out and enlarged.
        const QImage messi(kMessi);
        const QRectF face = detector->detect(messi).value().constFirst().rect;
        const QRect around = face.adjusted(-face.width() * 1.5, -face.height(), face.width() * 1.5, face.height() * 1.5)
                                 .toAlignedRect()
                                 .intersected(messi.rect());
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(messi.copy(around).scaled(around.size() * 3, Qt::KeepAspectRatio, Qt::FastTransformation).save(photo));

        ui::ConsentDeskPage page(consent, notices, enrolment, f.clock, [] { return test::ConsentFixture::clerk(); });
        page.setOfferReceipts(false);
        page.resize(1200, 760);
        page.show();
        page.activated();

        // 1. An adult agrees and is enrolled from a photo.
        page.showResident(f.adult);
        page.startSession();
        QTRY_VERIFY(page.residentWindow() && page.residentWindow()->isVisible());
        shoot(page.residentWindow(), QStringLiteral("01-resident-reads"));
        shoot(&page, QStringLiteral("02-desk-during-session"));
        decide(page, true);
        shoot(page.residentWindow(), QStringLiteral("03-resident-agrees-signed"));
        page.residentWindow()->confirmButton()->click();
        QTRY_VERIFY(consent->status(f.adult)->faceAllowed());
        QVERIFY(!page.lastOutcome().isEmpty());
        shoot(page.residentWindow(), QStringLiteral("04-resident-recorded"));
        page.residentWindow()->cancelButton()->click();
        QTRY_VERIFY(!page.residentWindow());
        QVERIFY(consent->status(f.adult)->faceAllowed());
        // The console gets the focus back: the list of residents taking it
        // must not switch the desk to another resident.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.resultList()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(page.resultList()->hasFocus());
        QCOMPARE(page.currentResident(), f.adult);
        QVERIFY2(page.enrolFromFile(photo), qPrintable(page.lastOutcome()));
        shoot(&page, QStringLiteral("05-desk-enrolled"));
        const QList<core::ConsentEvent> adultEvents = consent->history(test::ConsentFixture::clerk(), f.adult).value();
        const QByteArray sealedCrop = [&] {
            storage::EnrolmentRepository repo(f.db);
            const auto list = repo.enrolments(f.adult).value();
            // A door terminal got a copy: its deletion will be queued.
            (void)repo.recordCopy(list.constFirst().id, QStringLiteral("gate-north"), f.clock->nowUtc());
            return repo.sealedCrop(list.constFirst().id).value();
        }();
        QVERIFY(sealedCrop.size() > 1000);
        QCOMPARE(adultEvents.constLast().method, core::ConsentMethod::DeskSignature);   // drawn

        // 2. Another adult refuses: a non-biometric credential is issued.
        page.showResident(f.other);
        page.startSession();
        QTRY_VERIFY(page.residentWindow());
        decide(page, false, QStringLiteral("Li Qiang"));
        shoot(page.residentWindow(), QStringLiteral("06-resident-refuses-signed"));
        page.residentWindow()->confirmButton()->click();
        QTRY_COMPARE(consent->status(f.other)->state, core::ConsentState::Refused);
        // Typed, not drawn: the ledger says so, and so does the history.
        QCOMPARE(consent->history(test::ConsentFixture::clerk(), f.other)->constLast().method, core::ConsentMethod::DeskTyped);
        QCOMPARE(page.historyTable()->item(0, 2)->text(), core::consentMethodName(core::ConsentMethod::DeskTyped));
        page.residentWindow()->cancelButton()->click();
        QTRY_VERIFY(!page.residentWindow());
        shoot(&page, QStringLiteral("07-desk-refused"));

        // 3. A guardian decides for a 9-year-old.
        page.showResident(f.child);
        page.startSession();
        QTRY_VERIFY(page.residentWindow());
        shoot(page.residentWindow(), QStringLiteral("08-guardian-reads"));
        decide(page, true);
        page.residentWindow()->confirmButton()->click();
        QTRY_VERIFY(consent->status(f.child)->faceAllowed());
        page.residentWindow()->cancelButton()->click();
        QTRY_VERIFY(!page.residentWindow());
        QVERIFY(consent->history(test::ConsentFixture::clerk(), f.child)->constLast().guardianId == f.guardian);

        // 4. Later the adult withdraws by phone: the dialog, then the record.
        f.clock->advanceDays(3);
        {
            ui::WithdrawalDialog dialog(QStringLiteral("王芳"), f.clock->todayLocal(), &page);
            dialog.show();
            shoot(&dialog, QStringLiteral("09-withdrawal-dialog"));
        }
        services::ConsentService::Withdrawal w;
        w.residentId = f.adult;
        w.method = core::ConsentMethod::Phone;
        w.receivedOn = f.clock->todayLocal();
        QVERIFY(consent->withdraw(test::ConsentFixture::clerk(), w));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM face_enrolments")), 0);
        // Into the main file, and nothing left of the crop anywhere on disk.
        QSqlQuery(f.db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        for (const QString& file : QStringList{f.db->path(), f.db->path() + QStringLiteral("-wal")}) {
            QFile raw(file);
            if (raw.open(QIODevice::ReadOnly))
                QVERIFY2(!raw.readAll().contains(sealedCrop.mid(100, 64)), qPrintable(file));
        }
        page.showResident(f.adult);
        shoot(&page, QStringLiteral("10-desk-after-withdrawal"));

        // 5. A new purpose asks the child again; the deletion waits for the gate.
        core::NoticeContent changed = notices->current().value()->content;
        changed.setField(QStringLiteral("zh_CN"), core::NoticeField::Purpose,
                         changed.field(QStringLiteral("zh_CN"), core::NoticeField::Purpose) + QStringLiteral("\n也用于地下车库入口。"));
        changed.setField(QStringLiteral("en"), core::NoticeField::Purpose,
                         changed.field(QStringLiteral("en"), core::NoticeField::Purpose) + QStringLiteral("\nAlso the car park entrance."));
        QVERIFY(notices->publish(test::ConsentFixture::admin(), changed, 30));
        page.activated();
        page.tabs()->setCurrentIndex(1);
        QTRY_VERIFY(page.tabs()->tabText(1).contains(QStringLiteral("1")));
        shoot(&page, QStringLiteral("11-reconsent-list"));
        page.tabs()->setCurrentIndex(2);
        QVERIFY(page.tabs()->tabText(2).contains(QStringLiteral("1")));
        shoot(&page, QStringLiteral("12-device-deletions"));

        // 6. The administrator's notices page with an unpublished change.
        ui::NoticesPage noticesPage(notices, consent, f.clock, [] { return test::ConsentFixture::admin(); });
        noticesPage.setConfirmPublish(false);
        noticesPage.resize(1200, 760);
        noticesPage.show();
        QPlainTextEdit* method = noticesPage.editor()->editor(QStringLiteral("en"), core::NoticeField::Method);
        method->setPlainText(method->toPlainText() + QStringLiteral("\nAlso at the car park barrier."));
        noticesPage.updateImpact();
        QVERIFY(noticesPage.impactText().contains(QStringLiteral("1")));
        shoot(&noticesPage, QStringLiteral("13-notices-editor"));

        // Receipts with the signatures from the ledger (drawn, typed), for pdftoppm.
        if (const QString shots = qEnvironmentVariable("CG_SHOTS_DIR"); !shots.isEmpty()) {
            const QString lang = qEnvironmentVariable("CG_SHOTS_LANG", QStringLiteral("en"));
            const core::ConsentEvent refusal = consent->history(test::ConsentFixture::clerk(), f.other)->constLast();
            for (const auto& [name, event] : {std::pair{QStringLiteral("drawn"), adultEvents.constLast()},
                                               std::pair{QStringLiteral("typed"), refusal}}) {
                reports::ConsentReceiptData receipt;
                receipt.residentName = event.residentId == f.adult ? QStringLiteral("王芳") : QStringLiteral("李强");
                receipt.unit = QStringLiteral("3-1502");
                receipt.event = event;
                receipt.notice = notices->byHash(receipt.event.noticeHash).value().value();
                receipt.signature = QImage::fromData(consent->signaturePng(test::ConsentFixture::admin(), event.id).value());
                QVERIFY(!receipt.signature.isNull());
                for (auto format : {reports::PdfDocument::Format::A4Portrait, reports::PdfDocument::Format::Receipt80mm}) {
                    auto pdf = reports::buildConsentReceipt(receipt, format, QStringLiteral("clerk.li"), f.clock->nowUtc());
                    const QString size = format == reports::PdfDocument::Format::A4Portrait ? QStringLiteral("a4") : QStringLiteral("80mm");
                    QVERIFY(pdf->writePdf(QDir(shots).filePath(QStringLiteral("receipt-%1-%2-%3.pdf").arg(name, size, lang))));
                }
            }
        }
        languages.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(tst_DeskSession)
#include "tst_desksession.moc"
