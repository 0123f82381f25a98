// Developer aid (not a ctest test): pictures of what a clerk sees in the
// residents screens, in English and Chinese, to look at by eye — the page
// after a short and a broad search, the editor with validation problems,
// the move-out wizard, and the import dialog previewing a file with errors.
//   build/dev/tests/ui/residentshots OUT_DIR      (PNG files, drawn offscreen)
#include "core/clock.h"
#include "services/moveoutservice.h"
#include "services/residentexporter.h"
#include "services/residentimporter.h"
#include "services/residentservice.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "ui/dialogs/moveoutwizard.h"
#include "ui/dialogs/residenteditor.h"
#include "ui/dialogs/residentimportdialog.h"
#include "ui/models/residenttablemodel.h"
#include "ui/pages/residentspage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace cg;

namespace {

void save(QWidget* widget, const QString& dir, const QString& name)
{
    QTest::qWait(100);   // let pending layout requests run, as they would on screen
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (widget->grab().save(file))
        std::printf("saved %s\n", qPrintable(file));
}

QPushButton* buttonWithText(QWidget* parent, const QString& text)
{
    for (QPushButton* b : parent->findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out = app.arguments().value(1, QStringLiteral("residentshots"));
    QDir().mkpath(out);
    QTemporaryDir temp;
    storage::Database::Options create;
    create.mode = storage::Database::OpenMode::CreateIfMissing;
    auto db = storage::Database::open(temp.filePath(QStringLiteral("shots.sqlite")), create);
    if (!db)
        return 3;
    auto deps = services::ServiceDeps::build(db.value(), temp.filePath(QStringLiteral("keys")),
                                             std::make_shared<core::SystemClock>());
    if (!deps)
        return 3;
    storage::DemoSeeder seeder(db.value());
    if (!seeder.seed({}))
        return 1;
    auto residents = std::make_shared<services::ResidentService>(*deps);
    auto moveOut = std::make_shared<services::MoveOutService>(*deps);
    auto importer = std::make_shared<services::ResidentImporter>(*deps);
    auto exporter = std::make_shared<services::ResidentExporter>(*deps);
    const auto actor = [] { return core::Actor::system(); };
    const QString csv = temp.filePath(QStringLiteral("旧系统住户.csv"));
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("楼栋,单元,姓名,角色,手机,身份证号,出生日期\n"
                "3幢,3-1201,张伟,业主,13812345678,,1980-02-03\n"
                "3幢,3-1201,张小宝,家庭成员,,,2019-05-06\n"
                "3幢,3-1202,,租户,1381234,,\n"
                "3幢,3-1203,李娜,房客,13900001111,330106199001011235,\n"
                "3幢,3-1204,Anna Smith,tenant,+44 20 7123 4567,,1990-13-01\n");
    }

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTranslator translator, qtBase;   // as ui::LanguageManager loads them
        if (language == QLatin1String("zh_CN")) {
            if (!translator.load(QStringLiteral(":/i18n/consentgate_zh_CN.qm")))
                return 1;
            QCoreApplication::installTranslator(&translator);
            if (qtBase.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qtBase);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        }

        ui::ResidentsPage page({residents, moveOut, importer, exporter}, actor, deps->clock);
        page.resize(1400, 800);
        page.show();
        page.activated();
        for (const QString& search : {QStringLiteral("王"), QStringLiteral("1")}) {
            page.searchField()->setText(search);
            Q_EMIT page.searchField()->returnPressed();
            save(&page, out, QStringLiteral("residents-page-%1-%2").arg(search == QLatin1String("1") ? QStringLiteral("broad") : QStringLiteral("short"), language));
        }
        const qint64 someone = page.model()->residentId(0);

        ui::ResidentEditor editor(residents, actor, deps->clock, 0, 0, {});
        editor.show();
        editor.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("王小明"));
        editor.findChild<QLineEdit*>(QStringLiteral("phone"))->setText(QStringLiteral("1381234"));
        editor.findChild<QLineEdit*>(QStringLiteral("idNumber"))->setText(QStringLiteral("330106201501011230"));
        editor.findChild<QLineEdit*>(QStringLiteral("birthDate"))->setText(QStringLiteral("2015-01-01"));
        if (QPushButton* saveButton = buttonWithText(&editor, ui::ResidentEditor::tr("&Save")))
            saveButton->click();
        save(&editor, out, QStringLiteral("resident-editor-errors-%1").arg(language));

        ui::MoveOutWizard wizard(moveOut, residents, actor, deps->clock, someone);
        wizard.show();
        save(&wizard, out, QStringLiteral("moveout-1-%1").arg(language));
        wizard.next();
        save(&wizard, out, QStringLiteral("moveout-2-%1").arg(language));

        ui::ResidentImportDialog import(importer, actor);
        import.show();
        import.checkFile(csv);
        auto* issues = import.findChild<QListWidget*>(QStringLiteral("importIssues"));
        if (!QTest::qWaitFor([issues] { return issues->count() > 0; }, 20000))
            std::fprintf(stderr, "the import check did not finish\n");
        save(&import, out, QStringLiteral("import-preview-errors-%1").arg(language));

        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qtBase);
    }
    return 0;
}
