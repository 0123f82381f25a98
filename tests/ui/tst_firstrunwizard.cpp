// The first-run wizard driven through its real widgets (offscreen) with the
// keyboard: every page, bad input refused naming the field, the language
// switched live, finishing creates the database with the administrator signed
// in and the notice filled in, cancelling creates nothing at all.
#include "security/keyring.h"
#include "services/firstrunsetup.h"
#include "services/noticeservice.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"
#include "ui/dialogs/firstrunwizard.h"
#include "ui/languagemanager.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {

template <typename W>
W* child(QWidget* parent, const char* name)
{
    W* w = parent->findChild<W*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    return files;
}

} // namespace

class tst_FirstRunWizard : public QObject
{
    Q_OBJECT

    // A wizard for a new database in a temporary folder, shown and active.
    struct Setup
    {
        QTemporaryDir dir;
        ui::LanguageManager languages;
        services::FirstRunSetup setup{dir.filePath(QStringLiteral("office/consentgate.sqlite")),
                                      dir.filePath(QStringLiteral("keys")), std::make_shared<test::FakeClock>(),
                                      QStringLiteral("desk-1")};
        std::unique_ptr<ui::FirstRunWizard> wizard;

        void show()
        {
            wizard = std::make_unique<ui::FirstRunWizard>(&setup, &languages);
            wizard->show();
            QApplication::setActiveWindow(wizard.get());
            if (!QTest::qWaitForWindowActive(wizard.get()))
                qFatal("wizard not active");
        }
        QWidget* focus() const { return QApplication::focusWidget(); }
        // Keys go where a person's keys go: to the focused widget.
        // Chinese arrives through the input method, as from a real IME.
        void type(const QString& text)
        {
            bool latin1 = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
            if (latin1) {
                QTest::keyClicks(focus(), text);
                return;
            }
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QApplication::sendEvent(focus(), &commit);
        }
        void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(focus() ? focus() : wizard.get(), k, m); }
        // Replaces the text of the focused line edit, then Tab to the next
        // field (not after the last one: Tab there reaches the Back button,
        // where Return means Back).
        void field(const QString& text, bool tab = true)
        {
            key(Qt::Key_A, Qt::ControlModifier);
            if (text.isEmpty())
                key(Qt::Key_Delete);
            else
                type(text);
            if (tab)
                key(Qt::Key_Tab);
        }
        QString message(const char* page) const
        {
            QLabel* label = child<QLabel>(child<QWidget>(wizard.get(), page), "message");
            return label->isVisible() ? label->text() : QString();
        }
    };

    // The company page by keyboard; the cursor stays in the last field.
    static void fillCompany(Setup& s, const QString& phone = QStringLiteral("0571-8888 1234"),
                            const QString& email = QStringLiteral("service@lvyuan.example.cn"))
    {
        QTRY_COMPARE(s.wizard->currentId(), int(ui::FirstRunWizard::CompanyPage));
        QTRY_COMPARE(s.focus(), static_cast<QWidget*>(child<QLineEdit>(s.wizard.get(), "companyName")));
        s.field(QStringLiteral("杭州绿苑物业服务有限公司"));
        s.field(phone);
        s.field(QStringLiteral("绿苑小区 1 幢物业服务中心"));
        s.field(email, false);
    }

    static void fillAdministrator(Setup& s, const QString& confirm = QStringLiteral("chief-password"))
    {
        QTRY_COMPARE(s.wizard->currentId(), int(ui::FirstRunWizard::AdministratorPage));
        QTRY_COMPARE(s.focus(), static_cast<QWidget*>(child<QLineEdit>(s.wizard.get(), "userName")));
        s.field(QStringLiteral("chief"));
        s.field(QStringLiteral("王经理"));
        s.field(QStringLiteral("chief-password"));
        s.field(confirm, false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Never the tester's own settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        QSettings().clear();
    }

    void everyPageByKeyboardCreatesTheOffice()
    {
        Setup s;
        QVERIFY(s.languages.setLanguage(QStringLiteral("en")));
        s.show();
        QCOMPARE(s.wizard->currentId(), int(ui::FirstRunWizard::LanguagePage));
        QTRY_VERIFY(s.wizard->windowTitle().contains(QStringLiteral("step 1 of 4")));
        QVERIFY(child<QRadioButton>(s.wizard.get(), "language_en")->isChecked());
        QVERIFY(child<QPushButton>(s.wizard.get(), "openExisting")->isVisible());
        QVERIFY(!child<QRadioButton>(s.wizard.get(), "language_zh_CN")->accessibleName().isEmpty());

        // Switching the language retranslates the wizard at once, and back.
        child<QRadioButton>(s.wizard.get(), "language_zh_CN")->click();
        QCOMPARE(s.languages.language(), QStringLiteral("zh_CN"));
        QTRY_COMPARE(s.wizard->page(ui::FirstRunWizard::LanguagePage)->title(), QStringLiteral("欢迎使用 ConsentGate"));
        QTRY_VERIFY(s.wizard->windowTitle().contains(QStringLiteral("第 1 步")));
        QCOMPARE(s.wizard->buttonText(QWizard::NextButton), QStringLiteral("下一步(&N) >"));
        QCOMPARE(child<QLineEdit>(s.wizard.get(), "companyPhone")->accessibleName(), QStringLiteral("电话"));
        child<QRadioButton>(s.wizard.get(), "language_en")->click();
        QTRY_COMPARE(s.wizard->page(ui::FirstRunWizard::LanguagePage)->title(), QStringLiteral("Welcome to ConsentGate"));
        QCOMPARE(child<QLineEdit>(s.wizard.get(), "companyPhone")->accessibleName(), QStringLiteral("Telephone"));

        s.key(Qt::Key_Return);   // Next
        // A bad telephone number: refused, named, the cursor put there.
        fillCompany(s, QStringLiteral("ask the guard"));
        s.key(Qt::Key_Return);
        QCOMPARE(s.wizard->currentId(), int(ui::FirstRunWizard::CompanyPage));
        QVERIFY2(s.message("companyPage").contains(QStringLiteral("Telephone")), qPrintable(s.message("companyPage")));
        QCOMPARE(s.focus(), static_cast<QWidget*>(child<QLineEdit>(s.wizard.get(), "companyPhone")));
        s.field(QStringLiteral("0571-8888 1234"));
        // Tab order: telephone -> address -> email.
        QCOMPARE(s.focus(), static_cast<QWidget*>(child<QLineEdit>(s.wizard.get(), "companyAddress")));
        s.key(Qt::Key_Tab);
        QCOMPARE(s.focus(), static_cast<QWidget*>(child<QLineEdit>(s.wizard.get(), "companyEmail")));
        s.field(QStringLiteral("office@@"), false);
        s.key(Qt::Key_Return);
        QVERIFY2(s.message("companyPage").contains(QStringLiteral("Email")), qPrintable(s.message("companyPage")));
        QCOMPARE(s.wizard->currentId(), int(ui::FirstRunWizard::CompanyPage));
        QCOMPARE(s.focus(), static_cast<QWidget*>(child<QLineEdit>(s.wizard.get(), "companyEmail")));
        s.field(QString(), false);   // email is optional
        s.key(Qt::Key_Return);

        // Two different passwords: refused, the repeat field named and emptied.
        fillAdministrator(s, QStringLiteral("chief-passwort"));
        s.key(Qt::Key_Return);
        QCOMPARE(s.wizard->currentId(), int(ui::FirstRunWizard::AdministratorPage));
        QVERIFY2(s.message("administratorPage").contains(QStringLiteral("Repeat password")),
                 qPrintable(s.message("administratorPage")));
        QVERIFY(child<QLineEdit>(s.wizard.get(), "confirm")->text().isEmpty());
        QCOMPARE(s.focus(), static_cast<QWidget*>(child<QLineEdit>(s.wizard.get(), "confirm")));
        // A password that breaks the strength rule, typed twice.
        QTest::keyClick(child<QLineEdit>(s.wizard.get(), "password"), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(child<QLineEdit>(s.wizard.get(), "password"), QStringLiteral("short"));
        QTest::keyClicks(child<QLineEdit>(s.wizard.get(), "confirm"), QStringLiteral("short"));
        s.key(Qt::Key_Return);
        QCOMPARE(s.wizard->currentId(), int(ui::FirstRunWizard::AdministratorPage));
        QVERIFY2(s.message("administratorPage").contains(QStringLiteral("8")), qPrintable(s.message("administratorPage")));
        QVERIFY(!s.setup.isOpen());
        QCOMPARE(s.focus(), static_cast<QWidget*>(child<QLineEdit>(s.wizard.get(), "password")));
        s.key(Qt::Key_Tab, Qt::ShiftModifier);   // back up to the user name
        s.key(Qt::Key_Tab, Qt::ShiftModifier);
        fillAdministrator(s);
        s.key(Qt::Key_Return);

        // Finish page: the demo is offered unticked; Space ticks it, the size follows.
        QTRY_COMPARE(s.wizard->currentId(), int(ui::FirstRunWizard::FinishPage));
        auto* demo = child<QCheckBox>(s.wizard.get(), "demoCheck");
        auto* size = child<QComboBox>(s.wizard.get(), "demoSize");
        QVERIFY(!demo->isChecked());
        QVERIFY(!size->isEnabled());
        QTRY_COMPARE(s.focus(), static_cast<QWidget*>(demo));
        s.key(Qt::Key_Space);
        QVERIFY(demo->isChecked());
        QVERIFY(size->isEnabled());
        s.key(Qt::Key_Tab);
        QCOMPARE(s.focus(), static_cast<QWidget*>(size));
        size->setCurrentIndex(0);   // small
        QVERIFY(filesUnder(s.dir.path()).isEmpty());   // nothing written before the last step

        s.key(Qt::Key_Return);   // Create and sign in
        QTRY_COMPARE_WITH_TIMEOUT(s.wizard->outcome(), ui::FirstRunWizard::Outcome::Created, 30000);
        QCOMPARE(s.wizard->result(), int(QDialog::Accepted));
        QVERIFY(!s.wizard->isVisible());
        QVERIFY(child<QLineEdit>(s.wizard.get(), "password")->text().isEmpty());

        QVERIFY(s.setup.isOpen());
        QVERIFY(QFile::exists(s.dir.filePath(QStringLiteral("office/consentgate.sqlite"))));
        QVERIFY(QFile::exists(security::Keyring::keyFilePath(s.dir.filePath(QStringLiteral("keys")), s.setup.database()->uuid())));
        QCOMPARE(s.setup.administrator()->name, QStringLiteral("chief"));
        QCOMPARE(s.setup.administrator()->role, core::Role::Administrator);
        auto users = services::UserService(*s.setup.deps()).list(*s.setup.administrator());
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first().displayName, QStringLiteral("王经理"));
        auto notice = services::NoticeService(*s.setup.deps()).current();
        QVERIFY(notice && notice->has_value());
        const core::NoticeContent& content = (*notice)->content;
        QVERIFY(content.field(QStringLiteral("zh_CN"), core::NoticeField::Processor).contains(QStringLiteral("杭州绿苑物业服务有限公司")));
        QVERIFY(content.field(QStringLiteral("zh_CN"), core::NoticeField::ProcessorContact).contains(QStringLiteral("0571-8888 1234")));
        QVERIFY(content.field(QStringLiteral("en"), core::NoticeField::PiContact).contains(QStringLiteral("绿苑小区 1 幢物业服务中心")));
        QCOMPARE(s.setup.demoResidentsSeeded(), services::FirstRunSetup::demoSizes().first());
        QCOMPARE(ui::LanguageManager::remembered(), QStringLiteral("en"));
    }

    void chineseWithoutDemoRemembersChinese()
    {
        Setup s;
        QVERIFY(s.languages.setLanguage(QStringLiteral("en")));
        s.show();
        // The arrow key from the checked language (where the focus starts) switches at once.
        QCOMPARE(s.focus(), static_cast<QWidget*>(child<QRadioButton>(s.wizard.get(), "language_en")));
        s.key(Qt::Key_Up);
        s.key(Qt::Key_Return);   // at once, before any event loop turn
        QCOMPARE(s.wizard->currentPage()->title(), QStringLiteral("物业服务企业"));
        fillCompany(s, QStringLiteral("0571-8888 1234"), QStringLiteral("12"));   // not an e-mail address
        s.key(Qt::Key_Return);
        QVERIFY2(s.message("companyPage").contains(QStringLiteral("电子邮件")), qPrintable(s.message("companyPage")));
        s.key(Qt::Key_Delete);   // the wrong text is selected
        s.key(Qt::Key_Return);
        fillAdministrator(s);
        s.key(Qt::Key_Return);
        QTRY_COMPARE(s.wizard->currentId(), int(ui::FirstRunWizard::FinishPage));
        QCOMPARE(s.wizard->buttonText(QWizard::FinishButton), QStringLiteral("创建并登录(&C)"));
        s.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(s.wizard->outcome(), ui::FirstRunWizard::Outcome::Created, 30000);
        QCOMPARE(s.setup.demoResidentsSeeded(), 0);
        QSqlQuery q(s.setup.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM residents")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(ui::LanguageManager::remembered(), QStringLiteral("zh_CN"));
    }

    void cancelCreatesNothing()
    {
        Setup s;
        QVERIFY(s.languages.setLanguage(QStringLiteral("en")));
        s.show();
        child<QRadioButton>(s.wizard.get(), "language_zh_CN")->click();
        s.key(Qt::Key_Return);
        fillCompany(s);
        s.key(Qt::Key_Return);
        fillAdministrator(s);
        s.key(Qt::Key_Return);
        QTRY_COMPARE(s.wizard->currentId(), int(ui::FirstRunWizard::FinishPage));
        s.key(Qt::Key_Space);   // even with the demo ticked
        s.key(Qt::Key_Escape);
        QTRY_VERIFY(!s.wizard->isVisible());
        QCOMPARE(s.wizard->result(), int(QDialog::Rejected));
        QCOMPARE(s.wizard->outcome(), ui::FirstRunWizard::Outcome::Cancelled);
        QVERIFY(!s.setup.isOpen());
        QVERIFY2(filesUnder(s.dir.path()).isEmpty(), qPrintable(filesUnder(s.dir.path()).join(QLatin1Char(','))));
        QVERIFY(QSettings().allKeys().isEmpty());   // not even the language
    }

    void existingDatabaseWithoutUsersAsksOnlyWhatIsMissing()
    {
        test::TempDatabase temp;
        auto clock = std::make_shared<test::FakeClock>();
        QVERIFY(services::ServiceDeps::build(temp.open(), temp.keyDir(), clock));
        ui::LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        services::FirstRunSetup setup(temp.path(), temp.keyDir(), clock, QStringLiteral("desk-2"));
        QVERIFY(setup.openExisting(temp.path()).ok());
        ui::FirstRunWizard wizard(&setup, &languages);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!child<QPushButton>(&wizard, "openExisting")->isVisible());
        QCOMPARE(wizard.pageIds().size(), 4);
        wizard.next();
        child<QLineEdit>(&wizard, "companyName")->setText(QStringLiteral("Greenfield Property Services"));
        child<QLineEdit>(&wizard, "companyPhone")->setText(QStringLiteral("+86 571 8888 1234"));
        child<QLineEdit>(&wizard, "companyAddress")->setText(QStringLiteral("Service centre, 18 Lakeside Road"));
        wizard.next();
        child<QLineEdit>(&wizard, "userName")->setText(QStringLiteral("chief"));
        child<QLineEdit>(&wizard, "password")->setText(QStringLiteral("chief-password"));
        child<QLineEdit>(&wizard, "confirm")->setText(QStringLiteral("chief-password"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::FinishPage));
        QVERIFY(!child<QCheckBox>(&wizard, "demoCheck")->isVisible());   // demo only for a new database
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.outcome(), ui::FirstRunWizard::Outcome::Created, 30000);
        QVERIFY(!setup.needsAdministrator().value());
        QCOMPARE(setup.database()->path(), temp.path());
    }

    void openExistingInsteadRemembersTheFile()
    {
        // A database another desk made, with its key in the same key folder.
        QTemporaryDir other;
        const QString existing = other.filePath(QStringLiteral("shared.sqlite"));
        Setup s;
        {
            services::FirstRunSetup maker(existing, s.dir.filePath(QStringLiteral("keys")),
                                          std::make_shared<test::FakeClock>(), QStringLiteral("desk-9"));
            services::FirstRunAnswers a;
            a.company = {QStringLiteral("Greenfield"), QStringLiteral("12345678"), QStringLiteral("18 Lakeside Road"), {}};
            a.adminName = QStringLiteral("boss");
            a.adminPassword = QStringLiteral("boss-password");
            QVERIFY(maker.run(a).ok());
        }
        QVERIFY(s.languages.setLanguage(QStringLiteral("zh_CN")));
        s.show();
        // Not a database: explained, nothing changes, the wizard stays.
        const QString notes = other.filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list\n");
        file.close();
        QVERIFY(!s.wizard->openExisting(notes));
        QVERIFY(s.wizard->isVisible());
        QVERIFY(!s.setup.isOpen());
        QVERIFY(ui::FirstRunWizard::rememberedDatabase().isEmpty());

        QVERIFY(s.wizard->openExisting(existing).ok());
        QTRY_VERIFY(!s.wizard->isVisible());
        QCOMPARE(s.wizard->outcome(), ui::FirstRunWizard::Outcome::OpenedExisting);
        QCOMPARE(s.wizard->result(), int(QDialog::Accepted));
        QVERIFY(s.setup.isOpen());
        QVERIFY(!s.setup.needsAdministrator().value());
        QVERIFY(!s.setup.administrator());   // they sign in as usual
        QCOMPARE(ui::FirstRunWizard::rememberedDatabase(), QFileInfo(existing).absoluteFilePath());
        QCOMPARE(ui::LanguageManager::remembered(), QStringLiteral("zh_CN"));
        QVERIFY(!QFile::exists(s.dir.filePath(QStringLiteral("office"))));
    }

    void aRestoredBackupIsOpened()
    {
        Setup s;
        QVERIFY(s.languages.setLanguage(QStringLiteral("en")));
        s.show();
        auto* restore = child<QPushButton>(s.wizard.get(), "restoreBackup");
        QVERIFY(restore->isVisible());
        QCOMPARE(restore->accessibleName(), QStringLiteral("Restore the database and its key from a backup"));
        // What RestoreDialog leaves behind: the database and its key where the wizard would create them.
        {
            services::FirstRunSetup restorer(s.setup.databasePath(), s.setup.keyDirectory(),
                                             std::make_shared<test::FakeClock>(), QStringLiteral("old-desk"));
            services::FirstRunAnswers a;
            a.company = {QStringLiteral("Greenfield"), QStringLiteral("12345678"), QStringLiteral("18 Lakeside Road"), {}};
            a.adminName = QStringLiteral("boss");
            a.adminPassword = QStringLiteral("boss-password");
            QVERIFY(restorer.run(a).ok());
        }
        QVERIFY(s.wizard->openRestored().ok());
        QTRY_VERIFY(!s.wizard->isVisible());
        QCOMPARE(s.wizard->outcome(), ui::FirstRunWizard::Outcome::Restored);
        QVERIFY(s.setup.isOpen());
        QVERIFY(!s.setup.needsAdministrator().value());   // its users sign in as before
        QVERIFY(ui::FirstRunWizard::rememberedDatabase().isEmpty());   // the usual place, nothing to remember
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(tst_FirstRunWizard)
#include "tst_firstrunwizard.moc"
