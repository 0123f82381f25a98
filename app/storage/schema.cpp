// The schema, as ordered migrations. Dates are ISO-8601 text (UTC for
// timestamps, 'YYYY-MM-DD' for calendar dates) so the SQL stays portable to
// PostgreSQL. Editable rows carry a `version` column for optimistic locking
// (two desks must not silently overwrite each other).
#include "storage/migrations.h"

namespace cg::storage {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;

    // v1: foundation — database identity, settings, the compound model.
    list.append(Migration{1, {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE compounds ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " address TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE buildings ("
                       " id INTEGER PRIMARY KEY,"
                       " compound_id INTEGER NOT NULL REFERENCES compounds(id),"
                       " name TEXT NOT NULL,"
                       " floors INTEGER NOT NULL DEFAULT 1,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (compound_id, name))"),
        // A door is anything a credential opens: a compound gate, a building
        // entrance or a lift (building_id is NULL for compound gates).
        QStringLiteral("CREATE TABLE doors ("
                       " id INTEGER PRIMARY KEY,"
                       " compound_id INTEGER NOT NULL REFERENCES compounds(id),"
                       " building_id INTEGER REFERENCES buildings(id),"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('gate', 'entrance', 'lift')),"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (compound_id, name))"),
        QStringLiteral("CREATE INDEX doors_building ON doors (building_id)"),
        QStringLiteral("CREATE TABLE units ("
                       " id INTEGER PRIMARY KEY,"
                       " building_id INTEGER NOT NULL REFERENCES buildings(id),"
                       " label TEXT NOT NULL,"
                       " floor INTEGER NOT NULL DEFAULT 0,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (building_id, label))"),
        // Sensitive columns: id_sealed is XChaCha20-Poly1305 ciphertext
        // (the record id is the associated data); id_masked is what lists show;
        // id_lookup is a keyed hash used to find duplicates without decrypting.
        QStringLiteral("CREATE TABLE residents ("
                       " id INTEGER PRIMARY KEY,"
                       " unit_id INTEGER NOT NULL REFERENCES units(id),"
                       " name TEXT NOT NULL,"
                       " role TEXT NOT NULL CHECK (role IN ('owner', 'tenant', 'family', 'occupant')),"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " id_kind TEXT CHECK (id_kind IN ('prc', 'passport')),"
                       " id_sealed BLOB,"
                       " id_masked TEXT NOT NULL DEFAULT '',"
                       " id_lookup BLOB,"
                       " birth_date TEXT,"
                       " guardian_id INTEGER REFERENCES residents(id),"
                       " language TEXT NOT NULL DEFAULT 'zh_CN',"
                       " accessibility TEXT NOT NULL DEFAULT '',"
                       " move_in TEXT,"
                       " move_out TEXT,"
                       " lease_end TEXT,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " anonymised_at TEXT,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX residents_unit ON residents (unit_id)"),
        QStringLiteral("CREATE INDEX residents_guardian ON residents (guardian_id)"),
        QStringLiteral("CREATE UNIQUE INDEX residents_id_lookup ON residents (id_lookup)"
                       " WHERE id_lookup IS NOT NULL"),
    }});

    // v2: operators and the append-only audit trail. Each audit row carries an
    // HMAC over its content and the previous row's HMAC (key outside the DB).
    list.append(Migration{2, {
        QStringLiteral("CREATE TABLE users ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL CHECK (role IN ('clerk', 'manager', 'administrator', 'auditor')),"
                       " password_hash TEXT NOT NULL,"
                       " disabled INTEGER NOT NULL DEFAULT 0,"
                       " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                       " locked_until TEXT,"
                       " created_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " actor_id INTEGER,"
                       " desk TEXT NOT NULL DEFAULT '',"
                       " action TEXT NOT NULL,"
                       " record_type TEXT NOT NULL DEFAULT '',"
                       " record_id TEXT NOT NULL DEFAULT '',"
                       " details TEXT NOT NULL DEFAULT '{}',"
                       " mac BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_action ON audit_log (action, at)"),
        QStringLiteral("CREATE INDEX audit_log_record ON audit_log (record_type, record_id)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
    }});

    return list;
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

} // namespace cg::storage
