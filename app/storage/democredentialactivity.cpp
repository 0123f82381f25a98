#include "storage/democredentialactivity.h"

#include "storage/demoactivitycontext.h"
#include "storage/sqlerror.h"

#include <QVariant>

#include <algorithm>
#include <cstring>

namespace cg::storage::demo {

namespace {
const QStringList kVisitors = {QStringLiteral("快递 刘师傅"), QStringLiteral("保洁 周阿姨"), QStringLiteral("访客 孙先生"),
                               QStringLiteral("家政 吴女士"), QStringLiteral("维修 郑师傅"), QStringLiteral("Guest Tom Baker")};
} // namespace

void DemoCredentialActivity::plan()
{
    const std::vector<Person>& people = m_c.people;
    const qint64 now = m_c.now;
    std::vector<Cred>& creds = m_c.creds;
    creds.reserve(people.size() * 13 / 10);
    // The first moment each resident was without face consent.
    std::vector<qint64> firstWithout(people.size(), 0);
    for (const ConsentRow& row : m_c.ledger)
        if (row.kind != Kind::Granted && firstWithout[row.person] == 0)
            firstWithout[row.person] = row.at;
    int optedOut = 0;
    for (int i = 0; i < int(people.size()); ++i) {
        const Person& p = people[i];
        qint64 issued = firstWithout[i];
        if (!p.asked)
            issued = p.from;
        else if (issued == 0 && m_c.chance(0.55))
            issued = p.lastGrantAt + m_c.between(0, 30 * kDay);
        if (issued == 0 || issued >= now)
            continue;
        const double r = m_c.rng.generateDouble();
        const char type = p.guardian > 0 ? (r < 0.55 ? 'q' : 'c') : (r < 0.8 ? 'c' : (r < 0.92 ? 'p' : 'q'));
        creds.push_back({issued, 0, i, type, 'a', -1, 0});
        const bool withoutFace = !p.asked || p.last != Kind::Granted;
        // A lost card is replaced the same week, except (rarely) when the
        // resident never came back: those are the coverage violations.
        if (type == 'c' && m_c.chance(0.05)) {
            const qint64 lost = m_c.between(issued + kDay, now - 3600);
            if (lost > issued) {
                creds.back().status = 'l';
                creds.back().changed = lost;
                const bool forgotten = withoutFace && ++optedOut % 40 == 0;
                if (!forgotten) {
                    creds.back().replacedBy = int(creds.size());
                    creds.push_back({std::min(lost + m_c.between(600, 3 * kDay), now - 600), 0, i, 'c', 'a', -1, 0});
                }
            }
        }
    }
    // Visitor passes (QR, valid for a day), hosted by residents.
    const int visitors = int(people.size() / 6);
    for (int v = 0; v < visitors; ++v) {
        const int host = int(m_c.rng.bounded(quint32(people.size())));
        const qint64 issued = m_c.between(std::max(m_c.start, people[host].from), now - 600);
        const qint64 until = issued + m_c.between(2 * 3600, kDay);
        creds.push_back({issued, until, host, 'v', until <= now ? 'e' : 'a', -1, 0});
    }
}

core::Status DemoCredentialActivity::write()
{
    std::vector<Cred>& creds = m_c.creds;
    QRandomGenerator& rng = m_c.rng;
    // Ids in issue order; replacements point at the new card.
    std::vector<int> order(creds.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&creds](int a, int b) { return creds[a].issued < creds[b].issued; });
    qint64 credentialId = m_c.nextId(QStringLiteral("credentials"));
    for (int idx : order)
        creds[idx].id = credentialId++;
    auto insertCred = prepare(m_c.db, QStringLiteral("INSERT INTO credentials (id, resident_id, type, status, valid_from, valid_to,"
                                                     " card_lookup, card_last4, qr_lookup, pin_hash, visitor_name, replaced_by,"
                                                     " issued_at, issued_by, status_changed_at, status_reason)"
                                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insertCred)
        return insertCred.error();
    auto randomBytes = [&rng]() {
        QByteArray b(16, Qt::Uninitialized);
        for (int k = 0; k < 16; k += 4) {
            const quint32 x = rng.generate();
            std::memcpy(b.data() + k, &x, 4);
        }
        return b;
    };
    const QVariant nullText(QMetaType(QMetaType::QString));
    const QVariant nullBlob(QMetaType(QMetaType::QByteArray));
    QList<QString>& last4 = m_c.last4;
    last4 = QList<QString>(qsizetype(creds.size()));
    for (int idx : order) {
        const Cred& c = creds[idx];
        const Person& p = m_c.people[c.person];
        const QString type = c.type == 'c' ? QStringLiteral("card")
                             : c.type == 'p' ? QStringLiteral("pin")
                             : c.type == 'q' ? QStringLiteral("qr")
                                             : QStringLiteral("visitor");
        last4[idx] = c.type == 'c' ? QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0')) : QString();
        const QString status = c.status == 'l' ? QStringLiteral("lost") : c.status == 'e' ? QStringLiteral("expired")
                                                                                       : QStringLiteral("active");
        for (const QVariant& v :
             {QVariant(c.id), QVariant(p.id), QVariant(type), QVariant(status), QVariant(stamp(c.issued)),
              c.type == 'v' ? QVariant(stamp(c.changed)) : nullText, c.type == 'c' ? QVariant(randomBytes()) : nullBlob,
              QVariant(last4[idx].isNull() ? QStringLiteral("") : last4[idx]),
              c.type == 'q' || c.type == 'v' ? QVariant(randomBytes()) : nullBlob,
              c.type == 'p' ? QVariant(m_c.options.pinHash) : nullText,
              QVariant(c.type == 'v' ? kVisitors.at(int(c.issued % kVisitors.size())) : QStringLiteral("")),
              QVariant(QMetaType(QMetaType::LongLong)),
              QVariant(stamp(c.issued)), QVariant(m_c.clerkFor(p.id)),
              c.status == 'a' ? nullText : QVariant(stamp(c.changed)),
              QVariant(c.status == 'l' ? QStringLiteral("reported lost") : QStringLiteral(""))})
            insertCred->addBindValue(v);
        if (auto s = exec(*insertCred); !s)
            return s.error();
        ++m_c.summary.credentials;
        m_c.summary.credentialChanges += c.status == 'l' ? 1 : 0;
    }

    // The replacement is issued after the loss, so its id is known only now.
    auto replaced = prepare(m_c.db, QStringLiteral("UPDATE credentials SET replaced_by = ? WHERE id = ?"));
    if (!replaced)
        return replaced.error();
    for (const Cred& c : creds) {
        if (c.replacedBy < 0)
            continue;
        replaced->addBindValue(creds[c.replacedBy].id);
        replaced->addBindValue(c.id);
        if (auto s = exec(*replaced); !s)
            return s.error();
    }
    return {};
}

} // namespace cg::storage::demo
