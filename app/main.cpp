// The composition root: parse the command line, open storage, build the
// services, then run a CLI command or show the console.
#include "cli/commands.h"
#include "core/actor.h"
#include "core/clock.h"
#include "services/consentmoveouthook.h"
#include "services/consentservice.h"
#include "services/enrolmentservice.h"
#include "services/facequalitygate.h"
#include "vision/facedetector.h"
#include "vision/modelstore.h"
#include "services/noticeservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/credentialmoveouthook.h"
#include "services/moveoutservice.h"
#include "services/residentexporter.h"
#include "services/residentimporter.h"
#include "services/residentservice.h"
#include "services/retentionservice.h"
#include "services/deviceservice.h"
#include "services/firstrunsetup.h"
#include "services/servicedeps.h"
#include "services/verificationservice.h"
#include "services/auditlogservice.h"
#include "services/signinservice.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "security/keyring.h"
#include "ui/dialogs/helpdialogs.h"
#include "ui/dialogs/firstrunwizard.h"
#include "ui/dialogs/restoredialog.h"
#include "ui/backupactions.h"
#include "reports/pdfdocument.h"
#include "ui/charts/qtchartpainter.h"
#include "ui/crispframestyle.h"
#include "ui/focusring.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/screenshottour.h"
#include "ui/pages/consentdeskpage.h"
#include "ui/pages/noticespage.h"
#include "ui/kiosk/readaloud.h"
#include "ui/pages/residentspage.h"
#include "ui/pages/credentialspage.h"
#include "ui/pages/devicespage.h"
#include "ui/pages/dashboardpage.h"
#include "reports/reportservice.h"
#include "services/complianceservice.h"
#include "ui/pages/liveviewpage.h"
#include "ui/pages/auditlogpage.h"
#include "ui/pages/userspage.h"
#include "ui/session.h"
#include "ui/shortcuttooltips.h"
#include "ui/sessioncontroller.h"
#include "ui/pages/settingspage.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QMutex>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTranslator>

#include <cstdio>
#include <utility>

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
    // Reports written from the command line pick the notice text and number
    // formats by the default locale, as the console's LanguageManager sets it.
    const bool zh = language == QLatin1String("zh_CN");
    QLocale::setDefault(QLocale(zh ? QLocale::Chinese : QLocale::English, zh ? QLocale::China : QLocale::UnitedStates));
}

// --lang is read before the parser exists so that the help text is translated too.
QString languageArgument(const QStringList& raw)
{
    QString lang;
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == QLatin1String("--lang") && i + 1 < raw.size())
            lang = raw.at(i + 1);
        else if (raw.at(i).startsWith(QLatin1String("--lang=")))
            lang = raw.at(i).mid(7);
    }
    return lang;
}

// Commands that draw (reports with charts) need a QApplication; from cron or
// ssh there is no display, so they run on the offscreen platform.
bool commandDraws(const char* name)
{
    const QList<cli::Command> commands = cli::allCommands();
    return std::any_of(commands.begin(), commands.end(),
                       [&](const cli::Command& c) { return c.draws && c.name == QLatin1String(name); });
}

int runCommand(int argc, char** argv)
{
    // Drawing commands need a QGuiApplication (reports with Qt Charts a
    // QApplication); the offscreen platform keeps them working without a
    // display (servers, cron, CI).
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && commandDraws(argv[1])) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else if (argc > 1 && cli::commandNeedsGui(QString::fromLocal8Bit(argv[1]),
                                                argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString())) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Translate before registering commands so their help text is localised.
    const QStringList raw = app.arguments();
    const QString lang = languageArgument(raw);
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
                                parser.value(kKeyDir), parser.value(kModels), out, err,
                                command->draws ? std::make_shared<ui::QtChartPainter>(reports::PdfDocument::fontFamily())
                                               : nullptr};
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

// Enrolment asks the best verified detector for faces with a strict score
// threshold: the gate wants one certain face, while the live view's blur uses
// a low one. Detectors are not thread-safe, hence the mutex.
std::shared_ptr<services::FaceQualityGate> makeEnrolmentGate(const QString& modelsDir)
{
    vision::DetectorOptions options;
    options.scoreThreshold = 0.7F;
    auto best = vision::createBestDetector(vision::ModelStore(modelsDir), options);
    if (!best)
        return nullptr;
    std::shared_ptr<vision::FaceDetector> detector = std::move(best->detector);
    auto mutex = std::make_shared<QMutex>();
    return std::make_shared<services::FaceQualityGate>(
        [detector, mutex](const QImage& image) -> core::Result<QList<QRectF>> {
            QMutexLocker lock(mutex.get());
            auto boxes = detector->detect(image);
            if (!boxes)
                return boxes.error();
            QList<QRectF> rects;
            for (const vision::FaceBox& box : boxes.value())
                rects.append(box.rect);
            return rects;
        });
}

