#include "services/enrolmentservice.h"

#include "core/clock.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "services/consentservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QCoreApplication>

namespace cg::services {

namespace {

QByteArray cropAd(qint64 enrolmentId, qint64 residentId)
{
    return EnrolmentService::cropAssociatedData(enrolmentId, residentId);
}

} // namespace

QByteArray EnrolmentService::cropAssociatedData(qint64 enrolmentId, qint64 residentId)
{
    return QByteArrayLiteral("face_enrolment:") + QByteArray::number(enrolmentId) + QByteArrayLiteral(":resident:")
           + QByteArray::number(residentId);
}

EnrolmentService::EnrolmentService(ServiceDeps deps, std::shared_ptr<ConsentService> consent,
                                   std::shared_ptr<FaceQualityGate> gate)
    : m_deps(std::move(deps)), m_consent(std::move(consent)), m_gate(std::move(gate)), m_enrolments(m_deps.database)
{
}

FaceQualityGate::Verdict EnrolmentService::preview(const QImage& photo) const
{
    if (!m_gate) {
        FaceQualityGate::Verdict v;
        v.message = QCoreApplication::translate("cg::services::EnrolmentService", "No face detector is available.");
        return v;
    }
    return m_gate->check(photo);
}

core::Result<EnrolmentService::Outcome> EnrolmentService::enrol(const core::Actor& actor, qint64 residentId,
                                                                const QImage& photo, const QString& source)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::EnrolFace, QStringLiteral("resident"),
                                            QString::number(residentId));
        !s)
        return s.error();
    auto status = m_consent->status(residentId);
    if (!status)
        return status.error();
    if (!status->faceAllowed()) {
        // The rule is enforced here, not only by a disabled button.
        (void)m_deps.audit->record(actor, QStringLiteral("face.enrol_refused"), QStringLiteral("resident"),
                                   QString::number(residentId),
                                   {{QStringLiteral("consent"), core::consentStateKey(status->state)},
                                    {QStringLiteral("deletion_due"), status->deletionDue}});
        return core::Error::make(core::Error::Kind::PermissionDenied,
                                 QCoreApplication::translate("cg::services::EnrolmentService",
                                                             "Face enrolment needs the resident's active consent (now: %1).")
                                     .arg(core::consentStateName(status->state)),
                                 QStringLiteral("enrol.no_consent"));
    }
    const FaceQualityGate::Verdict verdict = preview(photo);
    if (!verdict.passed())
        return core::Error::invalid(verdict.checkKey(), verdict.message);

    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        verdict.crop.save(&buffer, "PNG");
    }
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto earlier = m_enrolments.purge(residentId);
    if (!earlier)
        return earlier.error();
    auto id = m_enrolments.nextEnrolmentId();
    if (!id)
        return id.error();
    Outcome outcome;
    outcome.verdict = verdict;
    outcome.replaced = earlier->images;
    outcome.info.id = id.value();
    outcome.info.residentId = residentId;
    outcome.info.consentEventId = status->last->id;
    outcome.info.width = verdict.crop.width();
    outcome.info.height = verdict.crop.height();
    outcome.info.quality = verdict.toJson();
    outcome.info.source = source;
    outcome.info.createdAt = m_deps.clock->nowUtc();
    outcome.info.createdBy = actor.name;
    if (auto s = m_enrolments.insertEnrolment(outcome.info, m_deps.keys->seal(png, cropAd(id.value(), residentId))); !s)
        return s.error();
    QJsonObject details = verdict.toJson();
    details.insert(QStringLiteral("enrolment_id"), id.value());
    details.insert(QStringLiteral("source"), source);
    details.insert(QStringLiteral("replaced"), outcome.replaced);
    if (auto s = m_deps.audit->record(actor, QStringLiteral("face.enrolled"), QStringLiteral("resident"),
                                      QString::number(residentId), details);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

core::Result<QList<storage::FaceEnrolmentInfo>> EnrolmentService::enrolments(const core::Actor& actor, qint64 residentId)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ViewResidents); !s)
        return s.error();
    return m_enrolments.enrolments(residentId);
}

core::Result<QImage> EnrolmentService::crop(const core::Actor& actor, qint64 enrolmentId)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::EnrolFace, QStringLiteral("face_enrolment"),
                                            QString::number(enrolmentId));
        !s)
        return s.error();
    auto sealed = m_enrolments.sealedCrop(enrolmentId);
    if (!sealed)
        return sealed.error();
    if (sealed->isEmpty())
        return core::Error::make(core::Error::Kind::NotFound,
                                 QCoreApplication::translate("cg::services::EnrolmentService", "This enrolment no longer exists."));
    // The resident id is part of the associated data.
    auto info = m_enrolments.enrolmentById(enrolmentId);
    if (!info)
        return info.error();
    auto opened = m_deps.keys->open(sealed.value(), cropAd(enrolmentId, info->residentId));
    if (!opened)
        return opened.error();
    if (auto s = m_deps.audit->record(actor, QStringLiteral("face.read_enrolment"), QStringLiteral("face_enrolment"),
                                      QString::number(enrolmentId));
        !s)
        return s.error();
    return QImage::fromData(opened.value(), "PNG");
}

core::Result<int> EnrolmentService::peopleWithFaceData() const
{
    return m_enrolments.countEnrolledResidents();
}

} // namespace cg::services
