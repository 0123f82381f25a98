// credential verify | issue | expire | coverage | doors: door-side checks and
// batch work on non-biometric credentials from scripts.
#include "cli/commands.h"

#include "core/actor.h"
#include "core/clock.h"
#include "reports/badgesheet.h"
#include "reports/credentialprints.h"
#include "reports/pinslip.h"
#include "services/coverageservice.h"
#include "services/credentialservice.h"
#include "services/servicedeps.h"
#include "services/verificationservice.h"
#include "storage/accessrepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cg::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cg::cli::CredentialCommands)
};

const QString kUsage = QStringLiteral(
    "credential verify --database PATH --door DOOR (--card NUMBER | --qr TOKEN | --unit UNIT --pin-file FILE"
    " | --card NUMBER --pin-file FILE)\n"
    "  consentgate credential issue --database PATH --type qr --building BUILDING --out BADGES.pdf [--only-uncovered]"
    " [--valid-to YYYY-MM-DD]\n"
    "  consentgate credential issue --database PATH --resident ID --type card|pin|qr|visitor [--card NUMBER]"
    " [--visitor NAME --hours N] [--valid-to YYYY-MM-DD] [--out FILE.pdf] [--show-secret]\n"
    "  consentgate credential expire|coverage|doors --database PATH");

int usage(CommandContext& ctx, const QString& problem)
{
    ctx.err << Text::tr("error: %1").arg(problem) << Qt::endl << QStringLiteral("usage: consentgate ") << kUsage << Qt::endl;
    return int(Usage);
}

int runVerify(CommandContext& ctx)
{
    const QCommandLineParser& p = ctx.parser;
    const QString doorArg = p.value(QStringLiteral("door"));
    if (doorArg.isEmpty())
        return usage(ctx, Text::tr("--door is required"));
    services::VerificationService verifier(*ctx.deps);
    auto door = verifier.findDoor(doorArg);
    if (!door)
        return reportError(door.error(), ctx.err);
    if (!door->has_value())
        return usage(ctx, Text::tr("there is no door “%1” (see: consentgate credential doors)").arg(doorArg));

    services::Presented presented;
    const bool card = p.isSet(QStringLiteral("card"));
    const bool qr = p.isSet(QStringLiteral("qr"));
    const bool unit = p.isSet(QStringLiteral("unit"));
    const bool pinFile = p.isSet(QStringLiteral("pin-file"));
    if (int(card) + int(qr) + int(unit) != 1)
        return usage(ctx, Text::tr("give exactly one of --card, --qr or --unit"));
    if (unit && !pinFile)
        return usage(ctx, Text::tr("--unit needs --pin-file (a PIN is never checked without the unit or a card)"));
    if (qr && pinFile)
        return usage(ctx, Text::tr("--pin-file goes with --unit or --card"));
    QString pin;
    if (pinFile) {
        auto secret = readSecret(p.value(QStringLiteral("pin-file")));
        if (!secret)
            return reportError(secret.error(), ctx.err);
        pin = secret.value();
    }
    if (card)
        presented = pinFile ? services::Presented::cardPin(p.value(QStringLiteral("card")), pin)
                            : services::Presented::card(p.value(QStringLiteral("card")));
    else if (qr)
        presented = services::Presented::qr(p.value(QStringLiteral("qr")));
    else
        presented = services::Presented::unitPin(p.value(QStringLiteral("unit")), pin);

    auto v = verifier.verify(presented, (*door)->id);
    if (!v)
        return reportError(v.error(), ctx.err);
    if (v->allowed) {
        const QString who = v->visitorName.isEmpty()
                                ? v->residentName
                                : Text::tr("%1 (visitor of %2)").arg(v->visitorName, v->residentName);
        ctx.out << Text::tr("ALLOWED at %1: %2, unit %3 (resident %4, %5 #%6)")
                       .arg(v->door.name, who, v->unitLabel)
                       .arg(v->residentId)
                       .arg(core::credentialTypeName(v->credentialType))
                       .arg(v->credentialId)
                << Qt::endl;
        return int(Done);
    }
    ctx.out << Text::tr("DENIED at %1: %2 (%3)")
                   .arg(v->door.name, services::verificationReasonText(v->reason), services::verificationReasonKey(v->reason))
            << Qt::endl;
    return int(Failed);
}

// End of the given day in local time (exclusive bound: midnight after it).
core::Result<QDateTime> parseValidTo(const QString& text)
{
    if (text.isEmpty())
        return QDateTime();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return core::Error::invalid(QStringLiteral("valid-to"), Text::tr("“%1” is not a date (YYYY-MM-DD).").arg(text));
    return QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
}

