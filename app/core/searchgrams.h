#pragma once

#include <QString>
#include <QStringList>

namespace cg::core {

// The 1- and 2-character search grams of the residents list.
//
// Why: FTS5's trigram tokenizer finds nothing for queries shorter than three
// characters, yet 王芳 or 李 are whole Chinese names. A scan with LIKE over
// 100,000 names is too slow for search-as-you-type, so every resident's
// name, unit and phone are also cut into 1- and 2-character grams
// (resident_grams), which answer a short query by index.
//
// Which grams: ASCII digits, spaces and ASCII punctuation never appear in a
// gram (they would make up most of the index — phones and unit numbers — and
// queries made of them match thousands of residents anyway, so those are
// answered by an early-stopping scan). A query whose characters are all gram
// characters finds every match through the grams. Text is folded the way
// SQLite's LIKE folds it (ASCII letters to lower case), and characters are
// code points, as SQLite's length() and substr() count them.
// Thread-safe (pure functions).

// Whether a code point can be part of a gram.
bool isSearchGramChar(char32_t c);

// ASCII letters to lower case; everything else unchanged (what LIKE ignores).
QString foldSearchText(const QString& text);

// Number of code points (a character outside the BMP counts once).
int codePointCount(const QString& text);

// The distinct grams of `texts`, folded, sorted.
QStringList searchGrams(const QStringList& texts);

// Whether `query` (already simplified) of 1 or 2 code points can be answered
// from the grams alone.
bool isGramQuery(const QString& query);

} // namespace cg::core
