#pragma once

#include "core/actor.h"
#include "core/clock.h"
#include "core/result.h"
#include "services/processordetails.h"
#include "services/servicedeps.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace cg::storage {
class Database;
}

namespace cg::services {

// What the first-run wizard collected.
struct FirstRunAnswers
{
    ProcessorDetails company;
    QString adminName;
    QString adminDisplayName;
    QString adminPassword;
    int demoResidents = 0;      // 0: no demo compound
};

// Opens the console's database, or sets up a new office: creates the database
// and its key, the first administrator (signed in at this desk), publishes the
// default notice with the company as processor and contact, and optionally
// seeds a demo compound. A new database is created all or nothing: when a
// step fails, the files it made are removed again, so a retry starts clean.
// Nothing is written before open() or run().
// Thread-safety: one thread at a time (the wizard runs run() on a worker and
// reads the results after it finished).
class FirstRunSetup final
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::FirstRunSetup)
public:
    // `keyDir` empty: the default key folder. `desk`: the host name recorded at sign-in.
    FirstRunSetup(QString databasePath, QString keyDir, std::shared_ptr<const core::Clock> clock, QString desk);
    ~FirstRunSetup();

    QString databasePath() const { return m_path; }
    QString keyDirectory() const;

    // Opens an existing database and its keys (the path given, or a file the
    // user picked, which then becomes databasePath()). Refuses, unchanged,
    // anything that is not a ConsentGate database with its key.
    core::Status openExisting(const QString& path);
    bool isOpen() const { return m_database != nullptr; }
    // An open database that has no user yet still needs the wizard (a database
    // made with `consentgate init` or `consentgate demo`).
    core::Result<bool> needsAdministrator() const;
    // False when the open database already publishes a notice other than the
    // shipped default (its processor was written by someone): nothing to ask.
    bool asksForCompany() const;

    // The whole set-up. On a closed setup it creates the database at
    // databasePath(); on an open one (without users) it adds to it. Errors
    // about input name the field ("company_name", "name", "password", ...).
    core::Status run(const FirstRunAnswers& answers);

    std::shared_ptr<storage::Database> database() const { return m_database; }
    const std::optional<ServiceDeps>& deps() const { return m_deps; }
    // The administrator created and signed in by run().
    const std::optional<core::Actor>& administrator() const { return m_administrator; }
    int demoResidentsSeeded() const { return m_demoResidents; }

    // The sizes the wizard offers for a demo compound.
    static QList<int> demoSizes() { return {300, 1500, 5000}; }

private:
    core::Status createDatabase();
    core::Status fill(const FirstRunAnswers& answers, bool company);
    void removeCreatedFiles();

    QString m_path;
    QString m_keyDir;
    std::shared_ptr<const core::Clock> m_clock;
    QString m_desk;
    std::shared_ptr<storage::Database> m_database;
    std::optional<ServiceDeps> m_deps;
    std::optional<core::Actor> m_administrator;
    int m_demoResidents = 0;
    QStringList m_createdDirectories;   // made by createDatabase(), removed again on failure
};

} // namespace cg::services
