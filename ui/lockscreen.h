#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cg::services {
class SignInService;
}

namespace cg::ui {

class Session;

// Shown in place of the main window when the console is locked (idle or
// Ctrl+L): nothing of the previous screen stays visible. The signed-in user
// unlocks with their password (same lockout as sign-in); "Switch user" ends
// the session for the next shift.
class LockScreen final : public QWidget
{
    Q_OBJECT
public:
    LockScreen(Session* session, services::SignInService* signIn, QWidget* parent = nullptr);

    void prepare();   // refresh the texts and clear the password before showing
    QString message() const;

Q_SIGNALS:
    void unlocked();
    void switchUserRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void attempt();
    void retranslate();

    Session* m_session = nullptr;
    services::SignInService* m_signIn = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_switchButton = nullptr;
};

} // namespace cg::ui
