#pragma once

#include "core/actor.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace cg::storage {
struct HeldCredential;
}

namespace cg::services {
class DeviceService;
class VerificationService;
}

namespace cg::ui {

// Beside the live view: for one door, the residents of the buildings it serves
// who opted out of face recognition with their alternative credentials, and
// the stream of credential events at that door (card, PIN, QR — never faces).
// Events come from a keyboard-wedge reader typing into the focused reader
// field, from `consentgate event` in another process (polled from the
// database), or from a clerk's manual entry.
class DoorPanel final : public QWidget
{
    Q_OBJECT
public:
    DoorPanel(services::DeviceService* devices, services::VerificationService* verifier,
              std::function<core::Actor()> actor, QWidget* parent = nullptr);

    void reload();                 // doors and the current door's lists
    void setDoor(qint64 doorId);
    qint64 door() const;
    QLineEdit* readerInput() const { return m_reader; }
    QListWidget* eventList() const { return m_events; }
    QListWidget* optedOutList() const { return m_optedOut; }
    void pollEvents();
    // "Access card ****1234", "QR code": in the console's language.
    static QString describeCredential(const storage::HeldCredential& credential);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadDoor();
    void present();

    services::DeviceService* m_devices = nullptr;
    services::VerificationService* m_verifier = nullptr;
    std::function<core::Actor()> m_actor;
    QLabel* m_doorLabel = nullptr;
    QComboBox* m_door = nullptr;
    QLabel* m_optedOutLabel = nullptr;
    QListWidget* m_optedOut = nullptr;
    QLabel* m_eventsLabel = nullptr;
    QListWidget* m_events = nullptr;
    QLabel* m_readerLabel = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_reader = nullptr;
    QLineEdit* m_pin = nullptr;
    QPushButton* m_present = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_poll = nullptr;
    qint64 m_lastEventId = 0;
};

} // namespace cg::ui
