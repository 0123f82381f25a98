#include "ui/dialogs/firstadmindialog.h"

#include "services/signinservice.h"
#include "services/userservice.h"
#include "ui/icons.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg::ui {

FirstAdminDialog::FirstAdminDialog(services::UserService* users, services::SignInService* signIn, QString desk,
                                   QWidget* parent)
    : QDialog(parent), m_users(users), m_signIn(signIn), m_desk(std::move(desk))
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setModal(true);
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    for (QLineEdit* edit : {m_password, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    for (QLineEdit* edit : {m_name, m_displayName, m_password, m_confirm})
        edit->setMinimumHeight(34);
    m_nameLabel = new QLabel(this);
    m_displayLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_confirmLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_displayLabel->setBuddy(m_displayName);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_displayLabel, m_displayName);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, m_confirm);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_message->hide();

    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_createButton->setMinimumHeight(40);
    m_createButton->setIcon(themedIcon(QStringLiteral("list-add-user")));
    m_quitButton = new QPushButton(this);
    m_quitButton->setMinimumHeight(40);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_quitButton);
    buttons->addWidget(m_createButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(520);

    connect(m_createButton, &QPushButton::clicked, this, &FirstAdminDialog::create);
    connect(m_quitButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    m_name->setFocus();
}

void FirstAdminDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

void FirstAdminDialog::create()
{
    if (m_password->text() != m_confirm->text()) {
        showMessage(tr("The two passwords differ. Type the same password twice."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    const QString password = m_password->text();
    auto created = m_users->createFirstAdministrator(core::Actor::system(), m_name->text(), m_displayName->text(), password);
    if (!created) {
        showMessage(created.error().message);
        (created.error().field == QLatin1String("name") ? m_name : m_password)->setFocus();
        return;
    }
    auto actor = m_signIn->signIn(created->name, password, m_desk);
    m_password->clear();
    m_confirm->clear();
    if (!actor) {
        showMessage(actor.error().message);
        return;
    }
    Q_EMIT signedIn(actor.value());
    accept();
}

void FirstAdminDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstAdminDialog::retranslate()
{
    setWindowTitle(tr("First administrator — ConsentGate"));
    m_heading->setText(tr("Create the first administrator"));
    m_explanation->setText(tr("This database has no users yet. The administrator you create now manages the other "
                              "users (clerks, building managers, auditors). Choose a password of at least %1 "
                              "characters and keep it safe.")
                               .arg(services::UserService::kMinimumPasswordLength));
    m_nameLabel->setText(tr("&User name:"));
    m_displayLabel->setText(tr("&Full name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("&Repeat password:"));
    m_name->setAccessibleName(tr("User name"));
    m_displayName->setAccessibleName(tr("Full name"));
    m_password->setAccessibleName(tr("Password"));
    m_confirm->setAccessibleName(tr("Repeat password"));
    m_createButton->setText(tr("&Create and sign in"));
    m_quitButton->setText(tr("&Quit"));
}

} // namespace cg::ui
