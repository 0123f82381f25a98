#include "ui/dialogs/userdialog.h"

#include "services/userservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg::ui {

UserDialog::UserDialog(Mode mode, const QString& userName, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_fixedName(userName)
{
    setObjectName(QStringLiteral("userDialog"));
    auto* form = new QFormLayout;
    if (mode == Mode::NewUser) {
        setWindowTitle(tr("New user"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("userName"));
        m_name->setAccessibleName(tr("User name"));
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("displayName"));
        m_displayName->setAccessibleName(tr("Full name"));
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("role"));
        m_role->setAccessibleName(tr("Role"));
        for (core::Role r : {core::Role::Clerk, core::Role::Manager, core::Role::Administrator, core::Role::Auditor})
            m_role->addItem(core::roleDisplayName(r), int(r));
        form->addRow(tr("&User name:"), m_name);
        form->addRow(tr("&Full name:"), m_displayName);
        form->addRow(tr("R&ole:"), m_role);
    } else {
        setWindowTitle(tr("Reset password of %1").arg(userName));
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Repeat password"));
    form->addRow(mode == Mode::NewUser ? tr("&Password:") : tr("New &password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_message->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::NewUser ? tr("Create user") : tr("Set password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString UserDialog::name() const
{
    return m_name ? m_name->text().trimmed() : m_fixedName;
}

QString UserDialog::displayName() const
{
    return m_displayName ? m_displayName->text().trimmed() : QString();
}

core::Role UserDialog::role() const
{
    return m_role ? core::Role(m_role->currentData().toInt()) : core::Role::Clerk;
}

QString UserDialog::password() const
{
    return m_password->text();
}

void UserDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void UserDialog::accept()
{
    if (m_name) {
        if (auto valid = services::UserService::validateName(m_name->text()); !valid) {
            showError(valid.error().message);
            m_name->setFocus();
            return;
        }
    }
    if (auto valid = services::UserService::validatePassword(m_password->text(), name()); !valid) {
        showError(valid.error().message);
        m_password->setFocus();
        return;
    }
    if (m_password->text() != m_confirm->text()) {
        showError(tr("The two passwords differ. Type the same password twice."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cg::ui
