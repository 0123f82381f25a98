#pragma once

#include <QString>

namespace cg::core {

// Text in a named language whatever language the console speaks: the
// resident's screen and the bilingual receipt need Chinese and English side by
// side. Sources are marked with QT_TRANSLATE_NOOP so lupdate collects them into
// the same .ts file. "en" returns the source. Thread-safe.
QString translateFor(const QString& language, const char* context, const char* sourceText);

// "zh_CN" for anything Chinese, otherwise "en".
QString normaliseLanguage(const QString& language);

} // namespace cg::core
