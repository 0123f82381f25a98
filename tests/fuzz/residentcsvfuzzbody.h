#pragma once

#include <QByteArray>

namespace cg::test {

// One fuzz iteration over the CSV importer's pure part: decoding (UTF-8, BOM,
// GB18030), record parsing, header mapping and row parsing. Also checks a
// property: every parsed field written back with csvField() parses to itself.
// Aborts on a violated property; returns the number of rows parsed.
int fuzzResidentCsv(const QByteArray& bytes);

} // namespace cg::test
