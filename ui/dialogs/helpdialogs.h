#pragma once

#include <QList>
#include <QString>

class QMenu;
class QWidget;

namespace cg::ui {

// What the About box tells: where the data lives and which third-party
// models ship with their licences. Filled by main.cpp.
struct AboutInfo
{
    struct Model
    {
        QString name;
        QString licence;
        QString path;    // empty when not installed on this machine
    };
    QString databasePath;
    QString keyDirectory;
    QString dataDirectory;
    QList<Model> models;
};

// Adds "User guide" (F1) and "About ConsentGate" to `menu`.
void populateHelpMenu(QMenu* menu, QWidget* parent, const AboutInfo& about);

void showUserGuide(QWidget* parent);
void showAbout(QWidget* parent, const AboutInfo& about);

// The guide's HTML in the current UI language (resources/help).
QString userGuideHtml();

} // namespace cg::ui
