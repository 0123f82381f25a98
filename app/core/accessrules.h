#pragma once

#include "core/credential.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cg::core {

// A door, gate or lift as the access rules see it.
struct Door
{
    enum class Kind { Gate, Entrance, Lift };
    qint64 id = 0;
    qint64 compoundId = 0;
    qint64 buildingId = 0;     // 0 for a compound gate
    QString name;
    Kind kind = Kind::Gate;
    int acceptsMask = AcceptsAll;   // AccessMethod bits: which readers the door has

    bool accepts(CredentialType type) const { return acceptsMask & accessMethodBit(type); }
};

QString doorKindKey(Door::Kind kind);
Door::Kind doorKindFromKey(const QString& key);
QString doorKindName(Door::Kind kind);   // translated

// An exception to the unit-derived entitlement of one resident: a door added
// (e.g. the gym building) or taken away (e.g. a barred lift), optionally for a window.
struct EntitlementException
{
    qint64 id = 0;
    qint64 residentId = 0;
    qint64 doorId = 0;
    bool grant = true;            // false = deny
    QDateTime validFrom;          // invalid = always
    QDateTime validTo;            // invalid = open-ended
    QString reason;

    bool appliesAt(const QDateTime& at) const
    {
        return (!validFrom.isValid() || at >= validFrom) && (!validTo.isValid() || at < validTo);
    }
};

// Pure rules for who may open what (DOMAIN.md rule 3 and the entitlement rule).
namespace access {

// A resident living in `buildingId` of `compoundId` is entitled to that
// building's entrances and lifts and to the compound's gates; exceptions that
// apply at `at` add or remove single doors (a deny wins over a grant).
bool isEntitled(const Door& door, qint64 compoundId, qint64 buildingId,
                const QList<EntitlementException>& exceptions, const QDateTime& at);
QList<Door> entitledDoors(const QList<Door>& doors, qint64 compoundId, qint64 buildingId,
                          const QList<EntitlementException>& exceptions, const QDateTime& at);

// The coverage invariant for one resident: without active face consent, for
// every entitled door there is at least one credential of the resident that
// is usable at `at`, is not biometric, is not a visitor pass (that belongs to
// a visitor) and is read by that door. Returns the doors left uncovered
// (empty = covered). With active face consent nothing is required.
QList<Door> uncoveredDoors(bool hasActiveFaceConsent, const QList<Door>& entitled,
                           const QList<Credential>& credentials, const QDateTime& at);

} // namespace access

} // namespace cg::core
