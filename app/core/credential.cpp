#include "core/credential.h"

#include <QCoreApplication>

namespace cg::core {

QString credentialTypeKey(CredentialType type)
{
    switch (type) {
    case CredentialType::Card: return QStringLiteral("card");
    case CredentialType::Pin: return QStringLiteral("pin");
    case CredentialType::Qr: return QStringLiteral("qr");
    case CredentialType::VisitorPass: return QStringLiteral("visitor");
    }
    return {};
}

std::optional<CredentialType> credentialTypeFromKey(const QString& key)
{
    for (CredentialType t : allCredentialTypes()) {
        if (credentialTypeKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString credentialTypeName(CredentialType type)
{
    switch (type) {
    case CredentialType::Card: return QCoreApplication::translate("cg::core::Credential", "Access card");
    case CredentialType::Pin: return QCoreApplication::translate("cg::core::Credential", "PIN");
    case CredentialType::Qr: return QCoreApplication::translate("cg::core::Credential", "QR code");
    case CredentialType::VisitorPass: return QCoreApplication::translate("cg::core::Credential", "Visitor pass");
    }
    return {};
}

QString credentialStatusKey(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Active: return QStringLiteral("active");
    case CredentialStatus::Suspended: return QStringLiteral("suspended");
    case CredentialStatus::Revoked: return QStringLiteral("revoked");
    case CredentialStatus::Lost: return QStringLiteral("lost");
    case CredentialStatus::Expired: return QStringLiteral("expired");
    }
    return {};
}

std::optional<CredentialStatus> credentialStatusFromKey(const QString& key)
{
    for (CredentialStatus s : allCredentialStatuses()) {
        if (credentialStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString credentialStatusName(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Active: return QCoreApplication::translate("cg::core::Credential", "Active");
    case CredentialStatus::Suspended: return QCoreApplication::translate("cg::core::Credential", "Suspended");
    case CredentialStatus::Revoked: return QCoreApplication::translate("cg::core::Credential", "Revoked");
    case CredentialStatus::Lost: return QCoreApplication::translate("cg::core::Credential", "Reported lost");
    case CredentialStatus::Expired: return QCoreApplication::translate("cg::core::Credential", "Expired");
    }
    return {};
}

const QList<CredentialType>& allCredentialTypes()
{
    static const QList<CredentialType> all = {CredentialType::Card, CredentialType::Pin, CredentialType::Qr,
                                              CredentialType::VisitorPass};
    return all;
}

const QList<CredentialStatus>& allCredentialStatuses()
{
    static const QList<CredentialStatus> all = {CredentialStatus::Active, CredentialStatus::Suspended,
                                                CredentialStatus::Revoked, CredentialStatus::Lost,
                                                CredentialStatus::Expired};
    return all;
}

int accessMethodBit(CredentialType type)
{
    switch (type) {
    case CredentialType::Card: return AcceptsCard;
    case CredentialType::Pin: return AcceptsPin;
    case CredentialType::Qr:
    case CredentialType::VisitorPass: return AcceptsQr;
    }
    return 0;
}

QString Credential::maskedValue() const
{
    switch (type) {
    case CredentialType::Card: return QStringLiteral("•••• ") + cardLast4;
    case CredentialType::Pin: return QStringLiteral("••••");
    case CredentialType::Qr: return QStringLiteral("QR #%1").arg(id);
    case CredentialType::VisitorPass: return visitorName;
    }
    return {};
}

bool Credential::isUsableAt(const QDateTime& at) const
{
    if (status != CredentialStatus::Active)
        return false;
    if (validFrom.isValid() && at < validFrom)
        return false;
    if (validTo.isValid() && at >= validTo)
        return false;
    return true;
}

} // namespace cg::core
