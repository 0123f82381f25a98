#include "services/firstrunsetup.h"

#include "security/keyring.h"
#include "services/noticeservice.h"
#include "services/residentidcodec.h"
#include "services/signinservice.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "storage/demoseeder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cg::services {

namespace {

// The folders mkpath() would create for `path`, outermost first.
QStringList missingDirectories(const QString& path)
{
    QStringList missing;
    QDir dir(QFileInfo(path).absoluteFilePath());
    while (!dir.exists()) {
        missing.prepend(dir.absolutePath());
        if (!dir.cdUp())
            break;
    }
    return missing;
}

} // namespace

FirstRunSetup::FirstRunSetup(QString databasePath, QString keyDir, std::shared_ptr<const core::Clock> clock,
                             QString desk)
    : m_path(std::move(databasePath)), m_keyDir(std::move(keyDir)), m_clock(std::move(clock)), m_desk(std::move(desk))
{
}

FirstRunSetup::~FirstRunSetup() = default;

QString FirstRunSetup::keyDirectory() const
{
    return m_keyDir.isEmpty() ? security::Keyring::defaultDirectory() : m_keyDir;
}

core::Status FirstRunSetup::openExisting(const QString& path)
{
    auto opened = storage::Database::open(path);
    if (!opened)
        return opened.error();
    auto deps = ServiceDeps::build(opened.value(), m_keyDir, m_clock);
    if (!deps)
        return deps.error();
    m_path = path;
    m_database = opened.value();
    m_deps = std::move(deps.value());
    return {};
}

core::Result<bool> FirstRunSetup::needsAdministrator() const
{
    if (!m_deps)
        return true;
    auto has = UserService(*m_deps).hasUsers();
    if (!has)
        return has.error();
    return !has.value();
}

bool FirstRunSetup::asksForCompany() const
{
    if (!m_deps)
        return true;
    auto current = NoticeService(*m_deps).current();
    return !current || !current->has_value() || (*current)->content == NoticeService::defaultNotice();
}

core::Status FirstRunSetup::run(const FirstRunAnswers& answers)
{
    // Everything the user typed is checked before anything is written.
    const bool company = asksForCompany();
    if (company) {
        if (auto valid = answers.company.validate(); !valid)
            return valid;
    }
    if (auto valid = UserService::validateName(answers.adminName); !valid)
        return valid;
    if (auto valid = UserService::validatePassword(answers.adminPassword, answers.adminName); !valid)
        return valid;
    if (answers.demoResidents < 0 || answers.demoResidents > 20000)
        return core::Error::invalid(QStringLiteral("demo_residents"),
                                    tr("Demo compound: choose between 0 and 20,000 residents."));

    const bool creating = !isOpen();
    if (creating) {
        if (auto created = createDatabase(); !created)
            return created;
    }
    auto filled = fill(answers, company);
    if (!filled && creating)
        removeCreatedFiles();
    // run() is done with this thread (the wizard's worker); the console reads
    // the database on its own thread's connection.
    if (m_database)
        m_database->releaseThreadConnection();
    return filled;
}

core::Status FirstRunSetup::createDatabase()
{
    if (QFileInfo::exists(m_path))
        return core::Error::make(core::Error::Kind::Conflict,
                                 tr("A file already exists at %1; it was not changed. Open it instead, or choose "
                                    "another place for the new database.")
                                     .arg(QDir::toNativeSeparators(m_path)),
                                 QStringLiteral("setup.exists"));
    m_createdDirectories = missingDirectories(QFileInfo(m_path).absolutePath());
    for (const QString& dir : missingDirectories(keyDirectory())) {
        if (!m_createdDirectories.contains(dir))
            m_createdDirectories.append(dir);
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        const QString folder = QDir::toNativeSeparators(QFileInfo(m_path).absolutePath());
        removeCreatedFiles();
        return core::Error::make(core::Error::Kind::Io, tr("The folder %1 could not be created.").arg(folder));
    }
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::CreateIfMissing;
    auto opened = storage::Database::open(m_path, options);
    if (!opened) {
        removeCreatedFiles();
        return opened.error();
    }
    m_database = opened.value();
    auto deps = ServiceDeps::build(m_database, m_keyDir, m_clock);
    if (!deps) {
        removeCreatedFiles();
        return deps.error();
    }
    m_deps = std::move(deps.value());
    return {};
}

core::Status FirstRunSetup::fill(const FirstRunAnswers& answers, bool company)
{
    UserService users(*m_deps);
    auto created = users.createFirstAdministrator(core::Actor::system(), answers.adminName,
                                                  answers.adminDisplayName.trimmed(), answers.adminPassword);
    if (!created)
        return created.error();
    auto actor = SignInService(*m_deps).signIn(created->name, answers.adminPassword, m_desk);
    if (!actor)
        return actor.error();

    if (company) {
        // Published by the new administrator, so the audit log says who wrote it.
        auto published = NoticeService(*m_deps).setProcessorDetails(actor.value(), answers.company);
        if (!published)
            return published.error();
    }

    if (answers.demoResidents > 0) {
        storage::DemoSeeder::Options options;
        options.residents = answers.demoResidents;
        options.today = m_clock->todayLocal();
        // Demo residents get sealed ID numbers exactly as the desk would store them.
        const ResidentIdCodec codec(m_deps->keys);
        options.sealIdNumber = [&codec](qint64 id, core::IdKind kind, const QString& number) {
            return codec.seal(id, kind, number);
        };
        auto seeded = storage::DemoSeeder(m_database).seed(options);
        if (!seeded)
            return seeded.error();
        m_demoResidents = seeded->residents;
    }
    m_administrator = actor.value();
    return {};
}

void FirstRunSetup::removeCreatedFiles()
{
    const QString uuid = m_database ? m_database->uuid() : QString();
    // Close every connection before the files go.
    m_deps.reset();
    m_database.reset();
    m_administrator.reset();
    m_demoResidents = 0;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_path + QLatin1String(suffix));
    if (!uuid.isEmpty()) {
        QDir keys(keyDirectory());
        for (const QString& file : keys.entryList({uuid + QStringLiteral(".*")}, QDir::Files))
            keys.remove(file);
    }
    // Innermost first; rmdir() leaves a folder that is not empty.
    for (auto it = m_createdDirectories.crbegin(); it != m_createdDirectories.crend(); ++it)
        QDir().rmdir(*it);
    m_createdDirectories.clear();
}

} // namespace cg::services
