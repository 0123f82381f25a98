// The backup and restore dialogs on a real database and real key files:
// the passphrase rule gates the button, the backup is written and checked,
// a restore shows its plan first and asks before replacing a database, and
// both dialogs speak Chinese after a language change. With CG_SHOT_DIR set,
// grabs of each state are saved there (English and Chinese).
#include "core/actor.h"
#include "services/audittrail.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"
#include "ui/dialogs/backupdialog.h"
#include "ui/dialogs/restoredialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace cg;

namespace {

core::Actor admin()
{
    core::Actor a;
    a.userId = 0;
    a.name = QStringLiteral("system:test");
    a.role = core::Role::Administrator;
    return a;
}

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CG_SHOT_DIR");
    if (dir.isEmpty())
        return;
    w->adjustSize();
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

const QString kPassphrase = QStringLiteral("blue ladder, seven rivers");

} // namespace

class tst_BackupDialog : public QObject
{
    Q_OBJECT
    test::TempDatabase m_temp;
    services::ServiceDeps m_deps;
    QTranslator m_translator;
    QString m_backup;

    QString language() const { return m_translator.isEmpty() ? QStringLiteral("en") : QStringLiteral("zh"); }

    void backUp(const QString& folder)
    {
        ui::BackupDialog dialog(m_deps, admin());
        dialog.show();
        dialog.folderEdit()->setText(folder);
        QVERIFY(!dialog.backupButton()->isEnabled());
        dialog.passphraseEdit()->setText(QStringLiteral("aaaaaaaaaaaaaaaa"));
        QVERIFY(!dialog.backupButton()->isEnabled());   // too few different characters
        dialog.passphraseEdit()->setText(kPassphrase);
        dialog.repeatEdit()->setText(kPassphrase + QStringLiteral("x"));
        QVERIFY(!dialog.backupButton()->isEnabled());   // the two entries differ
        dialog.repeatEdit()->setText(kPassphrase);
        QVERIFY(dialog.backupButton()->isEnabled());
        shoot(&dialog, QStringLiteral("backup_ready_") + language());
        QSignalSpy done(&dialog, &ui::BackupDialog::backupFinished);
        QTest::mouseClick(dialog.backupButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(dialog.resultView()->toPlainText()));
        QVERIFY(dialog.succeeded());
        QVERIFY(dialog.passphraseEdit()->text().isEmpty());   // not kept in the widget
        shoot(&dialog, QStringLiteral("backup_done_") + language());
        for (const QString& part : {QStringLiteral("database.sqlite"), QStringLiteral("key.cgkey"), QStringLiteral("manifest.json")})
            QVERIFY(QFileInfo::exists(QDir(folder).filePath(part)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto deps = services::ServiceDeps::build(m_temp.open(), m_temp.keyDir(), std::make_shared<test::FakeClock>());
        QVERIFY(deps);
        m_deps = deps.value();
        m_backup = m_temp.filePath(QStringLiteral("backup-en"));
    }

    void backupDialogWritesACheckedBackup()
    {
        backUp(m_backup);
    }

    void restoreToAnEmptyPlaceSaysWhatCannotBeKnown()
    {
        const QString target = m_temp.filePath(QStringLiteral("elsewhere.sqlite"));
        ui::RestoreDialog dialog(target, m_temp.filePath(QStringLiteral("keys2")), QStringLiteral("test"));
        dialog.show();
        QVERIFY(!dialog.checkButton()->isEnabled());
        dialog.folderEdit()->setText(m_backup);
        dialog.passphraseEdit()->setText(QStringLiteral("wrong ladder, seven rivers"));
        QSignalSpy planned(&dialog, &ui::RestoreDialog::planReady);
        QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(planned.count(), 1, 30000);
        QVERIFY(!planned.at(0).at(0).toBool());
        QVERIFY(dialog.planView()->toPlainText().contains(QStringLiteral("passphrase is wrong")));
        QVERIFY(!dialog.restoreButton()->isEnabled());

        dialog.passphraseEdit()->setText(kPassphrase);
        QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(planned.count(), 2, 30000);
        QVERIFY(planned.at(1).at(0).toBool());
        QVERIFY(dialog.planView()->toPlainText().contains(QStringLiteral("cannot be known from the backup alone")));
        QVERIFY(!dialog.confirmBox()->isVisible());   // nothing to replace
        QVERIFY(dialog.restoreButton()->isEnabled());
        QVERIFY(!QFileInfo::exists(target));
        QSignalSpy restored(&dialog, &ui::RestoreDialog::restoreFinished);
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 30000);
        QVERIFY2(restored.at(0).at(0).toBool(), qPrintable(dialog.planView()->toPlainText()));
        QVERIFY(dialog.restored());
        QVERIFY(dialog.planView()->toPlainText().contains(QStringLiteral("chain intact")));
        QVERIFY(QFileInfo::exists(target));
    }

    void replacingADatabaseNeedsConfirmation()
    {
        // The live database has moved on since the backup.
        QVERIFY(m_deps.audit->record(admin(), QStringLiteral("settings.test")));
        ui::RestoreDialog dialog(m_temp.path(), m_temp.keyDir(), QStringLiteral("test"));
        dialog.show();
        dialog.folderEdit()->setText(m_backup);
        dialog.passphraseEdit()->setText(kPassphrase);
        QSignalSpy planned(&dialog, &ui::RestoreDialog::planReady);
        QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(planned.count(), 1, 30000);
        QVERIFY(planned.at(0).at(0).toBool());
        QVERIFY(dialog.planView()->toPlainText().contains(language() == QLatin1String("en") ? QStringLiteral("NEWER")
                                                                                           : QStringLiteral("比备份更新")));
        QVERIFY(dialog.confirmBox()->isVisible());
        QVERIFY(!dialog.restoreButton()->isEnabled());
        dialog.confirmBox()->setChecked(true);
        QVERIFY(dialog.restoreButton()->isEnabled());
        shoot(&dialog, QStringLiteral("restore_plan_") + language());
        // Another folder invalidates what was checked.
        dialog.folderEdit()->setText(m_backup + QStringLiteral("-other"));
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(!dialog.confirmBox()->isVisible());
    }

    void dialogsSpeakChinese()
    {
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/consentgate_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
        ui::BackupDialog backup(m_deps, admin());
        QCOMPARE(backup.windowTitle(), QStringLiteral("备份数据库和密钥"));
        backup.passphraseEdit()->setText(QStringLiteral("short"));
        ui::RestoreDialog restore(m_temp.path(), m_temp.keyDir(), QStringLiteral("test"));
        QCOMPARE(restore.windowTitle(), QStringLiteral("从备份恢复"));
        QCOMPARE(restore.restoreButton()->text(), QStringLiteral("恢复(&R)"));
        if (!qEnvironmentVariableIsEmpty("CG_SHOT_DIR")) {
            m_backup = m_temp.filePath(QStringLiteral("backup-zh"));
            backUp(m_backup);
            replacingADatabaseNeedsConfirmation();
        }
        QCoreApplication::removeTranslator(&m_translator);
    }
};

QTEST_MAIN(tst_BackupDialog)
#include "tst_backupdialog.moc"
