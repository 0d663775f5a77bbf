#pragma once

#include "CommandOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace workroom::casework {
class Workspace;
}

namespace workroom::ctl {

// The sub-commands of workroomctl over the casework services. Each prints a human-readable
// result, or with --json one JSON document on stdout; errors go to stderr.
class Commands : private CommandOutput {
    Q_DECLARE_TR_FUNCTIONS(workroom::ctl::Commands)

public:
    explicit Commands(QCommandLineParser &parser);
    ~Commands();

    // Adds every option the sub-commands take to the parser.
    static void addOptions(QCommandLineParser &parser);
    static QString commandSummary();

    int run(const QStringList &positional);

private:
    int workroomCommand(const QStringList &args);
    int caseCommand(const QStringList &args);
    int documentCommand(const QStringList &args);
    int search(const QStringList &args);
    int exportCase(const QStringList &args);
    int audit(const QStringList &args);
    int check();
    int collectGarbage();
    int demo();

    bool openWorkspace();
    // The workroom named by --workroom (name or id); the only one if there is just one.
    bool resolveWorkroom(qint64 &id);
    // A case by reference number or id, within --workroom if given.
    bool resolveCase(const QString &key, qint64 &id);

    QCommandLineParser &parser_;
    std::unique_ptr<casework::Workspace> workspace_;
};

}  // namespace workroom::ctl
