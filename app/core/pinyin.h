#pragma once

#include <QString>

namespace cg::core {

// Lower-case pinyin initials of the Han characters in `text` ("王小明" -> "wxm"),
// so a clerk can find a resident by typing initials. Latin letters and other
// characters are skipped.
//
// How: the 3,755 level-1 characters of GB2312 (the common ones, which cover
// nearly every name) are ordered by pinyin, so the initial follows from the
// character's GB2312 code and the 23 boundaries below. Level-2 characters and
// characters outside GB2312 get no initial (a rare surname such as 芮 is then
// only found by the characters themselves). Polyphonic surnames take their
// common reading (单 -> d, not s). Thread-safe.
QString pinyinInitials(const QString& text);

} // namespace cg::core
