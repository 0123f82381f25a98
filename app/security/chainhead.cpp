#include "security/chainhead.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRecursiveMutex>
#include <QSaveFile>

namespace cg::security {

namespace {

constexpr QByteArrayView kMagic = "CGHEAD1";

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller and is never translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::security::ChainHeadFile)
};

core::Error headError(const QString& message, const QString& code)
{
    return core::Error::make(core::Error::Kind::Key, message, code);
}

// Recursive: advance() holds it across its read and write().
QRecursiveMutex& writeMutex()
{
    static QRecursiveMutex mutex;
    return mutex;
}

} // namespace

core::Result<std::optional<ChainHead>> ChainHeadFile::read(const QString& path, const QString& databaseUuid)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<ChainHead>();
    if (!file.open(QIODevice::ReadOnly))
        return headError(Tr::tr("Cannot read the audit chain head %1: %2").arg(path, file.errorString()),
                         QStringLiteral("head.io"));
    const QList<QByteArray> lines = file.readAll().split('\n');
    bool ok = false;
    ChainHead head;
    if (lines.size() >= 4 && lines.at(0) == kMagic.toByteArray()) {
        head.id = lines.at(2).toLongLong(&ok);
        head.mac = QByteArray::fromHex(lines.at(3));
    }
    if (!ok || head.id < 1 || head.mac.isEmpty())
        return headError(Tr::tr("The audit chain head %1 is damaged.").arg(path), QStringLiteral("head.format"));
    if (QString::fromLatin1(lines.at(1)) != databaseUuid)
        return headError(Tr::tr("The audit chain head %1 belongs to another database.").arg(path),
                         QStringLiteral("head.mismatch"));
    return std::optional<ChainHead>(head);
}

core::Status ChainHeadFile::write(const QString& path, const QString& databaseUuid, const ChainHead& head)
{
    QMutexLocker lock(&writeMutex());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return headError(Tr::tr("Cannot write the audit chain head %1: %2").arg(path, file.errorString()),
                         QStringLiteral("head.io"));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(kMagic.toByteArray() + '\n' + databaseUuid.toLatin1() + '\n' + QByteArray::number(head.id) + '\n'
               + head.mac.toHex() + '\n');
    // QSaveFile fsyncs the temporary file before renaming it over the old one.
    if (!file.commit())
        return headError(Tr::tr("Cannot write the audit chain head %1: %2").arg(path, file.errorString()),
                         QStringLiteral("head.io"));
    return {};
}

core::Status ChainHeadFile::advance(const QString& path, const QString& databaseUuid, const ChainHead& head)
{
    QMutexLocker lock(&writeMutex());
    auto current = read(path, databaseUuid);
    if (current && current->has_value() && current->value().id >= head.id)
        return {};
    return write(path, databaseUuid, head);
}

} // namespace cg::security
