// Esc closes every dialog of the console and changes nothing: each dialog
// class of ui/dialogs (and the help dialogs) is opened with the real services
// of the composed console on a demo compound, Esc is pressed where the
// keyboard focus is (as a clerk would), and the dialog must be gone, rejected,
// with the database files byte for byte as before. The list of dialog classes
// is read from ui/dialogs/*.h, so a new dialog without a case here fails.
#include "consolefixture.h"
#include "services/firstrunsetup.h"
#include "services/signinservice.h"
#include "ui/dialogs/backupdialog.h"
#include "ui/dialogs/cameraenrolmentdialog.h"
#include "ui/dialogs/credentialdialog.h"
#include "ui/dialogs/firstrunwizard.h"
#include "ui/dialogs/helpdialogs.h"
#include "ui/dialogs/holidaytabledialog.h"
#include "ui/dialogs/moveoutwizard.h"
#include "ui/dialogs/residenteditor.h"
#include "ui/dialogs/residentimportdialog.h"
#include "ui/dialogs/restoredialog.h"
#include "ui/dialogs/signindialog.h"
#include "ui/dialogs/userdialog.h"
#include "ui/dialogs/violationsdialog.h"
#include "ui/dialogs/withdrawaldialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace cg;

namespace {

// The database and its write-ahead log (every committed write lands in one of them).
QByteArray fingerprint(const QString& databasePath)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& path : QStringList{databasePath, databasePath + QStringLiteral("-wal")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        hash.addData(path.toUtf8());
    }
    return hash.result();
}

// Dialog classes declared in ui/dialogs/*.h (QDialog or QWizard subclasses).
QStringList declaredDialogClasses()
{
    QStringList names;
    const QDir dir(qEnvironmentVariable("CG_SOURCE_DIR") + QStringLiteral("/ui/dialogs"));
    static const QRegularExpression declaration(QStringLiteral("class (\\w+) final : public Q(Dialog|Wizard)\\b"));
    for (const QString& header : dir.entryList({QStringLiteral("*.h")})) {
        QFile file(dir.filePath(header));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = declaration.globalMatch(text); it.hasNext();)
            names << it.next().captured(1);
    }
    return names;
}

