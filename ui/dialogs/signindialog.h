#pragma once

#include "core/actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cg::services {
class SignInService;
}

namespace cg::ui {

// The sign-in before the main window (and after "Switch user"). Emits
// signedIn() and accepts on success; shows the service's message (wrong
// password, locked for N seconds, disabled) otherwise. "Quit" rejects.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(services::SignInService* signIn, QString desk, QWidget* parent = nullptr);

    void setUserName(const QString& name);
    QString message() const;

Q_SIGNALS:
    void signedIn(const core::Actor& actor);

protected:
    void changeEvent(QEvent* event) override;

private:
    void attempt();
    void retranslate();

    services::SignInService* m_signIn = nullptr;
    QString m_desk;
    QLabel* m_heading = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_quitButton = nullptr;
};

} // namespace cg::ui
