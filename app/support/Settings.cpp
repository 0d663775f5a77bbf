#include "Settings.h"

#include "TrustStore.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace workroom::app {

namespace {

QString findSystemFile()
{
    const QString fromEnvironment = qEnvironmentVariable("WORKROOM_SYSTEM_CONFIG");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QString found = QStandardPaths::locate(QStandardPaths::GenericConfigLocation,
                                                 QStringLiteral("workroom/workroom.ini"));
    return found.isEmpty() ? QStringLiteral("/etc/xdg/workroom/workroom.ini") : found;
}

}  // namespace

Settings::Settings(const QString &userFile) : Settings(userFile, findSystemFile()) {}

Settings::Settings(const QString &userFile, const QString &systemFile)
    : user_(std::make_unique<QSettings>(userFile, QSettings::IniFormat)),
      system_(std::make_unique<QSettings>(systemFile, QSettings::IniFormat))
{
    // QSettings splits "a, b" into a list itself; a single key comes back as a string.
    const QVariant locked = system_->value(QStringLiteral("locked"));
    const QStringList keys = locked.typeId() == QMetaType::QStringList
                                 ? locked.toStringList()
                                 : locked.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &key : keys) {
        locked_.append(key.trimmed());
    }
}

Settings::~Settings() = default;

QString Settings::systemFile() const
{
    return system_->fileName();
}

bool Settings::isLocked(const QString &key) const
{
    return locked_.contains(key);
}

QVariant Settings::value(const QString &key, const QVariant &fallback) const
{
    if (isLocked(key) && system_->contains(key)) {
        return system_->value(key);
    }
    if (user_->contains(key)) {
        return user_->value(key);
    }
    return system_->value(key, fallback);
}

bool Settings::setValue(const QString &key, const QVariant &value)
{
    if (isLocked(key)) {
        return false;
    }
    user_->setValue(key, value);
    return true;
}

void Settings::remove(const QString &key)
{
    user_->remove(key);
}

void Settings::sync()
{
    user_->sync();
}

static QStringList listValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList) {
        return value.toStringList();
    }
    return value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString Settings::trustAnchorDirectory() const
{
    return value(QStringLiteral("signing/trustAnchorDir"),
                 signing::TrustStore::defaultSystemDirectory())
        .toString();
}

QStringList Settings::crlFiles() const
{
    return listValue(value(QStringLiteral("signing/crlFiles")));
}

QStringList Settings::crlUrls() const
{
    return listValue(value(QStringLiteral("signing/crlUrls")));
}

bool Settings::trustSystemStore() const
{
    return value(QStringLiteral("signing/trustSystemStore"), false).toBool();
}

int Settings::certificateExpiryWarningDays() const
{
    return value(QStringLiteral("signing/expiryWarningDays"), 30).toInt();
}

QString Settings::noticeTemplateDirectory() const
{
    return value(QStringLiteral("notices/templateDir")).toString();
}

QHash<QString, QString> Settings::noticeValues() const
{
    const QString group = QStringLiteral("noticeValues");
    QStringList keys;
    for (QSettings *file : {system_.get(), user_.get()}) {
        file->beginGroup(group);
        keys += file->childKeys();
        file->endGroup();
    }
    QHash<QString, QString> values;
    for (const QString &key : std::as_const(keys)) {
        // An unquoted value with commas comes back from an INI file as a list.
        const QVariant raw = value(group + QLatin1Char('/') + key);
        values.insert(key, raw.typeId() == QMetaType::QStringList
                               ? raw.toStringList().join(QStringLiteral(", "))
                               : raw.toString());
    }
    return values;
}

QString Settings::dmsUrl() const
{
    return value(QStringLiteral("dms/url")).toString().trimmed();
}

QString Settings::dmsUser() const
{
    return value(QStringLiteral("dms/user")).toString().trimmed();
}

QString Settings::dmsCaFile() const
{
    return value(QStringLiteral("dms/caFile")).toString();
}

bool Settings::setDmsLink(const QString &url, const QString &user, const QString &caFile)
{
    if (isLocked(QStringLiteral("dms/url")) || isLocked(QStringLiteral("dms/user"))
        || isLocked(QStringLiteral("dms/caFile"))) {
        return false;
    }
    return setValue(QStringLiteral("dms/url"), url) && setValue(QStringLiteral("dms/user"), user)
           && setValue(QStringLiteral("dms/caFile"), caFile);
}

bool Settings::dmsLinkLocked() const
{
    return isLocked(QStringLiteral("dms/url")) || isLocked(QStringLiteral("dms/user"))
           || isLocked(QStringLiteral("dms/caFile"));
}

bool Settings::dmsAutoSync() const
{
    return value(QStringLiteral("dms/autoSync"), true).toBool();
}

int Settings::dmsSyncIntervalMinutes() const
{
    bool ok = false;
    const int minutes = value(QStringLiteral("dms/syncIntervalMinutes"), 5).toInt(&ok);
    return ok && minutes >= 0 ? minutes : 5;
}

qint64 Settings::dmsWorkroom() const
{
    return value(QStringLiteral("dms/workroom")).toLongLong();
}

bool Settings::setDmsWorkroom(qint64 workroomId)
{
    return setValue(QStringLiteral("dms/workroom"), workroomId);
}

QString Settings::registerServiceUrl() const
{
    return value(QStringLiteral("register/serviceUrl")).toString().trimmed();
}

QString Settings::registerCaFile() const
{
    return value(QStringLiteral("register/caFile")).toString();
}

QString Settings::registerUser() const
{
    return value(QStringLiteral("register/user")).toString().trimmed();
}

int Settings::registerTimeoutSeconds() const
{
    return qBound(1, value(QStringLiteral("register/timeoutSeconds"), 15).toInt(), 600);
}

}  // namespace workroom::app
