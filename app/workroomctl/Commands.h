#pragma once

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

// Exit codes of workroomctl, for scripts.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2, CheckFailed = 3 };

// The sub-commands of workroomctl over the casework services. Each prints a human-readable
// result, or with --json one JSON document on stdout; errors go to stderr.
class Commands {
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

    int fail(const QString &message, int code = Failed);
    int usage(const QString &message);
    void print(const QString &text);
    void printJson(const QJsonValue &value);
    bool json() const;

    QCommandLineParser &parser_;
    std::unique_ptr<casework::Workspace> workspace_;
};

}  // namespace workroom::ctl
