#include "ui/dialogs/helpdialogs.h"

#include "ui/icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cg::ui {

namespace {

// Texts of these free functions share one translation context.
struct HelpText
{
    Q_DECLARE_TR_FUNCTIONS(cg::ui::HelpDialogs)
};

QDialog* makeDialog(QWidget* parent, const QString& title, QWidget* body)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    body->setParent(dialog);
    layout->addWidget(body);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace

QString userGuideHtml()
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QFile file(chinese ? QStringLiteral(":/help/guide_zh_CN.html") : QStringLiteral(":/help/guide_en.html"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void showUserGuide(QWidget* parent)
{
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setAccessibleName(HelpText::tr("User guide"));
    browser->setOpenExternalLinks(false);
    browser->setHtml(userGuideHtml());
    QDialog* dialog = makeDialog(parent, HelpText::tr("ConsentGate user guide"), browser);
    dialog->resize(760, 640);
    dialog->show();
}

void showAbout(QWidget* parent, const AboutInfo& about)
{
    QString html = QStringLiteral("<h2>ConsentGate %1</h2><p>%2</p>")
                       .arg(QStringLiteral(CG_VERSION).toHtmlEscaped(),
                            HelpText::tr("Consent-first access console for residential compounds. Face data is processed "
                               "on this computer only.")
                                .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><table>").arg(HelpText::tr("Where your data lives").toHtmlEscaped());
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), QDir::toNativeSeparators(value).toHtmlEscaped());
    };
    html += row(HelpText::tr("Database:"), about.databasePath);
    html += row(HelpText::tr("Key folder:"), about.keyDirectory);
    html += row(HelpText::tr("Data folder:"), about.dataDirectory);
    html += QStringLiteral("</table><h3>%1</h3><ul>").arg(HelpText::tr("Face detector models and their licences").toHtmlEscaped());
    for (const AboutInfo::Model& model : about.models) {
        html += QStringLiteral("<li><b>%1</b> — %2<br/>%3</li>")
                    .arg(model.name.toHtmlEscaped(), model.licence.toHtmlEscaped(),
                         model.path.isEmpty() ? HelpText::tr("not installed on this computer").toHtmlEscaped()
                                              : QDir::toNativeSeparators(model.path).toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(HelpText::tr("Built with Qt %1, OpenCV, SQLite, libsodium and libqrencode. Icons: KDE Breeze (LGPL-3.0-or-later).")
                         .arg(QString::fromLatin1(qVersion()))
                         .toHtmlEscaped());
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("aboutText"));
    browser->setAccessibleName(HelpText::tr("About ConsentGate"));
    browser->setHtml(html);
    QDialog* dialog = makeDialog(parent, HelpText::tr("About ConsentGate"), browser);
    dialog->resize(620, 520);
    dialog->show();
}

void populateHelpMenu(QMenu* menu, QWidget* parent, const AboutInfo& about)
{
    auto* guide = menu->addAction(themedIcon(QStringLiteral("help-contents")), HelpText::tr("User &guide"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    QObject::connect(guide, &QAction::triggered, parent, [parent] { showUserGuide(parent); });
    auto* aboutAction = menu->addAction(themedIcon(QStringLiteral("help-about")), HelpText::tr("&About ConsentGate"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    QObject::connect(aboutAction, &QAction::triggered, parent, [parent, about] { showAbout(parent, about); });
    // Menus are built once; their texts follow the language on the next start
    // of the menu, so re-set them when the language changes.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [guide, aboutAction] {
        guide->setText(HelpText::tr("User &guide"));
        aboutAction->setText(HelpText::tr("&About ConsentGate"));
    });
}

} // namespace cg::ui
