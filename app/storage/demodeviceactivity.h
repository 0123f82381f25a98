#pragma once

#include "core/result.h"

#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace cg::storage::demo {

// The device side of the demo doors: face readers with signage at every
// gate and a detection-only camera at the first gate of each compound; in
// the first compound a lift face reader whose sign has not been recorded
// yet, so the compliance lint has something to report (as it would in a real
// compound after an installer's visit). Returns the cameras added.
class DemoDeviceActivity final
{
public:
    static core::Result<int> write(const QSqlDatabase& db, const QSet<qint64>& compounds, const QDate& signedOn,
                                   const QString& now);
};

} // namespace cg::storage::demo
