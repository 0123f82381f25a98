#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QWizard>

namespace cg::services {
class FirstRunSetup;
}

namespace cg::ui {

class LanguageManager;
class FirstRunLanguagePage;
class FirstRunCompanyPage;
class FirstRunAdministratorPage;
class FirstRunFinishPage;

// The console's first run: language (switched live), the property company's
// name and contact for the notice, the first administrator, an optional demo
// compound; then FirstRunSetup creates the database and key on a worker
// thread and signs the administrator in. For a new database the first page
// also opens an existing file or restores a backup (RestoreDialog) instead. On a database that exists but has no
// users it asks only for language, company (unless the notice was already
// written) and administrator. Cancelling writes nothing, not even settings;
// finishing remembers the language.
// GUI thread; `setup` and `languages` must outlive the wizard.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
public:
    enum class Outcome { Cancelled, Created, OpenedExisting, Restored };
    enum PageId { LanguagePage, CompanyPage, AdministratorPage, FinishPage };

    FirstRunWizard(services::FirstRunSetup* setup, LanguageManager* languages, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    Outcome outcome() const { return m_outcome; }
    bool isBusy() const;

    // What "Open an existing database…" does after its file dialog: opens
    // `path` through the setup; on success the wizard closes (accepted) and the
    // path is remembered for the next start, otherwise the reason is shown.
    core::Status openExisting(const QString& path);
    // After "Restore from backup…" (RestoreDialog) put a database at
    // databasePath(): opens it and closes the wizard (accepted).
    core::Status openRestored();

    // The database file opened through the wizard, used when --database is not
    // given (empty when none or when it has since disappeared).
    static QString rememberedDatabase();

    void reject() override;

protected:
    bool validateCurrentPage() override;
    void changeEvent(QEvent* event) override;

private:
    void chooseExistingFile();
    void restoreBackup();
    core::Status finishWithExisting(const QString& path, Outcome outcome);
    void startCreating();
    void creatingFinished();
    void retranslate();
    void updateWindowTitle();

    services::FirstRunSetup* m_setup = nullptr;
    LanguageManager* m_languages = nullptr;
    FirstRunLanguagePage* m_languagePage = nullptr;
    FirstRunCompanyPage* m_companyPage = nullptr;
    FirstRunAdministratorPage* m_administratorPage = nullptr;
    FirstRunFinishPage* m_finishPage = nullptr;
    QFutureWatcher<core::Status> m_watcher;
    Outcome m_outcome = Outcome::Cancelled;
};

} // namespace cg::ui
