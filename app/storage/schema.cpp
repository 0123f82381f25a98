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

    // v3: residents — search and sort support for 100,000 residents. A
    // trigram FTS5 index (maintained by ResidentRepository, because SQLite
    // refuses FTS5 in triggers under trusted_schema=OFF) finds 3+ character
    // substrings; 1-2 character queries use LIKE. name_initials holds pinyin
    // initials (NULL = not computed yet). unit_key/unit_sort denormalise the
    // building and unit so keyset paging sorted by unit uses one index.
    // consent_status and credential_coverage are kept by the consent and
    // credential services (NULL = not known yet) so the residents table can
    // filter and show them without joins.
    list.append(Migration{3, {
        QStringLiteral("ALTER TABLE residents ADD COLUMN name_initials TEXT"),
        QStringLiteral("ALTER TABLE residents ADD COLUMN unit_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE residents ADD COLUMN unit_sort TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE residents ADD COLUMN consent_status TEXT"),
        QStringLiteral("ALTER TABLE residents ADD COLUMN credential_coverage TEXT"),
        QStringLiteral("UPDATE residents SET"
                       " unit_key = (SELECT b.name || ' ' || u.label FROM units u JOIN buildings b ON b.id = u.building_id"
                       "  WHERE u.id = residents.unit_id),"
                       " unit_sort = (SELECT printf('%08d|%s|%06d|%08d|%s', CAST(b.name AS INTEGER), b.name, u.floor,"
                       "  CAST(substr(u.label, instr(u.label, '-') + 1) AS INTEGER), u.label)"
                       "  FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = residents.unit_id)"),
        QStringLiteral("CREATE INDEX residents_name ON residents (name)"),
        QStringLiteral("CREATE INDEX residents_unit_sort ON residents (unit_sort)"),
        QStringLiteral("CREATE INDEX residents_role ON residents (role)"),
        QStringLiteral("CREATE INDEX residents_phone ON residents (phone)"),
        QStringLiteral("CREATE INDEX residents_move_in ON residents (coalesce(move_in, ''))"),
        QStringLiteral("CREATE INDEX residents_move_out ON residents (move_out) WHERE move_out IS NOT NULL"),
        QStringLiteral("CREATE INDEX residents_initials ON residents (name_initials)"),
        QStringLiteral("CREATE INDEX residents_consent_status ON residents (consent_status)"),
        QStringLiteral("CREATE INDEX residents_credential_coverage ON residents (credential_coverage)"),
        QStringLiteral("CREATE VIRTUAL TABLE residents_fts USING fts5(name, unit_key, phone, tokenize = 'trigram')"),
        QStringLiteral("INSERT INTO residents_fts (rowid, name, unit_key, phone)"
                       " SELECT id, name, unit_key, phone FROM residents"),
    }});

    // v4: consent — notice drafts and immutable published versions, the
    // append-only consent ledger, re-consent marks, sealed face enrolments,
    // deletion records and the per-device deletion queue.
    list.append(Migration{4, {
        QStringLiteral("CREATE TABLE notice_drafts ("
                       " id INTEGER PRIMARY KEY,"
                       " content TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE notice_versions ("
                       " id INTEGER PRIMARY KEY,"
                       " number INTEGER NOT NULL UNIQUE,"
                       " text_hash TEXT NOT NULL UNIQUE,"
                       " content TEXT NOT NULL,"
                       " published_at TEXT NOT NULL,"
                       " published_by TEXT NOT NULL,"
                       " grace_days INTEGER NOT NULL DEFAULT 30,"
                       " scope_changed INTEGER NOT NULL DEFAULT 0,"
                       " previous_hash TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TRIGGER notice_versions_no_update BEFORE UPDATE ON notice_versions"
                       " BEGIN SELECT RAISE(ABORT, 'published notices are immutable'); END"),
        QStringLiteral("CREATE TRIGGER notice_versions_no_delete BEFORE DELETE ON notice_versions"
                       " BEGIN SELECT RAISE(ABORT, 'published notices are immutable'); END"),
        // signature_sealed / scan_sealed: Keyring::seal with "consent_event:<id>:signature|scan".
        QStringLiteral("CREATE TABLE consent_events ("
                       " id INTEGER PRIMARY KEY,"
                       " resident_id INTEGER NOT NULL REFERENCES residents(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('granted', 'refused', 'withdrawn', 'expired')),"
                       " notice_hash TEXT REFERENCES notice_versions(text_hash),"
                       " guardian_id INTEGER REFERENCES residents(id),"
                       " clerk_id INTEGER,"
                       " clerk_name TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " method TEXT NOT NULL CHECK (method IN ('desk_signature', 'paper_scan', 'phone', 'letter', 'system')),"
                       " received_on TEXT,"
                       " language TEXT NOT NULL DEFAULT '',"
                       " signature_sealed BLOB,"
                       " scan_sealed BLOB,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX consent_events_resident ON consent_events (resident_id, id)"),
        QStringLiteral("CREATE INDEX consent_events_at ON consent_events (at)"),
        QStringLiteral("CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events"
                       " BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END"),
        QStringLiteral("CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events"
                       " BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END"),
        QStringLiteral("CREATE TABLE reconsent_marks ("
                       " id INTEGER PRIMARY KEY,"
                       " resident_id INTEGER NOT NULL REFERENCES residents(id),"
                       " notice_hash TEXT NOT NULL REFERENCES notice_versions(text_hash),"
                       " marked_at TEXT NOT NULL,"
                       " grace_until TEXT NOT NULL,"
                       " after_event_id INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX reconsent_marks_resident ON reconsent_marks (resident_id)"),
        // Only the sealed face crop of a consenting resident; never a full frame.
        QStringLiteral("CREATE TABLE face_enrolments ("
                       " id INTEGER PRIMARY KEY,"
                       " resident_id INTEGER NOT NULL REFERENCES residents(id),"
                       " consent_event_id INTEGER NOT NULL REFERENCES consent_events(id),"
                       " crop_sealed BLOB NOT NULL,"
                       " template_sealed BLOB,"
                       " width INTEGER NOT NULL,"
                       " height INTEGER NOT NULL,"
                       " quality TEXT NOT NULL DEFAULT '{}',"
                       " source TEXT NOT NULL DEFAULT 'file',"
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX face_enrolments_resident ON face_enrolments (resident_id)"),
        // Which device holds a copy of which enrolment (filled when door
        // terminals are synchronised).
        QStringLiteral("CREATE TABLE face_copies ("
                       " id INTEGER PRIMARY KEY,"
                       " enrolment_id INTEGER NOT NULL REFERENCES face_enrolments(id) ON DELETE CASCADE,"
                       " resident_id INTEGER NOT NULL REFERENCES residents(id),"
                       " device TEXT NOT NULL,"
                       " copied_at TEXT NOT NULL,"
                       " UNIQUE (enrolment_id, device))"),
        QStringLiteral("CREATE TABLE deletion_records ("
                       " id INTEGER PRIMARY KEY,"
                       " resident_id INTEGER NOT NULL REFERENCES residents(id),"
                       " reason TEXT NOT NULL,"
                       " consent_event_id INTEGER REFERENCES consent_events(id),"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " actor_id INTEGER,"
                       " images_deleted INTEGER NOT NULL,"
                       " templates_deleted INTEGER NOT NULL,"
                       " devices_queued INTEGER NOT NULL,"
                       " requested_at TEXT NOT NULL,"
                       " details TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX deletion_records_resident ON deletion_records (resident_id)"),
        QStringLiteral("CREATE TRIGGER deletion_records_no_update BEFORE UPDATE ON deletion_records"
                       " BEGIN SELECT RAISE(ABORT, 'deletion_records is append-only'); END"),
        QStringLiteral("CREATE TRIGGER deletion_records_no_delete BEFORE DELETE ON deletion_records"
                       " BEGIN SELECT RAISE(ABORT, 'deletion_records is append-only'); END"),
        QStringLiteral("CREATE TABLE device_deletion_queue ("
                       " id INTEGER PRIMARY KEY,"
                       " deletion_id INTEGER NOT NULL REFERENCES deletion_records(id),"
                       " resident_id INTEGER NOT NULL REFERENCES residents(id),"
                       " device TEXT NOT NULL,"
                       " queued_at TEXT NOT NULL,"
                       " confirmed_at TEXT,"
                       " confirmed_by TEXT,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX device_deletion_queue_open ON device_deletion_queue (confirmed_at, queued_at)"),
    }});

    // v5: non-biometric credentials (cards, PINs, QR codes, visitor passes),
    // per-resident entitlement exceptions, and the credential events that the
    // live view and the dashboard read. Secrets are never stored in clear:
    // card numbers and QR tokens as keyed look-up hashes (card also sealed, for
    // the audited format display), PINs as peppered Argon2id hashes.
    list.append(Migration{5, {
        // Which readers a door has (1 card, 2 PIN keypad, 4 QR); the coverage
        // invariant asks for a credential each door can actually read.
        QStringLiteral("ALTER TABLE doors ADD COLUMN accepts_mask INTEGER NOT NULL DEFAULT 7"),
        QStringLiteral("CREATE TABLE credentials ("
                       " id INTEGER PRIMARY KEY,"
                       " resident_id INTEGER NOT NULL REFERENCES residents(id),"
                       " type TEXT NOT NULL CHECK (type IN ('card', 'pin', 'qr', 'visitor')),"
                       " status TEXT NOT NULL DEFAULT 'active'"
                       "  CHECK (status IN ('active', 'suspended', 'revoked', 'lost', 'expired')),"
                       " valid_from TEXT NOT NULL,"
                       " valid_to TEXT,"
                       " card_lookup BLOB,"
                       " card_sealed BLOB,"
                       " card_last4 TEXT NOT NULL DEFAULT '',"
                       " qr_lookup BLOB,"
                       " pin_hash TEXT,"
                       " failed_pin_tries INTEGER NOT NULL DEFAULT 0,"
                       " visitor_name TEXT NOT NULL DEFAULT '',"
                       " replaced_by INTEGER REFERENCES credentials(id),"
                       " issued_at TEXT NOT NULL,"
                       " issued_by TEXT NOT NULL DEFAULT '',"
                       " status_changed_at TEXT,"
                       " status_reason TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK ((type = 'card') = (card_lookup IS NOT NULL)),"
                       " CHECK ((type = 'pin') = (pin_hash IS NOT NULL)),"
                       " CHECK ((type IN ('qr', 'visitor')) = (qr_lookup IS NOT NULL)),"
                       " CHECK (type <> 'visitor' OR (visitor_name <> '' AND valid_to IS NOT NULL)))"),
        // A card or QR token is unique among live (active or suspended) credentials.
        QStringLiteral("CREATE UNIQUE INDEX credentials_card_live ON credentials (card_lookup)"
                       " WHERE status IN ('active', 'suspended') AND card_lookup IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX credentials_qr_live ON credentials (qr_lookup)"
                       " WHERE status IN ('active', 'suspended') AND qr_lookup IS NOT NULL"),
        QStringLiteral("CREATE INDEX credentials_card ON credentials (card_lookup) WHERE card_lookup IS NOT NULL"),
        QStringLiteral("CREATE INDEX credentials_qr ON credentials (qr_lookup) WHERE qr_lookup IS NOT NULL"),
        QStringLiteral("CREATE INDEX credentials_resident ON credentials (resident_id, status)"),
        QStringLiteral("CREATE INDEX credentials_due ON credentials (valid_to)"
                       " WHERE status IN ('active', 'suspended') AND valid_to IS NOT NULL"),
        QStringLiteral("CREATE TABLE entitlement_exceptions ("
                       " id INTEGER PRIMARY KEY,"
                       " resident_id INTEGER NOT NULL REFERENCES residents(id),"
                       " door_id INTEGER NOT NULL REFERENCES doors(id),"
                       " effect TEXT NOT NULL CHECK (effect IN ('grant', 'deny')),"
                       " valid_from TEXT,"
                       " valid_to TEXT,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX entitlement_exceptions_resident ON entitlement_exceptions (resident_id)"),
        QStringLiteral("CREATE INDEX entitlement_exceptions_door ON entitlement_exceptions (door_id)"),
        // Every presentation at a door, allowed or denied. presented_masked
        // never holds a full card number, PIN or token.
        QStringLiteral("CREATE TABLE credential_events ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " door_id INTEGER REFERENCES doors(id),"
                       " credential_id INTEGER REFERENCES credentials(id),"
                       " resident_id INTEGER REFERENCES residents(id),"
                       " presented_kind TEXT NOT NULL,"
                       " presented_masked TEXT NOT NULL DEFAULT '',"
                       " result TEXT NOT NULL CHECK (result IN ('allowed', 'denied')),"
                       " reason TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX credential_events_at ON credential_events (at)"),
        QStringLiteral("CREATE INDEX credential_events_door ON credential_events (door_id, at)"),
        QStringLiteral("CREATE INDEX credential_events_resident ON credential_events (resident_id, at)"),
        // Residents whose face consent is active: the latest consent event is
        // a grant (refusal, withdrawal and expiry are events too). The
        // coverage invariant reads only this view, so a finer rule from the
        // consent desk (DROP VIEW + CREATE VIEW in a later migration) plugs in
        // without touching the credential code.
        QStringLiteral("CREATE VIEW face_consent_active AS SELECT e.resident_id FROM consent_events e"
                       " WHERE e.kind = 'granted' AND e.id = (SELECT max(x.id) FROM consent_events x"
                       " WHERE x.resident_id = e.resident_id)"),
    }});

    // v6: sign-in bookkeeping and audit log filters (user, period).
    list.append(Migration{6, {
        QStringLiteral("ALTER TABLE users ADD COLUMN last_sign_in_at TEXT"),
        QStringLiteral("CREATE INDEX audit_log_actor ON audit_log (actor)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
    }});

    // v7: device registry — cameras (credentials sealed with the record as
    // associated data; recording off by default) and the device side of
    // doors: watching camera, face reader, posted signage, private space.
    list.append(Migration{7, {
        QStringLiteral("CREATE TABLE cameras ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('file', 'v4l2', 'rtsp', 'mjpeg')),"
                       " location TEXT NOT NULL,"
                       " user_sealed BLOB,"
                       " password_sealed BLOB,"
                       " recording INTEGER NOT NULL DEFAULT 0,"
                       " face_recognition INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("ALTER TABLE doors ADD COLUMN camera_id INTEGER REFERENCES cameras(id)"),
        QStringLiteral("ALTER TABLE doors ADD COLUMN face_reader INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE doors ADD COLUMN signage_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE doors ADD COLUMN signage_date TEXT"),
        QStringLiteral("ALTER TABLE doors ADD COLUMN signage_photo BLOB"),
        QStringLiteral("ALTER TABLE doors ADD COLUMN private_space INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX doors_camera ON doors (camera_id)"),
    }});

    // v8: residents — 1-2 character searches scan a covering index (name,
    // unit, phone, initials) in name order instead of the table, so the LIKE
    // fallback reads every row without a table look-up per row. It also
    // serves the name sort and keyset paging, so residents_name goes.
    list.append(Migration{8, {
        QStringLiteral("CREATE INDEX residents_search ON residents (name, unit_key, phone, name_initials)"),
        QStringLiteral("DROP INDEX residents_name"),
    }});

    // v9: indexes for the compliance dashboard and reports (deletions in a
    // period, device copies of one deletion).
    list.append(Migration{9, {
        QStringLiteral("CREATE INDEX deletion_records_at ON deletion_records (at)"),
        QStringLiteral("CREATE INDEX device_deletion_queue_deletion ON device_deletion_queue (deletion_id)"),
    }});

    // v10: the default list hides residents who moved out, so move_out joins
    // the covering search index (otherwise every row needs a table look-up).
    list.append(Migration{10, {
        QStringLiteral("CREATE INDEX residents_search_current ON residents"
                       " (name, unit_key, phone, name_initials, move_out)"),
        QStringLiteral("DROP INDEX residents_search"),
    }});

    // v11: indexes for the compliance dashboard at 100,000 residents and
    // 1,000,000 events (bench_reports; EXPLAIN QUERY PLAN in the issue 8 notes).
    // Each replaces an index that is its prefix, so writes do not get dearer:
    // - the newest consent event per resident and its kind, index-only
    //   (status by building, the face_consent_active view, coverage);
    // - active credentials per resident with type and validity, index-only
    //   (the coverage invariant's credential mask, credential mix);
    // - door events in a period counted by result without table look-ups;
    // - re-consent marks newer than a resident's last event;
    // - a compound's gates found directly (the coverage invariant asks, for
    //   every resident without face consent, whether a gate reads nothing
    //   they hold: without it each question scanned the compound's doors).
    list.append(Migration{11, {
        QStringLiteral("CREATE INDEX consent_events_resident_kind ON consent_events (resident_id, id, kind)"),
        QStringLiteral("DROP INDEX consent_events_resident"),
        QStringLiteral("CREATE INDEX credentials_resident_active ON credentials"
                       " (resident_id, status, type, valid_from, valid_to)"),
        QStringLiteral("DROP INDEX credentials_resident"),
        QStringLiteral("CREATE INDEX credential_events_at_result ON credential_events (at, result)"),
        QStringLiteral("DROP INDEX credential_events_at"),
        QStringLiteral("CREATE INDEX reconsent_marks_resident_event ON reconsent_marks (resident_id, after_event_id)"),
        QStringLiteral("DROP INDEX reconsent_marks_resident"),
        QStringLiteral("CREATE INDEX doors_compound_kind ON doors (compound_id, kind, building_id)"),
    }});

    // v12: residents — 1-2 character searches by index instead of a LIKE scan
    // of every row (too slow for search-as-you-type at 100,000 residents).
    // resident_grams holds each resident's distinct 1- and 2-character grams
    // of name, unit and phone as core::searchGrams() cuts them (ASCII-folded,
    // no ASCII digits/spaces/punctuation); ResidentRepository keeps it in step
    // with residents_fts in the same transaction as every write. This fill is
    // the same rule written in SQL for rows that exist before the upgrade.
    list.append(Migration{12, {
        QStringLiteral("CREATE TABLE resident_grams ("
                       " gram TEXT NOT NULL,"
                       " resident_id INTEGER NOT NULL,"
                       " PRIMARY KEY (gram, resident_id)) WITHOUT ROWID"),
        QStringLiteral("WITH RECURSIVE src(id, t) AS ("
                       "  SELECT id, lower(name) FROM residents UNION ALL SELECT id, lower(unit_key) FROM residents"
                       "  UNION ALL SELECT id, lower(phone) FROM residents),"
                       " walk(id, t, i) AS (SELECT id, t, 1 FROM src WHERE t <> ''"
                       "  UNION ALL SELECT id, t, i + 1 FROM walk WHERE i < length(t))"
                       " INSERT OR IGNORE INTO resident_grams (gram, resident_id)"
                       " SELECT g, id FROM (SELECT substr(t, i, 1) AS g, id FROM walk"
                       "  UNION ALL SELECT substr(t, i, 2), id FROM walk WHERE i < length(t))"
                       " WHERE g NOT GLOB '*[' || char(1) || '-`{-' || char(127) || ']*' ORDER BY 1, 2"),
    }});

    // v13: a name typed on the desk's signature pad is its own method
    // ('desk_typed'), not passed off as a handwritten 'desk_signature'.
    // SQLite cannot change a CHECK, so consent_events is rebuilt with every
    // row, id and sealed signature as it was (the seal's associated data is
    // the event id). Foreign keys stay on: they are deferred, the rows that
    // face_enrolments and deletion_records point at are back before COMMIT
    // (which fails otherwise), and its triggers, indexes and the
    // face_consent_active view are recreated exactly as before.
    list.append(Migration{13, {
        QStringLiteral("PRAGMA defer_foreign_keys = ON"),
        QStringLiteral("CREATE TABLE consent_events_v12 AS SELECT * FROM consent_events"),
        QStringLiteral("DROP VIEW face_consent_active"),
        QStringLiteral("DROP TABLE consent_events"),
        QStringLiteral("CREATE TABLE consent_events ("
                       " id INTEGER PRIMARY KEY,"
                       " resident_id INTEGER NOT NULL REFERENCES residents(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('granted', 'refused', 'withdrawn', 'expired')),"
                       " notice_hash TEXT REFERENCES notice_versions(text_hash),"
                       " guardian_id INTEGER REFERENCES residents(id),"
                       " clerk_id INTEGER,"
                       " clerk_name TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " method TEXT NOT NULL CHECK (method IN ('desk_signature', 'desk_typed', 'paper_scan', 'phone',"
                       " 'letter', 'system')),"
                       " received_on TEXT,"
                       " language TEXT NOT NULL DEFAULT '',"
                       " signature_sealed BLOB,"
                       " scan_sealed BLOB,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO consent_events (id, resident_id, kind, notice_hash, guardian_id, clerk_id, clerk_name,"
                       " at, method, received_on, language, signature_sealed, scan_sealed, note)"
                       " SELECT id, resident_id, kind, notice_hash, guardian_id, clerk_id, clerk_name, at, method,"
                       " received_on, language, signature_sealed, scan_sealed, note FROM consent_events_v12 ORDER BY id"),
        QStringLiteral("DROP TABLE consent_events_v12"),
        QStringLiteral("CREATE INDEX consent_events_at ON consent_events (at)"),
        QStringLiteral("CREATE INDEX consent_events_resident_kind ON consent_events (resident_id, id, kind)"),
        QStringLiteral("CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events"
                       " BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END"),
        QStringLiteral("CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events"
                       " BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END"),
        QStringLiteral("CREATE VIEW face_consent_active AS SELECT e.resident_id FROM consent_events e"
                       " WHERE e.kind = 'granted' AND e.id = (SELECT max(x.id) FROM consent_events x"
                       " WHERE x.resident_id = e.resident_id)"),
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
