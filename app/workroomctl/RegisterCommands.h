#pragma once

#include "CommandOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace workroom::casework {
class Workspace;
}
namespace workroom::app {
class Settings;
}
namespace workroom::registers {
class RegisterService;
class QueryLog;
struct QueryOrigin;
struct RegisterError;
}  // namespace workroom::registers

namespace workroom::ctl {

// The register sub-commands of workroomctl (civil-register queries, docs/register-api.md):
//   register query --family-name F --given-names G --birth-date D [--authority --purpose P
//                  --case REF] [--queue-if-offline] [--json]
//   register bulk submit FILE.csv --case REF --purpose P | bulk status JOB [--wait]
//   register bulk fetch JOB --out FILE.csv | register jobs
//   register queue list | queue send ID [--confirm] | queue remove ID
// The register is the service of the profile's settings (register/serviceUrl), or the
// Demo-Register when none is set; its token comes from WORKROOM_REGISTER_TOKEN (or, with
// register/user, the password from WORKROOM_REGISTER_PASSWORD), never from the settings.
// Every query is recorded in the workroom's audit chain.
class RegisterCommands : private CommandOutput {
    Q_DECLARE_TR_FUNCTIONS(workroom::ctl::RegisterCommands)

public:
    static void addOptions(QCommandLineParser &parser);
    static QString commandSummary();
    static bool handles(const QString &command);

    RegisterCommands(QCommandLineParser &parser, casework::Workspace &workspace,
                     const app::Settings &settings);
    ~RegisterCommands();

    int run(const QStringList &positional);

private:
    int query();
    int bulk(const QStringList &args);
    int bulkSubmit(const QStringList &args);
    int bulkStatus(const QStringList &args);
    int bulkFetch(const QStringList &args);
    int jobs();
    int queue(const QStringList &args);

    bool openService();
    registers::QueryOrigin origin(const QString &caseReference);
    int failWith(const registers::RegisterError &error);
    QString option(const char *name) const;

    QCommandLineParser &parser_;
    casework::Workspace &workspace_;
    const app::Settings &settings_;
    struct Runtime;
    std::unique_ptr<Runtime> runtime_;
};

}  // namespace workroom::ctl
