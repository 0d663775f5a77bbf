// A stand-in for workroomctl that runs only the signing commands, so that tst_signingcommands
// can drive them as a process (exit codes, stdin, environment) before they are wired into
// workroomctl itself. It defines the options workroomctl's Commands shares with them.
#include "CryptoRuntime.h"
#include "SigningCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    workroom::signing::CryptoRuntime crypto;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(workroom::ctl::SigningCommands::commandSummary());
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("profile"), QStringLiteral("Data directory."), QStringLiteral("DIR")},
         {QStringLiteral("json"), QStringLiteral("Print JSON.")},
         {QStringLiteral("role"), QStringLiteral("Role."), QStringLiteral("ROLE")}});
    workroom::ctl::SigningCommands::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "signingctl: %s\n", qUtf8Printable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    workroom::ctl::SigningCommands commands;
    return commands.run(parser.positionalArguments(), parser,
                        parser.value(QStringLiteral("profile")));
}
