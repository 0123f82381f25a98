#include "core/accessrules.h"

#include <QCoreApplication>

namespace cg::core {

QString doorKindKey(Door::Kind kind)
{
    switch (kind) {
    case Door::Kind::Gate: return QStringLiteral("gate");
    case Door::Kind::Entrance: return QStringLiteral("entrance");
    case Door::Kind::Lift: return QStringLiteral("lift");
    }
    return {};
}

Door::Kind doorKindFromKey(const QString& key)
{
    if (key == QLatin1String("entrance"))
        return Door::Kind::Entrance;
    if (key == QLatin1String("lift"))
        return Door::Kind::Lift;
    return Door::Kind::Gate;
}

QString doorKindName(Door::Kind kind)
{
    switch (kind) {
    case Door::Kind::Gate: return QCoreApplication::translate("cg::core::Door", "Compound gate");
    case Door::Kind::Entrance: return QCoreApplication::translate("cg::core::Door", "Building entrance");
    case Door::Kind::Lift: return QCoreApplication::translate("cg::core::Door", "Lift");
    }
    return {};
}

namespace access {

bool isEntitled(const Door& door, qint64 compoundId, qint64 buildingId,
                const QList<EntitlementException>& exceptions, const QDateTime& at)
{
    bool entitled = door.compoundId == compoundId
                    && (door.buildingId == 0 ? door.kind == Door::Kind::Gate : door.buildingId == buildingId);
    bool granted = false;
    for (const EntitlementException& e : exceptions) {
        if (e.doorId != door.id || !e.appliesAt(at))
            continue;
        if (!e.grant)
            return false;   // a deny wins
        granted = true;
    }
    return entitled || granted;
}

QList<Door> entitledDoors(const QList<Door>& doors, qint64 compoundId, qint64 buildingId,
                          const QList<EntitlementException>& exceptions, const QDateTime& at)
{
    QList<Door> result;
    for (const Door& d : doors) {
        if (isEntitled(d, compoundId, buildingId, exceptions, at))
            result.append(d);
    }
    return result;
}

QList<Door> uncoveredDoors(bool hasActiveFaceConsent, const QList<Door>& entitled,
                           const QList<Credential>& credentials, const QDateTime& at)
{
    if (hasActiveFaceConsent)
        return {};
    int usable = 0;
    for (const Credential& c : credentials) {
        if (c.isBiometric() || c.type == CredentialType::VisitorPass || !c.isUsableAt(at))
            continue;
        usable |= accessMethodBit(c.type);
    }
    QList<Door> uncovered;
    for (const Door& d : entitled) {
        if ((d.acceptsMask & usable) == 0)
            uncovered.append(d);
    }
    return uncovered;
}

} // namespace access

} // namespace cg::core
