#pragma once

#include <QString>

namespace cg::test {

// ../shared beside the checkout (models, face data). Empty when missing.
QString sharedDir();
// True when running under CI: tests needing ../shared must then fail, not skip.
bool underCi();
// The consentgate binary built with the tests (for CLI tests).
QString consentgateBinary();
QString sourceDir();

} // namespace cg::test

// Skips locally, fails under CI, when ../shared/<relative> is missing.
#define CG_REQUIRE_SHARED(relative)                                                              \
    do {                                                                                         \
        if (!QFileInfo::exists(cg::test::sharedDir() + QStringLiteral("/") + relative)) {        \
            if (cg::test::underCi())                                                             \
                QFAIL(qPrintable(QStringLiteral("missing ../shared/") + relative));              \
            QSKIP("../shared not present");                                                      \
        }                                                                                        \
    } while (false)
