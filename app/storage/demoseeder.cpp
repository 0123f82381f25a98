#include "storage/demoseeder.h"

#include "core/pinyin.h"
#include "core/residentrules.h"
#include "storage/database.h"
#include "storage/residentgrams.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace cg::storage {

namespace {

using core::Error;
using core::Result;

const QStringList kSurnames = {
    QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("陈"),
    QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("吴"), QStringLiteral("周"),
    QStringLiteral("徐"), QStringLiteral("孙"), QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"),
    QStringLiteral("郭"), QStringLiteral("何"), QStringLiteral("林"), QStringLiteral("罗"), QStringLiteral("高"),
    QStringLiteral("郑"), QStringLiteral("梁"), QStringLiteral("谢"), QStringLiteral("宋"), QStringLiteral("唐"),
    QStringLiteral("许"), QStringLiteral("韩"), QStringLiteral("冯"), QStringLiteral("邓"), QStringLiteral("曹"),
    QStringLiteral("欧阳"), QStringLiteral("司马"),
};
const QStringList kGivenChars = {
    QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"), QStringLiteral("静"),
    QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"), QStringLiteral("军"), QStringLiteral("洋"),
    QStringLiteral("勇"), QStringLiteral("艳"), QStringLiteral("杰"), QStringLiteral("娟"), QStringLiteral("涛"),
    QStringLiteral("明"), QStringLiteral("超"), QStringLiteral("秀"), QStringLiteral("霞"), QStringLiteral("平"),
    QStringLiteral("刚"), QStringLiteral("桂"), QStringLiteral("英"), QStringLiteral("华"), QStringLiteral("建"),
    QStringLiteral("国"), QStringLiteral("玲"), QStringLiteral("鑫"), QStringLiteral("宇"), QStringLiteral("浩"),
    QStringLiteral("欣"), QStringLiteral("怡"), QStringLiteral("梓"), QStringLiteral("涵"), QStringLiteral("晨"),
};
const QStringList kLatinGiven = {
    QStringLiteral("Anna"), QStringLiteral("David"), QStringLiteral("Maria"), QStringLiteral("James"),
    QStringLiteral("Sofia"), QStringLiteral("Lucas"), QStringLiteral("Emma"), QStringLiteral("Noah"),
    QStringLiteral("Yuki"), QStringLiteral("Minh"), QStringLiteral("Olga"), QStringLiteral("Ahmed"),
};
const QStringList kLatinFamily = {
    QStringLiteral("Müller"), QStringLiteral("Smith"), QStringLiteral("Garcia"), QStringLiteral("Tanaka"),
    QStringLiteral("Nguyen"), QStringLiteral("Ivanova"), QStringLiteral("Rossi"), QStringLiteral("Kim"),
    QStringLiteral("Dubois"), QStringLiteral("Haddad"),
};
const QStringList kCompoundNames = {
    QStringLiteral("翠苑小区"), QStringLiteral("西湖花园"), QStringLiteral("钱塘府"), QStringLiteral("云栖里"),
    QStringLiteral("桂语江南"), QStringLiteral("望江公寓"),
};

class NameMaker
{
public:
    explicit NameMaker(QRandomGenerator& rng) : m_rng(rng) {}

