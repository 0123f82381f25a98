// `consentgate camera add|list|remove`: the camera registry from the command line.
#include "cli/commands.h"

#include "core/actor.h"
#include "services/deviceservice.h"

#include <QCoreApplication>

namespace cg::cli {

Command cameraCommand()
{
    Command c;
    c.name = QStringLiteral("camera");
    c.summary = QCoreApplication::translate("cg::cli::CameraCommand", "Add, list or remove cameras.");
    c.usage = QStringLiteral("camera add --name NAME --kind file|v4l2|rtsp|mjpeg --source PATH|URL [--user U --password-file FILE]"
                             " | camera list | camera remove --name NAME");
    c.database = DatabaseNeed::Existing;
    c.options = {
        QCommandLineOption(QStringLiteral("name"), QCoreApplication::translate("cg::cli::CameraCommand", "Camera name."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("kind"), QCoreApplication::translate("cg::cli::CameraCommand", "file, v4l2, rtsp or mjpeg."), QStringLiteral("KIND"), QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("source"), QCoreApplication::translate("cg::cli::CameraCommand", "Video file, /dev/v4l/by-id/… or URL without password."), QStringLiteral("SOURCE")),
        QCommandLineOption(QStringLiteral("user"), QCoreApplication::translate("cg::cli::CameraCommand", "User name for a network camera."), QStringLiteral("USER")),
        QCommandLineOption(QStringLiteral("password-file"), QCoreApplication::translate("cg::cli::CameraCommand", "File with the camera password (- for standard input)."), QStringLiteral("FILE")),
    };
    c.run = [](CommandContext& ctx) {
        services::DeviceService devices(*ctx.deps);
        const core::Actor actor = core::Actor::system();
        const QString sub = ctx.positional.value(0);
        if (sub == QLatin1String("list")) {
            auto cameras = devices.cameras(actor);
            if (!cameras)
                return reportError(cameras.error(), ctx.err);
            for (const core::Camera& cam : cameras.value())
                ctx.out << cam.id << '\t' << cam.name << '\t' << cam.kind << '\t' << cam.location
                        << (cam.user.isEmpty() ? QString() : QStringLiteral("\t(user %1)").arg(cam.user)) << Qt::endl;
            return int(Done);
        }
        const QString name = ctx.parser.value(QStringLiteral("name"));
        if (sub == QLatin1String("remove")) {
            auto cameras = devices.cameras(actor);
            if (!cameras)
                return reportError(cameras.error(), ctx.err);
            for (const core::Camera& cam : cameras.value()) {
                if (cam.name == name) {
                    if (auto s = devices.deleteCamera(actor, cam.id); !s)
                        return reportError(s.error(), ctx.err);
                    return int(Done);
                }
            }
            ctx.err << QCoreApplication::translate("cg::cli::CameraCommand", "error: no camera named “%1”").arg(name) << Qt::endl;
            return int(Failed);
        }
        if (sub != QLatin1String("add")) {
            ctx.err << QStringLiteral("usage: consentgate camera add|list|remove") << Qt::endl;
            return int(Usage);
        }
        core::Camera cam;
        cam.name = name;
        cam.kind = ctx.parser.value(QStringLiteral("kind"));
        cam.location = ctx.parser.value(QStringLiteral("source"));
        cam.user = ctx.parser.value(QStringLiteral("user"));
        if (ctx.parser.isSet(QStringLiteral("password-file"))) {
            auto secret = readSecret(ctx.parser.value(QStringLiteral("password-file")));
            if (!secret)
                return reportError(secret.error(), ctx.err);
            cam.password = secret.value();
        }
        auto id = devices.saveCamera(actor, cam);
        if (!id)
            return reportError(id.error(), ctx.err);
        ctx.out << QCoreApplication::translate("cg::cli::CameraCommand", "Camera %1 added (id %2).").arg(cam.name).arg(id.value()) << Qt::endl;
        return int(Done);
    };
    return c;
}

} // namespace cg::cli
