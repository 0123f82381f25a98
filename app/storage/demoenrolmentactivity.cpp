#include "storage/demoenrolmentactivity.h"

#include "storage/demoactivitycontext.h"
#include "storage/sqlerror.h"

#include <QVariant>

namespace cg::storage::demo {

core::Status DemoEnrolmentActivity::write()
{
    auto insertEnrolment = prepare(m_c.db, QStringLiteral("INSERT INTO face_enrolments (id, resident_id, consent_event_id, crop_sealed,"
                                                          " width, height, quality, source, created_at, created_by)"
                                                          " VALUES (?, ?, ?, ?, 112, 112, '{\"demo\":true}', 'file', ?, ?)"));
    auto insertCopy = prepare(m_c.db, QStringLiteral("INSERT INTO face_copies (enrolment_id, resident_id, device, copied_at)"
                                                     " VALUES (?, ?, ?, ?)"));
    for (auto* q : {&insertEnrolment, &insertCopy})
        if (!*q)
            return q->error();
    qint64 enrolmentId = m_c.nextId(QStringLiteral("face_enrolments"));
    for (const Person& p : m_c.people) {
        if (!p.asked || p.last != Kind::Granted)
            continue;
        const qint64 created = p.lastGrantAt + m_c.between(60, 600);
        for (const QVariant& v : {QVariant(enrolmentId), QVariant(p.id), QVariant(p.lastGrantId),
                                  QVariant(m_c.options.sealCrop(enrolmentId, p.id)), QVariant(stamp(created)),
                                  QVariant(m_c.clerkFor(p.id))})
            insertEnrolment->addBindValue(v);
        if (auto s = exec(*insertEnrolment); !s)
            return s.error();
        ++m_c.summary.enrolments;
        for (const QString& device : m_c.terminals.value(p.compound)) {
            for (const QVariant& v : {QVariant(enrolmentId), QVariant(p.id), QVariant(device), QVariant(stamp(created + 300))})
                insertCopy->addBindValue(v);
            if (auto s = exec(*insertCopy); !s)
                return s.error();
        }
        ++enrolmentId;
    }
    return {};
}

} // namespace cg::storage::demo
