#include "ui/lockscreen.h"

#include "services/signinservice.h"
#include "ui/icons.h"
#include "ui/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg::ui {

LockScreen::LockScreen(Session* session, services::SignInService* signIn, QWidget* parent)
    : QWidget(parent), m_session(session), m_signIn(signIn)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* icon = new QLabel(this);
    icon->setPixmap(themedIcon(QStringLiteral("system-lock-screen")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    m_heading = new QLabel(this);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("who"));
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setStyleSheet(QStringLiteral("font-size: 13pt;"));

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumHeight(40);
    m_password->setMinimumWidth(320);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_message->hide();

    m_unlockButton = new QPushButton(this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_unlockButton->setMinimumHeight(44);
    m_unlockButton->setIcon(themedIcon(QStringLiteral("go-next")));
    m_switchButton = new QPushButton(this);
    m_switchButton->setObjectName(QStringLiteral("switchUserButton"));
    m_switchButton->setMinimumHeight(44);
    m_switchButton->setIcon(themedIcon(QStringLiteral("system-switch-user")));

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addStretch(1);
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_password);
    passwordRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_switchButton);
    buttons->addWidget(m_unlockButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(m_heading);
    layout->addWidget(m_who);
    layout->addSpacing(16);
    layout->addLayout(passwordRow);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch(3);

    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::attempt);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::attempt);
    connect(m_switchButton, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    retranslate();
    resize(1000, 700);
}

void LockScreen::prepare()
{
    m_password->clear();
    m_message->hide();
    retranslate();
    m_password->setFocus();
}

QString LockScreen::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void LockScreen::attempt()
{
    const auto status = m_signIn->unlock(m_session->actor(), m_password->text());
    m_password->clear();
    if (!status) {
        m_message->setText(status.error().message);
        m_message->show();
        m_password->setFocus();
        return;
    }
    m_message->hide();
    Q_EMIT unlocked();
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::retranslate()
{
    setWindowTitle(tr("ConsentGate — locked"));
    m_heading->setText(tr("The console is locked"));
    m_who->setText(tr("Signed in: %1. Enter your password to continue, or switch user for the next shift.")
                       .arg(m_session->summary()));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_message->setAccessibleName(tr("Unlock message"));
    m_unlockButton->setText(tr("&Unlock"));
    m_switchButton->setText(tr("S&witch user"));
}

} // namespace cg::ui
