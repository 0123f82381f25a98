#include "ui/dialogs/signindialog.h"

#include "services/signinservice.h"
#include "ui/icons.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg::ui {

SignInDialog::SignInDialog(services::SignInService* signIn, QString desk, QWidget* parent)
    : QDialog(parent), m_signIn(signIn), m_desk(std::move(desk))
{
    setObjectName(QStringLiteral("signInDialog"));
    setModal(true);
    auto* icon = new QLabel(this);
    icon->setPixmap(themedIcon(QStringLiteral("security-high")).pixmap(48, 48));
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_heading, 1);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    for (QLineEdit* edit : {m_name, m_password})
        edit->setMinimumHeight(36);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_message->hide();

    m_signInButton = new QPushButton(this);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_signInButton->setMinimumHeight(40);
    m_signInButton->setIcon(themedIcon(QStringLiteral("go-next")));
    m_quitButton = new QPushButton(this);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    m_quitButton->setMinimumHeight(40);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_quitButton);
    buttons->addWidget(m_signInButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(460);

    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::attempt);
    connect(m_quitButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    m_name->setFocus();
}

void SignInDialog::setUserName(const QString& name)
{
    m_name->setText(name);
    m_password->clear();
    m_message->hide();
    (name.isEmpty() ? m_name : m_password)->setFocus();
}

QString SignInDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SignInDialog::attempt()
{
    auto actor = m_signIn->signIn(m_name->text(), m_password->text(), m_desk);
    m_password->clear();
    if (!actor) {
        m_message->setText(actor.error().message);
        m_message->show();
        m_password->setFocus();
        return;
    }
    m_message->hide();
    Q_EMIT signedIn(actor.value());
    accept();
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in — ConsentGate"));
    m_heading->setText(tr("Sign in to ConsentGate"));
    m_nameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_name->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_message->setAccessibleName(tr("Sign-in message"));
    m_signInButton->setText(tr("&Sign in"));
    m_quitButton->setText(tr("&Quit"));
}

} // namespace cg::ui