    QString chineseSurname() { return kSurnames.at(m_rng.bounded(kSurnames.size())); }
    QString chinese(const QString& surname)
    {
        QString name = surname + kGivenChars.at(m_rng.bounded(kGivenChars.size()));
        if (m_rng.bounded(100) < 70)
            name += kGivenChars.at(m_rng.bounded(kGivenChars.size()));
        return name;
    }
    QString latin(const QString& family)
    {
        return kLatinGiven.at(m_rng.bounded(kLatinGiven.size())) + QLatin1Char(' ') + family;
    }
    QString latinFamily() { return kLatinFamily.at(m_rng.bounded(kLatinFamily.size())); }

private:
    QRandomGenerator& m_rng;
};

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

DemoSeeder::DemoSeeder(std::shared_ptr<storage::Database> database) : m_database(std::move(database)) {}

Result<DemoSeeder::Summary> DemoSeeder::seed(const Options& options)
{
    if (options.residents < 1 || options.residents > 1'000'000)
        return Error::invalid(QStringLiteral("residents"),
                              QCoreApplication::translate("cg::storage::DemoSeeder",
                                                          "The number of residents must be between 1 and 1,000,000."));
    QSqlDatabase db = m_database->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();

    QRandomGenerator rng(options.seed);
    NameMaker names(rng);
    Summary summary;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    auto insertCompound = prepare(db, QStringLiteral("INSERT INTO compounds (name, address) VALUES (?, ?)"));
    auto insertBuilding = prepare(db, QStringLiteral("INSERT INTO buildings (compound_id, name, floors) VALUES (?, ?, ?)"));
    auto insertDoor = prepare(db, QStringLiteral("INSERT INTO doors (compound_id, building_id, name, kind) VALUES (?, ?, ?, ?)"));
    auto insertUnit = prepare(db, QStringLiteral("INSERT INTO units (building_id, label, floor) VALUES (?, ?, ?)"));
    // unit_key/unit_sort as ResidentRepository computes them; the search
    // index row is written right after each resident.
    auto insertResident = prepare(
        db, QStringLiteral("INSERT INTO residents (id, unit_id, name, name_initials, role, phone, birth_date, guardian_id,"
                           " language, accessibility, move_in, lease_end, created_at, updated_at, id_kind, id_sealed,"
                           " id_masked, id_lookup, unit_key, unit_sort)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                           " (SELECT b.name || ' ' || u.label FROM units u JOIN buildings b ON b.id = u.building_id"
                           "  WHERE u.id = ?),"
                           " (SELECT printf('%08d|%s|%06d|%08d|%s', CAST(b.name AS INTEGER), b.name, u.floor,"
                           "  CAST(substr(u.label, instr(u.label, '-') + 1) AS INTEGER), u.label)"
                           "  FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = ?))"));
    auto insertSearch = prepare(db, QStringLiteral("INSERT INTO residents_fts (rowid, name, unit_key, phone)"
                                                   " SELECT id, name, unit_key, phone FROM residents WHERE id = ?"));
    if (!insertSearch)
        return insertSearch.error();
    qint64 nextResidentId = 1;
    {
        QSqlQuery maxQuery(db);
        if (maxQuery.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM residents")) && maxQuery.next())
            nextResidentId = maxQuery.value(0).toLongLong();
    }
    const qint64 firstResidentId = nextResidentId;
    static const char* const kRegions[] = {"330106", "330105", "330102", "330108", "330110", "110105", "310104",
                                           "320102", "440304", "510107", "420106", "370102", "610113", "350102"};
    QSet<QString> issuedIds;
    for (auto* q : {&insertCompound, &insertBuilding, &insertDoor, &insertUnit, &insertResident}) {
        if (!*q)
            return q->error();
    }

    // Existing compounds keep their names; demo compounds get the next free one.
    QSqlQuery countQuery(db);
    countQuery.exec(QStringLiteral("SELECT count(*) FROM compounds"));
    int compoundOrdinal = countQuery.next() ? countQuery.value(0).toInt() : 0;

    constexpr int kBuildingsPerCompound = 24;
    constexpr int kUnitsPerFloor = 4;
    qint64 compoundId = 0;
    qint64 buildingId = 0;
    int buildingInCompound = kBuildingsPerCompound;
    int floors = 0;
    int floor = 0;
    int unitOnFloor = kUnitsPerFloor;

    auto exec = [](core::Result<QSqlQuery>& q) -> core::Result<qint64> {
        if (auto status = storage::exec(*q); !status)
            return status.error();
        return q->lastInsertId().toLongLong();
    };

    while (summary.residents < options.residents) {
        if (buildingInCompound >= kBuildingsPerCompound) {
            const QString base = kCompoundNames.at(compoundOrdinal % kCompoundNames.size());
            const QString name = compoundOrdinal < kCompoundNames.size()
                                     ? base
                                     : base + QString::number(compoundOrdinal / kCompoundNames.size() + 1) + QStringLiteral("期");
            insertCompound->addBindValue(name);
            insertCompound->addBindValue(QStringLiteral("杭州市西湖区文三路%1号").arg(100 + compoundOrdinal));
            auto id = exec(insertCompound);
            if (!id)
                return id.error();
            compoundId = id.value();
            ++compoundOrdinal;
            ++summary.compounds;
            buildingInCompound = 0;
            for (const QString& gate : {QStringLiteral("南门"), QStringLiteral("北门")}) {
                insertDoor->addBindValue(compoundId);
                insertDoor->addBindValue(QVariant());
                insertDoor->addBindValue(gate);
                insertDoor->addBindValue(QStringLiteral("gate"));
                if (auto d = exec(insertDoor); !d)
                    return d.error();
                ++summary.doors;
            }
        }
        if (unitOnFloor >= kUnitsPerFloor && floor >= floors) {
            ++buildingInCompound;
            floors = 6 + int(rng.bounded(13));   // 6..18 floors
            insertBuilding->addBindValue(compoundId);
            insertBuilding->addBindValue(QStringLiteral("%1幢").arg(buildingInCompound));
            insertBuilding->addBindValue(floors);
            auto id = exec(insertBuilding);
            if (!id)
                return id.error();
            buildingId = id.value();
            ++summary.buildings;
            const int lifts = floors > 11 ? 2 : 1;
            QStringList doorNames = {QStringLiteral("%1幢 单元门").arg(buildingInCompound)};
            for (int l = 1; l <= lifts; ++l)
                doorNames << QStringLiteral("%1幢 %2号电梯").arg(buildingInCompound).arg(l);
            for (int i = 0; i < doorNames.size(); ++i) {
                insertDoor->addBindValue(compoundId);
                insertDoor->addBindValue(buildingId);
                insertDoor->addBindValue(doorNames.at(i));
                insertDoor->addBindValue(i == 0 ? QStringLiteral("entrance") : QStringLiteral("lift"));
                if (auto d = exec(insertDoor); !d)
                    return d.error();
                ++summary.doors;
            }
            floor = 0;
            unitOnFloor = kUnitsPerFloor;
        }
        if (unitOnFloor >= kUnitsPerFloor) {
            ++floor;
            unitOnFloor = 0;
        }
        ++unitOnFloor;
        insertUnit->addBindValue(buildingId);
        insertUnit->addBindValue(QStringLiteral("%1-%2%3").arg(buildingInCompound).arg(floor).arg(unitOnFloor, 2, 10, QLatin1Char('0')));
        insertUnit->addBindValue(floor);
        auto unit = exec(insertUnit);
        if (!unit)
            return unit.error();
        ++summary.units;

        // A household: an owner family, or a tenant household; 6% foreign residents.
        const bool latin = rng.bounded(100) < 6;
        const bool rented = rng.bounded(100) < 22;
        const QString family = latin ? names.latinFamily() : names.chineseSurname();
        const QDate moveIn = options.today.addDays(-qint64(rng.bounded(365 * 12)));
        const QDate leaseEnd = rented ? options.today.addDays(30 + qint64(rng.bounded(700))) : QDate();
        const int adults = 1 + int(rng.bounded(100) < 70) + int(rng.bounded(100) < 15);
        const int children = rng.bounded(100) < 40 ? 1 + int(rng.bounded(100) < 30) : 0;
        qint64 guardian = 0;
        QSet<QString> household;
        for (int person = 0; person < adults + children && summary.residents < options.residents; ++person) {
            const bool minor = person >= adults;
            // Names are unique within a household (an import would report a duplicate).
            QString name;
            for (int attempt = 0; attempt < 20 && (name.isEmpty() || household.contains(name)); ++attempt)
                name = latin ? names.latin(family) : names.chinese(person == 0 || minor ? family : names.chineseSurname());
            if (household.contains(name))
                name += QString::number(person + 1);
            household.insert(name);
            QString role = rented ? QStringLiteral("tenant") : (person == 0 ? QStringLiteral("owner") : QStringLiteral("family"));
            if (person >= 2 && !minor)
                role = QStringLiteral("occupant");
            const QDate birth = minor ? options.today.addDays(-qint64(365 * 2 + rng.bounded(365 * 15)))
                                      : options.today.addDays(-qint64(365 * 20 + rng.bounded(365 * 62)));
            QString phone = QStringLiteral("");
            if (!minor)
                phone = QStringLiteral("1%1%2").arg(3 + rng.bounded(7)).arg(rng.bounded(1'000'000'000u), 9, 10, QLatin1Char('0'));
            QString accessibility = QStringLiteral("");
            if (birth.daysTo(options.today) > 365 * 70)
                accessibility = rng.bounded(100) < 50 ? QStringLiteral("large_print,read_aloud") : QStringLiteral("large_print");
            const qint64 residentId = nextResidentId++;
            const bool under14 = birth.addYears(14) > options.today;
            // Some adults carry an ID number: a valid PRC number (check digit
            // per GB 11643) for Chinese residents, a passport for others.
            QVariant idKind, idSealed, idLookup;
            QString idMasked = QStringLiteral("");
            if (options.sealIdNumber && !minor && int(rng.bounded(100)) < options.idNumberPercent) {
                QString number;
                core::IdKind kind = core::IdKind::PrcResident;
                if (latin) {
                    kind = core::IdKind::Passport;
                    number = QStringLiteral("P%1").arg(residentId, 8, 10, QLatin1Char('0'));
                } else {
                    const QString region = QString::fromLatin1(kRegions[rng.bounded(int(std::size(kRegions)))]);
                    int sequence = int(rng.bounded(1000));
                    do {
                        const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd"))
                                                + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
                        number = first17 + core::prcCheckCharacter(first17);
                        sequence = (sequence + 1) % 1000;
                    } while (issuedIds.contains(number));
                }
                issuedIds.insert(number);
                const SealedIdNumber sealed = options.sealIdNumber(residentId, kind, number);
                idKind = core::idKindKey(sealed.kind);
                idSealed = sealed.sealed;
                idLookup = sealed.lookup;
                idMasked = sealed.masked;
                ++summary.idNumbers;
            }
            for (const QVariant& v : {QVariant(residentId), QVariant(unit.value()), QVariant(name),
                                      QVariant(core::pinyinInitials(name)), QVariant(role), QVariant(phone),
                                      QVariant(iso(birth)), under14 && guardian ? QVariant(guardian) : QVariant(),
                                      QVariant(latin ? QStringLiteral("en") : QStringLiteral("zh_CN")),
                                      QVariant(accessibility), QVariant(iso(moveIn)),
                                      leaseEnd.isValid() ? QVariant(iso(leaseEnd)) : QVariant(), QVariant(now),
                                      QVariant(now), idKind, idSealed, QVariant(idMasked), idLookup,
                                      QVariant(unit.value()), QVariant(unit.value())})
                insertResident->addBindValue(v);
            auto id = exec(insertResident);
            if (!id)
                return id.error();
            insertSearch->addBindValue(residentId);
            if (auto indexed = storage::exec(*insertSearch); !indexed)
                return indexed.error();
            if (person == 0)
                guardian = residentId;
            ++summary.residents;
            if (under14)
                ++summary.minors;
        }
    }
    if (summary.residents > 0) {
        if (auto grams = addResidentGrams(db, firstResidentId, nextResidentId - 1); !grams)
            return grams.error();
    }
    if (auto status = tx.commit(); !status)
        return status.error();
    return summary;
}

} // namespace cg::storage
