#include "core/notice.h"

#include "core/localized.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace cg::core {

namespace {

constexpr const char* kContext = "cg::core::Notice";

const char* labelSource(NoticeField field)
{
    switch (field) {
    case NoticeField::Title: return QT_TRANSLATE_NOOP("cg::core::Notice", "Title");
    case NoticeField::Processor: return QT_TRANSLATE_NOOP("cg::core::Notice", "Who processes your data");
    case NoticeField::ProcessorContact: return QT_TRANSLATE_NOOP("cg::core::Notice", "How to contact us");
    case NoticeField::Purpose: return QT_TRANSLATE_NOOP("cg::core::Notice", "Purpose");
    case NoticeField::Method: return QT_TRANSLATE_NOOP("cg::core::Notice", "How it works");
    case NoticeField::DataCategories: return QT_TRANSLATE_NOOP("cg::core::Notice", "Data we process");
    case NoticeField::Retention: return QT_TRANSLATE_NOOP("cg::core::Notice", "How long we keep it");
    case NoticeField::NecessityImpact: return QT_TRANSLATE_NOOP("cg::core::Notice", "Why it is needed and what it means for you");
    case NoticeField::Rights: return QT_TRANSLATE_NOOP("cg::core::Notice", "How to withdraw and exercise your rights");
    case NoticeField::PiContact: return QT_TRANSLATE_NOOP("cg::core::Notice", "Personal-information contact");
    }
    return "";
}

// Whitespace-insensitive form for comparing scope fields.
QString squeezed(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_C).replace(space, QStringLiteral(" ")).trimmed();
}

QString canonicalField(const QString& text)
{
    QString t = text.normalized(QString::NormalizationForm_C);
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = t.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QList<NoticeField> allNoticeFields()
{
    return {NoticeField::Title,         NoticeField::Processor,       NoticeField::ProcessorContact,
            NoticeField::Purpose,       NoticeField::Method,          NoticeField::DataCategories,
            NoticeField::Retention,     NoticeField::NecessityImpact, NoticeField::Rights,
            NoticeField::PiContact};
}

QString noticeFieldKey(NoticeField field)
{
    switch (field) {
    case NoticeField::Title: return QStringLiteral("title");
    case NoticeField::Processor: return QStringLiteral("processor");
    case NoticeField::ProcessorContact: return QStringLiteral("processor_contact");
    case NoticeField::Purpose: return QStringLiteral("purpose");
    case NoticeField::Method: return QStringLiteral("method");
    case NoticeField::DataCategories: return QStringLiteral("data_categories");
    case NoticeField::Retention: return QStringLiteral("retention");
    case NoticeField::NecessityImpact: return QStringLiteral("necessity_impact");
    case NoticeField::Rights: return QStringLiteral("rights");
    case NoticeField::PiContact: return QStringLiteral("pi_contact");
    }
    return {};
}

QString noticeFieldLabel(NoticeField field)
{
    return QCoreApplication::translate(kContext, labelSource(field));
}

QString noticeFieldLabel(NoticeField field, const QString& language)
{
    return translateFor(language, kContext, labelSource(field));
}

QStringList noticeLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString noticeLanguageName(const QString& language)
{
    return language == QLatin1String("zh_CN") ? QCoreApplication::translate("cg::core::Notice", "Chinese")
                                               : QCoreApplication::translate("cg::core::Notice", "English");
}

QString NoticeContent::field(const QString& language, NoticeField f) const
{
    return text.value(language).value(noticeFieldKey(f));
}

void NoticeContent::setField(const QString& language, NoticeField f, const QString& value)
{
    text[language][noticeFieldKey(f)] = value;
}

QJsonObject NoticeContent::toJson() const
{
    QJsonObject root;
    for (const QString& language : noticeLanguages()) {
        QJsonObject fields;
        for (NoticeField f : allNoticeFields())
            fields.insert(noticeFieldKey(f), field(language, f));
        root.insert(language, fields);
    }
    return root;
}

NoticeContent NoticeContent::fromJson(const QJsonObject& json)
{
    NoticeContent content;
    for (const QString& language : noticeLanguages()) {
        const QJsonObject fields = json.value(language).toObject();
        for (NoticeField f : allNoticeFields())
            content.setField(language, f, fields.value(noticeFieldKey(f)).toString());
    }
    return content;
}

Status checkComplete(const NoticeContent& content)
{
    for (const QString& language : noticeLanguages()) {
        for (NoticeField f : allNoticeFields()) {
            if (content.field(language, f).trimmed().isEmpty())
                return Error::invalid(language + QLatin1Char('.') + noticeFieldKey(f),
                                      QCoreApplication::translate("cg::core::Notice", "The %1 notice has no “%2”. Fill it in before publishing.")
                                          .arg(noticeLanguageName(language), noticeFieldLabel(f)));
        }
    }
    return {};
}

QString canonicalText(const NoticeContent& content)
{
    QString out = QStringLiteral("consentgate-notice/1\n");
    for (const QString& language : noticeLanguages()) {
        for (NoticeField f : allNoticeFields()) {
            const QString value = canonicalField(content.field(language, f));
            // Length-prefixed so no field can imitate a boundary.
            out += QStringLiteral("%1.%2 %3\n%4\n")
                       .arg(language, noticeFieldKey(f))
                       .arg(value.size())
                       .arg(value);
        }
    }
    return out;
}

QString noticeHash(const NoticeContent& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalText(content).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString shortHash(const QString& hash)
{
    return hash.left(12);
}

bool changesScope(const NoticeContent& before, const NoticeContent& after)
{
    for (const QString& language : noticeLanguages()) {
        for (NoticeField f : {NoticeField::Purpose, NoticeField::Method, NoticeField::DataCategories}) {
            if (squeezed(before.field(language, f)) != squeezed(after.field(language, f)))
                return true;
        }
    }
    return false;
}

QString noticePlainText(const NoticeContent& content, const QString& language)
{
    QString out = content.field(language, NoticeField::Title) + QStringLiteral("\n\n");
    for (NoticeField f : allNoticeFields()) {
        if (f == NoticeField::Title)
            continue;
        out += noticeFieldLabel(f, language) + QStringLiteral("\n") + content.field(language, f).trimmed()
               + QStringLiteral("\n\n");
    }
    return out.trimmed();
}

QString noticeSummary(const NoticeContent& content, const QString& language)
{
    QString out;
    for (NoticeField f : {NoticeField::Purpose, NoticeField::DataCategories, NoticeField::Retention}) {
        QString first = content.field(language, f).trimmed().section(QLatin1Char('\n'), 0, 0);
        out += noticeFieldLabel(f, language) + QStringLiteral(": ") + first + QLatin1Char('\n');
    }
    return out.trimmed();
}

} // namespace cg::core
