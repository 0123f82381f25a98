#pragma once

#include "core/actor.h"
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
class QTimer;
class QGroupBox;

namespace cg::core {
class Clock;
}
namespace cg::services {
class ConsentService;
class NoticeService;
class EnrolmentService;
}

namespace cg::ui {


// The consent desk: the clerk finds a resident, prints the notice to take
// home, starts a session on the resident-facing window (and sees its
// progress, never the buttons), records withdrawals, enrols a face from a
// photo when consent is active, and re-prints receipts from the history.
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
    ResidentWindow* residentWindow() const { return m_window; }
    QString progressText() const;
    QString lastOutcome() const;
    QPushButton* startButton() const { return m_start; }
    QPushButton* enrolButton() const { return m_enrol; }
    QPushButton* withdrawButton() const { return m_withdraw; }
    QTableWidget* historyTable() const { return m_history; }
    QLineEdit* searchField() const { return m_search; }
    QListWidget* resultList() const { return m_results; }
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
    void search();
    void refresh();
    void printNotice();
    void recordWithdrawal();
    void enrolFromPhoto();
    void printReceipt();
    void onDecided(bool agree, const QByteArray& signaturePng, const QString& language);
    void onCancelled(const QString& stage);
    void onProgress(const QString& stage);
    void closeWindow();
    void showError(const QString& text);

    std::shared_ptr<services::ConsentService> m_consent;
    std::shared_ptr<services::NoticeService> m_notices;
    std::shared_ptr<services::EnrolmentService> m_enrolment;
    std::shared_ptr<const core::Clock> m_clock;
    ActorProvider m_actor;
    std::optional<storage::ConsentResident> m_resident;
    QPointer<ResidentWindow> m_window;
    QString m_sessionHash;
    QString m_lastOutcome;
    bool m_offerReceipts = true;

    QLabel* m_heading = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QTimer* m_searchTimer = nullptr;
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
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_receipt = nullptr;
    QLabel* m_historyLabel = nullptr;
    QTableWidget* m_history = nullptr;
};

} // namespace cg::ui
