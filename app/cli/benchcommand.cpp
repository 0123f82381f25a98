// `consentgate bench detect`: the face-detection benchmark (see vision/detectbench.h).
#include "cli/commands.h"

#include "vision/blurpolicy.h"
#include "vision/detectbench.h"

#include <QCoreApplication>

namespace cg::cli {

Command benchCommand()
{
    Command c;
    c.name = QStringLiteral("bench");
    c.summary = QCoreApplication::translate("cg::cli::BenchCommand", "Measure face detection and blur: timings per stage, accuracy on an annotated folder.");
    c.usage = QStringLiteral("bench detect (--video FILE | --images DIR) [--detector yunet|blazeface|haar] [--models DIR]");
    c.database = DatabaseNeed::None;
    c.options = {
        QCommandLineOption(QStringLiteral("video"), QCoreApplication::translate("cg::cli::BenchCommand", "Video file to run through the pipeline."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("images"), QCoreApplication::translate("cg::cli::BenchCommand", "Folder of images (with annotations.txt for accuracy)."), QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("detector"), QCoreApplication::translate("cg::cli::BenchCommand", "Detector: yunet, blazeface or haar (default: the best available)."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("frames"), QCoreApplication::translate("cg::cli::BenchCommand", "Frames to read from a video (default 300)."), QStringLiteral("N"), QStringLiteral("300")),
        QCommandLineOption(QStringLiteral("max-side"), QCoreApplication::translate("cg::cli::BenchCommand", "Longer side of the copy detection runs on (default %1 px, as the single-camera live view).").arg(vision::liveDetectionSide(1)), QStringLiteral("PX")),
        QCommandLineOption(QStringLiteral("no-stock"), QCoreApplication::translate("cg::cli::BenchCommand", "Skip the stock cascade comparison.")),
    };
    c.run = [](CommandContext& ctx) {
        if (ctx.positional.value(0) != QLatin1String("detect")) {
            ctx.err << QCoreApplication::translate("cg::cli::BenchCommand", "error: unknown bench “%1”; try: bench detect").arg(ctx.positional.value(0)) << Qt::endl;
            return int(Usage);
        }
        vision::BenchOptions options;
        options.videoFile = ctx.parser.value(QStringLiteral("video"));
        options.imagesDir = ctx.parser.value(QStringLiteral("images"));
        options.detector = ctx.parser.value(QStringLiteral("detector"));
        options.modelsDir = ctx.modelsDir;
        options.compareStockCascade = !ctx.parser.isSet(QStringLiteral("no-stock"));
        bool ok = true;
        options.maxFrames = ctx.parser.value(QStringLiteral("frames")).toInt(&ok);
        if (!ok || options.maxFrames < 1) {
            ctx.err << QCoreApplication::translate("cg::cli::BenchCommand", "error: --frames must be a positive whole number") << Qt::endl;
            return int(Usage);
        }
        if (ctx.parser.isSet(QStringLiteral("max-side"))) {
            options.detectorOptions.maxInputSide = ctx.parser.value(QStringLiteral("max-side")).toInt(&ok);
            if (!ok || options.detectorOptions.maxInputSide < 64) {
                ctx.err << QCoreApplication::translate("cg::cli::BenchCommand", "error: --max-side must be at least 64") << Qt::endl;
                return int(Usage);
            }
        }
        return vision::runDetectBench(options, ctx.out, ctx.err);
    };
    return c;
}

} // namespace cg::cli
