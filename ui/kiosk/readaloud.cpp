#include "ui/kiosk/readaloud.h"

#include <QLocale>
#include <QTextToSpeech>
#include <QVoice>

namespace cg::ui {

// Lives on the speech thread: every QTextToSpeech call happens there.
class SpeechWorker final : public QObject
{
    Q_OBJECT
public:
    void open()
    {
        m_tts = new QTextToSpeech(this);
        if (m_tts->state() == QTextToSpeech::Error) {
            Q_EMIT opened({});
            return;
        }
        connect(m_tts, &QTextToSpeech::stateChanged, this,
                [this](QTextToSpeech::State s) { Q_EMIT speaking(s == QTextToSpeech::Speaking); });
        QHash<QString, QString> found;
        const QList<QLocale> locales = m_tts->availableLocales();
        // English: a British or American voice, whatever comes first.
        for (const QLocale& l : locales) {
            if (l.language() == QLocale::English && !m_voices.contains(QStringLiteral("en"))) {
                m_tts->setLocale(l);
                const QList<QVoice> voices = m_tts->availableVoices();
                if (!voices.isEmpty()) {
                    m_voices.insert(QStringLiteral("en"), {l, voices.constFirst()});
                    found.insert(QStringLiteral("en"), voices.constFirst().name());
                }
            }
        }
        // Mandarin: a Chinese locale, or (espeak-ng's "cmn") a voice named so
        // under a locale Qt does not know. Cantonese would read the notice
        // in the wrong spoken language.
        for (const QLocale& l : locales) {
            const bool chinese = l.language() == QLocale::Chinese;
            if (!chinese && l.language() != QLocale::C && l.language() != QLocale::AnyLanguage)
                continue;
            m_tts->setLocale(l);
            for (const QVoice& v : m_tts->availableVoices()) {
                const QString name = v.name();
                if (name.contains(QLatin1String("Cantonese"), Qt::CaseInsensitive) || name.contains(QLatin1Char('+')))
                    continue;
                if (name.contains(QLatin1String("Mandarin"), Qt::CaseInsensitive) || (chinese && l.territory() == QLocale::China)) {
                    m_voices.insert(QStringLiteral("zh_CN"), {l, v});
                    found.insert(QStringLiteral("zh_CN"), name);
                    break;
                }
            }
            if (found.contains(QStringLiteral("zh_CN")))
                break;
        }
        Q_EMIT opened(found);
    }
    void say(const QString& text, const QString& language)
    {
        if (!m_tts || !m_voices.contains(language))
            return;
        const auto& [locale, voice] = m_voices.value(language);
        m_tts->stop();
        m_tts->setLocale(locale);
        m_tts->setVoice(voice);
        m_tts->say(text);
    }
    void stop()
    {
        if (m_tts)
            m_tts->stop();
    }

Q_SIGNALS:
    void opened(const QHash<QString, QString>& voices);
    void speaking(bool on);

private:
    QTextToSpeech* m_tts = nullptr;
    QHash<QString, std::pair<QLocale, QVoice>> m_voices;
};

ReadAloud::ReadAloud(QObject* parent) : QObject(parent)
{
    // No engine installed: nothing to open, the button stays hidden.
    if (QTextToSpeech::availableEngines().isEmpty())
        return;
    m_thread.setObjectName(QStringLiteral("speech"));
    m_worker = new SpeechWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::opened, this, [this](const QHash<QString, QString>& voices) {
        m_voices = voices;
        Q_EMIT availabilityChanged();
    });
    connect(m_worker, &SpeechWorker::speaking, this, [this](bool on) {
        m_speaking = on;
        Q_EMIT speakingChanged(on);
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::open, Qt::QueuedConnection);
}

ReadAloud::~ReadAloud()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool ReadAloud::canSpeak(const QString& language) const
{
    return m_voices.contains(language);
}

bool ReadAloud::isSpeaking() const
{
    return m_speaking;
}

QString ReadAloud::voiceName(const QString& language) const
{
    return m_voices.value(language);
}

void ReadAloud::say(const QString& text, const QString& language)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, text, language] { worker->say(text, language); },
                                  Qt::QueuedConnection);
}

void ReadAloud::stop()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop, Qt::QueuedConnection);
}

} // namespace cg::ui

#include "readaloud.moc"
