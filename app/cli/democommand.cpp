// demo: seeds a realistic compound — residents (DemoSeeder) and about two
// years of consent, credential and door activity (DemoActivitySeeder).
#include "cli/commands.h"

#include "core/actor.h"
#include "core/clock.h"
#include "security/keyring.h"
#include "security/passwordhasher.h"
#include "services/audittrail.h"
#include "services/enrolmentservice.h"
#include "services/noticeservice.h"
#include "services/residentidcodec.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "storage/demoactivityseeder.h"
#include "storage/demoseeder.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonObject>
#include <QLocale>

namespace cg::cli {

namespace {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cg::cli::DemoCommand)
};

// Publishing notices "in the past" for the demo history: the notice records
// the time its service's clock gives.
class FixedClock final : public core::Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime nowUtc() const override { return m_at; }

private:
    QDateTime m_at;
};

constexpr int kDays = 730;

// The demo's notice history: an earlier version covering gates and building
// entrances, then the shipped notice, which adds the lifts (a change of
// purpose, so everyone who had agreed is asked again).
core::Result<std::pair<storage::DemoActivitySeeder::Notice, storage::DemoActivitySeeder::Notice>>
demoNotices(const services::ServiceDeps& deps, const QDateTime& now)
{
    services::NoticeService current(deps);
    auto versions = current.versions();
    if (!versions)
        return versions.error();
    if (!versions->isEmpty()) {
        // An existing database keeps its notices: its first and newest versions.
        const auto& first = versions->first();
        const auto& last = versions->last();
        return std::pair{storage::DemoActivitySeeder::Notice{first.hash, first.publishedAt},
                         storage::DemoActivitySeeder::Notice{last.hash, last.publishedAt}};
    }
    core::NoticeContent earlier = services::NoticeService::defaultNotice();
    earlier.setField(QStringLiteral("zh_CN"), core::NoticeField::Purpose,
                     QStringLiteral("仅用于在您有权通行的小区大门和您所在楼栋的单元门处，通过识别您的人脸为您开门或放行。\n"
                                    "不用于任何其他目的：不做营销，不追踪您的行踪，不做考勤或评价，不向任何第三方提供"
                                    "（法律法规另有规定的除外）。"));
    earlier.setField(QStringLiteral("en"), core::NoticeField::Purpose,
                     QStringLiteral("Only to open, for you, the compound gates and the entrances of your building, by "
                                    "recognising your face at those doors.\nNothing else: no marketing, no tracking of "
                                    "where you go, no attendance or assessment, and no sharing with anyone else unless a "
                                    "law requires it."));
    services::ServiceDeps past = deps;
    past.clock = std::make_shared<FixedClock>(now.addDays(-kDays - 1));
    auto first = services::NoticeService(past).publish(core::Actor::system(), earlier, 30);
    if (!first)
        return first.error();
    past.clock = std::make_shared<FixedClock>(now.addDays(-20));
    auto second = services::NoticeService(past).publish(core::Actor::system(), services::NoticeService::defaultNotice(), 30);
    if (!second)
        return second.error();
    return std::pair{storage::DemoActivitySeeder::Notice{first->version.hash, first->version.publishedAt},
                     storage::DemoActivitySeeder::Notice{second->version.hash, second->version.publishedAt}};
}

