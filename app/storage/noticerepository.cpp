#include "storage/noticerepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cg::storage {

namespace {

const QString kColumns = QStringLiteral("id, number, text_hash, content, published_at, published_by, grace_days,"
                                        " scope_changed, previous_hash");

core::NoticeContent parseContent(const QString& text)
{
    return core::NoticeContent::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

QString serialise(const core::NoticeContent& content)
{
    return QString::fromUtf8(QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact));
}

core::NoticeVersion readVersion(const QSqlQuery& q)
{
    core::NoticeVersion v;
    v.id = q.value(0).toLongLong();
    v.number = q.value(1).toInt();
    v.hash = q.value(2).toString();
    v.content = parseContent(q.value(3).toString());
    v.publishedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    v.publishedBy = q.value(5).toString();
    v.graceDays = q.value(6).toInt();
    v.scopeChanged = q.value(7).toBool();
    v.previousHash = q.value(8).toString();
    return v;
}

core::Result<std::optional<core::NoticeVersion>> one(const QSqlDatabase& db, const QString& where,
                                                     const QVariant& bind)
{
    auto q = prepare(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM notice_versions ") + where);
    if (!q)
        return q.error();
    if (bind.isValid())
        q->addBindValue(bind);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return std::optional<core::NoticeVersion>();
    return std::optional<core::NoticeVersion>(readVersion(*q));
}

} // namespace

NoticeRepository::NoticeRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

core::Result<NoticeRepository::Draft> NoticeRepository::draft() const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT content, updated_at, updated_by, version FROM notice_drafts WHERE id = 1"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    Draft d;
    if (q->next()) {
        d.content = parseContent(q->value(0).toString());
        d.updatedAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        d.updatedBy = q->value(2).toString();
        d.version = q->value(3).toInt();
    }
    return d;
}

core::Result<int> NoticeRepository::saveDraft(const core::NoticeContent& content, int expectedVersion,
                                              const QDateTime& at, const QString& by)
{
    QSqlDatabase db = m_database->connection();
    auto q = expectedVersion == 0
                 ? prepare(db, QStringLiteral("INSERT INTO notice_drafts (id, content, updated_at, updated_by, version)"
                                              " VALUES (1, ?, ?, ?, 1)"))
                 : prepare(db, QStringLiteral("UPDATE notice_drafts SET content = ?, updated_at = ?, updated_by = ?,"
                                              " version = version + 1 WHERE id = 1 AND version = ?"));
    if (!q)
        return q.error();
    q->addBindValue(serialise(content));
    q->addBindValue(at.toString(Qt::ISODateWithMs));
    q->addBindValue(by);
    if (expectedVersion != 0)
        q->addBindValue(expectedVersion);
    auto status = exec(*q);
    if (!status || q->numRowsAffected() != 1) {
        if (!status && status.error().code != QLatin1String("sql.unique"))
            return status.error();
        return core::Error::make(core::Error::Kind::Conflict,
                                 QCoreApplication::translate("cg::storage::NoticeRepository",
                                                             "Someone else changed the notice draft meanwhile. "
                                                             "Reload it and make your change again."),
                                 QStringLiteral("notice.draft_stale"));
    }
    return expectedVersion + 1;
}

core::Result<std::optional<core::NoticeVersion>> NoticeRepository::latest() const
{
    return one(m_database->connection(), QStringLiteral("ORDER BY number DESC LIMIT 1"), QVariant());
}

core::Result<std::optional<core::NoticeVersion>> NoticeRepository::byHash(const QString& hash) const
{
    return one(m_database->connection(), QStringLiteral("WHERE text_hash = ?"), hash);
}

core::Result<QList<core::NoticeVersion>> NoticeRepository::all() const
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM notice_versions ORDER BY number DESC"));
    if (!q)
        return q.error();
    if (auto s = exec(*q); !s)
        return s.error();
    QList<core::NoticeVersion> list;
    while (q->next())
        list.append(readVersion(*q));
    return list;
}

core::Result<core::NoticeVersion> NoticeRepository::insert(core::NoticeVersion version)
{
    auto q = prepare(m_database->connection(),
                     QStringLiteral("INSERT INTO notice_versions (number, text_hash, content, published_at, published_by,"
                                    " grace_days, scope_changed, previous_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(version.number);
    q->addBindValue(version.hash);
    q->addBindValue(serialise(version.content));
    q->addBindValue(version.publishedAt.toString(Qt::ISODateWithMs));
    q->addBindValue(version.publishedBy);
    q->addBindValue(version.graceDays);
    q->addBindValue(version.scopeChanged ? 1 : 0);
    q->addBindValue(version.previousHash.isNull() ? QStringLiteral("") : version.previousHash);
    if (auto s = exec(*q); !s)
        return s.error();
    version.id = q->lastInsertId().toLongLong();
    return version;
}

} // namespace cg::storage
