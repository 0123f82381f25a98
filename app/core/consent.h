#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cg::core {

// One entry of the append-only consent ledger (DOMAIN.md rule 1).
enum class ConsentKind { Granted, Refused, Withdrawn, Expired };
// How the decision reached the office. DeskTyped: at the desk, the name
// typed on the signature pad (keyboard or input method) instead of drawn.
enum class ConsentMethod { DeskSignature, DeskTyped, PaperScan, Phone, Letter, System };

QString consentKindKey(ConsentKind kind);                 // "granted", ...
std::optional<ConsentKind> consentKindFromKey(const QString& key);
QString consentKindName(ConsentKind kind);                // translated
QString consentKindName(ConsentKind kind, const QString& language);
QString consentMethodKey(ConsentMethod method);           // "desk_signature", ...
std::optional<ConsentMethod> consentMethodFromKey(const QString& key);
QString consentMethodName(ConsentMethod method);          // translated
QString consentMethodName(ConsentMethod method, const QString& language);
// Signed in person on the pad, drawn or typed: the event carries its image.
inline bool signedOnPad(ConsentMethod method)
{
    return method == ConsentMethod::DeskSignature || method == ConsentMethod::DeskTyped;
}

struct ConsentEvent
{
    qint64 id = 0;
    qint64 residentId = 0;
    ConsentKind kind = ConsentKind::Refused;
    QString noticeHash;                   // empty only for system expiry without a notice
    std::optional<qint64> guardianId;     // set when a guardian decided for a minor
    QString guardianName;                 // display only (joined from residents)
    qint64 clerkId = 0;                   // 0 = system / command line
    QString clerkName;
    QDateTime at;                         // UTC, when it was recorded
    ConsentMethod method = ConsentMethod::DeskSignature;
    QDate receivedOn;                     // phone/letter: the date it arrived
    QString language;                     // language the notice was read in
    bool hasSignature = false;
    bool hasScan = false;
    QString note;
};

// Why a resident must be asked again.
enum class ReconsentReason { NoticeChanged, TurnedFourteen, GuardianMovedOut };
QString reconsentReasonKey(ReconsentReason reason);
QString reconsentReasonName(ReconsentReason reason);     // translated

// A mark written when a notice version changes scope. It stays open until the
// resident has a newer consent event (id greater than afterEventId).
struct ReconsentMark
{
    qint64 id = 0;
    qint64 residentId = 0;
    QString noticeHash;          // the new version
    QDateTime markedAt;          // UTC
    QDateTime graceUntil;        // UTC; face data is deleted after this
    qint64 afterEventId = 0;
};

// The facts about a resident that the status rule needs.
struct ConsentSubject
{
    qint64 residentId = 0;
    QDate birthDate;                     // invalid when unknown (treated as adult)
    std::optional<qint64> guardianId;
    QDate guardianMoveOut;               // invalid when the guardian lives here
};

enum class ConsentState { NeverAsked, Active, Refused, Withdrawn, Expired };
QString consentStateKey(ConsentState state);
QString consentStateName(ConsentState state);           // translated

struct ConsentPolicy
{
    int expiryDays = 0;          // 0: consent does not expire by time
    int graceDays = 30;          // for turned-14 and guardian-moved-out
};

struct ConsentStatus
{
    ConsentState state = ConsentState::NeverAsked;
    std::optional<ConsentEvent> last;      // the event the state comes from
    QList<ReconsentReason> reconsent;      // empty unless asked again
    QDateTime graceUntil;                  // earliest grace end among reasons (UTC)
    QDateTime expiresAt;                   // by ConsentPolicy::expiryDays (UTC); invalid if none
    bool deletionDue = false;              // grace ended or expired: delete as on withdrawal

    bool faceAllowed() const { return state == ConsentState::Active && !deletionDue; }
    bool needsReconsent() const { return !reconsent.isEmpty(); }
};

// Under 14 on `today` (PIPL Art. 31). Unknown birth date counts as adult.
bool isMinor(const QDate& birthDate, const QDate& today);
QDate fourteenthBirthday(const QDate& birthDate);

// The pure rule: the state follows the latest event; re-consent and deletion
// follow from the open marks, the subject's age and guardian, and the policy.
// `events` in ledger order (ascending id); only marks of this resident.
ConsentStatus deriveConsentStatus(const QList<ConsentEvent>& events, const QList<ReconsentMark>& marks,
                                  const ConsentSubject& subject, const ConsentPolicy& policy,
                                  const QDateTime& nowUtc);

} // namespace cg::core
