#include "vision/sourcespec.h"

#include <QTemporaryDir>
#include <QFile>
#include <QUrl>
#include <QtTest>

using namespace cg::vision;

class tst_SourceSpec final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodesCredentials()
    {
        SourceSpec spec{SourceKind::Rtsp, QStringLiteral("rtsp://10.0.0.7:554/Streaming/Channels/101"), QStringLiteral("admin"),
                        QStringLiteral("p@ss:w/rd#1%")};
        const QString url = spec.openUrl();
        QCOMPARE(url, QStringLiteral("rtsp://admin:p%40ss%3Aw%2Frd%231%25@10.0.0.7:554/Streaming/Channels/101"));
        // The host part stays intact and the password decodes back exactly.
        const QUrl parsed(url);
        QCOMPARE(parsed.host(), QStringLiteral("10.0.0.7"));
        QCOMPARE(parsed.port(), 554);
        QCOMPARE(parsed.password(QUrl::FullyDecoded), QStringLiteral("p@ss:w/rd#1%"));
        QVERIFY(!spec.displayName().contains(QStringLiteral("p@ss")));
        QVERIFY(!spec.displayName().contains(QStringLiteral("p%40ss")));
    }

    void replacesCredentialsTypedIntoTheUrl()
    {
        SourceSpec spec{SourceKind::HttpMjpeg, QStringLiteral("http://old:secret@cam.local/video.mjpg"), QStringLiteral("u@x"),
                        QStringLiteral("pw")};
        QCOMPARE(spec.openUrl(), QStringLiteral("http://u%40x:pw@cam.local/video.mjpg"));
        QVERIFY(!spec.displayName().contains(QStringLiteral("secret")));
    }

    void noCredentialsLeavesUrlAlone()
    {
        SourceSpec spec{SourceKind::HttpMjpeg, QStringLiteral("http://127.0.0.1:8080/x"), {}, {}};
        QCOMPARE(spec.openUrl(), spec.location);
    }

    void v4l2StableIdResolves()
    {
        QTemporaryDir dir;
        const QString node = dir.filePath(QStringLiteral("video7"));
        QFile f(node);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString link = dir.filePath(QStringLiteral("usb-Vendor_Cam_123-video-index0"));
        QVERIFY(QFile::link(node, link));
        SourceSpec spec{SourceKind::V4l2, link, {}, {}};
        QCOMPARE(spec.devicePath(), QFileInfo(node).canonicalFilePath());
        QCOMPARE(spec.displayName(), link);
    }

    void kindKeysRoundTrip()
    {
        for (SourceKind k : {SourceKind::File, SourceKind::V4l2, SourceKind::Rtsp, SourceKind::HttpMjpeg}) {
            SourceKind back = SourceKind::File;
            QVERIFY(sourceKindFromKey(sourceKindKey(k), back));
            QCOMPARE(back, k);
        }
        SourceKind unused = SourceKind::File;
        QVERIFY(!sourceKindFromKey(QStringLiteral("usb"), unused));
    }
};

QTEST_GUILESS_MAIN(tst_SourceSpec)
#include "tst_sourcespec.moc"
