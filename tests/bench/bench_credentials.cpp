// Credential figures at compound scale: the coverage query over 100,000
// residents, and door-side verify() latency for a card, a QR code and a
// unit + PIN (Argon2id). Prints figures; not a pass/fail test.
#include "core/actor.h"
#include "core/clock.h"
#include "services/coverageservice.h"
#include "services/credentialservice.h"
#include "services/servicedeps.h"
#include "services/verificationservice.h"
#include "storage/accessrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace cg;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int residents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    QTemporaryDir dir;
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::CreateIfMissing;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("bench.sqlite")), options);
    if (!db)
        return 1;
    QElapsedTimer t;
    t.start();
    storage::DemoSeeder::Options seedOptions;
    seedOptions.residents = residents;
    auto seeded = storage::DemoSeeder(db.value()).seed(seedOptions);
    if (!seeded)
        return 1;
    out << "seeded " << seeded->residents << " residents, " << seeded->buildings << " buildings in " << t.elapsed()
        << " ms" << Qt::endl;
    auto deps = services::ServiceDeps::build(db.value(), dir.filePath(QStringLiteral("keys")),
                                             std::make_shared<core::SystemClock>());
    if (!deps)
        return 1;
    const core::Actor actor = core::Actor::system();
    services::CredentialService credentials(deps.value());
    services::CoverageService coverage(deps.value());
    services::VerificationService verifier(deps.value());

    // A realistic mix: QR badges for the first 20 buildings, a card and a PIN.
    t.restart();
    int issued = 0;
    for (qint64 building = 1; building <= 20; ++building) {
        auto batch = credentials.issueQrForBuilding(actor, building, {}, false);
        if (batch)
            issued += int(batch->size());
    }
    out << "batch-issued " << issued << " QR credentials in " << t.elapsed() << " ms ("
        << (issued ? double(t.elapsed()) / issued : 0) << " ms each, audited)" << Qt::endl;
    services::IssueRequest cardReq;
    cardReq.residentId = 1;
    cardReq.type = core::CredentialType::Card;
    cardReq.cardNumber = QStringLiteral("0012345678");
    auto card = credentials.issue(actor, cardReq);
    services::IssueRequest pinReq;
    pinReq.residentId = 1;
    pinReq.type = core::CredentialType::Pin;
    auto pin = credentials.issue(actor, pinReq);
    services::IssueRequest qrReq;
    qrReq.residentId = 1;
    qrReq.type = core::CredentialType::Qr;
    auto qr = credentials.issue(actor, qrReq);
    if (!card || !pin || !qr)
        return 1;

    QList<double> counts;
    int violations = 0;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        violations = coverage.violationCount(actor).value();
        counts << t.nsecsElapsed() / 1e6;
    }
    t.restart();
    auto firstPage = coverage.violations(actor, 200);
    const double pageMs = t.nsecsElapsed() / 1e6;
    t.restart();
    auto refreshed = coverage.refreshAll();
    const double refreshMs = t.nsecsElapsed() / 1e6;
    out << "coverage at " << residents << " residents: " << violations << " violations; count median "
        << median(counts) << " ms, first 200 " << pageMs << " ms, residents.credential_coverage refresh " << refreshMs
        << " ms (" << (refreshed ? refreshed.value() : -1) << " rows)" << Qt::endl;

    storage::AccessRepository access(db.value());
    auto holder = access.holder(1);
    const qint64 gate = access.doorsOfCompound(holder->compoundId)->first().id;
    auto timeVerify = [&](const services::Presented& p, int n) {
        QList<double> ms;
        bool allowed = true;
        for (int i = 0; i < n; ++i) {
            t.restart();
            auto v = verifier.verify(p, gate);
            ms << t.nsecsElapsed() / 1e6;
            allowed = allowed && v && v->allowed;
        }
        return qMakePair(median(ms), allowed);
    };
    const auto cardMs = timeVerify(services::Presented::card(QStringLiteral("188:24910")), 50);
    const auto qrMs = timeVerify(services::Presented::qr(qr->secret), 50);
    const auto pinMs = timeVerify(services::Presented::unitPin(holder->unitLabel, pin->secret), 10);
    out << "verify() median incl. event write: card " << cardMs.first << " ms, QR " << qrMs.first << " ms, unit+PIN "
        << pinMs.first << " ms (Argon2id); all allowed: " << (cardMs.second && qrMs.second && pinMs.second) << Qt::endl;
    return 0;
}
