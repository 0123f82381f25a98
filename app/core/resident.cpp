#include "core/resident.h"

#include "core/residentrules.h"

#include <QCoreApplication>

namespace cg::core {

namespace {
// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller and is never translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::core::Resident)
};
} // namespace

QString Unit::displayName() const
{
    return buildingName.isEmpty() ? label : buildingName + QLatin1Char(' ') + label;
}

QString residentRoleKey(ResidentRole role)
{
    switch (role) {
    case ResidentRole::Owner: return QStringLiteral("owner");
    case ResidentRole::Tenant: return QStringLiteral("tenant");
    case ResidentRole::Family: return QStringLiteral("family");
    case ResidentRole::Occupant: return QStringLiteral("occupant");
    }
    return {};
}

std::optional<ResidentRole> residentRoleFromKey(const QString& key)
{
    for (ResidentRole role : allResidentRoles()) {
        if (residentRoleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString residentRoleDisplayName(ResidentRole role)
{
    switch (role) {
    case ResidentRole::Owner: return Tr::tr("Owner");
    case ResidentRole::Tenant: return Tr::tr("Tenant");
    case ResidentRole::Family: return Tr::tr("Family member");
    case ResidentRole::Occupant: return Tr::tr("Other occupant");
    }
    return {};
}

QList<ResidentRole> allResidentRoles()
{
    return {ResidentRole::Owner, ResidentRole::Tenant, ResidentRole::Family, ResidentRole::Occupant};
}

QString idKindKey(IdKind kind)
{
    switch (kind) {
    case IdKind::None: return {};
    case IdKind::PrcResident: return QStringLiteral("prc");
    case IdKind::Passport: return QStringLiteral("passport");
    }
    return {};
}

IdKind idKindFromKey(const QString& key)
{
    if (key == QLatin1String("prc"))
        return IdKind::PrcResident;
    if (key == QLatin1String("passport"))
        return IdKind::Passport;
    return IdKind::None;
}

QString idKindDisplayName(IdKind kind)
{
    switch (kind) {
    case IdKind::None: return Tr::tr("None");
    case IdKind::PrcResident: return Tr::tr("Resident identity card");
    case IdKind::Passport: return Tr::tr("Passport");
    }
    return {};
}

QString accessibilityKey(AccessibilityNeed need)
{
    switch (need) {
    case AccessibilityNeed::None: return {};
    case AccessibilityNeed::LargePrint: return QStringLiteral("large_print");
    case AccessibilityNeed::AssistedSigning: return QStringLiteral("assisted_signing");
    case AccessibilityNeed::ReadAloud: return QStringLiteral("read_aloud");
    }
    return {};
}

QString accessibilityDisplayName(AccessibilityNeed need)
{
    switch (need) {
    case AccessibilityNeed::None: return Tr::tr("None");
    case AccessibilityNeed::LargePrint: return Tr::tr("Large print");
    case AccessibilityNeed::AssistedSigning: return Tr::tr("Assisted signing");
    case AccessibilityNeed::ReadAloud: return Tr::tr("Read aloud");
    }
    return {};
}

QList<AccessibilityNeed> allAccessibilityNeeds()
{
    return {AccessibilityNeed::LargePrint, AccessibilityNeed::AssistedSigning, AccessibilityNeed::ReadAloud};
}

QString accessibilityToKeys(AccessibilityNeeds needs)
{
    QStringList keys;
    for (AccessibilityNeed need : allAccessibilityNeeds()) {
        if (needs & unsigned(need))
            keys << accessibilityKey(need);
    }
    return keys.join(QLatin1Char(','));
}

AccessibilityNeeds accessibilityFromKeys(const QString& keys)
{
    AccessibilityNeeds needs = 0;
    for (const QString& key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (AccessibilityNeed need : allAccessibilityNeeds()) {
            if (accessibilityKey(need) == key.trimmed())
                needs |= unsigned(need);
        }
    }
    return needs;
}

bool Resident::isMinorOn(const QDate& today) const
{
    return isMinorUnder14(birthDate, today);
}

} // namespace cg::core
