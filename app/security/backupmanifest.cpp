#include "security/backupmanifest.h"

#include "security/keyring.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cg::security {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::security::BackupManifest)
};

// Domain separation: the audit key also MACs audit entries, whose messages
// start with a length prefix, never with this text.
const QByteArray kMacLabel = QByteArrayLiteral("ConsentGate backup manifest v1\n");

QByteArray canonical(QJsonObject object)
{
    object.remove(QStringLiteral("mac"));
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Unqualified on purpose: lupdate misreads "core::Error f(" as a member definition.
using core::Error;

Error notManifest(const QString& why)
{
    return Error::make(Error::Kind::Key,
                             Tr::tr("The backup's manifest.json is damaged or not a ConsentGate backup manifest (%1).")
                                 .arg(why),
                             QStringLiteral("backup.manifest"));
}

} // namespace

const BackupFile* BackupManifest::file(const QString& name) const
{
    for (const BackupFile& f : files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QByteArray BackupManifest::toJson(const Keyring& keys) const
{
    QJsonArray list;
    for (const BackupFile& f : files)
        list.append(QJsonObject{{QStringLiteral("name"), f.name},
                                {QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex())},
                                {QStringLiteral("size"), f.size}});
    QJsonObject object{
        {QStringLiteral("format"), format},
        {QStringLiteral("application"), QStringLiteral("ConsentGate")},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("database_uuid"), databaseUuid},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("taken_by"), takenBy},
        {QStringLiteral("audit_head_id"), head ? head->id : 0},
        {QStringLiteral("audit_head_mac"), head ? QString::fromLatin1(head->mac.toHex()) : QString()},
        {QStringLiteral("files"), list},
    };
    const QByteArray mac = keys.auditMac(QByteArray(kMacLabel + canonical(object)));
    object.insert(QStringLiteral("mac"), QString::fromLatin1(mac.toHex()));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

core::Result<BackupManifest> BackupManifest::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return notManifest(error.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("application")).toString() != QLatin1String("ConsentGate"))
        return notManifest(QStringLiteral("application"));
    BackupManifest m;
    m.format = o.value(QStringLiteral("format")).toInt();
    if (m.format != kFormat)
        return core::Error::make(core::Error::Kind::Key,
                                 Tr::tr("This backup has format %1; this version of ConsentGate reads format %2. "
                                        "Restore it with the version that wrote it.")
                                     .arg(m.format)
                                     .arg(kFormat),
                                 QStringLiteral("backup.format"));
    m.appVersion = o.value(QStringLiteral("app_version")).toString();
    m.databaseUuid = o.value(QStringLiteral("database_uuid")).toString();
    m.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    m.takenAt = QDateTime::fromString(o.value(QStringLiteral("taken_at")).toString(), Qt::ISODateWithMs);
    m.takenBy = o.value(QStringLiteral("taken_by")).toString();
    const qint64 headId = o.value(QStringLiteral("audit_head_id")).toInteger();
    if (headId > 0)
        m.head = ChainHead{headId, QByteArray::fromHex(o.value(QStringLiteral("audit_head_mac")).toString().toLatin1())};
    for (const QJsonValue& v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        m.files.append(BackupFile{f.value(QStringLiteral("name")).toString(),
                                  QByteArray::fromHex(f.value(QStringLiteral("sha256")).toString().toLatin1()),
                                  f.value(QStringLiteral("size")).toInteger()});
    }
    if (m.databaseUuid.isEmpty() || !m.takenAt.isValid() || !m.file(databaseFileName()) || !m.file(keyFileName()))
        return notManifest(QStringLiteral("fields"));
    for (const BackupFile& f : std::as_const(m.files)) {
        // Names come from the file: they must never leave the backup folder.
        if (f.name.contains(QLatin1Char('/')) || f.name.contains(QLatin1Char('\\')) || f.name.startsWith(QLatin1Char('.'))
            || f.sha256.size() != 32)
            return notManifest(QStringLiteral("files"));
    }
    return m;
}

bool BackupManifest::macMatches(const QByteArray& json, const Keyring& keys)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QByteArray mac = QByteArray::fromHex(o.value(QStringLiteral("mac")).toString().toLatin1());
    return !mac.isEmpty() && keys.auditMacMatches(QByteArray(kMacLabel + canonical(o)), mac);
}

core::Result<QByteArray> BackupManifest::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error::make(core::Error::Kind::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()),
                                 QStringLiteral("backup.io"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return core::Error::make(core::Error::Kind::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()),
                                 QStringLiteral("backup.io"));
    return hash.result();
}

} // namespace cg::security
