#pragma once

#include "core/actor.h"
#include "core/notice.h"
#include "services/consentservice.h"
#include "storage/consentrepository.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace cg::ui {

class ReadAloud;
class ResidentWindow;

// One consent session at the desk: opens the resident-facing window, turns
// its progress into words for the clerk (where the resident is, never what
// they chose), records the decision through ConsentService when the resident
// confirms, and records an abandoned session when it is cancelled.
// GUI thread only; the window closes with the session.
class ConsentSession final : public QObject
{
    Q_OBJECT
public:
    ConsentSession(std::shared_ptr<services::ConsentService> consent, std::function<core::Actor()> actor,
                   storage::ConsentResident resident, bool minor, core::NoticeVersion notice, ReadAloud* readAloud,
                   QObject* parent = nullptr);
    ~ConsentSession() override;

    // Shows the window (second screen, or full screen over `console`).
    void present(QWidget* console);
    ResidentWindow* window() const;
    QString progressText() const { return m_progress; }
    const storage::ConsentResident& resident() const { return m_resident; }
    bool guardianDecides() const { return m_minor; }
    // Ends the session from the clerk's side (reported as cancelled).
    void cancel();

    // For the clerk: what a recorded decision or withdrawal did (credential
    // issued or confirmed, a code to hand over, face data deleted).
    static QString describe(const services::ConsentService::Outcome& outcome);

Q_SIGNALS:
    void progressChanged(const QString& text);
    void recorded(const services::ConsentService::Outcome& outcome, const QByteArray& signaturePng,
                  const QString& language);
    // Recording failed; the resident's window stays open.
    void failed(const QString& message);
    void cancelled(const QString& message);
    void closed();

private:
    void onProgress(const QString& stage);
    void onDecided(bool agree, const QByteArray& signaturePng, const QString& language, core::ConsentMethod method);
    void onCancelled(const QString& stage);
    void setProgress(const QString& text);

    std::shared_ptr<services::ConsentService> m_consent;
    std::function<core::Actor()> m_actor;
    storage::ConsentResident m_resident;
    bool m_minor = false;
    QString m_noticeHash;
    QString m_progress;
    QPointer<ResidentWindow> m_window;
};

} // namespace cg::ui
