#include "ui/pages/settingspage.h"

#include "storage/database.h"
#include "ui/icons.h"
#include "ui/languagemanager.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace cg::ui {

SettingsPage::SettingsPage(std::shared_ptr<storage::Database> database, LanguageManager* languages,
                           QWidget* parent)
    : Page(parent), m_database(std::move(database)), m_languages(languages)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    // Bold rather than demi-bold: CJK fonts such as WenQuanYi have no
    // demi-bold face, and Chinese headings came out in the regular weight.
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_databaseBox = new QGroupBox(this);
    m_databaseForm = new QFormLayout(m_databaseBox);
    m_pathValue = new QLabel(m_databaseBox);
    m_uuidValue = new QLabel(m_databaseBox);
    m_schemaValue = new QLabel(m_databaseBox);
    for (QLabel* value : {m_pathValue, m_uuidValue, m_schemaValue}) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        m_databaseForm->addRow(QStringLiteral("-"), value);
    }
    layout->addWidget(m_databaseBox);

    m_languageBox = new QGroupBox(this);
    m_languageForm = new QFormLayout(m_languageBox);
    // A short list of languages does not need the full width of the page.
    m_languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_languageCombo = new QComboBox(m_languageBox);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& language : LanguageManager::available())
        m_languageCombo->addItem(LanguageManager::nativeName(language), language);
    m_languageForm->addRow(QStringLiteral("-"), m_languageCombo);
    layout->addWidget(m_languageBox);
    connect(m_languageCombo, &QComboBox::activated, this, [this](int index) {
        const QString language = m_languageCombo->itemData(index).toString();
        if (m_languages && m_languages->setLanguage(language))
            LanguageManager::remember(language);
    });
    if (m_languages) {
        connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString& language) {
            m_languageCombo->setCurrentIndex(m_languageCombo->findData(language));
        });
    }

    m_aboutBox = new QGroupBox(this);
    auto* aboutLayout = new QVBoxLayout(m_aboutBox);
    m_aboutText = new QLabel(m_aboutBox);
    m_aboutText->setWordWrap(true);
    m_aboutText->setTextFormat(Qt::PlainText);
    aboutLayout->addWidget(m_aboutText);
    layout->addWidget(m_aboutBox);
    layout->addStretch(1);

    retranslate();
    refresh();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QIcon SettingsPage::icon() const
{
    return themedIcon(QStringLiteral("configure"));
}

void SettingsPage::activated()
{
    refresh();
}

void SettingsPage::refresh()
{
    if (m_languages)
        m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_languages->language()));
    if (!m_database)
        return;
    m_pathValue->setText(QDir::toNativeSeparators(m_database->path()));
    m_uuidValue->setText(m_database->uuid());
    m_schemaValue->setText(QString::number(m_database->schemaVersion()));
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    m_databaseBox->setTitle(tr("Database"));
    m_databaseForm->labelForField(m_pathValue)->setProperty("text", tr("File:"));
    m_databaseForm->labelForField(m_uuidValue)->setProperty("text", tr("Database ID:"));
    m_databaseForm->labelForField(m_schemaValue)->setProperty("text", tr("Schema version:"));
    m_languageBox->setTitle(tr("Language"));
    m_languageForm->labelForField(m_languageCombo)->setProperty("text", tr("Console language:"));
    m_languageCombo->setAccessibleName(tr("Console language"));
    m_aboutBox->setTitle(tr("About"));
    m_aboutText->setText(tr("ConsentGate %1 — face recognition only for residents who freely agreed, "
                            "and an equal card, PIN or QR code for everyone else. Data is processed on this "
                            "computer only.")
                             .arg(QStringLiteral(CG_VERSION)));
}

} // namespace cg::ui
