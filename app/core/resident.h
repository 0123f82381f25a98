#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cg::core {

struct Compound
{
    qint64 id = 0;
    QString name;
    QString address;
};

struct Building
{
    qint64 id = 0;
    qint64 compoundId = 0;
    QString name;
    int floors = 1;
};

struct Unit
{
    qint64 id = 0;
    qint64 buildingId = 0;
    QString label;          // e.g. "3-1201"
    int floor = 0;
    QString buildingName;   // filled by queries that join the building
    QString displayName() const;   // "3幢 3-1201"
};

// The role a resident has in a unit.
enum class ResidentRole { Owner, Tenant, Family, Occupant };
QString residentRoleKey(ResidentRole role);                 // stored key: owner, tenant, family, occupant
std::optional<ResidentRole> residentRoleFromKey(const QString& key);
QString residentRoleDisplayName(ResidentRole role);         // translated
QList<ResidentRole> allResidentRoles();

enum class IdKind { None, PrcResident, Passport };
QString idKindKey(IdKind kind);                             // "", "prc", "passport"
IdKind idKindFromKey(const QString& key);
QString idKindDisplayName(IdKind kind);

// Accessibility needs at the desk and the resident screen (a set of flags).
enum class AccessibilityNeed : unsigned { None = 0, LargePrint = 1, AssistedSigning = 2, ReadAloud = 4 };
using AccessibilityNeeds = unsigned;
QString accessibilityKey(AccessibilityNeed need);           // large_print, assisted_signing, read_aloud
QString accessibilityDisplayName(AccessibilityNeed need);
QList<AccessibilityNeed> allAccessibilityNeeds();
QString accessibilityToKeys(AccessibilityNeeds needs);      // "large_print,read_aloud"
AccessibilityNeeds accessibilityFromKeys(const QString& keys);

// A person living in a unit. The ID number itself never travels in this type:
// only its kind and masked form (the sealed number stays in storage and is
// read through ResidentService::readFullId, which is audited).
struct Resident
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString name;
    ResidentRole role = ResidentRole::Owner;
    QString phone;
    IdKind idKind = IdKind::None;
    QString idMasked;
    QDate birthDate;
    qint64 guardianId = 0;         // 0: none
    QString language = QStringLiteral("zh_CN");
    AccessibilityNeeds accessibility = 0;
    QDate moveIn;
    QDate moveOut;
    QDate leaseEnd;
    QString notes;
    QDateTime anonymisedAt;
    int version = 0;               // optimistic locking: the version that was read

    // Filled by repository reads for display only.
    QString unitDisplay;
    qint64 buildingId = 0;

    bool isMinorOn(const QDate& today) const;          // under 14 (PIPL Art. 31)
    bool hasMovedOutBy(const QDate& today) const { return moveOut.isValid() && moveOut <= today; }
    bool isAnonymised() const { return anonymisedAt.isValid(); }
};

} // namespace cg::core
