#include "core/localized.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace cg::core {

namespace {

// Translators are loaded once per language and kept for the process's life;
// QTranslator::translate is const and the map is guarded.
QMutex g_mutex;

QTranslator* translatorFor(const QString& language)
{
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    QMutexLocker lock(&g_mutex);
    auto it = cache.find(language);
    if (it == cache.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/consentgate_%1.qm").arg(language)))
            translator.reset();
        it = cache.insert(language, translator);
    }
    return it->get();
}

} // namespace

QString normaliseLanguage(const QString& language)
{
    return language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString translateFor(const QString& language, const char* context, const char* sourceText)
{
    const QString lang = normaliseLanguage(language);
    if (lang != QLatin1String("en")) {
        if (QTranslator* translator = translatorFor(lang)) {
            const QString text = translator->translate(context, sourceText);
            if (!text.isEmpty())
                return text;
        }
    }
    return QString::fromUtf8(sourceText);
}

} // namespace cg::core
