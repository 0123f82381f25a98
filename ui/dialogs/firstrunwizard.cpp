#include "ui/dialogs/firstrunwizard.h"

#include "services/firstrunsetup.h"
#include "ui/dialogs/firstrunpages.h"
#include "ui/dialogs/restoredialog.h"
#include "ui/icons.h"
#include "ui/languagemanager.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace cg::ui {

namespace {
const QString kRememberedDatabase = QStringLiteral("database/path");
}

FirstRunWizard::FirstRunWizard(services::FirstRunSetup* setup, LanguageManager* languages, QWidget* parent)
    : QWizard(parent), m_setup(setup), m_languages(languages)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    const bool newDatabase = !m_setup->isOpen();

    m_languagePage = new FirstRunLanguagePage(m_setup->databasePath(), newDatabase, this);
    m_languagePage->setLanguage(m_languages->language());
    setPage(LanguagePage, m_languagePage);
    // A database whose notice someone already wrote has its company in it.
    if (m_setup->asksForCompany()) {
        m_companyPage = new FirstRunCompanyPage(this);
        setPage(CompanyPage, m_companyPage);
    }
    m_administratorPage = new FirstRunAdministratorPage(this);
    setPage(AdministratorPage, m_administratorPage);
    m_finishPage = new FirstRunFinishPage(m_setup->databasePath(), m_setup->keyDirectory(), newDatabase, this);
    setPage(FinishPage, m_finishPage);
    setStartId(LanguagePage);

    connect(m_languagePage, &FirstRunLanguagePage::languageChosen, this, [this](const QString& language) {
        if (!m_languages->setLanguage(language))
            m_languagePage->setLanguage(m_languages->language());
    });
    // The LanguageChange that installing a translator posts can come after the
    // next key (Down, Return typed quickly leaves page 2 in the old language),
    // so the wizard retranslates itself and its pages at once.
    connect(m_languages, &LanguageManager::languageChanged, this, [this] {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(this, &change);
    });
    connect(m_languagePage, &FirstRunLanguagePage::openExistingRequested, this, &FirstRunWizard::chooseExistingFile);
    connect(m_languagePage, &FirstRunLanguagePage::restoreRequested, this, &FirstRunWizard::restoreBackup);
    connect(this, &QWizard::currentIdChanged, this, &FirstRunWizard::updateWindowTitle);
    connect(&m_watcher, &QFutureWatcher<core::Status>::finished, this, &FirstRunWizard::creatingFinished);
    retranslate();
    updateWindowTitle();
    // In lines of text, so it grows with the font and the scale factor.
    const int line = fontMetrics().height();
    setMinimumSize(line * 42, line * 32);
    setPixmap(QWizard::LogoPixmap, themedIcon(QStringLiteral("security-high")).pixmap(line * 3, line * 3));
}

FirstRunWizard::~FirstRunWizard()
{
    // The worker uses the setup; never leave it running behind us.
    m_watcher.waitForFinished();
}

bool FirstRunWizard::isBusy() const
{
    return m_finishPage->isBusy();
}

QString FirstRunWizard::rememberedDatabase()
{
    const QString path = QSettings().value(kRememberedDatabase).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void FirstRunWizard::chooseExistingFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a ConsentGate database"), QFileInfo(m_setup->databasePath()).absolutePath(),
        tr("ConsentGate databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto opened = openExisting(path); !opened)
        QMessageBox::warning(this, tr("Cannot open the database"), opened.error().message);
}

core::Status FirstRunWizard::openExisting(const QString& path)
{
    auto opened = finishWithExisting(path, Outcome::OpenedExisting);
    if (opened)
        QSettings().setValue(kRememberedDatabase, QFileInfo(path).absoluteFilePath());
    return opened;
}

void FirstRunWizard::restoreBackup()
{
    if (isBusy() || !RestoreDialog::restoreBeforeOpening(m_setup->databasePath(), m_setup->keyDirectory(), this))
        return;
    if (auto opened = openRestored(); !opened)
        QMessageBox::warning(this, tr("Cannot open the database"), opened.error().message);
}

core::Status FirstRunWizard::openRestored()
{
    return finishWithExisting(m_setup->databasePath(), Outcome::Restored);
}

core::Status FirstRunWizard::finishWithExisting(const QString& path, Outcome outcome)
{
    if (isBusy())
        return core::Error::make(core::Error::Kind::Conflict, tr("The database is being created."));
    if (auto opened = m_setup->openExisting(path); !opened)
        return opened;
    LanguageManager::remember(m_languages->language());
    m_outcome = outcome;
    QDialog::accept();
    return {};
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() != FinishPage)
        return QWizard::validateCurrentPage();
    if (m_outcome == Outcome::Created)
        return true;
    if (!isBusy())
        startCreating();
    return false;   // accepted from creatingFinished()
}

void FirstRunWizard::startCreating()
{
    services::FirstRunAnswers answers;
    if (m_companyPage)
        answers.company = m_companyPage->details();
    answers.adminName = m_administratorPage->userName();
    answers.adminDisplayName = m_administratorPage->displayName();
    answers.adminPassword = m_administratorPage->password();
    answers.demoResidents = m_finishPage->demoResidents();
    m_finishPage->setBusy(true);
    // Argon2id, the key file and a demo compound take a second or more: not on the GUI thread.
    if (QAbstractButton* back = button(QWizard::BackButton))
        back->setEnabled(false);
    services::FirstRunSetup* setup = m_setup;
    m_watcher.setFuture(QtConcurrent::run([setup, answers] { return setup->run(answers); }));
}

void FirstRunWizard::creatingFinished()
{
    const core::Status result = m_watcher.result();
    m_finishPage->setBusy(false);
    if (QAbstractButton* back = button(QWizard::BackButton))
        back->setEnabled(true);
    if (!result) {
        m_finishPage->showError(result.error().message);
        return;
    }
    m_administratorPage->clearPasswords();
    LanguageManager::remember(m_languages->language());
    m_outcome = Outcome::Created;
    accept();
}

void FirstRunWizard::reject()
{
    // Half a database is worse than none: the creation finishes first.
    if (isBusy())
        return;
    m_outcome = Outcome::Cancelled;
    QWizard::reject();
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Create and sign in"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    // The pages retranslate their titles on the same LanguageChange, in no set order.
    QMetaObject::invokeMethod(this, &FirstRunWizard::updateWindowTitle, Qt::QueuedConnection);
}

// Says the step, so a window list or a screen reader tells where one is.
void FirstRunWizard::updateWindowTitle()
{
    const QList<int> ids = pageIds();
    const int id = currentId() >= 0 ? currentId() : startId();   // -1 before the wizard is shown
    const int step = std::max(0, int(ids.indexOf(id))) + 1;
    const QString pageTitle = page(id) ? page(id)->title() : QString();
    setWindowTitle(tr("ConsentGate set-up, step %1 of %2: %3").arg(step).arg(ids.size()).arg(pageTitle));
}

} // namespace cg::ui
