#pragma once

#include "CommandOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace workroom::casework {
class Workspace;
}
namespace workroom::app {
class Settings;
}
namespace workroom::dms {
class SyncJournal;
struct DavCapabilities;
}  // namespace workroom::dms

namespace workroom::ctl {

// The DMS sub-commands of workroomctl (docs/dms-layout.md):
//   dms link URL --user NAME [--ca FILE]   probe the server and remember the link
//   dms sync [--workroom W] [--json]       upload content, merge every case.json
//   dms status [--json]                    the link, pending uploads, open conflicts, activity
//   dms resolve REF FIELD (--take local|remote | --value TEXT)   resolve a conflict
// The password comes from WORKROOM_DMS_PASSWORD (for scripts) or the OS keychain; `link`
// stores a password given in the environment in the keychain when there is one. It is never
// written to the settings.
class DmsCommands : private CommandOutput {
    Q_DECLARE_TR_FUNCTIONS(workroom::ctl::DmsCommands)

public:
    static void addOptions(QCommandLineParser &parser);
    static QString commandSummary();
    static bool handles(const QString &command);

    DmsCommands(QCommandLineParser &parser, casework::Workspace &workspace,
                app::Settings &settings);
    ~DmsCommands();

    int run(const QStringList &positional);

private:
    int link(const QStringList &args);
    int sync();
    int status();
    int resolve(const QStringList &args);
    // The workroom named by --workroom (or the only one); 0 after printing why not, with the
    // exit code in `exitCode`.
    qint64 chooseWorkroom(QString &name, int &exitCode);

    std::unique_ptr<dms::SyncJournal> openJournal();
    // What sync and resolve work on: the workroom (chooseWorkroom) and this profile's journal;
    // nullopt after printing why not, with the exit code in `exitCode`.
    struct Target {
        qint64 roomId = 0;
        QString roomName;
        std::unique_ptr<dms::SyncJournal> journal;
    };
    std::optional<Target> openTarget(int &exitCode);
    bool password(const QString &url, const QString &user, QString &out);

    QCommandLineParser &parser_;
    casework::Workspace &workspace_;
    app::Settings &settings_;
};

}  // namespace workroom::ctl
