#pragma once

#include "core/actor.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cg::ui {

// New user (name, full name, role, password twice) or, in password-only
// mode, a reset (password twice). Checks the input rules before accepting;
// the page then calls UserService, which checks them again.
class UserDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { NewUser, ResetPassword };
    UserDialog(Mode mode, const QString& userName, QWidget* parent = nullptr);

    QString name() const;
    QString displayName() const;
    core::Role role() const;
    QString password() const;
    void showError(const QString& message);

    void accept() override;

private:
    Mode m_mode;
    QString m_fixedName;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cg::ui