int runConsole(int argc, char** argv)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/security-high.svg")));
    ui::CrispFrameStyle::install(&app);   // list and table borders stay whole at 150 %
    ui::FocusRing::install(&app);   // keyboard users always see where the focus is
    ui::ShortcutToolTips::install(&app);   // "New resident (Ctrl+N)": every tooltip names its keys

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "ConsentGate console"));
    addGlobalOptions(parser);
    const QCommandLineOption restoreOption(
        QStringLiteral("restore"), QCoreApplication::translate("main", "Restore a backup before opening the database."));
    parser.addOption(restoreOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    ui::LanguageManager languages;
    const QString language = parser.isSet(kLang) ? parser.value(kLang) : ui::LanguageManager::remembered();
    languages.setLanguage(language);

    // --database, else the file opened through the first-run wizard before, else the default.
    QString path = parser.isSet(kDatabase) ? parser.value(kDatabase) : ui::FirstRunWizard::rememberedDatabase();
    if (path.isEmpty())
        path = storage::Database::defaultPath();
    // Restoring replaces the file, so it happens before anything opens it
    // (File > Restore from backup… restarts the console with --restore).
    if (parser.isSet(restoreOption))
        ui::RestoreDialog::restoreBeforeOpening(path, parser.value(kKeyDir));
    services::FirstRunSetup setup(path, parser.value(kKeyDir), std::make_shared<core::SystemClock>(),
                                  QSysInfo::machineHostName());
    if (QFileInfo::exists(path)) {
        if (auto opened = setup.openExisting(path); !opened) {
            QMessageBox::critical(nullptr,
                                  opened.error().kind == core::Error::Kind::Key
                                      ? QCoreApplication::translate("main", "Cannot open the database keys")
                                      : QCoreApplication::translate("main", "Cannot open the database"),
                                  opened.error().message);
            return cli::DatabaseProblem;
        }
    }
    // No database yet, or one without users: the first-run wizard (never a
    // blank window). A file opened from the wizard may itself lack users.
    const auto needsWizard = [&setup] {
        if (!setup.isOpen())
            return true;
        auto needs = setup.needsAdministrator();
        return !setup.administrator() && needs && needs.value();
    };
    while (needsWizard()) {
        ui::FirstRunWizard wizard(&setup, &languages);
        if (wizard.exec() != QDialog::Accepted)
            return cli::Done;
    }
    std::shared_ptr<storage::Database> database = setup.database();
    std::optional<services::ServiceDeps> deps = setup.deps();

    // Sign-in comes before the main window (SessionController shows it).
    ui::Session session;
    services::SignInService signIn(*deps);
    services::UserService users(*deps);
    services::AuditLogService auditLog(*deps);

    // Consent: the default notice is published on first start so the desk
    // works; consents past their period or grace are ended (data deleted).
    const core::Actor systemActor = core::Actor::system();
    auto notices = std::make_shared<services::NoticeService>(*deps);
    (void)notices->ensurePublished(systemActor);
    auto consent = std::make_shared<services::ConsentService>(*deps, notices);
    consent->setAlternativeAccess(std::make_shared<services::CredentialAlternativeAccess>(*deps));
    (void)consent->runExpiry(systemActor);
    auto enrolment = std::make_shared<services::EnrolmentService>(*deps, consent, makeEnrolmentGate(parser.value(kModels)));
    // Pages act as whoever is signed in at this desk.
    const ui::ConsentDeskPage::ActorProvider currentActor = [&session] { return session.actor(); };

    services::DeviceService devices(deps.value());
    // Read aloud: the speech engine opens in the background, once per console.
    ui::ReadAloud readAloud;
    services::VerificationService verifier(deps.value());
    ui::MainWindow window(&languages);
    auto* desk = new ui::ConsentDeskPage(consent, notices, enrolment, deps->clock, currentActor);
    desk->setCameraEnrolment(&devices, parser.value(kModels));
    desk->setReadAloud(&readAloud);
    window.addPage(desk);
    // Residents: former residents past the retention period are anonymised
    // at every start (audited); the move-out hooks are registered here by the
    // services that own credentials and face data.
    auto residents = std::make_shared<services::ResidentService>(*deps);
    auto moveOut = std::make_shared<services::MoveOutService>(*deps);
    moveOut->registerHook(std::make_shared<services::CredentialMoveOutHook>(*deps));
    moveOut->registerHook(std::make_shared<services::ConsentMoveOutHook>(consent));
    (void)services::RetentionService(*deps, moveOut).run(systemActor, true);
    window.addPage(new ui::ResidentsPage({residents, moveOut, std::make_shared<services::ResidentImporter>(*deps),
                                          std::make_shared<services::ResidentExporter>(*deps)},
                                         currentActor, deps->clock));
    auto credentials = std::make_shared<services::CredentialService>(*deps);
    auto coverage = std::make_shared<services::CoverageService>(*deps);
    (void)credentials->expireDue(systemActor);
    (void)coverage->refreshAll();
    window.addPage(new ui::CredentialsPage(credentials, coverage, currentActor));
    window.addPage(new ui::LiveViewPage(&devices, &verifier, currentActor, parser.value(kModels)));
    window.addPage(new ui::DevicesPage(&devices, currentActor, parser.value(kModels)));
    // Reports: the compliance dashboard; PDFs draw charts through the same Qt Charts adapter.
    auto chartPainter = std::make_shared<ui::QtChartPainter>(reports::PdfDocument::fontFamily());
    window.addPage(new ui::DashboardPage(std::make_shared<services::ComplianceService>(*deps),
                                         std::make_shared<reports::ReportService>(*deps, chartPainter), chartPainter,
                                         deps->clock, currentActor));
    window.addPage(new ui::SettingsPage(database, &languages));
    window.setDatabaseLabel(QDir::toNativeSeparators(database->path()));
    ui::populateHelpMenu(window.helpMenu(), &window, aboutInfo(*database, parser.value(kKeyDir), parser.value(kModels)));
    window.addPage(new ui::AuditLogPage(&auditLog, &session));
    auto* usersPage = new ui::UsersPage(&users, &session);
    window.addPage(usersPage);
    new ui::BackupActions(&window, &session, deps.value(), app.arguments().mid(1));
    window.addPage(new ui::NoticesPage(notices, consent, deps->clock, currentActor));
    ui::SessionController sessions(&window, &session, &signIn, &users, QSysInfo::machineHostName());
    QObject::connect(usersPage, &ui::UsersPage::idleLockChanged, &sessions, &ui::SessionController::reloadIdleSetting);
    // The screenshot tour runs once someone has signed in: it never bypasses sign-in.
    if (qEnvironmentVariableIsSet("CG_SCREENSHOT_DIR")) {
        QObject::connect(&session, &ui::Session::changed, &window, [&window, &languages, &session] {
            static bool started = false;
            if (session.isSignedIn() && !std::exchange(started, true))
                new ui::ScreenshotTour(&window, &languages, qEnvironmentVariable("CG_SCREENSHOT_DIR"), &window);
        });
    }
    // The administrator the wizard has just created is signed in already.
    if (setup.administrator())
        session.signIn(*setup.administrator());
    sessions.start();
    return app.exec();
}

