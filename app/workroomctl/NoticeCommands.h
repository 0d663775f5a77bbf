#pragma once

#include "CommandOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace workroom::casework {
class Workspace;
}

namespace workroom::ctl {

// The notice sub-commands of workroomctl:
//   notice templates                         the templates on offer and where they come from
//   notice render REF --template ID [--out FILE.pdf] [--file-in-case] [--allow-missing]
// Printing needs Qt WebEngine and so a QGuiApplication: main() asks wanted() before it
// constructs the application object. Without a display the offscreen platform is used, and
// as root Chromium's sandbox is switched off (it refuses to run as root); see
// notices::prepareWebEngineProcess.
class NoticeCommands : private CommandOutput {
    Q_DECLARE_TR_FUNCTIONS(workroom::ctl::NoticeCommands)

public:
    static void addOptions(QCommandLineParser &parser);
    static QString commandSummary();
    static bool handles(const QString &command);
    // Whether this command line runs a notice command (parsed before any application exists).
    static bool wanted(int argc, char *argv[]);
    // Before the application object: sets up Qt WebEngine for a headless run, and on the
    // offscreen platform keeps its expected complaints about the missing GPU off stderr.
    static void prepareProcess();

    using CaseResolver = std::function<bool(const QString &key, qint64 &id)>;
    NoticeCommands(QCommandLineParser &parser, casework::Workspace &workspace,
                   CaseResolver resolveCase);

    int run(const QStringList &positional);

private:
    int listTemplates();
    int render(const QStringList &args);

    QCommandLineParser &parser_;
    casework::Workspace &workspace_;
    CaseResolver resolveCase_;
};

}  // namespace workroom::ctl
