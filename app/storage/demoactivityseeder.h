#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace cg::storage {

class Database;

// Seeds about two years of activity for the residents that DemoSeeder wrote
// (those without any consent event or credential yet): consent decisions
// (grants, refusals, withdrawals with their face-data deletions and device
// copies, expiries, re-confirmations after a notice change), face enrolments
// of the residents who agree, non-biometric credentials (issued with every
// refusal, lost cards and replacements, visitor passes) and door events, plus
// the device side of the doors (face readers with signage, cameras). The
// demo and the scale benchmark (100,000 residents, 1,000,000 events) use it.
//
// Rows are generated in memory, sorted by time (ids grow with time, as they
// do at a real desk) and written with prepared statements in one transaction.
// Deterministic for a given seed and `nowUtc`.
class DemoActivitySeeder final
{
public:
    struct Notice
    {
        QString hash;
        QDateTime publishedAt;   // UTC
    };

    struct Options
    {
        qint64 events = 0;                   // consent + credential issues/changes + door events
        quint32 seed = 20261126;
        QDateTime nowUtc;                    // end of the window
        int days = 730;                      // length of the window
        Notice firstNotice;                  // in force at the start of the window
        Notice currentNotice;                // a scope change near the end (may equal firstNotice)
        int graceDays = 30;
        // Seals the placeholder enrolment crop of an enrolment (the keys live
        // in the service layer). Required.
        std::function<QByteArray(qint64 enrolmentId, qint64 residentId)> sealCrop;
        QString pinHash;                     // peppered hash shared by the demo PINs. Required.
        bool devices = true;                 // face readers, signage and cameras on the doors
    };

    struct Summary
    {
        qint64 consentEvents = 0;
        qint64 enrolments = 0;
        qint64 deletions = 0;
        qint64 deviceCopiesPending = 0;
        qint64 reconsentMarks = 0;
        qint64 credentials = 0;             // issued (including visitor passes)
        qint64 credentialChanges = 0;       // lost / revoked / expired status changes
        qint64 doorEvents = 0;
        int cameras = 0;
        qint64 total() const { return consentEvents + credentials + credentialChanges + doorEvents; }
    };

    explicit DemoActivitySeeder(std::shared_ptr<Database> database);
    core::Result<Summary> seed(const Options& options);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
