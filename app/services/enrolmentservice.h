#pragma once

#include "core/actor.h"
#include "services/facequalitygate.h"
#include "services/servicedeps.h"
#include "storage/enrolmentrepository.h"

#include <QImage>

#include <memory>

namespace cg::services {

class ConsentService;

// Face enrolment: only for a resident whose consent is active (refused and
// audited otherwise, whatever the UI shows), only after the quality gate, and
// only the face crop is kept — sealed, bound to the resident — never the frame.
// Thread-safety: use from one thread (the connection of the calling thread).
class EnrolmentService final
{
public:
    // Associated data binding a sealed enrolment crop to its record and resident
    // (the demo seeder seals its placeholder crops with it too).
    static QByteArray cropAssociatedData(qint64 enrolmentId, qint64 residentId);

    EnrolmentService(ServiceDeps deps, std::shared_ptr<ConsentService> consent, std::shared_ptr<FaceQualityGate> gate);

    struct Outcome
    {
        storage::FaceEnrolmentInfo info;
        FaceQualityGate::Verdict verdict;
        int replaced = 0;       // earlier enrolments of the resident removed
    };
    // `source`: "file" or "camera". A failed quality check comes back as an
    // Invalid error whose field is the check ("face_count", "face_size", ...).
    core::Result<Outcome> enrol(const core::Actor& actor, qint64 residentId, const QImage& photo,
                                const QString& source);
    // Runs only the quality gate (for a live preview); stores nothing.
    FaceQualityGate::Verdict preview(const QImage& photo) const;

    core::Result<QList<storage::FaceEnrolmentInfo>> enrolments(const core::Actor& actor, qint64 residentId);
    // The decrypted crop; an audited read.
    core::Result<QImage> crop(const core::Actor& actor, qint64 enrolmentId);
    // Distinct people whose face data is held (the 100,000 filing threshold).
    core::Result<int> peopleWithFaceData() const;

    bool hasGate() const { return m_gate != nullptr; }

private:
    ServiceDeps m_deps;
    std::shared_ptr<ConsentService> m_consent;
    std::shared_ptr<FaceQualityGate> m_gate;
    storage::EnrolmentRepository m_enrolments;
};

} // namespace cg::services
