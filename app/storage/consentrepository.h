#pragma once

#include "core/consent.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>

#include <memory>
#include <optional>

namespace cg::storage {

class Database;

// What the consent desk needs to know about a resident (read from the
// residents table; the residents library owns editing it).
struct ConsentResident
{
    qint64 id = 0;
    QString name;
    QString unitLabel;        // "3-1502"
    QString buildingName;
    QDate birthDate;
    std::optional<qint64> guardianId;
    QString guardianName;
    QDate guardianMoveOut;
    QString language;         // preferred notice language
    QString accessibility;
    QDate moveOut;
    bool anonymised = false;

    core::ConsentSubject subject() const { return {id, birthDate, guardianId, guardianMoveOut}; }
};

// The append-only consent ledger and re-consent marks. consent_events has
// triggers refusing UPDATE and DELETE. Callers own the transaction.
class ConsentRepository final
{
public:
    explicit ConsentRepository(std::shared_ptr<Database> database);

    // The id the next event will get. Only meaningful inside the caller's
    // write transaction (BEGIN IMMEDIATE holds the write lock), which lets the
    // signature be sealed with the event id before the row exists.
    core::Result<qint64> nextEventId() const;
    core::Status insertEvent(const core::ConsentEvent& event, const QByteArray& signatureSealed,
                             const QByteArray& scanSealed);
    core::Result<QList<core::ConsentEvent>> events(qint64 residentId) const;   // ledger order
    core::Result<std::optional<core::ConsentEvent>> event(qint64 eventId) const;
    core::Result<QByteArray> sealedSignature(qint64 eventId) const;
    core::Result<QByteArray> sealedScan(qint64 eventId) const;
    // The newest event of every resident that has one.
    core::Result<QHash<qint64, core::ConsentEvent>> latestEvents() const;
    core::Result<qint64> maxEventId() const;

    core::Status insertMark(const core::ReconsentMark& mark);
    // Marks every resident whose newest event is a grant; returns how many.
    core::Result<int> markActiveConsenters(const QString& noticeHash, const QDateTime& markedAt,
                                           const QDateTime& graceUntil, qint64 afterEventId);
    // How many residents markActiveConsenters would mark now.
    core::Result<int> countActiveConsenters() const;
    core::Result<QList<core::ReconsentMark>> marks(qint64 residentId) const;
    core::Result<QHash<qint64, QList<core::ReconsentMark>>> allMarks() const;

    core::Result<std::optional<ConsentResident>> resident(qint64 residentId) const;
    core::Result<QList<ConsentResident>> residents(const QList<qint64>& ids) const;
    // Name, unit or phone contains `text` (LIKE; fine for the desk's short lists).
    core::Result<QList<ConsentResident>> search(const QString& text, int limit) const;
    // Residents who are minors now or were at consent: candidates for the
    // turned-14 and guardian-moved-out rules.
    core::Result<QList<qint64>> residentsWithGuardianConsent() const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