// The enrolment crop the demo stores (sealed like a real one): a plain grey
// square, never a face.
QByteArray placeholderCrop()
{
    QImage image(112, 112, QImage::Format_Grayscale8);
    image.fill(0xb0);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

Command demoCommand()
{
    Command c;
    c.name = QStringLiteral("demo");
    c.summary = DemoCommand::tr("Seed a realistic demo compound (creates the database if needed).");
    c.usage = QStringLiteral("demo --database PATH [--residents N] [--events N]");
    c.database = DatabaseNeed::CreateIfMissing;
    c.options = {QCommandLineOption(QStringLiteral("residents"), DemoCommand::tr("Number of residents (default 1500)."),
                                    QStringLiteral("N"), QStringLiteral("1500")),
                 QCommandLineOption(QStringLiteral("events"),
                                    DemoCommand::tr("Consent, credential and door events over the last two years "
                                                    "(default 0: residents only; about 10 per resident gives a lived-in compound)."),
                                    QStringLiteral("N"))};
    c.run = [](CommandContext& ctx) {
        bool ok = false;
        const int residents = ctx.parser.value(QStringLiteral("residents")).toInt(&ok);
        if (!ok || residents < 1) {
            ctx.err << DemoCommand::tr("error: --residents must be a positive whole number") << Qt::endl;
            return int(Usage);
        }
        qint64 events = 0;
        if (ctx.parser.isSet(QStringLiteral("events"))) {
            events = ctx.parser.value(QStringLiteral("events")).toLongLong(&ok);
            if (!ok || events < 0 || events > 100'000'000) {
                ctx.err << DemoCommand::tr("error: --events must be a whole number from 0 to 100,000,000") << Qt::endl;
                return int(Usage);
            }
        }
        storage::DemoSeeder seeder(ctx.database);
        storage::DemoSeeder::Options options;
        options.residents = residents;
        // Demo residents get sealed ID numbers exactly as the desk would store them.
        const services::ResidentIdCodec codec(ctx.deps->keys);
        options.sealIdNumber = [&codec](qint64 id, core::IdKind kind, const QString& number) {
            return codec.seal(id, kind, number);
        };
        const QLocale cLocale(QLocale::C);
        QElapsedTimer timer;
        timer.start();
        auto summary = seeder.seed(options);
        if (!summary)
            return reportError(summary.error(), ctx.err);
        ctx.out << DemoCommand::tr("Seeded %1 residents (%2 minors, %8 with ID numbers) in %3 units, %4 buildings, "
                                   "%5 compounds, %6 doors in %7 s.")
                       .arg(summary->residents)
                       .arg(summary->minors)
                       .arg(summary->units)
                       .arg(summary->buildings)
                       .arg(summary->compounds)
                       .arg(summary->doors)
                       .arg(cLocale.toString(timer.elapsed() / 1000.0, 'f', 2))
                       .arg(summary->idNumbers)
                << Qt::endl;
        if (events == 0) {
            // Without history every resident lacks a credential and a decision,
            // so the dashboard shows the whole compound in violation: say so.
            ctx.out << DemoCommand::tr("Residents only: no consent decisions, credentials or door events yet, so every "
                                       "resident counts as a coverage violation. Add --events N (about 10 per resident, "
                                       "e.g. --events %1) for a lived-in compound.")
                           .arg(qint64(residents) * 10)
                    << Qt::endl;
            return int(Done);
        }

        timer.restart();
        const QDateTime now = ctx.deps->clock->nowUtc();
        auto notices = demoNotices(*ctx.deps, now);
        if (!notices)
            return reportError(notices.error(), ctx.err);
        storage::DemoActivitySeeder activity(ctx.database);
        storage::DemoActivitySeeder::Options a;
        a.events = events;
        a.nowUtc = now;
        a.days = kDays;
        a.firstNotice = notices->first;
        a.currentNotice = notices->second;
        const QByteArray crop = placeholderCrop();
        const auto keys = ctx.deps->keys;
        a.sealCrop = [&crop, keys](qint64 enrolmentId, qint64 residentId) {
            return keys->seal(crop, services::EnrolmentService::cropAssociatedData(enrolmentId, residentId));
        };
        // One Argon2id hash for every demo PIN (hashing 10,000 PINs one by one would take minutes).
        a.pinHash = security::PasswordHasher::hashPeppered(QStringLiteral("135790"), keys->pinPepper());
        auto done = activity.seed(a);
        if (!done)
            return reportError(done.error(), ctx.err);
        {
            storage::Transaction tx(ctx.database->connection());
            const QJsonObject details{{QStringLiteral("residents"), summary->residents},
                                      {QStringLiteral("events"), done->total()}};
            if (auto s = ctx.deps->audit->record(core::Actor::system(), QStringLiteral("demo.seed"), QStringLiteral("database"),
                                                 ctx.database->uuid(), details);
                !s)
                return reportError(s.error(), ctx.err);
            if (auto s = tx.commit(); !s)
                return reportError(s.error(), ctx.err);
        }
        ctx.out << DemoCommand::tr("Seeded %1 events in %2 s: %3 consent decisions (%4 deletions, %5 device copies "
                                   "awaiting deletion, %6 re-consent marks), %7 face enrolments, %8 credentials issued "
                                   "and %9 reported lost, %10 door events; %11 cameras. Demo PINs are 135790.")
                       .arg(done->total())
                       .arg(cLocale.toString(timer.elapsed() / 1000.0, 'f', 2))
                       .arg(done->consentEvents)
                       .arg(done->deletions)
                       .arg(done->deviceCopiesPending)
                       .arg(done->reconsentMarks)
                       .arg(done->enrolments)
                       .arg(done->credentials)
                       .arg(done->credentialChanges)
                       .arg(done->doorEvents)
                       .arg(done->cameras)
                << Qt::endl;
        return int(Done);
    };
    return c;
}

} // namespace cg::cli
