#pragma once

#include "core/clock.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QImage>
#include <QPainter>
#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace cg::test {

// A small compound for consent tests: one building, two units, an adult, a
// guardian and her 9-year-old child, and a resident who moved out.
struct ConsentFixture
{
    TempDatabase temp;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
    services::ServiceDeps deps;
    qint64 adult = 0;
    qint64 guardian = 0;
    qint64 child = 0;
    qint64 other = 0;

    ConsentFixture()
    {
        db = temp.open();
        auto built = services::ServiceDeps::build(db, temp.keyDir(), clock);
        if (!built)
            qFatal("deps: %s", qPrintable(built.error().message));
        deps = built.value();
        QSqlQuery q(db->connection());
        auto run = [&q](const QString& sql) {
            if (!q.exec(sql))
                qFatal("seed: %s", qPrintable(q.lastError().text()));
            return q.lastInsertId().toLongLong();
        };
        run(QStringLiteral("INSERT INTO compounds (id, name) VALUES (1, '翠苑小区')"));
        run(QStringLiteral("INSERT INTO buildings (id, compound_id, name, floors) VALUES (1, 1, '3', 18)"));
        run(QStringLiteral("INSERT INTO units (id, building_id, label, floor) VALUES (1, 1, '1502', 15), (2, 1, '0801', 8)"));
        // The doors a resident of building 3 is entitled to: gate, entrance, lift.
        run(QStringLiteral("INSERT INTO doors (compound_id, building_id, name, kind) VALUES"
                           " (1, NULL, 'North gate', 'gate'), (1, 1, 'Building 3 entrance', 'entrance'),"
                           " (1, 1, 'Building 3 lift', 'lift')"));
        const QString ts = QStringLiteral("'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'");
        adult = run(QStringLiteral("INSERT INTO residents (unit_id, name, role, language, created_at, updated_at)"
                                   " VALUES (1, '王芳', 'owner', 'zh_CN', ") + ts + QStringLiteral(")"));
        guardian = run(QStringLiteral("INSERT INTO residents (unit_id, name, role, birth_date, language, created_at, updated_at)"
                                      " VALUES (2, 'Anna Schmidt', 'tenant', '1988-04-02', 'en', ") + ts + QStringLiteral(")"));
        child = run(QStringLiteral("INSERT INTO residents (unit_id, name, role, birth_date, guardian_id, language, created_at, updated_at)"
                                   " VALUES (2, 'Lena Schmidt', 'family', '2017-06-15', %1, 'en', ").arg(guardian) + ts + QStringLiteral(")"));
        other = run(QStringLiteral("INSERT INTO residents (unit_id, name, role, language, created_at, updated_at)"
                                   " VALUES (1, '李强', 'family', 'zh_CN', ") + ts + QStringLiteral(")"));
    }

    static core::Actor clerk()
    {
        core::Actor a;
        a.userId = 11;
        a.name = QStringLiteral("clerk.li");
        a.role = core::Role::Clerk;
        a.desk = QStringLiteral("desk-1");
        return a;
    }
    static core::Actor admin()
    {
        core::Actor a;
        a.userId = 1;
        a.name = QStringLiteral("admin");
        a.role = core::Role::Administrator;
        return a;
    }
    static core::Actor auditor()
    {
        core::Actor a;
        a.userId = 5;
        a.name = QStringLiteral("auditor.zhao");
        a.role = core::Role::Auditor;
        return a;
    }

    // A PNG of a scribble, as the signature pad produces.
    static QByteArray signature()
    {
        QImage img(400, 120, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        p.setPen(QPen(Qt::black, 3));
        p.drawLine(10, 100, 120, 20);
        p.drawLine(120, 20, 300, 90);
        p.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "PNG");
        return bytes;
    }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            qFatal("count: %s", qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }
};

} // namespace cg::test
