#include "ui/dialogs/firstrundialog.h"

#include "ui/icons.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg::ui {

FirstRunDialog::FirstRunDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_path(QDir::toNativeSeparators(databasePath))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);

    // One primary action (an empty database for real use); the demo is for
    // trying the console out; quitting changes nothing on disk.
    m_empty = new QPushButton(themedIcon(QStringLiteral("document-new")), QString(), this);
    m_empty->setObjectName(QStringLiteral("createEmpty"));
    m_empty->setDefault(true);
    m_demo = new QPushButton(themedIcon(QStringLiteral("system-users")), QString(), this);
    m_demo->setObjectName(QStringLiteral("createDemo"));
    m_quit = new QPushButton(themedIcon(QStringLiteral("dialog-cancel")), QString(), this);
    m_quit->setObjectName(QStringLiteral("quit"));
    // An office that lost its computer starts here too: restore, don't recreate.
    m_restore = new QPushButton(themedIcon(QStringLiteral("document-revert")), QString(), this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    for (QPushButton* button : {m_empty, m_demo, m_restore, m_quit})
        button->setMinimumHeight(40);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_empty);
    buttons->addWidget(m_demo);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_quit);
    layout->addLayout(buttons);

    connect(m_empty, &QPushButton::clicked, this, [this] { choose(Choice::CreateEmpty); });
    connect(m_demo, &QPushButton::clicked, this, [this] { choose(Choice::CreateDemo); });
    connect(m_restore, &QPushButton::clicked, this, [this] { choose(Choice::RestoreBackup); });
    connect(m_quit, &QPushButton::clicked, this, [this] { choose(Choice::Quit); });
    retranslate();
    setMinimumWidth(560);
}

void FirstRunDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstRunDialog::retranslate()
{
    setWindowTitle(tr("Welcome to ConsentGate"));
    m_heading->setText(tr("No database yet"));
    m_text->setText(tr("There is no ConsentGate database at\n%1\n\n"
                       "Create an empty database to start registering residents, or create one with a demo "
                       "compound (invented buildings and residents) to try the console out. If this office had "
                       "ConsentGate before, restore its backup instead. "
                       "You can choose another file with --database PATH.")
                        .arg(m_path));
    m_empty->setText(tr("Create an &empty database"));
    m_demo->setText(tr("Create with a &demo compound"));
    m_restore->setText(tr("&Restore from backup…"));
    m_restore->setAccessibleName(tr("Restore the database and its key from a backup"));
    m_quit->setText(tr("&Quit"));
    m_empty->setAccessibleName(tr("Create an empty database"));
    m_demo->setAccessibleName(tr("Create a database with a demo compound"));
    m_quit->setAccessibleName(tr("Quit without creating a database"));
}

} // namespace cg::ui
