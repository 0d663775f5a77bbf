#pragma once

#include <QJsonValue>
#include <QString>

class QCommandLineParser;

namespace workroom::ctl {

// The exit codes of workroomctl; scripts rely on them.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2, CheckFailed = 3 };

// How every command family of workroomctl talks to its caller: text on stdout, or JSON with
// --json; errors on stderr (and as {"error": …} with --json) with an exit code. The command
// classes inherit it so that all of them print alike.
class CommandOutput {
protected:
    // `summary` is the command family's help text, shown after a usage error.
    CommandOutput(const QCommandLineParser &parser, QString summary);

    bool json() const;
    static void print(const QString &text);
    static void printJson(const QJsonValue &value);
    int fail(const QString &message, int code = Failed) const;
    int usage(const QString &message) const;

private:
    const QCommandLineParser *parser_;
    QString summary_;
};

}  // namespace workroom::ctl
