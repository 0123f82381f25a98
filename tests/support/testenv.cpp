#include "support/testenv.h"

#include <QDir>
#include <QFileInfo>

namespace cg::test {

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("CG_SHARED_DIR");
    return QFileInfo(dir).isDir() ? QDir(dir).canonicalPath() : QString();
}

bool underCi()
{
    return !qEnvironmentVariable("CI").isEmpty();
}

QString consentgateBinary()
{
    return qEnvironmentVariable("CG_BINARY");
}

QString sourceDir()
{
    return qEnvironmentVariable("CG_SOURCE_DIR");
}

} // namespace cg::test
