// The composition root: parse the command line, open storage, build the
// services, then run a CLI command or show the console.
#include "cli/commands.h"
#include "core/actor.h"
#include "core/clock.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "security/keyring.h"
#include "ui/dialogs/helpdialogs.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>

namespace {

using namespace cg;

const QString kDatabase = QStringLiteral("database");
const QString kKeyDir = QStringLiteral("key-dir");
const QString kModels = QStringLiteral("models");
const QString kLang = QStringLiteral("lang");

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentGate"));
    QCoreApplication::setApplicationName(QStringLiteral("consentgate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CG_VERSION));
}

void addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({kDatabase, QCoreApplication::translate("main", "Database file (default: %1).")
                                     .arg(QDir::toNativeSeparators(storage::Database::defaultPath())),
                      QStringLiteral("PATH")});
    parser.addOption({kKeyDir, QCoreApplication::translate("main", "Folder holding the database keys."), QStringLiteral("DIR")});
    parser.addOption({kModels, QCoreApplication::translate("main", "Folder with face detector models."), QStringLiteral("DIR")});
    parser.addOption({kLang, QCoreApplication::translate("main", "Language: zh_CN or en."), QStringLiteral("LANG")});
}

// The language for command-line messages: --lang, else the environment.
void installCliTranslator(QCoreApplication& app, const QString& lang, QTranslator& translator)
{
    QString language = lang;
    if (language.isEmpty())
        language = QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (language == QLatin1String("zh_CN") && translator.load(QStringLiteral(":/i18n/consentgate_zh_CN.qm")))
        app.installTranslator(&translator);
}

int runCommand(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Translate before registering commands so their help text is localised.
    QString lang;
    const QStringList raw = app.arguments();
    for (int i = 0; i + 1 < raw.size(); ++i) {
        if (raw.at(i) == QLatin1String("--lang"))
            lang = raw.at(i + 1);
        else if (raw.at(i).startsWith(QLatin1String("--lang=")))
            lang = raw.at(i).mid(7);
    }
    QTranslator translator;
    installCliTranslator(app, lang, translator);

    const QList<cli::Command> commands = cli::allCommands();
    const QString name = raw.value(1);
    auto command = std::find_if(commands.begin(), commands.end(), [&](const cli::Command& c) { return c.name == name; });
    if (command == commands.end()) {
        err << QCoreApplication::translate("main", "Unknown command “%1”. Commands:").arg(name) << Qt::endl;
        for (const cli::Command& c : commands)
            err << QStringLiteral("  consentgate ") << c.usage << QStringLiteral("\n      ") << c.summary << Qt::endl;
        return cli::Usage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    addGlobalOptions(parser);
    parser.addOptions(command->options);
    const QCommandLineOption help = parser.addHelpOption();
    QStringList args = raw;
    args.removeAt(1);
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl << QStringLiteral("usage: consentgate ") << command->usage << Qt::endl;
        return cli::Usage;
    }
    if (parser.isSet(help)) {
        out << QStringLiteral("usage: consentgate ") << command->usage << Qt::endl << parser.helpText();
        return cli::Done;
    }

    std::shared_ptr<storage::Database> database;
    if (command->database != cli::DatabaseNeed::None) {
        const QString path = parser.isSet(kDatabase) ? parser.value(kDatabase) : storage::Database::defaultPath();
        storage::Database::Options options;
        options.mode = command->database == cli::DatabaseNeed::CreateIfMissing
                           ? storage::Database::OpenMode::CreateIfMissing
                           : storage::Database::OpenMode::ExistingOnly;
        if (options.mode == storage::Database::OpenMode::CreateIfMissing)
            QDir().mkpath(QFileInfo(path).absolutePath());
        auto opened = storage::Database::open(path, options);
        if (!opened)
            return cli::reportError(opened.error(), err);
        database = opened.value();
    }
    std::optional<services::ServiceDeps> deps;
    if (database && command->needsKeys) {
        auto built = services::ServiceDeps::build(database, parser.value(kKeyDir), std::make_shared<core::SystemClock>());
        if (!built)
            return cli::reportError(built.error(), err);
        deps = std::move(built.value());
    }
    cli::CommandContext context{parser, parser.positionalArguments(), database, deps ? &*deps : nullptr,
                                parser.value(kKeyDir), parser.value(kModels), out, err};
    return command->run(context);
}

// What the About box lists. The vision library's model search replaces the
// simple look-up below once it lands.
ui::AboutInfo aboutInfo(const storage::Database& database, const QString& keyDir, const QString& modelsDir)
{
    ui::AboutInfo info;
    info.databasePath = database.path();
    info.keyDirectory = keyDir.isEmpty() ? security::Keyring::defaultDirectory() : keyDir;
    info.dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QStringList dirs = {modelsDir, QDir(info.dataDirectory).filePath(QStringLiteral("models")),
                              QStringLiteral("/usr/share/consentgate/models"), QStringLiteral("/usr/share/opencv4/haarcascades")};
    const auto find = [&dirs](const QString& file) {
        for (const QString& dir : dirs) {
            if (!dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(file)))
                return QDir(dir).filePath(file);
        }
        return QString();
    };
    info.models = {
        {QStringLiteral("YuNet (face_detection_yunet_2022mar.onnx)"), QStringLiteral("MIT"),
         find(QStringLiteral("face_detection_yunet_2022mar.onnx"))},
        {QStringLiteral("MediaPipe BlazeFace (face_detection_back_256x256_barracuda.onnx)"), QStringLiteral("Apache-2.0"),
         find(QStringLiteral("face_detection_back_256x256_barracuda.onnx"))},
        {QStringLiteral("OpenCV Haar cascade (haarcascade_frontalface_default.xml)"),
         QStringLiteral("Intel License Agreement (BSD-style), via Debian opencv-data"),
         find(QStringLiteral("haarcascade_frontalface_default.xml"))},
    };
    return info;
}

