#include "core/consent.h"

#include "core/localized.h"

#include <QCoreApplication>

#include <algorithm>

namespace cg::core {

namespace {

constexpr const char* kContext = "cg::core::Consent";

const char* kindSource(ConsentKind kind)
{
    switch (kind) {
    case ConsentKind::Granted: return QT_TRANSLATE_NOOP("cg::core::Consent", "Agreed to face recognition");
    case ConsentKind::Refused: return QT_TRANSLATE_NOOP("cg::core::Consent", "Did not agree to face recognition");
    case ConsentKind::Withdrawn: return QT_TRANSLATE_NOOP("cg::core::Consent", "Withdrew consent");
    case ConsentKind::Expired: return QT_TRANSLATE_NOOP("cg::core::Consent", "Consent expired");
    }
    return "";
}

const char* methodSource(ConsentMethod method)
{
    switch (method) {
    case ConsentMethod::DeskSignature: return QT_TRANSLATE_NOOP("cg::core::Consent", "Signed at the desk");
    case ConsentMethod::DeskTyped: return QT_TRANSLATE_NOOP("cg::core::Consent", "Name typed at the desk");
    case ConsentMethod::PaperScan: return QT_TRANSLATE_NOOP("cg::core::Consent", "Paper form (scan)");
    case ConsentMethod::Phone: return QT_TRANSLATE_NOOP("cg::core::Consent", "By phone");
    case ConsentMethod::Letter: return QT_TRANSLATE_NOOP("cg::core::Consent", "By letter");
    case ConsentMethod::System: return QT_TRANSLATE_NOOP("cg::core::Consent", "Automatic (retention rule)");
    }
    return "";
}

} // namespace

QString consentKindKey(ConsentKind kind)
{
    switch (kind) {
    case ConsentKind::Granted: return QStringLiteral("granted");
    case ConsentKind::Refused: return QStringLiteral("refused");
    case ConsentKind::Withdrawn: return QStringLiteral("withdrawn");
    case ConsentKind::Expired: return QStringLiteral("expired");
    }
    return {};
}

std::optional<ConsentKind> consentKindFromKey(const QString& key)
{
    for (ConsentKind k : {ConsentKind::Granted, ConsentKind::Refused, ConsentKind::Withdrawn, ConsentKind::Expired}) {
        if (consentKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString consentKindName(ConsentKind kind)
{
    return QCoreApplication::translate(kContext, kindSource(kind));
}

QString consentKindName(ConsentKind kind, const QString& language)
{
    return translateFor(language, kContext, kindSource(kind));
}

QString consentMethodKey(ConsentMethod method)
{
    switch (method) {
    case ConsentMethod::DeskSignature: return QStringLiteral("desk_signature");
    case ConsentMethod::DeskTyped: return QStringLiteral("desk_typed");
    case ConsentMethod::PaperScan: return QStringLiteral("paper_scan");
    case ConsentMethod::Phone: return QStringLiteral("phone");
    case ConsentMethod::Letter: return QStringLiteral("letter");
    case ConsentMethod::System: return QStringLiteral("system");
    }
    return {};
}

std::optional<ConsentMethod> consentMethodFromKey(const QString& key)
{
    for (ConsentMethod m : {ConsentMethod::DeskSignature, ConsentMethod::DeskTyped, ConsentMethod::PaperScan,
                            ConsentMethod::Phone, ConsentMethod::Letter, ConsentMethod::System}) {
        if (consentMethodKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString consentMethodName(ConsentMethod method)
{
    return QCoreApplication::translate(kContext, methodSource(method));
}

QString consentMethodName(ConsentMethod method, const QString& language)
{
    return translateFor(language, kContext, methodSource(method));
}

QString reconsentReasonKey(ReconsentReason reason)
{
    switch (reason) {
    case ReconsentReason::NoticeChanged: return QStringLiteral("notice_changed");
    case ReconsentReason::TurnedFourteen: return QStringLiteral("turned_14");
    case ReconsentReason::GuardianMovedOut: return QStringLiteral("guardian_moved_out");
    }
    return {};
}

QString reconsentReasonName(ReconsentReason reason)
{
    switch (reason) {
    case ReconsentReason::NoticeChanged:
        return QCoreApplication::translate("cg::core::Consent", "New notice changes purpose, method or data");
    case ReconsentReason::TurnedFourteen:
        return QCoreApplication::translate("cg::core::Consent", "Turned 14: must be asked in person");
    case ReconsentReason::GuardianMovedOut:
        return QCoreApplication::translate("cg::core::Consent", "Guardian who consented moved out");
    }
    return {};
}

QString consentStateKey(ConsentState state)
{
    switch (state) {
    case ConsentState::NeverAsked: return QStringLiteral("never_asked");
    case ConsentState::Active: return QStringLiteral("active");
    case ConsentState::Refused: return QStringLiteral("refused");
    case ConsentState::Withdrawn: return QStringLiteral("withdrawn");
    case ConsentState::Expired: return QStringLiteral("expired");
    }
    return {};
}

QString consentStateName(ConsentState state)
{
    switch (state) {
    case ConsentState::NeverAsked: return QCoreApplication::translate("cg::core::Consent", "Never asked");
    case ConsentState::Active: return QCoreApplication::translate("cg::core::Consent", "Face consent active");
    case ConsentState::Refused: return QCoreApplication::translate("cg::core::Consent", "Refused");
    case ConsentState::Withdrawn: return QCoreApplication::translate("cg::core::Consent", "Withdrawn");
    case ConsentState::Expired: return QCoreApplication::translate("cg::core::Consent", "Expired");
    }
    return {};
}

QDate fourteenthBirthday(const QDate& birthDate)
{
    if (!birthDate.isValid())
        return {};
    // Someone born on 29 February turns 14 on 1 March in a common year.
    QDate d(birthDate.year() + 14, birthDate.month(), birthDate.day());
    if (!d.isValid())
        d = QDate(birthDate.year() + 14, 3, 1);
    return d;
}

bool isMinor(const QDate& birthDate, const QDate& today)
{
    return birthDate.isValid() && today < fourteenthBirthday(birthDate);
}

ConsentStatus deriveConsentStatus(const QList<ConsentEvent>& events, const QList<ReconsentMark>& marks,
                                  const ConsentSubject& subject, const ConsentPolicy& policy,
                                  const QDateTime& nowUtc)
{
    ConsentStatus status;
    if (events.isEmpty())
        return status;
    const ConsentEvent& last = *std::max_element(events.begin(), events.end(),
                                                 [](const ConsentEvent& a, const ConsentEvent& b) { return a.id < b.id; });
    status.last = last;
    switch (last.kind) {
    case ConsentKind::Granted: status.state = ConsentState::Active; break;
    case ConsentKind::Refused: status.state = ConsentState::Refused; break;
    case ConsentKind::Withdrawn: status.state = ConsentState::Withdrawn; break;
    case ConsentKind::Expired: status.state = ConsentState::Expired; break;
    }
    if (status.state != ConsentState::Active)
        return status;

    auto noteGrace = [&status](const QDateTime& until) {
        if (until.isValid() && (!status.graceUntil.isValid() || until < status.graceUntil))
            status.graceUntil = until;
    };
    for (const ReconsentMark& mark : marks) {
        if (mark.afterEventId >= last.id) {
            if (!status.reconsent.contains(ReconsentReason::NoticeChanged))
                status.reconsent.append(ReconsentReason::NoticeChanged);
            noteGrace(mark.graceUntil);
        }
    }
    const QDate today = nowUtc.toLocalTime().date();
    if (last.guardianId) {
        // A guardian's consent covers the child only while the child is under
        // 14 and the guardian still lives here.
        const QDate fourteen = fourteenthBirthday(subject.birthDate);
        if (fourteen.isValid() && today >= fourteen) {
            status.reconsent.append(ReconsentReason::TurnedFourteen);
            noteGrace(QDateTime(fourteen, QTime(0, 0)).toUTC().addDays(policy.graceDays));
        } else if (subject.guardianMoveOut.isValid() && subject.guardianMoveOut <= today) {
            status.reconsent.append(ReconsentReason::GuardianMovedOut);
            noteGrace(QDateTime(subject.guardianMoveOut, QTime(0, 0)).toUTC().addDays(policy.graceDays));
        }
    }
    if (policy.expiryDays > 0)
        status.expiresAt = last.at.addDays(policy.expiryDays);
    status.deletionDue = (status.graceUntil.isValid() && nowUtc >= status.graceUntil)
                         || (status.expiresAt.isValid() && nowUtc >= status.expiresAt);
    return status;
}

} // namespace cg::core