qint64 firstCurrentResident(const std::shared_ptr<storage::Database>& database)
{
    QSqlQuery query(database->connection());
    query.exec(QStringLiteral("SELECT id FROM residents WHERE move_out IS NULL ORDER BY id LIMIT 1"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

class tst_DialogEscape : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void escapeClosesEveryDialogAndChangesNothing()
    {
        test::Console console(60);
        ui::MainWindow& window = *console.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 resident = firstCurrentResident(console.database);
        QVERIFY(resident > 0);
        const auto actor = [&console] { return console.session.actor(); };
        const core::Actor admin = console.session.actor();
        auto residents = std::make_shared<services::ResidentService>(console.deps);
        auto compliance = std::make_shared<services::ComplianceService>(console.deps);
        auto moveOut = std::make_shared<services::MoveOutService>(console.deps);
        auto enrolment = std::make_shared<services::EnrolmentService>(console.deps, console.consent, nullptr);
        services::SignInService signIn(console.deps);
        QTemporaryDir elsewhere;   // where a first run would create its database
        const QString firstRunPath = elsewhere.filePath(QStringLiteral("office/consentgate.sqlite"));
        services::FirstRunSetup firstRun(firstRunPath, elsewhere.filePath(QStringLiteral("keys")), console.clock,
                                         QStringLiteral("desk-1"));
        const auto figures = compliance->compute(admin, {});
        QVERIFY(figures);

        // Each case opens one dialog (shown, not exec()'d) and returns it.
        using Open = std::function<QDialog*()>;
        const QList<std::pair<QString, Open>> cases = {
            {QStringLiteral("BackupDialog"), [&] { return new ui::BackupDialog(console.deps, admin, &window); }},
            {QStringLiteral("CameraEnrolmentDialog"),
             [&] {
                 return new ui::CameraEnrolmentDialog(console.devices.get(), enrolment, actor, resident,
                                                      QStringLiteral("王芳"), QString(), &window);
             }},
            {QStringLiteral("CredentialDialog"),
             [&] {
                 return new ui::CredentialDialog(std::make_shared<services::CredentialService>(console.deps), actor,
                                                 resident, &window);
             }},
            {QStringLiteral("FirstRunWizard"), [&] { return new ui::FirstRunWizard(&firstRun, &console.languages); }},
            {QStringLiteral("HolidayTableDialog"),
             [&] { return new ui::HolidayTableDialog(compliance, admin, console.clock->todayLocal().year(), &window); }},
            {QStringLiteral("MoveOutWizard"),
             [&] { return new ui::MoveOutWizard(moveOut, residents, actor, console.clock, resident, &window); }},
            {QStringLiteral("ResidentEditor"),
             [&] { return new ui::ResidentEditor(residents, actor, console.clock, resident, 0, {}, &window); }},
            {QStringLiteral("ResidentImportDialog"),
             [&] {
                 return new ui::ResidentImportDialog(std::make_shared<services::ResidentImporter>(console.deps), actor,
                                                     &window);
             }},
            {QStringLiteral("RestoreDialog"),
             [&] { return new ui::RestoreDialog(console.temp.path(), console.temp.keyDir(), QStringLiteral("admin"), &window); }},
            {QStringLiteral("SignInDialog"), [&] { return new ui::SignInDialog(&signIn, QStringLiteral("desk-1")); }},
            {QStringLiteral("UserDialog"),
             [&] { return new ui::UserDialog(ui::UserDialog::Mode::NewUser, QString(), &window); }},
            {QStringLiteral("ViolationsDialog"), [&] { return new ui::ViolationsDialog(figures.value(), &window); }},
            {QStringLiteral("WithdrawalDialog"),
             [&] { return new ui::WithdrawalDialog(QStringLiteral("王芳"), console.clock->todayLocal(), &window); }},
            {QStringLiteral("user guide (F1)"),
             [&] {
                 ui::showUserGuide(&window);
                 return window.findChildren<QDialog*>().constLast();
             }},
            {QStringLiteral("About"),
             [&] {
                 ui::showAbout(&window, ui::AboutInfo{console.temp.path(), console.temp.keyDir(), QString(), {}});
                 return window.findChildren<QDialog*>().constLast();
             }},
        };

        QStringList covered;
        for (const auto& c : cases)
            covered << c.first;
        for (const QString& declared : declaredDialogClasses())
            QVERIFY2(covered.contains(declared), qPrintable(declared + QStringLiteral(" has no Esc case here")));

        QStringList problems;
        for (const auto& [name, open] : cases) {
            const QByteArray before = fingerprint(console.temp.path());
            QPointer<QDialog> dialog = open();
            if (!dialog) {
                problems << name + QStringLiteral(": not opened");
                continue;
            }
            dialog->show();
            dialog->activateWindow();
            if (!QTest::qWaitForWindowActive(dialog)) {
                problems << name + QStringLiteral(": never became the active window");
                delete dialog;
                continue;
            }
            // Where the focus is when it opens: a control that swallowed Esc would keep the dialog open.
            QWidget* focus = QApplication::focusWidget();
            QWidget* target = focus && dialog->isAncestorOf(focus) ? focus : dialog.data();
            QSignalSpy finished(dialog.data(), &QDialog::finished);
            QTest::keyClick(target, Qt::Key_Escape);
            const QDialog* shown = dialog.data();   // (null once a delete-on-close dialog is gone)
            if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 5000) || (shown && shown->isVisible())) {
                problems << name + QStringLiteral(": still open after Esc (focus on ")
                                + QString::fromLatin1(target->metaObject()->className()) + QStringLiteral(")");
            } else if (finished.first().first().toInt() != QDialog::Rejected) {
                problems << name + QStringLiteral(": closed, but not rejected");
            }
            if (fingerprint(console.temp.path()) != before)
                problems << name + QStringLiteral(": the database changed");
            delete dialog;
        }
        QVERIFY2(!QFile::exists(firstRunPath), "the cancelled first-run wizard created a database");
        for (const QString& problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), "dialogs that Esc does not close cleanly (listed above)");
    }
};

QTEST_MAIN(tst_DialogEscape)
#include "tst_dialogescape.moc"
