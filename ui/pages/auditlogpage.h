#pragma once

#include "ui/page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cg::services {
class AuditLogService;
}

namespace cg::ui {

class AuditLogModel;
class Session;

// The audit log: filter by user, action, record and period; verify the chain
// (result shown in words and colour); export what the filter shows to CSV
// (the export itself is audited). Managers, administrators and auditors.
class AuditLogPage final : public Page
{
    Q_OBJECT
public:
    AuditLogPage(services::AuditLogService* service, Session* session, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    AuditLogModel* model() const { return m_model; }
    void applyFilter();
    void verify();
    // Exports to `path` (the button asks for a file first).
    bool exportTo(const QString& path);
    QString verificationText() const;

protected:
    void retranslate() override;

private:
    void refreshChoices();
    void updateAccess();
    void updateCount();
    void chooseExportFile();

    services::AuditLogService* m_service = nullptr;
    Session* m_session = nullptr;
    AuditLogModel* m_model = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_denied = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_actionLabel = nullptr;
    QLabel* m_recordLabel = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QComboBox* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_record = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_verification = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace cg::ui
