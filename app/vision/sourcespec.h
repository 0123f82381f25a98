#pragma once

#include <QString>

namespace cg::vision {

enum class SourceKind { File, V4l2, Rtsp, HttpMjpeg };

QString sourceKindKey(SourceKind kind);              // "file", "v4l2", "rtsp", "mjpeg" (stored)
bool sourceKindFromKey(const QString& key, SourceKind& kind);

// Where a camera's frames come from. `location` is a file path, a V4L2 device
// (a stable /dev/v4l/by-id/... link preferred over /dev/videoN) or a URL
// without credentials; user and password are kept apart and inserted,
// percent-encoded, only when the stream is opened (so `@` or `:` work).
struct SourceSpec
{
    SourceKind kind = SourceKind::File;
    QString location;
    QString user;
    QString password;

    // What FFmpeg opens: credentials percent-encoded into the authority.
    QString openUrl() const;
    // For screens and logs: never contains the password.
    QString displayName() const;
    // The V4L2 device node a stable id points at (resolves symlinks).
    QString devicePath() const;
};

} // namespace cg::vision