int writeBadges(CommandContext& ctx, const QList<services::IssuedCredential>& issued, const QString& out)
{
    QList<reports::Badge> badges;
    for (const auto& one : issued)
        badges.append(reports::credentialBadge(one.credential, one.secret, one.holder.compoundName));
    reports::BadgeSheet sheet(badges, Text::tr("QR badges"));
    if (auto s = sheet.writePdf(out); !s)
        return reportError(s.error(), ctx.err);
    ctx.out << Text::tr("%1 badge(s) on %2 page(s) written to %3.")
                   .arg(badges.size())
                   .arg(sheet.pageCount())
                   .arg(QFileInfo(out).absoluteFilePath())
            << Qt::endl;
    return int(Done);
}

int runIssue(CommandContext& ctx)
{
    const QCommandLineParser& p = ctx.parser;
    const core::Actor actor = core::Actor::system();
    services::CredentialService service(*ctx.deps);
    auto validTo = parseValidTo(p.value(QStringLiteral("valid-to")));
    if (!validTo)
        return reportError(validTo.error(), ctx.err);
    const QString typeKey = p.value(QStringLiteral("type"));
    const auto type = core::credentialTypeFromKey(typeKey);
    if (!type)
        return usage(ctx, Text::tr("--type must be card, pin, qr or visitor"));
    const QString out = p.value(QStringLiteral("out"));

    if (p.isSet(QStringLiteral("building"))) {
        if (*type != core::CredentialType::Qr)
            return usage(ctx, Text::tr("batch issue for a building makes QR credentials (--type qr)"));
        if (out.isEmpty())
            return usage(ctx, Text::tr("--out BADGES.pdf is required: the QR codes exist only on that sheet"));
        storage::AccessRepository access(ctx.database);
        auto building = access.findBuilding(p.value(QStringLiteral("building")));
        if (!building)
            return reportError(building.error(), ctx.err);
        if (!building->has_value())
            return usage(ctx, Text::tr("there is no building “%1”").arg(p.value(QStringLiteral("building"))));
        auto issued = service.issueQrForBuilding(actor, (*building)->id, validTo.value(),
                                                 p.isSet(QStringLiteral("only-uncovered")));
        if (!issued)
            return reportError(issued.error(), ctx.err);
        ctx.out << Text::tr("Issued %1 QR credential(s) for %2 %3.")
                       .arg(issued->size())
                       .arg((*building)->compoundName, (*building)->name)
                << Qt::endl;
        if (issued->isEmpty())
            return int(Done);
        return writeBadges(ctx, issued.value(), out);
    }

    bool ok = false;
    services::IssueRequest request;
    request.residentId = p.value(QStringLiteral("resident")).toLongLong(&ok);
    if (!ok)
        return usage(ctx, Text::tr("give --resident ID or --building BUILDING"));
    request.type = *type;
    request.cardNumber = p.value(QStringLiteral("card"));
    request.visitorName = p.value(QStringLiteral("visitor"));
    request.validTo = validTo.value();
    if (*type == core::CredentialType::VisitorPass) {
        const int hours = p.value(QStringLiteral("hours")).toInt();
        if (hours < 1)
            return usage(ctx, Text::tr("a visitor pass needs --hours N (1 or more)"));
        request.validTo = ctx.deps->clock->nowUtc().addSecs(qint64(hours) * 3600);
    }
    auto issued = service.issue(actor, request);
    if (!issued)
        return reportError(issued.error(), ctx.err);
    const core::Credential& c = issued->credential;
    ctx.out << Text::tr("Issued %1 #%2 to %3 (%4), %5.")
                   .arg(core::credentialTypeName(c.type))
                   .arg(c.id)
                   .arg(c.residentName, c.unitLabel, reports::validityText(c, c.type == core::CredentialType::VisitorPass))
            << Qt::endl;
    if (issued->card)
        ctx.out << Text::tr("Card: decimal %1, hex %2, Wiegand-26 %3")
                       .arg(issued->card->decimal(), issued->card->hex(),
                            issued->card->fitsWiegand26() ? issued->card->wiegand26() : Text::tr("n/a"))
                << Qt::endl;
    if (c.type == core::CredentialType::Pin)
        ctx.out << Text::tr("PIN (shown only now): %1").arg(issued->secret) << Qt::endl;
    else if (!issued->secret.isEmpty() && p.isSet(QStringLiteral("show-secret")))
        ctx.out << Text::tr("QR payload (shown only now): %1").arg(issued->secret) << Qt::endl;
    if (!out.isEmpty() && c.type == core::CredentialType::Pin) {
        auto doc = reports::buildPinSlips({reports::credentialPinSlip(c, issued->secret, issued->holder.compoundName)},
                                          reports::PdfDocument::Format::A4Portrait, actor.name, ctx.deps->clock->nowUtc());
        if (auto s = doc->writePdf(out); !s)
            return reportError(s.error(), ctx.err);
        ctx.out << Text::tr("PIN slip written to %1.").arg(QFileInfo(out).absoluteFilePath()) << Qt::endl;
    } else if (!out.isEmpty() && !issued->secret.isEmpty()) {
        return writeBadges(ctx, {issued.value()}, out);
    }
    return int(Done);
}

