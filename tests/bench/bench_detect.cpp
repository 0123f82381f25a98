// Face detection benchmark (the same code as `consentgate bench detect`).
//   bench_detect                         -> ../shared/facedata/wider_public with ../shared/models
//   bench_detect --video FILE [--detector NAME] [--max-side PX]
//   bench_detect --images DIR [--detector NAME]
// Prints per-stage p50/p95, precision/recall, blur recall, blurred share,
// frames/s and p95 ms, then the stock cascade for comparison.
#include "vision/detectbench.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString shared = qEnvironmentVariable("CG_SHARED_DIR", QStringLiteral(CG_DEFAULT_SHARED_DIR));
    cg::vision::BenchOptions options;
    options.modelsDir = shared + QStringLiteral("/models");
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
        else if (key == QLatin1String("--frames"))
            options.maxFrames = value.toInt();
        else {
            err << "unknown option " << key << Qt::endl;
            return 2;
        }
    }
    if (options.videoFile.isEmpty() && options.imagesDir.isEmpty())
        options.imagesDir = shared + QStringLiteral("/facedata/wider_public");
    return cg::vision::runDetectBench(options, out, err);
}
