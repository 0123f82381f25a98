#include "support/tempdatabase.h"

#include <QDir>
#include <QTest>

namespace cg::test {

TempDatabase::TempDatabase()
{
    QDir().mkpath(keyDir());
}

std::shared_ptr<storage::Database> TempDatabase::open()
{
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::CreateIfMissing;
    auto opened = storage::Database::open(path(), options);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    m_database = opened.value();
    return m_database;
}

} // namespace cg::test