int runConsole(int argc, char** argv)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/security-high.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "ConsentGate console"));
    addGlobalOptions(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    ui::LanguageManager languages;
    const QString language = parser.isSet(kLang) ? parser.value(kLang) : ui::LanguageManager::remembered();
    languages.setLanguage(language);

    const QString path = parser.isSet(kDatabase) ? parser.value(kDatabase) : storage::Database::defaultPath();
    storage::Database::Options options;
    if (!QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            nullptr, QCoreApplication::translate("main", "Create a database?"),
            QCoreApplication::translate("main", "There is no ConsentGate database at\n%1\n\nCreate a new one there?")
                .arg(QDir::toNativeSeparators(path)));
        if (answer != QMessageBox::Yes)
            return cli::Done;
        QDir().mkpath(QFileInfo(path).absolutePath());
        options.mode = storage::Database::OpenMode::CreateIfMissing;
    }
    auto opened = storage::Database::open(path, options);
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                              opened.error().message);
        return cli::DatabaseProblem;
    }
    std::shared_ptr<storage::Database> database = opened.value();
    auto deps = services::ServiceDeps::build(database, parser.value(kKeyDir), std::make_shared<core::SystemClock>());
    if (!deps) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the database keys"),
                              deps.error().message);
        return cli::DatabaseProblem;
    }

    ui::MainWindow window(&languages);
    window.addPage(new ui::SettingsPage(database, &languages));
    window.setDatabaseLabel(QDir::toNativeSeparators(database->path()));
    ui::populateHelpMenu(window.helpMenu(), &window, aboutInfo(*database, parser.value(kKeyDir), parser.value(kModels)));
    window.show();
    return app.exec();
}

bool isCommandInvocation(int argc, char** argv)
{
    return argc > 1 && argv[1][0] != '-';
}

bool isVersionRequest(int argc, char** argv)
{
    return argc == 2 && (qstrcmp(argv[1], "--version") == 0 || qstrcmp(argv[1], "-v") == 0);
}

} // namespace

int main(int argc, char** argv)
{
    if (isVersionRequest(argc, argv)) {
        std::printf("consentgate %s\n", CG_VERSION);
        return 0;
    }
    if (isCommandInvocation(argc, argv))
        return runCommand(argc, argv);
    return runConsole(argc, argv);
}
