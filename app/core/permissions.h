#pragma once

#include "core/actor.h"

namespace cg::core {

// What an actor may do. Checked in the service layer (services/authorizer.h);
// the UI only hides what a role cannot do.
enum class Permission {
    ViewResidents,
    EditResidents,
    ReadFullIdNumber,     // audited read
    ImportResidents,
    ExportResidents,
    ExportFullIds,        // audited provision of data
    MoveOutResidents,
    RunConsentDesk,
    RecordWithdrawal,
    EnrolFace,
    ReadSignature,        // audited read
    ManageNotices,
    IssueCredentials,
    ManageCredentials,    // suspend, revoke, replace
    ViewCredentials,
    ManageDevices,
    ViewLive,
    Unblur,               // audited, time-limited
    ViewReports,
    GenerateReports,      // audited
    ViewAudit,
    VerifyAudit,
    ExportAudit,          // audited
    ManageUsers,
    ManageSettings,
    RunRetention,
    EditHolidayTable,     // the working-day calendar behind legal deadlines (audited)
};

// The role matrix (pure rule): clerk < manager < administrator; the auditor
// reads and verifies but changes nothing.
bool roleAllows(Role role, Permission permission);
QString permissionKey(Permission permission);   // stable name for the audit log

} // namespace cg::core
