#include "core/pinyin.h"

#include <QTest>

using namespace cg::core;

class tst_Pinyin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("wang") << QStringLiteral("王伟") << QStringLiteral("ww");
        QTest::newRow("three") << QStringLiteral("李小明") << QStringLiteral("lxm");
        QTest::newRow("zhang") << QStringLiteral("张静") << QStringLiteral("zj");
        QTest::newRow("chen") << QStringLiteral("陈芳") << QStringLiteral("cf");
        QTest::newRow("ouyang") << QStringLiteral("欧阳娜") << QStringLiteral("oyn");
        QTest::newRow("sima") << QStringLiteral("司马浩") << QStringLiteral("smh");
        QTest::newRow("boundaries") << QStringLiteral("啊芭擦搭蛾发噶哈击喀垃妈拿哦啪期然撒塌挖昔压匝")
                                    << QStringLiteral("abcdefghjklmnopqrstwxyz");
        QTest::newRow("last-level1") << QStringLiteral("座") << QStringLiteral("z");
        QTest::newRow("latin-skipped") << QStringLiteral("Anna 王") << QStringLiteral("w");
        QTest::newRow("empty") << QString() << QString();
    }
    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(pinyinInitials(name), initials);
    }
};

QTEST_GUILESS_MAIN(tst_Pinyin)
#include "tst_pinyin.moc"
