#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace cg::ui {

// Shown when the console starts and there is no database at the chosen path:
// create an empty one, create one with a demo compound, or quit. A plain
// dialog until the first-run wizard (issue 9) replaces it.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Quit, CreateEmpty, CreateDemo, RestoreBackup };

    explicit FirstRunDialog(const QString& databasePath, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

    QPushButton* emptyButton() const { return m_empty; }
    QPushButton* demoButton() const { return m_demo; }
    QPushButton* quitButton() const { return m_quit; }
    QPushButton* restoreButton() const { return m_restore; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void choose(Choice choice);

    QString m_path;
    Choice m_choice = Choice::Quit;
    QLabel* m_heading = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_empty = nullptr;
    QPushButton* m_demo = nullptr;
    QPushButton* m_quit = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace cg::ui
