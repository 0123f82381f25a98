#pragma once

// The console as app/main.cpp composes it (same pages, same order, same
// services), on a real SQLite demo compound in a temporary folder, signed in
// as an administrator. For the accessibility and keyboard tests, which must
// see every page a user sees. consolePageCountInMain() reads app/main.cpp so
// a page added there but not here fails the tests instead of going unchecked.
#include "core/actor.h"
#include "reports/pdfdocument.h"
#include "reports/reportservice.h"
#include "services/auditlogservice.h"
#include "services/complianceservice.h"
#include "services/consentmoveouthook.h"
#include "services/consentservice.h"
#include "services/coverageservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/credentialmoveouthook.h"
#include "services/credentialservice.h"
#include "services/deviceservice.h"
#include "services/enrolmentservice.h"
#include "services/moveoutservice.h"
#include "services/noticeservice.h"
#include "services/residentexporter.h"
#include "services/residentimporter.h"
#include "services/residentservice.h"
#include "services/servicedeps.h"
#include "services/userservice.h"
#include "services/verificationservice.h"
#include "storage/demoseeder.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"
#include "ui/charts/qtchartpainter.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/pages/auditlogpage.h"
#include "ui/pages/consentdeskpage.h"
#include "ui/pages/credentialspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/devicespage.h"
#include "ui/pages/liveviewpage.h"
#include "ui/pages/noticespage.h"
#include "ui/pages/residentspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/userspage.h"
#include "ui/session.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace cg::test {

// How many pages app/main.cpp adds to the window (its `window.addPage(` calls).
inline int consolePageCountInMain()
{
    QFile main(qEnvironmentVariable("CG_SOURCE_DIR") + QStringLiteral("/app/main.cpp"));
    if (!main.open(QIODevice::ReadOnly))
        return -1;
    return int(QString::fromUtf8(main.readAll()).count(QRegularExpression(QStringLiteral("\\bwindow\\.addPage\\("))));
}

struct Console
{
    TempDatabase temp;
    std::shared_ptr<storage::Database> database = temp.open();
    std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
    services::ServiceDeps deps;
    ui::Session session;
    ui::LanguageManager languages;
    std::unique_ptr<services::DeviceService> devices;
    std::unique_ptr<services::VerificationService> verifier;
    std::unique_ptr<services::AuditLogService> auditLog;
    std::unique_ptr<services::UserService> users;
    std::shared_ptr<services::NoticeService> notices;
    std::shared_ptr<services::ConsentService> consent;
    std::unique_ptr<ui::MainWindow> window;
    ui::ConsentDeskPage* desk = nullptr;

    explicit Console(int residents = 300)
    {
        storage::DemoSeeder::Options seed;
        seed.residents = residents;
        seed.today = clock->todayLocal();
        if (!storage::DemoSeeder(database).seed(seed))
            qFatal("demo seed failed");
        auto built = services::ServiceDeps::build(database, temp.keyDir(), clock);
        if (!built)
            qFatal("deps: %s", qPrintable(built.error().message));
        deps = built.value();
        core::Actor admin;
        admin.userId = 0;
        admin.name = QStringLiteral("admin");
        admin.role = core::Role::Administrator;
        admin.desk = QStringLiteral("desk-1");
        session.signIn(admin);
        const auto actor = [this] { return session.actor(); };
        const core::Actor system = core::Actor::system();

        devices = std::make_unique<services::DeviceService>(deps);
        verifier = std::make_unique<services::VerificationService>(deps);
        auditLog = std::make_unique<services::AuditLogService>(deps);
        users = std::make_unique<services::UserService>(deps);
        notices = std::make_shared<services::NoticeService>(deps);
        (void)notices->ensurePublished(system);
        consent = std::make_shared<services::ConsentService>(deps, notices);
        consent->setAlternativeAccess(std::make_shared<services::CredentialAlternativeAccess>(deps));
        auto enrolment = std::make_shared<services::EnrolmentService>(deps, consent, nullptr);

        window = std::make_unique<ui::MainWindow>(&languages);
        desk = new ui::ConsentDeskPage(consent, notices, enrolment, clock, actor);
        window->addPage(desk);
        auto residentService = std::make_shared<services::ResidentService>(deps);
        auto moveOut = std::make_shared<services::MoveOutService>(deps);
        moveOut->registerHook(std::make_shared<services::CredentialMoveOutHook>(deps));
        moveOut->registerHook(std::make_shared<services::ConsentMoveOutHook>(consent));
        window->addPage(new ui::ResidentsPage({residentService, moveOut, std::make_shared<services::ResidentImporter>(deps),
                                               std::make_shared<services::ResidentExporter>(deps)},
                                              actor, clock));
        window->addPage(new ui::CredentialsPage(std::make_shared<services::CredentialService>(deps),
                                                std::make_shared<services::CoverageService>(deps), actor));
        window->addPage(new ui::LiveViewPage(devices.get(), verifier.get(), actor, QString()));
        window->addPage(new ui::DevicesPage(devices.get(), actor, QString()));
        auto chartPainter = std::make_shared<ui::QtChartPainter>(reports::PdfDocument::fontFamily());
        window->addPage(new ui::DashboardPage(std::make_shared<services::ComplianceService>(deps),
                                              std::make_shared<reports::ReportService>(deps, chartPainter), chartPainter,
                                              clock, actor));
        window->addPage(new ui::SettingsPage(database, &languages));
        window->addPage(new ui::AuditLogPage(auditLog.get(), &session));
        window->addPage(new ui::UsersPage(users.get(), &session));
        window->addPage(new ui::NoticesPage(notices, consent, clock, actor));
        window->resize(1200, 780);
    }
};

// "MainWindow/QStackedWidget/residentsPage/newButton": where a control sits in
// its window, for failure messages.
inline QString objectPath(const QWidget* widget)
{
    QStringList parts;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        parts.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
        if (w->isWindow())
            break;
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace cg::test
