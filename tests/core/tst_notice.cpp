#include "core/notice.h"

#include <QCryptographicHash>
#include <QTest>

using namespace cg;

namespace {

core::NoticeContent complete()
{
    core::NoticeContent c;
    for (const QString& lang : core::noticeLanguages()) {
        for (core::NoticeField f : core::allNoticeFields())
            c.setField(lang, f, lang + QStringLiteral(" text for ") + core::noticeFieldKey(f));
    }
    return c;
}

} // namespace

class tst_Notice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void completeNoticePasses()
    {
        QVERIFY(core::checkComplete(complete()).ok());
    }

    void everyEmptyFieldIsNamed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("field");
        for (const QString& lang : core::noticeLanguages()) {
            for (core::NoticeField f : core::allNoticeFields())
                QTest::addRow("%s.%s", qPrintable(lang), qPrintable(core::noticeFieldKey(f))) << lang << int(f);
        }
    }
    void everyEmptyFieldIsNamed()
    {
        QFETCH(QString, language);
        QFETCH(int, field);
        core::NoticeContent c = complete();
        c.setField(language, core::NoticeField(field), QStringLiteral("  \n "));
        const core::Status s = core::checkComplete(c);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, core::Error::Kind::Invalid);
        QCOMPARE(s.error().field, language + QLatin1Char('.') + core::noticeFieldKey(core::NoticeField(field)));
        QVERIFY(s.error().message.contains(core::noticeFieldLabel(core::NoticeField(field))));
    }

    void hashIsStableAndKnown()
    {
        core::NoticeContent c;
        for (const QString& lang : core::noticeLanguages()) {
            for (core::NoticeField f : core::allNoticeFields())
                c.setField(lang, f, QStringLiteral("x"));
        }
        // Fixed expectation: the canonical form is a published contract; a
        // change here would orphan every consent recorded against old hashes.
        const QByteArray canonical = core::canonicalText(c).toUtf8();
        QVERIFY(canonical.startsWith("consentgate-notice/1\nzh_CN.title 1\nx\n"));
        QCOMPARE(core::noticeHash(c).size(), 64);
        QCOMPARE(core::noticeHash(c),
                 QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(core::noticeHash(c), core::noticeHash(core::NoticeContent::fromJson(c.toJson())));
    }

    void hashIgnoresLineEndingsAndTrailingSpace()
    {
        core::NoticeContent a = complete();
        core::NoticeContent b = a;
        a.setField(QStringLiteral("en"), core::NoticeField::Purpose, QStringLiteral("Open gates.\nAnd lifts."));
        b.setField(QStringLiteral("en"), core::NoticeField::Purpose, QStringLiteral("Open gates.  \r\nAnd lifts.\n\n"));
        QCOMPARE(core::noticeHash(a), core::noticeHash(b));
        b.setField(QStringLiteral("en"), core::NoticeField::Purpose, QStringLiteral("Open gates. And lifts."));
        QVERIFY(core::noticeHash(a) != core::noticeHash(b));
    }

    void hashCoversChinese()
    {
        core::NoticeContent a = complete();
        core::NoticeContent b = a;
        b.setField(QStringLiteral("zh_CN"), core::NoticeField::Retention, QStringLiteral("保存至撤回同意为止"));
        QVERIFY(core::noticeHash(a) != core::noticeHash(b));
    }

    void scopeChangeDetection()
    {
        const core::NoticeContent a = complete();
        core::NoticeContent b = a;
        b.setField(QStringLiteral("en"), core::NoticeField::PiContact, QStringLiteral("new officer"));
        QVERIFY(!core::changesScope(a, b));       // contact change: no re-consent
        b.setField(QStringLiteral("en"), core::NoticeField::Purpose,
                   QStringLiteral("  en text   for\npurpose "));
        QVERIFY(!core::changesScope(a, b));       // whitespace only
        for (core::NoticeField f : {core::NoticeField::Purpose, core::NoticeField::Method, core::NoticeField::DataCategories}) {
            core::NoticeContent c = a;
            c.setField(QStringLiteral("zh_CN"), f, QStringLiteral("新的内容"));
            QVERIFY2(core::changesScope(a, c), qPrintable(core::noticeFieldKey(f)));
        }
    }

    void plainTextAndSummary()
    {
        const core::NoticeContent c = complete();
        const QString text = core::noticePlainText(c, QStringLiteral("en"));
        QVERIFY(text.startsWith(QStringLiteral("en text for title")));
        QVERIFY(text.contains(QStringLiteral("en text for rights")));
        QVERIFY(core::noticeSummary(c, QStringLiteral("en")).contains(QStringLiteral("en text for retention")));
    }
};

QTEST_GUILESS_MAIN(tst_Notice)
#include "tst_notice.moc"
