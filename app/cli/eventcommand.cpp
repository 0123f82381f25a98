// `consentgate event`: a credential presented at a door (from a reader
// bridge or by hand). It goes through the verification service, which writes
// the credential event the live view's door panel shows. Never a face.
#include "cli/commands.h"

#include "services/deviceservice.h"
#include "services/verificationservice.h"
#include "storage/devicerepository.h"

#include <QCoreApplication>

namespace cg::cli {

Command eventCommand()
{
    Command c;
    c.name = QStringLiteral("event");
    c.summary = QCoreApplication::translate("cg::cli::EventCommand", "Present a card, QR code or PIN at a door and print the decision.");
    c.usage = QStringLiteral("event --door ID|NAME (--card NUMBER | --qr-file FILE | --unit LABEL --pin-file FILE)");
    c.database = DatabaseNeed::Existing;
    c.options = {
        QCommandLineOption(QStringLiteral("door"), QCoreApplication::translate("cg::cli::EventCommand", "Door, gate or lift (id or exact name)."), QStringLiteral("DOOR")),
        QCommandLineOption(QStringLiteral("card"), QCoreApplication::translate("cg::cli::EventCommand", "Card number as the reader sends it."), QStringLiteral("NUMBER")),
        QCommandLineOption(QStringLiteral("qr-file"), QCoreApplication::translate("cg::cli::EventCommand", "File with the scanned QR payload (- for standard input)."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("unit"), QCoreApplication::translate("cg::cli::EventCommand", "Unit label for a PIN entry, e.g. 3-1502."), QStringLiteral("LABEL")),
        QCommandLineOption(QStringLiteral("pin-file"), QCoreApplication::translate("cg::cli::EventCommand", "File with the PIN (- for standard input); with --unit or --card."), QStringLiteral("FILE")),
    };
    c.run = [](CommandContext& ctx) {
        const QCommandLineParser& p = ctx.parser;
        if (!p.isSet(QStringLiteral("door"))) {
            ctx.err << QCoreApplication::translate("cg::cli::EventCommand", "error: --door is required") << Qt::endl;
            return int(Usage);
        }
        services::Presented presented;
        const bool pin = p.isSet(QStringLiteral("pin-file"));
        QString pinValue;
        if (pin) {
            auto secret = readSecret(p.value(QStringLiteral("pin-file")));
            if (!secret)
                return reportError(secret.error(), ctx.err);
            pinValue = secret.value();
        }
        if (p.isSet(QStringLiteral("card"))) {
            presented = pin ? services::Presented::cardPin(p.value(QStringLiteral("card")), pinValue)
                            : services::Presented::card(p.value(QStringLiteral("card")));
        } else if (p.isSet(QStringLiteral("qr-file"))) {
            auto payload = readSecret(p.value(QStringLiteral("qr-file")));
            if (!payload)
                return reportError(payload.error(), ctx.err);
            presented = services::Presented::qr(payload.value().trimmed());
        } else if (p.isSet(QStringLiteral("unit")) && pin) {
            presented = services::Presented::unitPin(p.value(QStringLiteral("unit")), pinValue);
        } else {
            ctx.err << QCoreApplication::translate("cg::cli::EventCommand", "error: give --card, --qr-file, or --unit with --pin-file")
                    << Qt::endl;
            return int(Usage);
        }
        services::VerificationService verifier(*ctx.deps);
        auto door = verifier.findDoor(p.value(QStringLiteral("door")));
        if (!door)
            return reportError(door.error(), ctx.err);
        if (!door->has_value()) {
            ctx.err << QCoreApplication::translate("cg::cli::EventCommand", "error: no door “%1”").arg(p.value(QStringLiteral("door")))
                    << Qt::endl;
            return int(Usage);
        }
        auto verdict = verifier.verify(presented, door->value().id);
        if (!verdict)
            return reportError(verdict.error(), ctx.err);
        // Describe it exactly as the door panel does, from the stored event.
        storage::DeviceRepository devices(ctx.database);
        auto events = devices.eventsAt(door->value().id, verdict->eventId - 1, 1);
        if (events && !events->isEmpty())
            ctx.out << door->value().name << QStringLiteral(": ") << services::DeviceService::describe(events->first()) << Qt::endl;
        return verdict->allowed ? int(Done) : int(Failed);
    };
    return c;
}

} // namespace cg::cli
