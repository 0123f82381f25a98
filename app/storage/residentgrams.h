#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace cg::storage {

// Bulk maintenance of resident_grams, the 1-/2-character search index (see
// core/searchgrams.h for what a gram is). Writers that add many residents at
// once (CSV import, demo seeding) call this after inserting the rows, inside
// the same transaction; single edits go through ResidentRepository.
//
// Adds the grams of residents firstId..lastId from their stored name, unit and
// phone: one INSERT per distinct gram with its residents as a JSON array,
// so SQLite appends each gram's postings in key order instead of doing one
// statement per (gram, resident) pair.
core::Status addResidentGrams(const QSqlDatabase& db, qint64 firstId, qint64 lastId);

} // namespace cg::storage
