#pragma once

#include "services/processordetails.h"

#include <QWizardPage>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace cg::ui {

// The pages of FirstRunWizard. Each retranslates itself on LanguageChange and
// names the field at fault in its message label (object name "message").

// 1. Language (switches the console live) and, for a new database, a way to
// open an existing file or restore a backup instead.
class FirstRunLanguagePage final : public QWizardPage
{
    Q_OBJECT
public:
    FirstRunLanguagePage(QString databasePath, bool newDatabase, QWidget* parent = nullptr);
    void setLanguage(const QString& language);   // checks the button, no signal

Q_SIGNALS:
    void languageChosen(const QString& language);
    void openExistingRequested();
    void restoreRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void putFirstInTabOrder(QAbstractButton* checked);

    QString m_path;
    bool m_newDatabase = true;
    QLabel* m_intro = nullptr;
    QGroupBox* m_languageBox = nullptr;
    QButtonGroup* m_languages = nullptr;
    QLabel* m_openText = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_restore = nullptr;
};

// The two form pages (company, administrator): an introduction, a form of
// line edits with buddy labels, and one message line that names the first
// error (red and bold, announced, the field focused and selected).
class FirstRunFormPage : public QWizardPage
{
    Q_OBJECT
public:
    // `field` is the error's field key; fieldFor() finds its edit.
    void showError(const QString& field, const QString& message);

protected:
    FirstRunFormPage(const QString& objectName, QWidget* parent);
    // A line edit at least two text lines high (large targets); the default
    // length limit is QLineEdit's own.
    QLineEdit* addEdit(const char* objectName, int maxLength = 32767);
    // Lays out the introduction, one row per edit in order, and the message line.
    void finishLayout();
    // Label texts with accelerators ("Company &name:"); also the edits' accessible names.
    void setFieldLabels(const QList<std::pair<QLineEdit*, QString>>& fields);
    void hideError();
    void changeEvent(QEvent* event) override;
    virtual void retranslate() = 0;
    virtual QLineEdit* fieldFor(const QString& field) const = 0;

    QLabel* m_intro = nullptr;

private:
    QList<QLineEdit*> m_edits;
    QFormLayout* m_form = nullptr;
    QLabel* m_message = nullptr;
};

// 2. The property company: name and contact for the notice.
class FirstRunCompanyPage final : public FirstRunFormPage
{
    Q_OBJECT
public:
    explicit FirstRunCompanyPage(QWidget* parent = nullptr);
    services::ProcessorDetails details() const;
    bool validatePage() override;

private:
    void retranslate() override;
    QLineEdit* fieldFor(const QString& field) const override;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_email = nullptr;
};

// 3. The first administrator, with the password typed twice.
class FirstRunAdministratorPage final : public FirstRunFormPage
{
    Q_OBJECT
public:
    explicit FirstRunAdministratorPage(QWidget* parent = nullptr);
    QString userName() const;
    QString displayName() const;
    QString password() const;
    void clearPasswords();
    bool validatePage() override;

private:
    void retranslate() override;
    QLineEdit* fieldFor(const QString& field) const override;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
};

// 4. What will be created, the optional demo compound, and the progress of
// the creation itself (which runs off the GUI thread).
class FirstRunFinishPage final : public QWizardPage
{
    Q_OBJECT
public:
    FirstRunFinishPage(QString databasePath, QString keyDirectory, bool newDatabase, QWidget* parent = nullptr);
    int demoResidents() const;      // 0 when not wanted
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString& message);
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void putFirstInTabOrder(QAbstractButton* checked);

    QString m_path;
    QString m_keyDir;
    bool m_newDatabase = true;
    bool m_busy = false;
    QLabel* m_summary = nullptr;
    QCheckBox* m_demo = nullptr;
    QLabel* m_demoText = nullptr;
    QLabel* m_demoSizeLabel = nullptr;
    QComboBox* m_demoSize = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cg::ui
