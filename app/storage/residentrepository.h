#pragma once

#include "core/resident.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlQuery;

namespace cg::storage {

class Database;

// How the residents list is sorted. Every key has an index, so keyset paging
// (WHERE (key, id) > (?, ?) ORDER BY key, id LIMIT n) stays fast at any depth.
enum class ResidentSort { Name, Unit, Role, Phone, MoveIn };

// Which residents a list shows. Empty/zero members do not filter.
struct ResidentFilter
{
    QString search;                       // name, unit or phone; pinyin initials for Latin letters
    qint64 buildingId = 0;
    qint64 unitId = 0;
    std::optional<core::ResidentRole> role;
    QString consentStatus;                // "unknown" matches NULL
    QString credentialCoverage;           // "unknown" matches NULL
    bool currentOnly = false;             // hide residents who moved out by `today`
    QDate today;                          // set by the service from its clock (invalid: the system date)
    ResidentSort sort = ResidentSort::Name;
    bool descending = false;
};

// One line of the residents list: only what a list shows (the masked ID).
struct ResidentListRow
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString name;
    QString unit;
    core::ResidentRole role = core::ResidentRole::Owner;
    QString phone;
    QString idMasked;
    QDate birthDate;
    QDate moveIn;
    QDate moveOut;
    qint64 guardianId = 0;
    QString consentStatus;        // empty: not known yet
    QString credentialCoverage;   // empty: not known yet
    bool anonymised = false;
    QVariant sortValue;           // the value of the sort key (the keyset cursor)
};

// How many residents a list holds. `exact` is false when counting stopped
// early (a broad 1-2 character search such as "1" or "A"): then more than
// `rows` residents match.
struct ResidentCount
{
    int rows = 0;
    bool exact = true;
};

// A position in a sorted list: the sort value and id of a row.
struct PageCursor
{
    QVariant sortValue;
    qint64 id = 0;
};

// The sealed form of an ID number, produced by the service (storage never
// sees keys). kind None clears the stored number.
struct SealedIdNumber
{
    core::IdKind kind = core::IdKind::None;
    QByteArray sealed;
    QByteArray lookup;
    QString masked;
};

// A resident with its places spelled out, for CSV export.
struct ResidentExportRow
{
    core::Resident resident;
    QString compound;
    QString building;
    QString unitLabel;
    QString guardianName;
    QByteArray idSealed;
};

// Residents, units, buildings and compounds in SQLite. Returns core types.
// Thread-safety: one repository per thread (it uses that thread's connection
// and caches prepared statements). Writes join the caller's Transaction.
class ResidentRepository final
{
public:
    explicit ResidentRepository(std::shared_ptr<Database> database);
    ~ResidentRepository();
    ResidentRepository(const ResidentRepository&) = delete;
    ResidentRepository& operator=(const ResidentRepository&) = delete;

    // --- Lists (keyset paging) ----------------------------------------------
    core::Result<int> count(const ResidentFilter& filter);
    // Like count(), but a search that can only be answered by scanning the
    // residents (broad 1-2 character queries) stops after `cap` matches.
    // Searches answered by an index are always counted exactly.
    core::Result<ResidentCount> countUpTo(const ResidentFilter& filter, int cap);
    // Rows after `cursor` (from the start when none), in display order.
    core::Result<QList<ResidentListRow>> pageAfter(const ResidentFilter& filter, const std::optional<PageCursor>& cursor,
                                                   int limit);
    // Rows just before `cursor` (up to the end when none), in display order.
    core::Result<QList<ResidentListRow>> pageBefore(const ResidentFilter& filter,
                                                    const std::optional<PageCursor>& cursor, int limit);
    // Rows [offset, offset+limit): counted from whichever end is nearer, so
    // jumping to the end of a sorted list of `total` rows is as fast as the start.
    core::Result<QList<ResidentListRow>> pageAt(const ResidentFilter& filter, int offset, int limit, int total);

