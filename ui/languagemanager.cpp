#include "ui/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace cg::ui {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QString LanguageManager::nativeName(const QString& language)
{
    return language == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English");
}

QString LanguageManager::remembered()
{
    QSettings settings;
    const QString stored = settings.value(QStringLiteral("ui/language")).toString();
    if (available().contains(stored))
        return stored;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void LanguageManager::remember(const QString& language)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), language);
}

bool LanguageManager::setLanguage(const QString& language)
{
    if (!available().contains(language))
        return false;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qtBase)
        QCoreApplication::removeTranslator(m_qtBase.get());
    m_app.reset();
    m_qtBase.reset();
    if (language != QLatin1String("en")) {
        auto app = std::make_unique<QTranslator>();
        if (!app->load(QStringLiteral(":/i18n/consentgate_%1.qm").arg(language)))
            return false;
        auto qtBase = std::make_unique<QTranslator>();
        // Standard buttons and dialogs come from Qt's own catalogue.
        if (qtBase->load(QStringLiteral("qtbase_%1").arg(language),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qtBase = std::move(qtBase);
        m_app = std::move(app);
        if (m_qtBase)
            QCoreApplication::installTranslator(m_qtBase.get());
        QCoreApplication::installTranslator(m_app.get());
    } else {
        // Removing translators alone does not notify widgets.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                language == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    m_language = language;
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace cg::ui
