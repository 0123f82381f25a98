#include "ui/dialogs/firstrunpages.h"

#include "services/firstrunsetup.h"
#include "services/userservice.h"
#include "ui/icons.h"
#include "ui/languagemanager.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cg::ui {

namespace {

QLabel* makeText(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Red and bold, and announced: status in colour and text.
QLabel* makeMessage(QWidget* parent)
{
    auto* label = makeText(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    label->hide();
    return label;
}

QLineEdit* makeEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMinimumHeight(edit->fontMetrics().height() * 2);
    return edit;
}

// "公司名称(&N)：" / "Company &name:" -> "公司名称" / "Company name" for screen readers.
QString accessibleFromLabel(QString label)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)"));
    label.remove(accelerator).remove(QLatin1Char('&'));
    while (label.endsWith(QLatin1Char(':')) || label.endsWith(QChar(0xFF1A)))
        label.chop(1);
    return label.trimmed();
}

void showMessage(QLabel* label, const QString& text, QLineEdit* field)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->show();
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

} // namespace

// ---- 1. Language -------------------------------------------------------

FirstRunLanguagePage::FirstRunLanguagePage(QString databasePath, bool newDatabase, QWidget* parent)
    : QWizardPage(parent), m_path(QDir::toNativeSeparators(databasePath)), m_newDatabase(newDatabase)
{
    setObjectName(QStringLiteral("languagePage"));
    m_intro = makeText(this);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_languageBox = new QGroupBox(this);
    auto* languageLayout = new QVBoxLayout(m_languageBox);
    m_languages = new QButtonGroup(this);
    // Each language under its own name, so whoever reads only one of them finds it.
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        auto* button = new QRadioButton(LanguageManager::nativeName(language), m_languageBox);
        button->setObjectName(QStringLiteral("language_") + language);
        button->setProperty("language", language);
        button->setMinimumHeight(button->fontMetrics().height() * 2);
        button->setAccessibleName(LanguageManager::nativeName(language));
        m_languages->addButton(button);
        languageLayout->addWidget(button);
    }
    connect(m_languages, &QButtonGroup::buttonToggled, this, [this](QAbstractButton* button, bool checked) {
        if (!checked)
            return;
        putFirstInTabOrder(button);
        Q_EMIT languageChosen(button->property("language").toString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_languageBox);
    layout->addStretch(1);
    m_openText = makeText(this);
    m_open = new QPushButton(themedIcon(QStringLiteral("document-open")), QString(), this);
    m_open->setObjectName(QStringLiteral("openExisting"));
    m_open->setAutoDefault(false);
    m_open->setMinimumHeight(m_open->fontMetrics().height() * 2);
    connect(m_open, &QPushButton::clicked, this, &FirstRunLanguagePage::openExistingRequested);
    // An office that lost its computer starts here too: restore, don't recreate.
    m_restore = new QPushButton(themedIcon(QStringLiteral("document-revert")), QString(), this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setAutoDefault(false);
    m_restore->setMinimumHeight(m_restore->fontMetrics().height() * 2);
    connect(m_restore, &QPushButton::clicked, this, &FirstRunLanguagePage::restoreRequested);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addWidget(m_restore);
    openRow->addStretch(1);
    layout->addWidget(m_openText);
    layout->addLayout(openRow);
    // Only a new database can be swapped for an existing one.
    for (QWidget* w : std::initializer_list<QWidget*>{m_openText, m_open, m_restore})
        w->setVisible(m_newDatabase);
    retranslate();
}

void FirstRunLanguagePage::setLanguage(const QString& language)
{
    const QSignalBlocker blocker(m_languages);
    for (QAbstractButton* button : m_languages->buttons()) {
        button->setChecked(button->property("language").toString() == language);
        if (button->isChecked())
            putFirstInTabOrder(button);
    }
}

// The wizard focuses a page's first widget in the tab order; the arrow keys
// switch the language only from the checked button, so that one comes first.
void FirstRunLanguagePage::putFirstInTabOrder(QAbstractButton* checked)
{
    for (QAbstractButton* other : m_languages->buttons()) {
        if (other != checked)
            QWidget::setTabOrder(checked, other);
    }
}

void FirstRunLanguagePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void FirstRunLanguagePage::retranslate()
{
    setTitle(tr("Welcome to ConsentGate"));
    setSubTitle(tr("A few questions and the console is ready."));
    m_intro->setText(m_newDatabase
                         ? tr("There is no ConsentGate database at\n%1\nyet. This short set-up creates it: choose the "
                              "language, enter your property company's name and contact for the notice residents "
                              "read, and create the first administrator. Nothing is written before the last step.")
                               .arg(m_path)
                         : tr("The database\n%1\nhas no users yet. Choose the language and create the first "
                              "administrator.")
                               .arg(m_path));
    m_languageBox->setTitle(tr("Language of the console"));
    m_languageBox->setAccessibleName(tr("Language of the console"));
    m_openText->setText(tr("Does this office already have a database (a copy from another desk, a moved file)? "
                           "Open it instead of creating a new one. If the office had ConsentGate before and this "
                           "is a new computer, restore its backup."));
    m_open->setText(tr("&Open an existing database…"));
    m_open->setAccessibleName(tr("Open an existing database"));
    m_restore->setText(tr("&Restore from backup…"));
    m_restore->setAccessibleName(tr("Restore the database and its key from a backup"));
}

// ---- Form pages (2 and 3) ----------------------------------------------

FirstRunFormPage::FirstRunFormPage(const QString& objectName, QWidget* parent) : QWizardPage(parent)
{
    setObjectName(objectName);
    m_intro = makeText(this);
}

QLineEdit* FirstRunFormPage::addEdit(const char* objectName, int maxLength)
{
    QLineEdit* edit = makeEdit(this, objectName);
    edit->setMaxLength(maxLength);
    m_edits << edit;
    return edit;
}

void FirstRunFormPage::finishLayout()
{
    m_form = new QFormLayout;
    for (QLineEdit* edit : std::as_const(m_edits)) {
        auto* label = new QLabel(this);
        label->setBuddy(edit);
        m_form->addRow(label, edit);
    }
    m_message = makeMessage(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

void FirstRunFormPage::setFieldLabels(const QList<std::pair<QLineEdit*, QString>>& fields)
{
    for (const auto& [edit, label] : fields) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(edit)))
            l->setText(label);
        edit->setAccessibleName(accessibleFromLabel(label));
    }
}

void FirstRunFormPage::showError(const QString& field, const QString& message)
{
    showMessage(m_message, message, fieldFor(field));
}

void FirstRunFormPage::hideError()
{
    m_message->hide();
}

void FirstRunFormPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

// ---- 2. Property company ----------------------------------------------

FirstRunCompanyPage::FirstRunCompanyPage(QWidget* parent) : FirstRunFormPage(QStringLiteral("companyPage"), parent)
{
    m_name = addEdit("companyName", 100);
    m_phone = addEdit("companyPhone", 40);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_address = addEdit("companyAddress", 200);
    m_email = addEdit("companyEmail", 120);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    finishLayout();
    retranslate();
}

services::ProcessorDetails FirstRunCompanyPage::details() const
{
    services::ProcessorDetails d;
    d.name = m_name->text().trimmed();
    d.phone = m_phone->text().trimmed();
    d.address = m_address->text().trimmed();
    d.email = m_email->text().trimmed();
    return d;
}

bool FirstRunCompanyPage::validatePage()
{
    auto valid = details().validate();
    if (!valid) {
        showError(valid.error().field, valid.error().message);
        return false;
    }
    hideError();
    return true;
}

QLineEdit* FirstRunCompanyPage::fieldFor(const QString& field) const
{
    return field == QLatin1String("phone")     ? m_phone
           : field == QLatin1String("address") ? m_address
           : field == QLatin1String("email")   ? m_email
                                               : m_name;
}

void FirstRunCompanyPage::retranslate()
{
    setTitle(tr("Property company"));
    setSubTitle(tr("Who residents deal with about their face data."));
    m_intro->setText(tr("The notice residents read before they decide names your company as the processor of their "
                        "face data and tells them how to reach you (PIPL Art. 17). An administrator can edit the "
                        "whole notice later."));
    setFieldLabels({
        {m_name, tr("Company &name:")},
        {m_phone, tr("&Telephone:")},
        {m_address, tr("&Address:")},
        {m_email, tr("&Email (optional):")},
    });
    m_name->setPlaceholderText(tr("e.g. Greenfield Property Services Ltd."));
    m_phone->setPlaceholderText(tr("e.g. 0571-8888 1234"));
    m_address->setPlaceholderText(tr("e.g. Property service centre, Building 1, 18 Lakeside Road"));
    m_email->setPlaceholderText(tr("e.g. service@example.com"));
}

// ---- 3. First administrator --------------------------------------------

FirstRunAdministratorPage::FirstRunAdministratorPage(QWidget* parent)
    : FirstRunFormPage(QStringLiteral("administratorPage"), parent)
{
    m_name = addEdit("userName", 40);
    m_displayName = addEdit("displayName", 80);
    m_password = addEdit("password");
    m_confirm = addEdit("confirm");
    for (QLineEdit* edit : {m_password, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    finishLayout();
    retranslate();
}

QString FirstRunAdministratorPage::userName() const
{
    return m_name->text().trimmed();
}

QString FirstRunAdministratorPage::displayName() const
{
    return m_displayName->text().trimmed();
}

QString FirstRunAdministratorPage::password() const
{
    return m_password->text();
}

void FirstRunAdministratorPage::clearPasswords()
{
    m_password->clear();
    m_confirm->clear();
}

bool FirstRunAdministratorPage::validatePage()
{
    if (auto valid = services::UserService::validateName(m_name->text()); !valid) {
        showError(valid.error().field, valid.error().message);
        return false;
    }
    if (auto valid = services::UserService::validatePassword(m_password->text(), m_name->text()); !valid) {
        showError(valid.error().field, valid.error().message);
        return false;
    }
    if (m_password->text() != m_confirm->text()) {
        showError(QStringLiteral("confirm"), tr("Repeat password: the two passwords differ. Type the same password "
                                                "twice."));
        m_confirm->clear();
        return false;
    }
    hideError();
    return true;
}

QLineEdit* FirstRunAdministratorPage::fieldFor(const QString& field) const
{
    return field == QLatin1String("password")       ? m_password
           : field == QLatin1String("confirm")      ? m_confirm
           : field == QLatin1String("display_name") ? m_displayName
                                                    : m_name;
}

void FirstRunAdministratorPage::retranslate()
{
    setTitle(tr("First administrator"));
    setSubTitle(tr("The account that manages everything else."));
    m_intro->setText(tr("The administrator manages the other users (clerks, building managers, auditors), devices, "
                        "notices and the retention policy. The password needs at least %1 characters and may not be "
                        "the user name; keep it safe.")
                         .arg(services::UserService::kMinimumPasswordLength));
    setFieldLabels({
        {m_name, tr("&User name:")},
        {m_displayName, tr("&Full name (optional):")},
        {m_password, tr("&Password:")},
        {m_confirm, tr("&Repeat password:")},
    });
    m_name->setPlaceholderText(tr("e.g. admin"));
}

// ---- 4. Demo compound and finish ---------------------------------------

FirstRunFinishPage::FirstRunFinishPage(QString databasePath, QString keyDirectory, bool newDatabase, QWidget* parent)
    : QWizardPage(parent), m_path(QDir::toNativeSeparators(databasePath)),
      m_keyDir(QDir::toNativeSeparators(keyDirectory)), m_newDatabase(newDatabase)
{
    setObjectName(QStringLiteral("finishPage"));
    m_summary = makeText(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Unticked: a real office starts empty; the demo is for trying the console out.
    m_demo = new QCheckBox(this);
    m_demo->setObjectName(QStringLiteral("demoCheck"));
    m_demo->setMinimumHeight(m_demo->fontMetrics().height() * 2);
    m_demoSize = new QComboBox(this);
    m_demoSize->setObjectName(QStringLiteral("demoSize"));
    m_demoSize->setMinimumHeight(m_demoSize->fontMetrics().height() * 2);
    for (int size : services::FirstRunSetup::demoSizes())
        m_demoSize->addItem(QString(), size);
    m_demoSize->setCurrentIndex(1);
    m_demoSize->setEnabled(false);
    m_demoText = makeText(this);
    m_demoText->setIndent(m_demo->fontMetrics().height() * 2);
    m_demoSizeLabel = new QLabel(this);
    m_demoSizeLabel->setBuddy(m_demoSize);
    connect(m_demo, &QCheckBox::toggled, m_demoSize, &QWidget::setEnabled);
    auto* demoRow = new QHBoxLayout;
    demoRow->addSpacing(m_demo->fontMetrics().height() * 2);
    demoRow->addWidget(m_demoSizeLabel);
    demoRow->addWidget(m_demoSize);
    demoRow->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_demo, m_demoText, m_demoSizeLabel, m_demoSize})
        w->setVisible(m_newDatabase);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0);   // busy: the steps take about a second together
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = makeText(this);
    m_status->hide();
    m_message = makeMessage(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(m_summary->fontMetrics().height() / 2);
    layout->addWidget(m_demo);
    layout->addWidget(m_demoText);
    layout->addLayout(demoRow);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    retranslate();
}

int FirstRunFinishPage::demoResidents() const
{
    return m_newDatabase && m_demo->isChecked() ? m_demoSize->currentData().toInt() : 0;
}

void FirstRunFinishPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setVisible(busy);
    m_demo->setEnabled(!busy);
    m_demoSize->setEnabled(!busy && m_demo->isChecked());
    if (busy)
        m_message->hide();
    Q_EMIT completeChanged();
}

void FirstRunFinishPage::showError(const QString& message)
{
    showMessage(m_message, message, nullptr);
}

bool FirstRunFinishPage::isComplete() const
{
    return !m_busy;
}

void FirstRunFinishPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void FirstRunFinishPage::retranslate()
{
    setTitle(m_newDatabase ? tr("Create the database") : tr("Create the administrator"));
    setSubTitle(tr("Check, then create and sign in."));
    m_summary->setText(m_newDatabase
                           ? tr("The database will be created at\n%1\nand its key in the folder\n%2\n\nWithout "
                                "the key, signatures, ID numbers and face data cannot be read: export it to a safe "
                                "place once you are signed in (Help explains how).")
                                 .arg(m_path, m_keyDir)
                           : tr("The administrator will be added to the database\n%1\nand signed in at this desk.")
                                 .arg(m_path));
    m_demo->setText(tr("Add a &demo compound"));
    m_demo->setAccessibleName(tr("Add a demo compound"));
    m_demoText->setText(tr("Invented buildings and residents, to try the console out. Leave it off for a real "
                           "office."));
    m_demo->setAccessibleDescription(m_demoText->text());
    m_demoSizeLabel->setText(tr("&Size:"));
    const QList<int> sizes = services::FirstRunSetup::demoSizes();
    const QStringList names{tr("Small"), tr("Medium"), tr("Large")};
    for (int i = 0; i < m_demoSize->count() && i < sizes.size(); ++i)
        m_demoSize->setItemText(i, tr("%1, about %2 residents").arg(names.value(i), QLocale().toString(sizes.at(i))));
    m_demoSize->setAccessibleName(tr("Size of the demo compound"));
    m_status->setText(tr("Creating the database, the key and the administrator…"));
}

} // namespace cg::ui
