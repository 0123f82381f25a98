#pragma once

#include "core/result.h"
#include "storage/compliancerepository.h"

#include <QCoreApplication>
#include <QPair>
#include <QVariantList>

#include <functional>
#include <memory>

namespace cg::storage {

class Database;

// Streams rows for the CSV exports without loading a million events into
// memory: each row is handed to `sink` as display-ready fields (UTC times in
// ISO-8601). Never returns a sealed column (signatures, scans, card numbers).
// Thread-safety: uses the calling thread's connection.
class ExportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cg::storage::ExportRepository)
public:
    using Sink = std::function<void(const QStringList& fields)>;

    explicit ExportRepository(std::shared_ptr<Database> database);

    // Column names are stable English keys (scripts read them), not translated.
    // event id, time (UTC), resident id, resident, building, unit, kind,
    // notice hash, method, guardian id, clerk, received on, language, note.
    static QStringList ledgerColumns();
    core::Result<qint64> consentLedger(const ComplianceFilter& f, const Sink& sink) const;

    // event id, time (UTC), door, building, resident id, resident, credential
    // id, credential type, presented (masked), result, reason.
    static QStringList accessColumns();
    core::Result<qint64> accessEvents(const ComplianceFilter& f, const Sink& sink) const;

    // A resident for a deletion certificate.
    struct ResidentInfo
    {
        qint64 id = 0;
        QString name;
        QString unit;
        QString building;
        QString compound;
        QString idMasked;
    };
    core::Result<ResidentInfo> resident(qint64 residentId) const;
    // Every deletion record of the resident (all time), device copies with
    // their confirmation times in `pendingDevices` as "device|queued|confirmed|by".
    core::Result<QList<DeletionRow>> deletionsOf(qint64 residentId) const;
    // What is still held for the resident: enrolments, unconfirmed copies.
    core::Result<QPair<int, int>> heldFaceData(qint64 residentId) const;

    // Figures for the impact assessment draft.
    struct Configuration
    {
        QString latestNoticeJson;       // content of the newest published notice ("" if none)
        QString latestNoticeHash;
        QDateTime latestNoticePublished;
        int noticeVersions = 0;
        QHash<QString, int> usersByRole;
        QHash<QString, int> doorsByKind;
        int doorsWithoutReader = 0;
        int compounds = 0;
        int buildings = 0;
        int units = 0;
        int residents = 0;
        int minors = 0;
        QHash<QString, QString> settings;   // retention.*, consent.*, filing.*
    };
    core::Result<Configuration> configuration(const QDate& today) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
