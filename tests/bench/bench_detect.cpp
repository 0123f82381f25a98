// Face detection benchmark (the same code as `consentgate bench detect`).
//   bench_detect                         -> ../shared/facedata/wider_public with ../shared/models
//   bench_detect --video FILE [--detector NAME] [--max-side PX]
//   bench_detect --images DIR [--detector NAME]
//   policy tuning: --threshold T --min-score S --min-score-large S --enlarge-small K --enlarge-large K
//                  --width-factor F --mode faces|whole --stock 0 --dump FILE
// Prints per-stage p50/p95, precision/recall, blur recall, blurred share,
// frames/s and p95 ms, then the stock cascade for comparison.
#include "vision/detectbench.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <functional>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString shared = qEnvironmentVariable("CG_SHARED_DIR", QStringLiteral(CG_DEFAULT_SHARED_DIR));
    cg::vision::BenchOptions options;
    options.modelsDir = shared + QStringLiteral("/models");
    std::vector<std::function<void(cg::vision::BlurPolicy&)>> tune;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString& key = args.at(i);
        const QString& value = args.at(i + 1);
        if (key == QLatin1String("--video"))
            options.videoFile = value;
        else if (key == QLatin1String("--images"))
            options.imagesDir = value;
        else if (key == QLatin1String("--detector"))
            options.detector = value;
        else if (key == QLatin1String("--models"))
            options.modelsDir = value;
        else if (key == QLatin1String("--max-side"))
            options.detectorOptions.maxInputSide = value.toInt();
        else if (key == QLatin1String("--threshold"))
            options.detectorOptions.scoreThreshold = value.toFloat();
        else if (key == QLatin1String("--dump"))
            options.dumpBoxes = value;
        else if (key == QLatin1String("--min-score"))
            tune.push_back([v = value.toFloat()](cg::vision::BlurPolicy& p) { p.minScore = v; });
        else if (key == QLatin1String("--min-score-large"))
            tune.push_back([v = value.toFloat()](cg::vision::BlurPolicy& p) { p.minScoreLarge = v; });
        else if (key == QLatin1String("--large-fraction"))
            tune.push_back([v = value.toDouble()](cg::vision::BlurPolicy& p) { p.largeFraction = v; });
        else if (key == QLatin1String("--enlarge-small"))
            tune.push_back([v = value.toDouble()](cg::vision::BlurPolicy& p) { p.enlargeSmall = v; });
        else if (key == QLatin1String("--enlarge-large"))
            tune.push_back([v = value.toDouble()](cg::vision::BlurPolicy& p) { p.enlargeLarge = v; });
        else if (key == QLatin1String("--small-height"))
            tune.push_back([v = value.toDouble()](cg::vision::BlurPolicy& p) { p.smallHeight = v; });
        else if (key == QLatin1String("--stock"))
            options.compareStockCascade = value != QLatin1String("0");
        else if (key == QLatin1String("--width-factor"))
            tune.push_back([v = value.toDouble()](cg::vision::BlurPolicy& p) { p.widthFactor = v; });
        else if (key == QLatin1String("--mode"))
            tune.push_back([v = value](cg::vision::BlurPolicy& p) {
                p.mode = v == QLatin1String("faces") ? cg::vision::BlurMode::Faces : cg::vision::BlurMode::WholeFrame;
            });
        else if (key == QLatin1String("--frames"))
            options.maxFrames = value.toInt();
        else {
            err << "unknown option " << key << Qt::endl;
            return 2;
        }
    }
    if (!tune.empty())
        options.tunePolicy = [tune](cg::vision::BlurPolicy& p) {
            for (const auto& f : tune)
                f(p);
        };
    if (options.videoFile.isEmpty() && options.imagesDir.isEmpty())
        options.imagesDir = shared + QStringLiteral("/facedata/wider_public");
    return cg::vision::runDetectBench(options, out, err);
}