    // --- Records ------------------------------------------------------------
    core::Result<core::Resident> get(qint64 id);
    core::Result<qint64> nextId();
    // Inserts with resident.id (from nextId()); version becomes 1. Bulk
    // writers pass indexNow=false and call indexForSearch() once at the end.
    // The search indexes (residents_fts, resident_grams) follow every insert,
    // update and anonymisation in the caller's transaction.
    core::Status insert(const core::Resident& resident, const SealedIdNumber& id, const QDateTime& now,
                        bool indexNow = true);
    // Adds residents firstId..lastId to the search indexes in bulk.
    core::Status indexForSearch(qint64 firstId, qint64 lastId);
    // Updates when resident.version matches (Conflict otherwise); bumps version.
    // `id` unset keeps the stored ID number.
    core::Status update(const core::Resident& resident, const std::optional<SealedIdNumber>& id,
                        const QDateTime& now);
    core::Result<QByteArray> sealedIdNumber(qint64 id);
    // Residents with id > afterId in id order (anonymised ones left out).
    core::Result<QList<ResidentExportRow>> exportPage(qint64 afterId, int limit);
    // Resident holding this ID look-up hash (0: none), ignoring `exceptId`.
    core::Result<qint64> findByIdLookup(const QByteArray& lookup, qint64 exceptId = 0);
    // Residents of a unit (current only or all) in insertion order.
    core::Result<QList<core::Resident>> residentsOfUnit(qint64 unitId, bool currentOnly);
    core::Status setMoveOut(qint64 id, const QDate& date, const QDateTime& now);
    // Former residents whose move-out is on or before `cutoff`, not yet anonymised.
    core::Result<QList<qint64>> dueForAnonymisation(const QDate& cutoff, int limit);
    // Removes personal data; keeps unit, role, dates of moving, language.
    core::Status anonymise(qint64 id, const QString& placeholderName, const QDateTime& now);
    // PRAGMA cache_size for bulk work on this connection (SQLite only).
    core::Status setCacheSizeKiB(int kib);
    // Computes pinyin initials where they are missing (older databases).
    core::Result<int> backfillInitials();
    // Short searches whose grams are held by more residents than this are
    // answered by an early-stopping scan in sort order instead of the grams
    // (sorting thousands of candidates would cost more). Both give the same
    // rows; tests lower it to check that.
    void setGramRouteLimit(int limit)
    {
        m_gramRouteLimit = limit;
        m_routedSearch.clear();
    }
    static constexpr int kGramRouteLimit = 5000;

    // --- Places -------------------------------------------------------------
    core::Result<QList<core::Compound>> compounds();
    core::Result<QList<core::Building>> buildings();
    core::Result<QList<core::Unit>> units(qint64 buildingId);
    core::Result<core::Unit> unit(qint64 unitId);
    core::Result<qint64> findOrCreateCompound(const QString& name, bool* created = nullptr);
    core::Result<qint64> findOrCreateBuilding(qint64 compoundId, const QString& name, bool* created = nullptr);
    core::Result<qint64> findOrCreateUnit(qint64 buildingId, const QString& label, bool* created = nullptr);

private:
    enum class SearchRoute { None, Trigram, Grams, Scan };
    struct Where
    {
        QString from;
        QStringList clauses;
        QVariantList binds;
    };
    core::Result<SearchRoute> searchRoute(const QString& search);
    core::Result<Where> whereFor(const ResidentFilter& filter, SearchRoute* route = nullptr);
    core::Result<QSqlQuery*> cached(const QString& sql);
    core::Result<QList<ResidentListRow>> runPage(const ResidentFilter& filter, const std::optional<PageCursor>& cursor,
                                                 bool forward, int limit, int offset);
    core::Status writeSearchIndex(qint64 id);
    core::Result<qint64> findOrInsert(const QString& select, const QVariantList& keys, const QString& insert,
                                      const QVariantList& values, bool* created);

    std::shared_ptr<Database> m_database;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery*> m_queries;
    int m_gramRouteLimit = kGramRouteLimit;
    QString m_routedSearch;   // the last short search routed, and its route
    SearchRoute m_route = SearchRoute::None;
};

// The SQL text of one sort key (exposed for tests and benchmarks).
QString residentSortColumn(ResidentSort sort);

} // namespace cg::storage
