#pragma once

#include "core/actor.h"
#include "core/credential.h"
#include "services/credentialservice.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace cg::ui {

class CardNumberEdit;

// Issues one card, PIN, QR code or visitor pass to a resident, then shows the
// result once: the PIN in large digits or the QR code, with "Print" and
// "Save as PDF". Other pages (residents, consent desk) open it with a
// resident id:
//   CredentialDialog dialog(credentials, currentActor, residentId, this);
//   dialog.exec();
// Closing the dialog forgets the PIN/QR payload; it cannot be shown again.
class CredentialDialog final : public QDialog
{
    Q_OBJECT
public:
    using ActorProvider = std::function<core::Actor()>;

    CredentialDialog(std::shared_ptr<services::CredentialService> credentials, ActorProvider actor, qint64 residentId,
                     QWidget* parent = nullptr);

    void setType(core::CredentialType type);
    // Shows an already issued credential (e.g. a replacement) on the result page.
    void showIssued(const services::IssuedCredential& issued);
    std::optional<services::IssuedCredential> issued() const { return m_issued; }
    CardNumberEdit* cardEdit() const { return m_cardEdit; }

Q_SIGNALS:
    void credentialIssued(qint64 credentialId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void issue();
    void updateCardFormats();
    void print();
    void saveAsPdf();

    std::shared_ptr<services::CredentialService> m_credentials;
    ActorProvider m_actor;
    qint64 m_residentId = 0;
    std::optional<storage::Holder> m_holder;
    std::optional<services::IssuedCredential> m_issued;

    QLabel* m_holderLabel = nullptr;
    QLabel* m_typeLabel = nullptr;
    QComboBox* m_type = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_cardPrompt = nullptr;
    CardNumberEdit* m_cardEdit = nullptr;
    QLabel* m_cardFormats = nullptr;
    QLabel* m_pinHelp = nullptr;
    QSpinBox* m_pinLength = nullptr;
    QLabel* m_qrHelp = nullptr;
    QLabel* m_visitorNameLabel = nullptr;
    QLineEdit* m_visitorName = nullptr;
    QLabel* m_visitorHoursLabel = nullptr;
    QSpinBox* m_visitorHours = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_validTo = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_form = nullptr;
    QWidget* m_result = nullptr;
    QLabel* m_resultTitle = nullptr;
    QLabel* m_resultSecret = nullptr;
    QLabel* m_resultQr = nullptr;
    QLabel* m_resultNote = nullptr;
    QPushButton* m_issueButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace cg::ui
