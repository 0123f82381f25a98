#pragma once

#include "core/actor.h"
#include "services/coverageservice.h"
#include "services/credentialservice.h"
#include "ui/page.h"

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QGroupBox;

namespace cg::ui {

// Credentials: the coverage gap (residents without face consent who lack a
// usable card/PIN/QR for some door) with one-click issue per resident, and
// the list of credentials with filters and the life-cycle actions (suspend,
// reactivate, revoke, report lost and replace, unlock a PIN, batch QR badges
// for a building). Expiry runs every minute while the console is open.
class CredentialsPage final : public Page
{
    Q_OBJECT
public:
    using ActorProvider = std::function<core::Actor()>;

    CredentialsPage(std::shared_ptr<services::CredentialService> credentials,
                    std::shared_ptr<services::CoverageService> coverage, ActorProvider actor, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    void refresh();
    int violationCount() const { return m_violations; }
    // Opens the issue dialog for a resident (also what the gap list's buttons do).
    void issueFor(qint64 residentId, core::CredentialType type);

protected:
    void retranslate() override;

private:
    void refreshCoverage();
    void refreshList();
    qint64 selectedCredential() const;
    void act(const QString& action);
    void replaceLost();
    void batchQr();
    void showMessage(const QString& text, bool error);

    std::shared_ptr<services::CredentialService> m_credentials;
    std::shared_ptr<services::CoverageService> m_coverage;
    ActorProvider m_actor;
    int m_violations = 0;

    QLabel* m_heading = nullptr;
    QLabel* m_coverageBanner = nullptr;
    QGroupBox* m_gapBox = nullptr;
    QTableWidget* m_gaps = nullptr;
    QGroupBox* m_listBox = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QTableWidget* m_list = nullptr;
    QLabel* m_listCount = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_suspend = nullptr;
    QPushButton* m_reactivate = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_lost = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_batch = nullptr;
    QPushButton* m_refresh = nullptr;
    QTimer* m_expiryTimer = nullptr;
};

} // namespace cg::ui
