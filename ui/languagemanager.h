#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace cg::ui {

// Installs ConsentGate's and Qt's own translators and switches them live.
// Widgets retranslate on the QEvent::LanguageChange that installation sends.
// Lives on the GUI thread; owned by main.cpp.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    // "en" or "zh_CN". Returns false (and keeps the current language) when the
    // translation could not be loaded.
    bool setLanguage(const QString& language);
    QString language() const { return m_language; }
    // True when Qt's own catalogue (standard buttons and dialogs) is installed
    // for the current language; always false for English, which needs none.
    bool qtTranslationsLoaded() const { return m_qtBase != nullptr; }

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }
    static QString nativeName(const QString& language);

    // The language remembered in the user's settings (or the system's).
    static QString remembered();
    static void remember(const QString& language);

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qtBase;
};

} // namespace cg::ui
