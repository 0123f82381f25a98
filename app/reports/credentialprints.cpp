#include "reports/credentialprints.h"

#include <QCoreApplication>

namespace cg::reports {

namespace {
QString place(const core::Credential& c, const QString& compoundName)
{
    return compoundName.isEmpty() ? c.buildingName : compoundName + QStringLiteral(" · ") + c.buildingName;
}
} // namespace

QString validityText(const core::Credential& c, bool withTime)
{
    const QString format = withTime ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd");
    const QDateTime to = c.validTo.toLocalTime();
    // The stored end is exclusive (midnight after the last day); people read
    // the last day on which it still works.
    const QString last = withTime ? to.toString(format) : to.addSecs(-1).toString(format);
    if (!c.validTo.isValid())
        return QCoreApplication::translate("cg::reports::CredentialPrints", "No end date");
    if (withTime)
        return QCoreApplication::translate("cg::reports::CredentialPrints", "Valid %1 – %2")
            .arg(c.validFrom.toLocalTime().toString(format), last);
    return QCoreApplication::translate("cg::reports::CredentialPrints", "Valid until %1").arg(last);
}

Badge credentialBadge(const core::Credential& c, const QString& secret, const QString& compoundName)
{
    Badge b;
    const bool visitor = c.type == core::CredentialType::VisitorPass;
    b.title = visitor ? QCoreApplication::translate("cg::reports::CredentialPrints", "Visitor pass 访客通行证")
                      : QCoreApplication::translate("cg::reports::CredentialPrints", "Resident QR pass 住户二维码");
    b.name = visitor ? c.visitorName : c.residentName;
    b.unit = visitor ? QCoreApplication::translate("cg::reports::CredentialPrints", "Visiting %1, %2").arg(c.residentName, c.unitLabel)
                     : c.unitLabel;
    b.place = place(c, compoundName);
    b.validity = validityText(c, visitor);
    b.payload = secret;
    b.reference = QCoreApplication::translate("cg::reports::CredentialPrints", "No. %1 · issued %2")
                      .arg(c.id)
                      .arg(c.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    return b;
}

PinSlip credentialPinSlip(const core::Credential& c, const QString& pin, const QString& compoundName)
{
    return {c.residentName, c.unitLabel, place(c, compoundName), pin, validityText(c)};
}

} // namespace cg::reports
