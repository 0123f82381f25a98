#include "vision/sourcespec.h"

#include <QFileInfo>
#include <QUrl>

namespace cg::vision {

QString sourceKindKey(SourceKind kind)
{
    switch (kind) {
    case SourceKind::File: return QStringLiteral("file");
    case SourceKind::V4l2: return QStringLiteral("v4l2");
    case SourceKind::Rtsp: return QStringLiteral("rtsp");
    case SourceKind::HttpMjpeg: return QStringLiteral("mjpeg");
    }
    return {};
}

bool sourceKindFromKey(const QString& key, SourceKind& kind)
{
    for (SourceKind k : {SourceKind::File, SourceKind::V4l2, SourceKind::Rtsp, SourceKind::HttpMjpeg}) {
        if (key == sourceKindKey(k)) {
            kind = k;
            return true;
        }
    }
    return false;
}

QString SourceSpec::openUrl() const
{
    if (kind == SourceKind::File || kind == SourceKind::V4l2 || user.isEmpty())
        return kind == SourceKind::V4l2 ? devicePath() : location;
    const int schemeEnd = location.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return location;
    QString rest = location.mid(schemeEnd + 3);
    // Drop credentials someone typed into the URL itself: ours win.
    const int slash = rest.indexOf(QLatin1Char('/'));
    const int at = rest.left(slash < 0 ? rest.size() : slash).lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        rest = rest.mid(at + 1);
    QString userInfo = QString::fromLatin1(QUrl::toPercentEncoding(user));
    if (!password.isEmpty())
        userInfo += QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password));
    return location.left(schemeEnd + 3) + userInfo + QLatin1Char('@') + rest;
}

QString SourceSpec::displayName() const
{
    if (kind == SourceKind::File || kind == SourceKind::V4l2)
        return location;
    QUrl url(location);
    url.setPassword({});
    if (!user.isEmpty())
        url.setUserName(user);
    return url.toString();
}

QString SourceSpec::devicePath() const
{
    const QString resolved = QFileInfo(location).canonicalFilePath();
    return resolved.isEmpty() ? location : resolved;
}

} // namespace cg::vision
