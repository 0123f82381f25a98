#pragma once

#include "ui/page.h"

#include <memory>

class QComboBox;
class QLabel;
class QGroupBox;
class QFormLayout;

namespace cg::storage {
class Database;
}

namespace cg::ui {

class LanguageManager;

// Where the data lives, which language the console speaks, what version runs.
class SettingsPage final : public Page
{
    Q_OBJECT
public:
    SettingsPage(std::shared_ptr<storage::Database> database, LanguageManager* languages,
                 QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activated() override;

protected:
    void retranslate() override;

private:
    void refresh();

    std::shared_ptr<storage::Database> m_database;
    LanguageManager* m_languages = nullptr;
    QLabel* m_heading = nullptr;
    QGroupBox* m_databaseBox = nullptr;
    QFormLayout* m_databaseForm = nullptr;
    QLabel* m_pathValue = nullptr;
    QLabel* m_uuidValue = nullptr;
    QLabel* m_schemaValue = nullptr;
    QGroupBox* m_languageBox = nullptr;
    QFormLayout* m_languageForm = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QGroupBox* m_aboutBox = nullptr;
    QLabel* m_aboutText = nullptr;
};

} // namespace cg::ui
