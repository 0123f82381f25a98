#pragma once

#include "core/result.h"

#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;

namespace cg::storage {

// An open ConsentGate SQLite database. open() refuses, without changing the
// file, anything that is not a ConsentGate database this build can use (not
// SQLite, corrupt, from a newer version, read-only). Every connection it hands
// out has WAL, foreign_keys=ON, synchronous=FULL and a busy timeout.
//
// Thread-safety: connection() may be called from any thread and returns that
// thread's own connection (QtSql connections are thread-bound).
class Database final
{
public:
    enum class OpenMode { ExistingOnly, CreateIfMissing };

    struct Options
    {
        OpenMode mode = OpenMode::ExistingOnly;
        bool migrate = true;          // upgrade an older schema (after a backup)
    };

    static core::Result<std::shared_ptr<Database>> open(const QString& path, Options options);
    static core::Result<std::shared_ptr<Database>> open(const QString& path)
    {
        return open(path, Options{});
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Platform data directory + "consentgate.sqlite".
    static QString defaultPath();

    QSqlDatabase connection() const;
    // Closes the calling thread's connection, for a worker thread that is done
    // with the database (the next connection() on it opens a new one).
    void releaseThreadConnection() const;
    QString path() const { return m_path; }
    QString uuid() const { return m_uuid; }
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }
    QString upgradeBackupPath() const { return m_upgradeBackup; }  // empty unless upgraded

    // A consistent copy (VACUUM INTO), safe while other connections write.
    // The copy is written to a temporary name and renamed, owner-only.
    core::Status backupTo(const QString& file) const;

    // Settings stored in the database (`settings` table).
    QString setting(const QString& key, const QString& fallback = {}) const;
    core::Status setSetting(const QString& key, const QString& value);

private:
    explicit Database(QString path);
    core::Status configure(QSqlDatabase& db) const;
    QString threadConnectionName() const;

    QString m_path;
    QString m_uuid;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
    bool m_created = false;
    QString m_upgradeBackup;
    mutable QMutex m_mutex;
    mutable QList<QString> m_connectionNames;
};

} // namespace cg::storage
