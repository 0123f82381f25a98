#include "storage/demodeviceactivity.h"

#include "storage/sqlerror.h"

#include <QVariant>

#include <algorithm>

namespace cg::storage::demo {

core::Result<int> DemoDeviceActivity::write(const QSqlDatabase& db, const QSet<qint64>& compounds, const QDate& signedOn,
                                            const QString& now)
{
    QList<qint64> ids(compounds.begin(), compounds.end());
    std::sort(ids.begin(), ids.end());
    auto gates = prepare(db, QStringLiteral("UPDATE doors SET face_reader = 1, signage_text = ?, signage_date = ?,"
                                            " version = version + 1 WHERE compound_id = ? AND kind = 'gate'"
                                            " AND face_reader = 0 AND signage_text = ''"));
    auto camera = prepare(db, QStringLiteral("INSERT INTO cameras (name, kind, location, recording, face_recognition,"
                                             " created_at, updated_at) SELECT name || ' 南门摄像头', 'file', ?, 0, 0, ?, ?"
                                             " FROM compounds WHERE id = ?"));
    auto link = prepare(db, QStringLiteral("UPDATE doors SET camera_id = ? WHERE id = (SELECT min(id) FROM doors"
                                           " WHERE compound_id = ? AND kind = 'gate') AND camera_id IS NULL"));
    auto lift = prepare(db, QStringLiteral("UPDATE doors SET face_reader = 1, version = version + 1 WHERE id ="
                                           " (SELECT min(id) FROM doors WHERE compound_id = ? AND kind = 'lift' AND face_reader = 0)"));
    for (auto* q : {&gates, &camera, &link, &lift})
        if (!*q)
            return q->error();
    const QString sign = QStringLiteral("本出入口设有人脸识别门禁，仅识别已单独书面同意的住户；不同意者凭门禁卡、密码或二维码通行，"
                                        "权益不受影响。人脸信息仅存于本小区，撤回同意后立即删除。咨询：物业服务中心。");
    int cameras = 0;
    for (qint64 compound : ids) {
        gates->addBindValue(sign);
        gates->addBindValue(signedOn.toString(Qt::ISODate));
        gates->addBindValue(compound);
        if (auto s = exec(*gates); !s)
            return s.error();
        camera->addBindValue(QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi"));
        camera->addBindValue(now);
        camera->addBindValue(now);
        camera->addBindValue(compound);
        if (auto s = exec(*camera); !s)
            return s.error();
        if (camera->numRowsAffected() > 0) {
            ++cameras;
            link->addBindValue(camera->lastInsertId());
            link->addBindValue(compound);
            if (auto s = exec(*link); !s)
                return s.error();
        }
    }
    if (!ids.isEmpty()) {
        lift->addBindValue(ids.first());
        if (auto s = exec(*lift); !s)
            return s.error();
    }
    return cameras;
}

} // namespace cg::storage::demo
