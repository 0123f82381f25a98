// The property company's name and contact: validation names the field, and
// the notice gets them in both languages without losing completeness.
#include "core/notice.h"
#include "services/noticeservice.h"
#include "services/processordetails.h"

#include <QTest>

using namespace cg;

namespace {

services::ProcessorDetails good()
{
    services::ProcessorDetails d;
    d.name = QStringLiteral("杭州绿苑物业服务有限公司");
    d.phone = QStringLiteral("0571-8888 1234");
    d.address = QStringLiteral("绿苑小区 1 幢物业服务中心");
    d.email = QStringLiteral("service@lvyuan.example.cn");
    return d;
}

} // namespace

class tst_ProcessorDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsOrdinaryDetails()
    {
        QVERIFY(good().validate().ok());
        services::ProcessorDetails d = good();
        d.email.clear();   // optional
        QVERIFY(d.validate().ok());
        d.phone = QStringLiteral("+86 (571) 8888-1234 转 8012");
        QVERIFY(d.validate().ok());
    }

    void refusesBadInputNamingTheField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        const services::ProcessorDetails g = good();
        QTest::newRow("no name") << QStringLiteral(" ") << g.phone << g.address << g.email << QStringLiteral("company_name") << QStringLiteral("Company name");
        QTest::newRow("one letter") << QStringLiteral("A") << g.phone << g.address << g.email << QStringLiteral("company_name") << QStringLiteral("Company name");
        QTest::newRow("no phone") << g.name << QString() << g.address << g.email << QStringLiteral("phone") << QStringLiteral("Telephone");
        QTest::newRow("letters") << g.name << QStringLiteral("call us") << g.address << g.email << QStringLiteral("phone") << QStringLiteral("call us");
        QTest::newRow("too short") << g.name << QStringLiteral("123") << g.address << g.email << QStringLiteral("phone") << QStringLiteral("Telephone");
        QTest::newRow("no address") << g.name << g.phone << QString() << g.email << QStringLiteral("address") << QStringLiteral("Address");
        QTest::newRow("two lines") << g.name << g.phone << QStringLiteral("Road 1\nRoad 2") << g.email << QStringLiteral("address") << QStringLiteral("Address");
        QTest::newRow("email") << g.name << g.phone << g.address << QStringLiteral("office@") << QStringLiteral("email") << QStringLiteral("office@");
        QTest::newRow("email dot") << g.name << g.phone << g.address << QStringLiteral("a@b") << QStringLiteral("email") << QStringLiteral("Email");
    }

    void refusesBadInputNamingTheField()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, address);
        QFETCH(QString, email);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        const services::ProcessorDetails d{name, phone, address, email};
        auto status = d.validate();
        QVERIFY(!status);
        QCOMPARE(status.error().kind, core::Error::Kind::Invalid);
        QCOMPARE(status.error().field, field);
        QVERIFY2(status.error().message.contains(mentions), qPrintable(status.error().message));
    }

    void fillsProcessorAndContactsInBothLanguages()
    {
        const core::NoticeContent before = services::NoticeService::defaultNotice();
        const core::NoticeContent after = good().applyTo(before);
        QVERIFY(core::checkComplete(after).ok());
        for (const QString& language : core::noticeLanguages()) {
            QVERIFY(after.field(language, core::NoticeField::Processor).contains(good().name));
            for (auto f : {core::NoticeField::ProcessorContact, core::NoticeField::PiContact}) {
                const QString text = after.field(language, f);
                QVERIFY2(text.contains(good().phone) && text.contains(good().address) && text.contains(good().email),
                         qPrintable(text));
            }
            QVERIFY(!after.field(language, core::NoticeField::Processor).contains(QStringLiteral("%")));
        }
        QVERIFY(after.field(QStringLiteral("en"), core::NoticeField::ProcessorContact).contains(QStringLiteral("telephone")));
        QVERIFY(after.field(QStringLiteral("zh_CN"), core::NoticeField::ProcessorContact).contains(QStringLiteral("电话")));
        // Only who and how to reach them: consent given to the default text still covers it.
        QVERIFY(!core::changesScope(before, after));
        for (auto f : {core::NoticeField::Purpose, core::NoticeField::Method, core::NoticeField::Rights})
            QCOMPARE(after.field(QStringLiteral("zh_CN"), f), before.field(QStringLiteral("zh_CN"), f));
    }

    void withoutEmailSaysNothingAboutEmail()
    {
        services::ProcessorDetails d = good();
        d.email.clear();
        const core::NoticeContent after = d.applyTo(services::NoticeService::defaultNotice());
        QVERIFY(!after.field(QStringLiteral("en"), core::NoticeField::ProcessorContact).contains(QStringLiteral("email")));
        QVERIFY(!after.field(QStringLiteral("zh_CN"), core::NoticeField::PiContact).contains(QStringLiteral("电子邮件")));
    }

    void placeholdersInTheNameAreNotExpanded()
    {
        services::ProcessorDetails d = good();
        d.name = QStringLiteral("100%2 Property");
        const core::NoticeContent after = d.applyTo(services::NoticeService::defaultNotice());
        QVERIFY(after.field(QStringLiteral("en"), core::NoticeField::PiContact).contains(QStringLiteral("100%2 Property")));
    }
};

QTEST_GUILESS_MAIN(tst_ProcessorDetails)
#include "tst_processordetails.moc"
