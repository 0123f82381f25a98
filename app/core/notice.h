#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cg::core {

// The parts every face-recognition notice must contain (PIPL Art. 17, 30;
// DOMAIN.md rule 2). The order here is the order on screen and in the hash.
enum class NoticeField {
    Title,
    Processor,          // who processes: the property company
    ProcessorContact,
    Purpose,            // entry to compound / building / lift
    Method,             // how faces are captured, compared, stored
    DataCategories,
    Retention,
    NecessityImpact,    // why it is needed and what it means for the person
    Rights,             // how to withdraw and exercise the other rights
    PiContact,          // personal-information contact
};

QList<NoticeField> allNoticeFields();
QString noticeFieldKey(NoticeField field);            // stable: "purpose", "data_categories", ...
// Label in the console's language (editors, errors) or in a given language
// (the resident's screen and bilingual receipts), whatever the console speaks.
QString noticeFieldLabel(NoticeField field);
QString noticeFieldLabel(NoticeField field, const QString& language);
// The languages every notice carries, in hash order.
QStringList noticeLanguages();                        // {"zh_CN", "en"}
QString noticeLanguageName(const QString& language);  // translated ("Chinese", "English")

// The text of one notice in both languages. A value type; no identity.
struct NoticeContent
{
    // language -> field key -> text
    QMap<QString, QMap<QString, QString>> text;

    QString field(const QString& language, NoticeField f) const;
    void setField(const QString& language, NoticeField f, const QString& value);

    QJsonObject toJson() const;
    static NoticeContent fromJson(const QJsonObject& json);
    bool operator==(const NoticeContent& other) const { return text == other.text; }
};

// Refuses a notice with any empty field; the error's `field` is
// "<language>.<field key>" and its message names the field and language.
Status checkComplete(const NoticeContent& content);

// The canonical text that is hashed: fields in fixed order, both languages,
// line endings normalised to \n, Unicode NFC, trailing spaces per line removed.
// Two contents that render the same give the same canonical text.
QString canonicalText(const NoticeContent& content);
// Lower-case hex SHA-256 of the UTF-8 canonical text: the identity of a version.
QString noticeHash(const NoticeContent& content);
// The hash shortened for display ("3f2a9c1e…").
QString shortHash(const QString& hash);

// True when purpose, method or data categories differ (in either language,
// ignoring whitespace differences): consent given to `before` does not cover `after`.
bool changesScope(const NoticeContent& before, const NoticeContent& after);

// A published, immutable notice version.
struct NoticeVersion
{
    qint64 id = 0;
    int number = 0;                 // 1, 2, 3 ... in publishing order
    QString hash;
    NoticeContent content;
    QDateTime publishedAt;          // UTC
    QString publishedBy;
    int graceDays = 0;              // re-consent grace period this version set
    bool scopeChanged = false;      // relative to the previous version
    QString previousHash;

    bool isValid() const { return id > 0; }
};

// Plain text of the notice in one language (for the print-out and read aloud).
QString noticePlainText(const NoticeContent& content, const QString& language);
// A few lines for receipts: purpose, data, retention, how to withdraw.
QString noticeSummary(const NoticeContent& content, const QString& language);

} // namespace cg::core
