#pragma once

#include "services/credentialservice.h"
#include "services/moveouthook.h"

#include <QCoreApplication>

namespace cg::services {

// Moving out revokes every live card, PIN, QR code and visitor pass of the
// resident, inside the move-out transaction (registered in main.cpp).
class CredentialMoveOutHook final : public MoveOutHook
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::CredentialMoveOutHook)
public:
    explicit CredentialMoveOutHook(ServiceDeps deps);

    QString key() const override { return QStringLiteral("credentials"); }
    QStringList plannedActions(const core::Resident& resident) override;
    core::Result<QStringList> residentMovedOut(const core::Actor& actor, const core::Resident& resident,
                                               const QDate& moveOutDate) override;
    core::Result<QStringList> residentAnonymising(const core::Actor& actor, const core::Resident& resident) override;

private:
    core::Result<QStringList> revokeAll(const core::Actor& actor, qint64 residentId, const QString& reason);
    QList<core::Credential> live(qint64 residentId) const;

    CredentialService m_credentials;
    storage::CredentialRepository m_repository;
};

} // namespace cg::services
