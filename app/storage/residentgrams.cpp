#include "storage/residentgrams.h"

#include "core/searchgrams.h"
#include "storage/sqlerror.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cg::storage {

core::Status addResidentGrams(const QSqlDatabase& db, qint64 firstId, qint64 lastId)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.prepare(QStringLiteral("SELECT id, name, unit_key, phone FROM residents WHERE id BETWEEN ? AND ? ORDER BY id")))
        return sqlError(read.lastError(), QStringLiteral("resident grams"));
    read.addBindValue(firstId);
    read.addBindValue(lastId);
    if (auto s = exec(read); !s)
        return s;
    // gram -> "id,id,..." (ascending: rows come in id order)
    QHash<QString, QByteArray> postings;
    while (read.next()) {
        const QByteArray id = QByteArray::number(read.value(0).toLongLong());
        const QStringList grams =
            core::searchGrams({read.value(1).toString(), read.value(2).toString(), read.value(3).toString()});
        for (const QString& gram : grams) {
            QByteArray& list = postings[gram];
            if (!list.isEmpty())
                list += ',';
            list += id;
        }
    }
    read.finish();
    QStringList keys = postings.keys();
    std::sort(keys.begin(), keys.end());
    auto insert = prepare(db, QStringLiteral("INSERT OR IGNORE INTO resident_grams (gram, resident_id)"
                                             " SELECT ?, value FROM json_each(?)"));
    if (!insert)
        return insert.error();
    for (const QString& gram : std::as_const(keys)) {
        insert->addBindValue(gram);
        insert->addBindValue(QString::fromLatin1('[' + postings.value(gram) + ']'));
        if (auto s = exec(*insert); !s)
            return s;
    }
    return {};
}

} // namespace cg::storage
