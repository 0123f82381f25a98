#pragma once

#include "core/actor.h"
#include "services/consentservice.h"
#include "storage/consentrepository.h"
#include "ui/kiosk/residentwindow.h"
#include "ui/page.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;
class QGroupBox;

namespace cg::core {
class Clock;
}
namespace cg::services {
class DeviceService;
class NoticeService;
class EnrolmentService;
}

namespace cg::reports {
struct ConsentReceiptData;
}

namespace cg::ui {

class ConsentHistoryTable;
class ConsentSession;
class DeviceDeletionQueue;
class ReadAloud;
class ReconsentList;
class ResidentPicker;

// The consent desk: the clerk finds a resident, prints the notice to take
// home, starts a session on the resident-facing window (and sees its
// progress, never the buttons), records withdrawals, enrols a face from a
// photo when consent is active, and re-prints receipts from the history.
// Two more tabs: residents to ask again (one key starts their session) and
// face-data deletions still waiting for door devices.
class ConsentDeskPage final : public Page
{
    Q_OBJECT
public:
    using ActorProvider = std::function<core::Actor()>;

    ConsentDeskPage(std::shared_ptr<services::ConsentService> consent, std::shared_ptr<services::NoticeService> notices,
                    std::shared_ptr<services::EnrolmentService> enrolment, std::shared_ptr<const core::Clock> clock,
                    ActorProvider actor, QWidget* parent = nullptr);
    ~ConsentDeskPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    // Selects a resident by id (from another page, or a test).
    void showResident(qint64 residentId);
    qint64 currentResident() const { return m_resident ? m_resident->id : 0; }

    // For tests: the open session window, its progress text, the last outcome.
    ResidentWindow* residentWindow() const;
    QString progressText() const;
    QString lastOutcome() const;
    QPushButton* startButton() const { return m_start; }
    QPushButton* enrolButton() const { return m_enrol; }
    QPushButton* cameraEnrolButton() const { return m_enrolCamera; }
    // Enrolment from a configured camera (the device registry); without it
    // only photos can be enrolled.
    void setCameraEnrolment(services::DeviceService* devices, const QString& modelsDir);
    // Read aloud on the resident's screen (one engine per console, not owned).
    void setReadAloud(ReadAloud* readAloud) { m_readAloud = readAloud; }
    QPushButton* withdrawButton() const { return m_withdraw; }
    QTableWidget* historyTable() const;
    QTabWidget* tabs() const { return m_tabs; }
    ReconsentList* reconsentList() const { return m_reconsentList; }
    DeviceDeletionQueue* deviceDeletionQueue() const { return m_deletionQueue; }
    QLineEdit* searchField() const;
    QListWidget* resultList() const;
    // Tests and scripted desks: skip the "print receipt?" question.
    void setOfferReceipts(bool offer) { m_offerReceipts = offer; }
    // Enrols from an image file (the file-dialog path, without the dialog).
    bool enrolFromFile(const QString& path);
    void startSession();

Q_SIGNALS:
    void sessionFinished(bool recorded);

protected:
    void retranslate() override;

private:
    void refresh();
    void printNotice();
    void recordWithdrawal();
    void enrolFromPhoto();
    void enrolFromCamera();
    void printReceipt();
    void onRecorded(const services::ConsentService::Outcome& outcome, const QByteArray& signaturePng);
    void showError(const QString& text);
    void reloadLists();
    void updateTabTitles();
    reports::ConsentReceiptData receiptFor(const core::ConsentEvent& event) const;

    std::shared_ptr<services::ConsentService> m_consent;
    std::shared_ptr<services::NoticeService> m_notices;
    std::shared_ptr<services::EnrolmentService> m_enrolment;
    std::shared_ptr<const core::Clock> m_clock;
    ActorProvider m_actor;
    std::optional<storage::ConsentResident> m_resident;
    QPointer<ConsentSession> m_session;
    QString m_lastOutcome;
    bool m_offerReceipts = true;

    QLabel* m_heading = nullptr;
    ResidentPicker* m_picker = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_reconsent = nullptr;
    QLabel* m_faceData = nullptr;
    QGroupBox* m_sessionBox = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_cancelSession = nullptr;
    QLabel* m_outcome = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_printNotice = nullptr;
    QPushButton* m_enrol = nullptr;
    QPushButton* m_enrolCamera = nullptr;
    services::DeviceService* m_devices = nullptr;
    QString m_modelsDir;
    ReadAloud* m_readAloud = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_receipt = nullptr;
    QLabel* m_historyLabel = nullptr;
    ConsentHistoryTable* m_history = nullptr;
    QTabWidget* m_tabs = nullptr;
    ReconsentList* m_reconsentList = nullptr;
    DeviceDeletionQueue* m_deletionQueue = nullptr;
    int m_reconsentCount = 0;
    int m_deletionCount = 0;
};

} // namespace cg::ui
