#include "Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace workroom::app {

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::expected<Profile, QString> Profile::open(const QString &directory)
{
    if (directory.isEmpty()) {
        return std::unexpected(tr("No data directory is known for this user."));
    }
    const QString path = QFileInfo(directory).absoluteFilePath();
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        return std::unexpected(tr("The data directory %1 is a file, not a directory.").arg(path));
    }
    if (!QDir().mkpath(path)) {
        return std::unexpected(tr("The data directory %1 cannot be created.").arg(path));
    }
    // Writable in fact, not only by its permission bits (read-only mounts, full disks).
    QTemporaryFile probe(path + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open()) {
        return std::unexpected(
            tr("The data directory %1 is not writable: %2").arg(path, probe.errorString()));
    }
    return Profile(path);
}

std::unique_ptr<QSettings> Profile::settings() const
{
    return std::make_unique<QSettings>(path_ + QStringLiteral("/settings.ini"),
                                       QSettings::IniFormat);
}

}  // namespace workroom::app
