// audit verify: checks the HMAC chain and the chain head of a database.
#include "cli/commands.h"

#include "services/audittrail.h"
#include "services/servicedeps.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace cg::cli {

namespace {
// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller, which breaks easily).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::cli)
};
} // namespace

Command auditCommand()
{
    Command c;
    c.name = QStringLiteral("audit");
    c.summary = Tr::tr("Verify the tamper-evident audit log (exit 0 intact, 1 broken).");
    c.usage = QStringLiteral("audit verify --database PATH [--key-dir DIR]");
    c.database = DatabaseNeed::Existing;
    c.run = [](CommandContext& ctx) {
        if (ctx.positional.value(0) != QLatin1String("verify") || ctx.positional.size() != 1) {
            ctx.err << Tr::tr("usage: consentgate audit verify --database PATH [--key-dir DIR]") << Qt::endl;
            return int(Usage);
        }
        auto result = ctx.deps->audit->verify();
        if (!result)
            return reportError(result.error(), ctx.err);
        const services::AuditVerification& v = result.value();
        if (!v.intact) {
            ctx.err << Tr::tr("Audit log BROKEN at entry #%1: %2").arg(v.brokenId).arg(v.problem) << Qt::endl;
            ctx.err << Tr::tr("%1 entries before it are intact.").arg(qMax<qint64>(0, v.entries - 1)) << Qt::endl;
            return int(Failed);
        }
        ctx.out << Tr::tr("Audit log intact: %1 entries checked, newest #%2.").arg(v.entries).arg(v.lastId) << Qt::endl;
        if (v.headFound)
            ctx.out << Tr::tr("Chain head #%1 (kept in the key folder) confirmed.").arg(v.headId) << Qt::endl;
        if (!v.warning.isEmpty())
            ctx.err << Tr::tr("warning: %1").arg(v.warning) << Qt::endl;
        return int(Done);
    };
    return c;
}

} // namespace cg::cli
