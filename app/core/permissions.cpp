#include "core/permissions.h"

namespace cg::core {

namespace {

bool clerkAllows(Permission p)
{
    switch (p) {
    case Permission::ViewResidents:
    case Permission::EditResidents:
    case Permission::MoveOutResidents:
    case Permission::RunConsentDesk:
    case Permission::RecordWithdrawal:
    case Permission::EnrolFace:
    case Permission::IssueCredentials:
    case Permission::ManageCredentials:
    case Permission::ViewCredentials:
    case Permission::ViewLive:
        return true;
    default:
        return false;
    }
}

bool managerAllows(Permission p)
{
    if (clerkAllows(p))
        return true;
    switch (p) {
    case Permission::ReadFullIdNumber:
    case Permission::ImportResidents:
    case Permission::ExportResidents:
    case Permission::ExportFullIds:
    case Permission::ReadSignature:
    case Permission::Unblur:
    case Permission::ViewReports:
    case Permission::GenerateReports:
    case Permission::ViewAudit:
    case Permission::VerifyAudit:
    case Permission::ExportAudit:
    case Permission::EditHolidayTable:
        return true;
    default:
        return false;
    }
}

bool auditorAllows(Permission p)
{
    switch (p) {
    case Permission::ViewResidents:
    case Permission::ViewCredentials:
    case Permission::ViewReports:
    case Permission::GenerateReports:
    case Permission::ViewAudit:
    case Permission::VerifyAudit:
    case Permission::ExportAudit:
        return true;
    default:
        return false;
    }
}

} // namespace

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Clerk: return clerkAllows(permission);
    case Role::Manager: return managerAllows(permission);
    case Role::Administrator: return true;
    case Role::Auditor: return auditorAllows(permission);
    }
    return false;
}

QString permissionKey(Permission permission)
{
    switch (permission) {
    case Permission::ViewResidents: return QStringLiteral("view_residents");
    case Permission::EditResidents: return QStringLiteral("edit_residents");
    case Permission::ReadFullIdNumber: return QStringLiteral("read_full_id");
    case Permission::ImportResidents: return QStringLiteral("import_residents");
    case Permission::ExportResidents: return QStringLiteral("export_residents");
    case Permission::ExportFullIds: return QStringLiteral("export_full_ids");
    case Permission::MoveOutResidents: return QStringLiteral("move_out");
    case Permission::RunConsentDesk: return QStringLiteral("consent_desk");
    case Permission::RecordWithdrawal: return QStringLiteral("record_withdrawal");
    case Permission::EnrolFace: return QStringLiteral("enrol_face");
    case Permission::ReadSignature: return QStringLiteral("read_signature");
    case Permission::ManageNotices: return QStringLiteral("manage_notices");
    case Permission::IssueCredentials: return QStringLiteral("issue_credentials");
    case Permission::ManageCredentials: return QStringLiteral("manage_credentials");
    case Permission::ViewCredentials: return QStringLiteral("view_credentials");
    case Permission::ManageDevices: return QStringLiteral("manage_devices");
    case Permission::ViewLive: return QStringLiteral("view_live");
    case Permission::Unblur: return QStringLiteral("unblur");
    case Permission::ViewReports: return QStringLiteral("view_reports");
    case Permission::GenerateReports: return QStringLiteral("generate_reports");
    case Permission::ViewAudit: return QStringLiteral("view_audit");
    case Permission::VerifyAudit: return QStringLiteral("verify_audit");
    case Permission::ExportAudit: return QStringLiteral("export_audit");
    case Permission::ManageUsers: return QStringLiteral("manage_users");
    case Permission::ManageSettings: return QStringLiteral("manage_settings");
    case Permission::RunRetention: return QStringLiteral("run_retention");
    case Permission::EditHolidayTable: return QStringLiteral("edit_holiday_table");
    }
    return QStringLiteral("unknown");
}

} // namespace cg::core
