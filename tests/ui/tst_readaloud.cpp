// Read aloud with the real speech engine when one is installed (Debian:
// qt6-speech-speechd-plugin, speech-dispatcher, speech-dispatcher-espeak-ng,
// which installer/setup.sh installs): the engine opens in the background, a
// Mandarin voice (espeak-ng "cmn") and an English one are found, and the
// resident window shows its button for both languages; without a ReadAloud
// the button stays hidden.
#include "services/noticeservice.h"
#include "ui/kiosk/readaloud.h"
#include "ui/kiosk/residentwindow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextToSpeech>

using namespace cg;

namespace {

ui::ResidentWindow::Session session(ui::ReadAloud* speech)
{
    ui::ResidentWindow::Session s;
    s.residentName = QStringLiteral("王芳");
    s.language = QStringLiteral("zh_CN");
    s.notice.number = 1;
    s.notice.content = services::NoticeService::defaultNotice();
    s.notice.hash = core::noticeHash(s.notice.content);
    s.readAloud = speech;
    return s;
}

} // namespace

class tst_ReadAloud : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenWithoutAnEngine()
    {
        ui::ResidentWindow w(session(nullptr));
        w.show();
        QVERIFY(!w.readAloudButton()->isVisible());
    }

    void findsMandarinAndEnglishInTheBackground()
    {
        if (QTextToSpeech::availableEngines().isEmpty())
            QSKIP("No speech engine installed (installer/setup.sh installs speech-dispatcher-espeak-ng).");
        ui::ReadAloud speech;
        QSignalSpy ready(&speech, &ui::ReadAloud::availabilityChanged);
        // Opening takes seconds: the constructor returns before it is done.
        QVERIFY(!speech.canSpeak(QStringLiteral("zh_CN")));
        ui::ResidentWindow w(session(&speech));
        w.show();
        QVERIFY(!w.readAloudButton()->isVisible());
        QVERIFY(ready.wait(60000));
        QVERIFY2(speech.canSpeak(QStringLiteral("zh_CN")), "no Mandarin voice (speech-dispatcher-espeak-ng?)");
        QVERIFY2(!speech.voiceName(QStringLiteral("zh_CN")).contains(QStringLiteral("Cantonese")),
                 qPrintable(speech.voiceName(QStringLiteral("zh_CN"))));
        QVERIFY(speech.canSpeak(QStringLiteral("en")));
        QTRY_VERIFY(w.readAloudButton()->isVisible());
        w.setLanguage(QStringLiteral("en"));
        QVERIFY(w.readAloudButton()->isVisible());
        QCOMPARE(w.readAloudButton()->text(), QStringLiteral("Read aloud"));
    }
};

QTEST_MAIN(tst_ReadAloud)
#include "tst_readaloud.moc"
