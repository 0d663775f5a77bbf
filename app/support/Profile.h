#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <memory>

class QSettings;

namespace workroom::app {

// The data directory of one user: the local workroom, its settings and caches. The default is
// the platform's application data directory; --profile DIR chooses another one.
class Profile {
    Q_DECLARE_TR_FUNCTIONS(workroom::app::Profile)

public:
    // Creates the directory if needed; fails with a readable message if it cannot be created
    // or written.
    static std::expected<Profile, QString> open(const QString &directory);

    // The platform default (QStandardPaths::AppDataLocation).
    static QString defaultDirectory();

    const QString &path() const { return path_; }

    // The user's settings, stored in the profile so that another profile has its own.
    std::unique_ptr<QSettings> settings() const;

private:
    explicit Profile(QString path) : path_(std::move(path)) {}
    QString path_;
};

}  // namespace workroom::app
