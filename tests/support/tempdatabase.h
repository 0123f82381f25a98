#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace cg::test {

// A real SQLite file in a fresh temporary directory, removed afterwards.
// Also offers a key directory beside it, so tests never touch $HOME.
class TempDatabase final
{
public:
    TempDatabase();
    std::shared_ptr<storage::Database> open();   // QVERIFY-style: aborts the test on failure
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString keyDir() const { return m_dir.filePath(QStringLiteral("keys")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    std::shared_ptr<storage::Database> database() const { return m_database; }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_database;
};

} // namespace cg::test
