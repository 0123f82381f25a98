#pragma once

#include "core/actor.h"
#include "core/notice.h"
#include "ui/page.h"

#include <functional>
#include <memory>

class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace cg::core {
class Clock;
}
namespace cg::services {
class ConsentService;
class NoticeService;
}

namespace cg::ui {

class NoticeEditor;

// Notices (administrators): the published versions (read-only, with their
// date and hash) and the one working draft, edited in Chinese and English
// side by side. Before publishing it says whether the change asks residents
// again and how many; Publish refuses a notice with an empty part and names
// it. Also the consent periods (re-consent grace, consent expiry). Every
// change goes through NoticeService / ConsentService (permissions, audit).
class NoticesPage final : public Page
{
    Q_OBJECT
public:
    using ActorProvider = std::function<core::Actor()>;

    NoticesPage(std::shared_ptr<services::NoticeService> notices, std::shared_ptr<services::ConsentService> consent,
                std::shared_ptr<const core::Clock> clock, ActorProvider actor, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    // Tests and scripted checks: publish without the confirmation question.
    void setConfirmPublish(bool confirm) { m_confirmPublish = confirm; }
    bool saveDraft();
    bool publishDraft();
    void reload();

    NoticeEditor* editor() const { return m_editor; }
    QTableWidget* versionsTable() const { return m_versions; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* saveButton() const { return m_save; }
    QSpinBox* graceDays() const { return m_grace; }
    QSpinBox* expiryDays() const { return m_expiry; }
    QString impactText() const;
    QString messageText() const { return m_lastMessage; }
    // Recomputes the "what publishing would do" line now (normally debounced).
    void updateImpact();

protected:
    void retranslate() override;

private:
    bool canEdit() const;
    void showRow(int row);
    void savePolicy();
    void discard();
    void setMessage(const QString& text, bool error);
    void setDirty(bool dirty);

    std::shared_ptr<services::NoticeService> m_notices;
    std::shared_ptr<services::ConsentService> m_consent;
    std::shared_ptr<const core::Clock> m_clock;
    ActorProvider m_actor;
    QList<core::NoticeVersion> m_published;   // newest first
    core::NoticeContent m_draft;
    int m_draftVersion = 0;
    bool m_hasDraftRow = false;
    bool m_dirty = false;
    bool m_confirmPublish = true;
    QString m_lastMessage;

    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_versionsLabel = nullptr;
    QTableWidget* m_versions = nullptr;
    QLabel* m_state = nullptr;
    NoticeEditor* m_editor = nullptr;
    QLabel* m_impact = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_publish = nullptr;
    QGroupBox* m_policyBox = nullptr;
    QLabel* m_graceLabel = nullptr;
    QSpinBox* m_grace = nullptr;
    QLabel* m_expiryLabel = nullptr;
    QSpinBox* m_expiry = nullptr;
    QPushButton* m_savePolicy = nullptr;
    QTimer* m_impactTimer = nullptr;
};

} // namespace cg::ui
