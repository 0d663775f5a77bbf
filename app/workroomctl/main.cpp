// workroomctl: drives the same core services as the GUI, headless, for IT staff and scripts.
#include "BuildInfo.h"
#include "Commands.h"
#include "ComponentVersions.h"
#include "CryptoRuntime.h"
#include "Localization.h"
#include "NoticeCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    workroom::signing::CryptoRuntime crypto;
    // Printing notices needs Qt WebEngine and so a GUI application; every other command runs
    // without one, so that workroomctl works where no display or GPU is.
    const bool gui = workroom::ctl::NoticeCommands::wanted(argc, argv);
    if (gui) {
        workroom::ctl::NoticeCommands::prepareProcess();
    }
    const std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("workroom"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(workroom::app::productVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Workroom on the command line.\n\n")
                                     + workroom::ctl::Commands::commandSummary());
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QStringLiteral("Print the versions of Workroom and the libraries it uses."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Message language: de or en."),
                                        QStringLiteral("code"));
    parser.addOptions({versionOption, langOption});
    workroom::ctl::Commands::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "workroomctl: %s\n", qUtf8Printable(parser.errorText()));
        return workroom::ctl::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }

    const auto language = workroom::app::chooseLanguage(parser.value(langOption), QLocale());
    if (!language) {
        std::fprintf(stderr, "workroomctl: %s\n", qUtf8Printable(language.error()));
        return workroom::ctl::Usage;
    }
    const workroom::app::Localization localization(*language);

    if (parser.isSet(versionOption)) {
        for (const auto &[component, version] : workroom::app::componentVersions(crypto)) {
            std::printf("%s: %s\n", qUtf8Printable(component), qUtf8Printable(version));
        }
        return workroom::ctl::Ok;
    }
    if (parser.positionalArguments().isEmpty()) {
        parser.showHelp(workroom::ctl::Usage);
    }
    workroom::ctl::Commands commands(parser);
    return commands.run(parser.positionalArguments());
}