bool isCommandInvocation(int argc, char** argv)
{
    return argc > 1 && argv[1][0] != '-';
}

bool isHelpRequest(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0 || (i == 1 && qstrcmp(argv[i], "help") == 0))
            return true;
    }
    return false;
}

// Overall help, without a display: the console's options and every command.
int printHelp(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    QTranslator translator;
    installCliTranslator(app, languageArgument(app.arguments()), translator);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "ConsentGate: face recognition only for residents who agreed, an equal card, PIN or QR code "
                "for everyone else.\nWithout a command it starts the console."));
    addGlobalOptions(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    out << parser.helpText() << Qt::endl << QCoreApplication::translate("main", "Commands:") << Qt::endl;
    for (const cli::Command& c : cli::allCommands())
        out << QStringLiteral("  consentgate ") << c.usage << QStringLiteral("\n      ") << c.summary << Qt::endl;
    out << Qt::endl
        << QCoreApplication::translate("main", "Exit codes: 0 done, 1 failed or denied, 2 usage error, "
                                               "3 database or key problem.")
        << Qt::endl;
    return cli::Done;
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
    if (isCommandInvocation(argc, argv) && qstrcmp(argv[1], "help") != 0)
        return runCommand(argc, argv);
    if (isHelpRequest(argc, argv))
        return printHelp(argc, argv);
    return runConsole(argc, argv);
}
