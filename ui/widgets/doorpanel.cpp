#include "ui/widgets/doorpanel.h"

#include "core/credential.h"
#include "services/deviceservice.h"
#include "services/verificationservice.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cg::ui {

namespace {
enum Kind { CardKind = 0, QrKind = 1, UnitPinKind = 2 };
}

DoorPanel::DoorPanel(services::DeviceService* devices, services::VerificationService* verifier,
                     std::function<core::Actor()> actor, QWidget* parent)
    : QWidget(parent), m_devices(devices), m_verifier(verifier), m_actor(std::move(actor))
{
    auto* layout = new QVBoxLayout(this);
    m_doorLabel = new QLabel(this);
    m_door = new QComboBox(this);
    m_doorLabel->setBuddy(m_door);
    layout->addWidget(m_doorLabel);
    layout->addWidget(m_door);

    m_readerLabel = new QLabel(this);
    layout->addWidget(m_readerLabel);
    auto* readerRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_reader = new QLineEdit(this);
    m_pin = new QLineEdit(this);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaximumWidth(90);
    m_pin->setVisible(false);
    m_present = new QPushButton(this);
    readerRow->addWidget(m_kind);
    readerRow->addWidget(m_reader, 1);
    readerRow->addWidget(m_pin);
    readerRow->addWidget(m_present);
    layout->addLayout(readerRow);
    m_readerLabel->setBuddy(m_reader);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_eventsLabel = new QLabel(this);
    m_events = new QListWidget(this);
    m_eventsLabel->setBuddy(m_events);
    layout->addWidget(m_eventsLabel);
    layout->addWidget(m_events, 2);
    m_optedOutLabel = new QLabel(this);
    m_optedOut = new QListWidget(this);
    m_optedOutLabel->setBuddy(m_optedOut);
    layout->addWidget(m_optedOutLabel);
    layout->addWidget(m_optedOut, 3);

    connect(m_door, &QComboBox::currentIndexChanged, this, [this] { loadDoor(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int k) { m_pin->setVisible(k == UnitPinKind); });
    // A keyboard-wedge reader types the number and presses Enter.
    connect(m_reader, &QLineEdit::returnPressed, this, &DoorPanel::present);
    connect(m_pin, &QLineEdit::returnPressed, this, &DoorPanel::present);
    connect(m_present, &QPushButton::clicked, this, &DoorPanel::present);
    // Events written by other processes (`consentgate event`, reader bridges).
    m_poll = new QTimer(this);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &DoorPanel::pollEvents);
    m_poll->start();
    retranslate();
}

void DoorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DoorPanel::retranslate()
{
    m_doorLabel->setText(tr("&Door or lift"));
    m_readerLabel->setText(tr("&Reader input (card reader types here; or enter by hand)"));
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItems({tr("Card"), tr("QR code"), tr("Unit + PIN")});
    m_kind->setCurrentIndex(kind < 0 ? 0 : kind);
    m_reader->setPlaceholderText(tr("Card number, QR text or unit (e.g. 3-1502)"));
    m_reader->setAccessibleName(tr("Reader input"));
    // The placeholder is the field's only hint: never cut off (in any language).
    m_reader->setMinimumWidth(m_reader->fontMetrics().horizontalAdvance(m_reader->placeholderText())
                              + 2 * m_reader->fontMetrics().height());
    m_kind->setAccessibleName(tr("Kind of reader input"));
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setAccessibleName(tr("PIN"));
    m_present->setText(tr("Check"));
    m_eventsLabel->setText(tr("Credential events at this door"));
    m_optedOutLabel->setText(tr("Opted out of face recognition (use card, PIN or QR)"));
    m_events->setAccessibleName(m_eventsLabel->text());
    m_optedOut->setAccessibleName(m_optedOutLabel->text());
}

void DoorPanel::reload()
{
    const qint64 current = door();
    auto doors = m_devices->doors(m_actor());
    QSignalBlocker block(m_door);
    m_door->clear();
    if (!doors) {
        m_status->setText(doors.error().message);
        return;
    }
    for (const core::DoorSetup& d : doors.value())
        m_door->addItem(d.buildingName.isEmpty() || d.name.contains(d.buildingName) ? d.name : d.buildingName + QStringLiteral(" · ") + d.name,
                        d.doorId);
    const int index = m_door->findData(current);
    m_door->setCurrentIndex(index >= 0 ? index : 0);
    loadDoor();
}

void DoorPanel::setDoor(qint64 doorId)
{
    const int index = m_door->findData(doorId);
    if (index >= 0)
        m_door->setCurrentIndex(index);
}

qint64 DoorPanel::door() const
{
    return m_door->currentData().toLongLong();
}

void DoorPanel::loadDoor()
{
    m_events->clear();
    m_optedOut->clear();
    m_lastEventId = 0;
    if (door() <= 0)
        return;
    auto residents = m_devices->optedOutAt(m_actor(), door());
    if (!residents) {
        m_status->setText(residents.error().message);
        return;
    }
    for (const storage::OptedOutResident& r : residents.value()) {
        QStringList held;
        for (const storage::HeldCredential& c : r.credentials)
            held.append(describeCredential(c));
        const QString creds = held.isEmpty() ? tr("no active credential — send to the desk") : held.join(QStringLiteral(", "));
        auto* item = new QListWidgetItem(tr("%1 · %2 %3 — %4").arg(r.name, r.buildingName, r.unitLabel, creds), m_optedOut);
        if (r.credentials.isEmpty())
            item->setForeground(QColor(200, 0, 0));
    }
    pollEvents();
}

QString DoorPanel::describeCredential(const storage::HeldCredential& credential)
{
    const auto type = core::credentialTypeFromKey(credential.type);
    const QString name = type ? core::credentialTypeName(*type) : credential.type;
    return credential.cardLast4.isEmpty() ? name : tr("%1 ****%2").arg(name, credential.cardLast4);
}

void DoorPanel::pollEvents()
{
    if (door() <= 0 || !isVisible())
        return;
    auto events = m_devices->eventsAt(m_actor(), door(), m_lastEventId);
    if (!events)
        return;
    // Newest first; the query returns newest first too, so insert in reverse.
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        const storage::DoorEvent& e = *it;
        auto* item = new QListWidgetItem(e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss  ")) + services::DeviceService::describe(e));
        item->setForeground(e.allowed ? QColor(0, 120, 0) : QColor(200, 0, 0));
        m_events->insertItem(0, item);
        m_lastEventId = std::max(m_lastEventId, e.id);
    }
    while (m_events->count() > 200)
        delete m_events->takeItem(m_events->count() - 1);
}

void DoorPanel::present()
{
    const QString value = m_reader->text().trimmed();
    if (value.isEmpty() || door() <= 0)
        return;
    services::Presented presented;
    switch (m_kind->currentIndex()) {
    case QrKind: presented = services::Presented::qr(value); break;
    case UnitPinKind:
        if (m_pin->text().isEmpty()) {
            m_pin->setFocus();
            return;
        }
        presented = services::Presented::unitPin(value, m_pin->text());
        break;
    default: presented = services::Presented::card(value); break;
    }
    auto verdict = m_verifier->verify(presented, door());
    m_reader->clear();
    m_pin->clear();
    m_reader->setFocus();
    if (!verdict) {
        m_status->setText(verdict.error().message);
        return;
    }
    m_status->setText(verdict->allowed ? tr("Allowed") : tr("Denied: %1").arg(services::verificationReasonText(verdict->reason)));
    pollEvents();
}

} // namespace cg::ui
