#pragma once

#include "core/result.h"

#include "storage/residentrepository.h"

#include <QDate>
#include <functional>

#include <memory>

namespace cg::storage {

class Database;

// Seeds a realistic demo compound: buildings with entrances and lifts, units,
// owners, tenants and family members (minors linked to a guardian), Chinese
// and Latin names. Deterministic for a given seed; all rows in one transaction.
class DemoSeeder final
{
public:
    struct Options
    {
        int residents = 1500;
        quint32 seed = 20261126;
        QDate today = QDate::currentDate();   // minors are computed against this
        // Seals a generated ID number for resident `id` (the service layer
        // holds the keys). Unset: nobody gets an ID number.
        std::function<SealedIdNumber(qint64 id, core::IdKind kind, const QString& number)> sealIdNumber;
        int idNumberPercent = 35;             // share of adults given an ID number
    };

    struct Summary
    {
        int compounds = 0;
        int buildings = 0;
        int doors = 0;
        int units = 0;
        int residents = 0;
        int minors = 0;
        int idNumbers = 0;
    };

    explicit DemoSeeder(std::shared_ptr<storage::Database> database);
    core::Result<Summary> seed(const Options& options);

private:
    std::shared_ptr<storage::Database> m_database;
};

} // namespace cg::storage
