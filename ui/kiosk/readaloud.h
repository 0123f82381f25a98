#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

namespace cg::ui {

class SpeechWorker;

// Read aloud for the resident's screen through Qt TextToSpeech. Opening the
// speech-dispatcher engine takes seconds (it lists every voice), so the engine
// lives on its own thread, opened once per console in the background; the GUI
// thread only asks canSpeak() and sends text. Mandarin comes from espeak-ng's
// "cmn" voice, which Qt lists under no locale of its own, so voices are
// matched by name as well as by locale. Create on the GUI thread.
class ReadAloud final : public QObject
{
    Q_OBJECT
public:
    explicit ReadAloud(QObject* parent = nullptr);
    ~ReadAloud() override;   // stops speaking and joins the speech thread

    // True once a voice for "zh_CN" or "en" was found.
    bool canSpeak(const QString& language) const;
    QString voiceName(const QString& language) const;
    bool isSpeaking() const;
    void say(const QString& text, const QString& language);
    void stop();

Q_SIGNALS:
    void availabilityChanged();
    void speakingChanged(bool speaking);

private:
    QThread m_thread;
    SpeechWorker* m_worker = nullptr;
    QHash<QString, QString> m_voices;   // language -> voice name
    bool m_speaking = false;
};

} // namespace cg::ui
