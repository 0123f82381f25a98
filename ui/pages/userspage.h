#pragma once

#include "core/result.h"
#include "core/user.h"
#include "ui/page.h"

#include <QList>

class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cg::services {
class UserService;
}

namespace cg::ui {

class Session;

// Administrators manage operators here: create, disable/enable, reset a
// password, change a role; and set the idle lock. Other roles see why not.
class UsersPage final : public Page
{
    Q_OBJECT
public:
    UsersPage(services::UserService* users, Session* session, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    void refresh();
    QString statusText() const;

Q_SIGNALS:
    // The idle lock setting changed (SessionController re-reads it).
    void idleLockChanged();

protected:
    void retranslate() override;

private:
    const core::User* selected() const;
    void updateButtons();
    void newUser();
    void toggleDisabled();
    void resetPassword();
    void changeRole();
    void saveIdleLock();
    void report(const core::Status& status, const QString& success);

    services::UserService* m_users = nullptr;
    Session* m_session = nullptr;
    QList<core::User> m_list;
    QLabel* m_heading = nullptr;
    QLabel* m_denied = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_role = nullptr;
    QLabel* m_status = nullptr;
    QGroupBox* m_lockBox = nullptr;
    QLabel* m_idleLabel = nullptr;
    QSpinBox* m_idle = nullptr;
    QPushButton* m_saveIdle = nullptr;
};

} // namespace cg::ui
