#include "ui/pages/userspage.h"

#include "services/userservice.h"
#include "ui/dialogs/userdialog.h"
#include "ui/icons.h"
#include "ui/session.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cg::ui {

UsersPage::UsersPage(services::UserService* users, Session* session, QWidget* parent)
    : Page(parent), m_users(users), m_session(session)
{
    setObjectName(QStringLiteral("usersPage"));
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_denied = new QLabel(this);
    m_denied->setWordWrap(true);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_new = new QPushButton(themedIcon(QStringLiteral("list-add-user")), QString(), this);
    m_new->setObjectName(QStringLiteral("newUserButton"));
    m_disable = new QPushButton(themedIcon(QStringLiteral("dialog-cancel")), QString(), this);
    m_disable->setObjectName(QStringLiteral("disableButton"));
    m_reset = new QPushButton(themedIcon(QStringLiteral("dialog-password")), QString(), this);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_role = new QPushButton(themedIcon(QStringLiteral("system-users")), QString(), this);
    m_role->setObjectName(QStringLiteral("roleButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_role, m_reset, m_disable}) {
        b->setMinimumHeight(36);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    m_lockBox = new QGroupBox(this);
    m_idle = new QSpinBox(m_lockBox);
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(1, 240);
    m_idleLabel = new QLabel(m_lockBox);
    m_idleLabel->setBuddy(m_idle);
    m_saveIdle = new QPushButton(themedIcon(QStringLiteral("document-save")), QString(), m_lockBox);
    auto* lockRow = new QHBoxLayout(m_lockBox);
    lockRow->addWidget(m_idleLabel);
    lockRow->addWidget(m_idle);
    lockRow->addWidget(m_saveIdle);
    lockRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_denied);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_lockBox);

    connect(m_new, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_saveIdle, &QPushButton::clicked, this, &UsersPage::saveIdleLock);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    connect(m_session, &Session::changed, this, [this] {
        m_status->clear();
        if (isVisible())
            refresh();
    });
    retranslate();
}

QString UsersPage::title() const
{
    return tr("Users");
}

QIcon UsersPage::icon() const
{
    return themedIcon(QStringLiteral("user-identity"));
}

void UsersPage::activated()
{
    refresh();
}

QString UsersPage::statusText() const
{
    return m_status->text();
}

void UsersPage::refresh()
{
    const bool manage = m_session->can(core::Permission::ManageUsers);
    m_denied->setVisible(!manage);
    m_table->setVisible(manage);
    m_lockBox->setVisible(m_session->can(core::Permission::ManageSettings));
    m_idle->setValue(m_users->idleLockMinutes());
    m_list.clear();
    m_table->setRowCount(0);
    if (manage) {
        auto list = m_users->list(m_session->actor());
        if (list)
            m_list = list.value();
        else
            m_status->setText(list.error().message);
    }
    m_table->setRowCount(int(m_list.size()));
    const QLocale locale;
    for (int row = 0; row < m_list.size(); ++row) {
        const core::User& u = m_list.at(row);
        QString state = u.disabled ? tr("Disabled") : tr("Active");
        if (!u.disabled && u.lockedUntil.isValid() && u.lockedUntil > QDateTime::currentDateTimeUtc())
            state = tr("Locked until %1").arg(locale.toString(u.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        const QStringList cells{u.name, u.displayName, core::roleDisplayName(u.role), state,
                                u.lastSignInAt.isValid()
                                    ? locale.toString(u.lastSignInAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : tr("never")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 3 && u.disabled)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

const core::User* UsersPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_list.size() && m_table->selectionModel()->hasSelection() ? &m_list.at(row) : nullptr;
}

void UsersPage::updateButtons()
{
    const bool manage = m_session->can(core::Permission::ManageUsers);
    const core::User* user = selected();
    m_new->setEnabled(manage);
    for (QPushButton* b : {m_disable, m_reset, m_role})
        b->setEnabled(manage && user);
    m_disable->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersPage::report(const core::Status& status, const QString& success)
{
    m_status->setStyleSheet(status ? QStringLiteral("color: #1e6b34;") : QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_status->setText(status ? success : status.error().message);
    const QString keep = m_status->text();
    refresh();
    m_status->setText(keep);
}

void UsersPage::newUser()
{
    auto* dialog = new UserDialog(UserDialog::Mode::NewUser, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto created = m_users->create(m_session->actor(), dialog->name(), dialog->displayName(), dialog->role(),
                                       dialog->password());
        report(created ? core::Status() : core::Status(created.error()),
               tr("User %1 created as %2.").arg(dialog->name(), core::roleDisplayName(dialog->role())));
    });
    dialog->open();
}

void UsersPage::toggleDisabled()
{
    const core::User* user = selected();
    if (!user)
        return;
    const bool disable = !user->disabled;
    const QString name = user->name;
    report(m_users->setDisabled(m_session->actor(), user->id, disable),
           disable ? tr("%1 can no longer sign in.").arg(name) : tr("%1 can sign in again.").arg(name));
}

void UsersPage::resetPassword()
{
    const core::User* user = selected();
    if (!user)
        return;
    const qint64 id = user->id;
    auto* dialog = new UserDialog(UserDialog::Mode::ResetPassword, user->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        report(m_users->resetPassword(m_session->actor(), id, dialog->password()),
               tr("New password set for %1; a lockout, if any, is lifted.").arg(dialog->name()));
    });
    dialog->open();
}

void UsersPage::changeRole()
{
    const core::User* user = selected();
    if (!user)
        return;
    const qint64 id = user->id;
    const QString name = user->name;
    QStringList roles;
    const QList<core::Role> all{core::Role::Clerk, core::Role::Manager, core::Role::Administrator, core::Role::Auditor};
    for (core::Role r : all)
        roles << core::roleDisplayName(r);
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change role"));
    dialog->setLabelText(tr("New role for %1:").arg(name));
    dialog->setComboBoxItems(roles);
    dialog->setTextValue(core::roleDisplayName(user->role));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, name, roles, all](const QString& text) {
        const core::Role role = all.value(roles.indexOf(text), core::Role::Clerk);
        report(m_users->changeRole(m_session->actor(), id, role),
               tr("%1 is now: %2.").arg(name, core::roleDisplayName(role)));
    });
    dialog->open();
}

void UsersPage::saveIdleLock()
{
    const auto status = m_users->setIdleLockMinutes(m_session->actor(), m_idle->value());
    report(status, tr("The console now locks after %n minute(s) without use.", nullptr, m_idle->value()));
    if (status)
        Q_EMIT idleLockChanged();
}

void UsersPage::retranslate()
{
    m_heading->setText(tr("Users"));
    m_denied->setText(tr("Only administrators manage users."));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"), tr("Status"), tr("Last sign-in")});
    m_table->setAccessibleName(tr("Users"));
    m_new->setText(tr("&New user…"));
    m_role->setText(tr("Change &role…"));
    m_reset->setText(tr("Reset &password…"));
    m_lockBox->setTitle(tr("Sign-in and lock"));
    m_idleLabel->setText(tr("&Lock the console after this many minutes without use:"));
    m_idle->setAccessibleName(tr("Idle lock minutes"));
    m_saveIdle->setText(tr("&Save"));
    updateButtons();
    if (isVisible())
        refresh();
}

} // namespace cg::ui
