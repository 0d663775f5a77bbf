#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace workroom::ctl {

// The signing sub-commands of workroomctl: sign, verify and cert (import, list, show, trust),
// over core/signing. They need no workspace, only the profile directory, which holds the
// signing identities (signing/identities) and the user-trusted certificates
// (signing/trusted). Output as in Commands: text, or with --json one JSON document on stdout;
// errors on stderr. `verify` exits with 0 only for a valid signature and with
// CheckFailed (3) for any other status.
class SigningCommands {
    Q_DECLARE_TR_FUNCTIONS(workroom::ctl::SigningCommands)

public:
    // Adds the options only the signing commands take. They also read --json and --role,
    // which Commands::addOptions adds.
    static void addOptions(QCommandLineParser &parser);
    static QString commandSummary();
    // Whether `command` (the first positional argument) is one of these.
    static bool handles(const QString &command);

    int run(const QStringList &positional, QCommandLineParser &parser, const QString &profileDir);

private:
    int sign(const QStringList &args);
    int verify(const QStringList &args);
    int cert(const QStringList &args);

    int fail(const QString &message, int code);
    int usage(const QString &message);
    void print(const QString &text);
    void printJson(const QJsonValue &value);
    bool json() const;
    QString option(const char *name) const;

    QCommandLineParser *parser_ = nullptr;
    QString profileDir_;
};

}  // namespace workroom::ctl