int runExpire(CommandContext& ctx)
{
    services::CredentialService service(*ctx.deps);
    auto expired = service.expireDue(core::Actor::system());
    if (!expired)
        return reportError(expired.error(), ctx.err);
    ctx.out << Text::tr("%1 credential(s) expired.").arg(expired.value()) << Qt::endl;
    return int(Done);
}

int runCoverage(CommandContext& ctx)
{
    services::CoverageService coverage(*ctx.deps);
    const core::Actor actor = core::Actor::system();
    auto count = coverage.violationCount(actor);
    if (!count)
        return reportError(count.error(), ctx.err);
    ctx.out << Text::tr("Coverage violations: %1 resident(s) without face consent lack a usable card, PIN or QR code "
                        "for some door they may use.")
                   .arg(count.value())
            << Qt::endl;
    const int limit = ctx.parser.value(QStringLiteral("list")).toInt();
    if (limit > 0) {
        auto list = coverage.violations(actor, limit);
        if (!list)
            return reportError(list.error(), ctx.err);
        for (const auto& v : list.value())
            ctx.out << v.residentId << QLatin1Char('\t') << v.name << QLatin1Char('\t') << v.buildingName
                    << QLatin1Char('\t') << v.unitLabel << Qt::endl;
    }
    return count.value() == 0 ? int(Done) : int(Failed);
}

int runDoors(CommandContext& ctx)
{
    storage::AccessRepository access(ctx.database);
    auto doors = access.allDoors();
    if (!doors)
        return reportError(doors.error(), ctx.err);
    for (const core::Door& d : doors.value())
        ctx.out << d.id << QLatin1Char('\t') << d.name << QLatin1Char('\t') << core::doorKindName(d.kind) << Qt::endl;
    return int(Done);
}

} // namespace

Command credentialCommand()
{
    Command c;
    c.name = QStringLiteral("credential");
    c.summary = Text::tr("Verify a card, QR code or PIN at a door (exit 0 allowed, 1 denied); issue credentials "
                         "and QR badge sheets; expire; coverage.");
    c.usage = kUsage;
    c.database = DatabaseNeed::Existing;
    c.needsGui = true;   // badge sheets and PIN slips are drawn (offscreen)
    c.guiSubcommands = {QStringLiteral("issue")};
    const QString n = QStringLiteral("N");
    c.options = {
        QCommandLineOption(QStringLiteral("door"), Text::tr("Door id or exact name."), QStringLiteral("DOOR")),
        QCommandLineOption(QStringLiteral("card"), Text::tr("Card number (decimal, hex 0x…, or facility:card)."),
                           QStringLiteral("NUMBER")),
        QCommandLineOption(QStringLiteral("qr"), Text::tr("QR payload as scanned."), QStringLiteral("TOKEN")),
        QCommandLineOption(QStringLiteral("unit"), Text::tr("Unit number typed before a PIN."), QStringLiteral("UNIT")),
        QCommandLineOption(QStringLiteral("pin-file"), Text::tr("File holding the PIN (- for standard input)."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("type"), Text::tr("card, pin, qr or visitor."), QStringLiteral("TYPE")),
        QCommandLineOption(QStringLiteral("resident"), Text::tr("Resident id."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("building"), Text::tr("Building id or name (batch QR)."), QStringLiteral("BUILDING")),
        QCommandLineOption(QStringLiteral("only-uncovered"), Text::tr("Batch: only residents without a usable credential.")),
        QCommandLineOption(QStringLiteral("valid-to"), Text::tr("Last valid day."), QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("visitor"), Text::tr("Visitor's name."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("hours"), Text::tr("Visitor pass validity in hours."), n),
        QCommandLineOption(QStringLiteral("out"), Text::tr("PDF to write (badges or PIN slip)."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("show-secret"), Text::tr("Also print a QR payload on standard output.")),
        QCommandLineOption(QStringLiteral("list"), Text::tr("coverage: list up to N residents."), n),
    };
    c.run = [](CommandContext& ctx) {
        const QString sub = ctx.positional.value(0);
        if (ctx.positional.size() != 1)
            return usage(ctx, Text::tr("give one subcommand: verify, issue, expire, coverage or doors"));
        if (sub == QLatin1String("verify"))
            return runVerify(ctx);
        if (sub == QLatin1String("issue"))
            return runIssue(ctx);
        if (sub == QLatin1String("expire"))
            return runExpire(ctx);
        if (sub == QLatin1String("coverage"))
            return runCoverage(ctx);
        if (sub == QLatin1String("doors"))
            return runDoors(ctx);
        return usage(ctx, Text::tr("unknown subcommand “%1”").arg(sub));
    };
    return c;
}

} // namespace cg::cli
