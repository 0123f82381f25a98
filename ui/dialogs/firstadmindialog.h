#pragma once

#include "core/actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cg::services {
class SignInService;
class UserService;
}

namespace cg::ui {

// Shown instead of the sign-in when the database has no user yet: creates the
// first administrator (audited as the OS user at this desk) and signs them in.
class FirstAdminDialog final : public QDialog
{
    Q_OBJECT
public:
    FirstAdminDialog(services::UserService* users, services::SignInService* signIn, QString desk,
                     QWidget* parent = nullptr);

Q_SIGNALS:
    void signedIn(const core::Actor& actor);

protected:
    void changeEvent(QEvent* event) override;

private:
    void create();
    void retranslate();
    void showMessage(const QString& text);

    services::UserService* m_users = nullptr;
    services::SignInService* m_signIn = nullptr;
    QString m_desk;
    QLabel* m_heading = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_displayLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_quitButton = nullptr;
};

} // namespace cg::ui
