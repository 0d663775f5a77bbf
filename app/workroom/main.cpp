// workroom: the desktop client. Builds the object graph and hands it to the main window.
#include "BuildInfo.h"
#include "ComponentVersions.h"
#include "CryptoRuntime.h"
#include "Localization.h"
#include "MainWindow.h"
#include "Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "workroom: %s\n", qUtf8Printable(message));
    return 2;
}

}  // namespace

int main(int argc, char *argv[])
{
    workroom::signing::CryptoRuntime crypto;  // QCA must be up before any signing work
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("workroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Workroom"));
    QApplication::setApplicationVersion(QString::fromLatin1(workroom::app::productVersion));
    QApplication::setDesktopFileName(QStringLiteral("workroom"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Workroom, the virtual workroom"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User interface language: de or en."),
                                        QStringLiteral("code"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Use DIR as the data directory."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Write the main window to FILE (PNG) once it is shown, then exit."),
        QStringLiteral("FILE"));
    parser.addOptions({langOption, profileOption, screenshotOption});
    parser.process(app);

    const auto language = workroom::app::chooseLanguage(parser.value(langOption), QLocale());
    if (!language) {
        return fail(language.error());
    }
    const workroom::app::Localization localization(*language);

    const QString profileDir = parser.isSet(profileOption)
                                   ? parser.value(profileOption)
                                   : workroom::app::Profile::defaultDirectory();
    const auto profile = workroom::app::Profile::open(profileDir);
    if (!profile) {
        if (!parser.isSet(screenshotOption)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Workroom cannot start"),
                                  profile.error());
        }
        return fail(profile.error());
    }
    const std::unique_ptr<QSettings> settings = profile->settings();

    workroom::widgets::MainWindow window(
        {.productVersion = QString::fromLatin1(workroom::app::productVersion),
         .workroomName = {},
         .profilePath = profile->path(),
         .components = [&crypto] { return workroom::app::componentVersions(crypto); }},
        *settings);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Once the event loop has laid out and painted the window.
        QTimer::singleShot(300, &window, [&window, file] {
            if (!window.grab().save(file, "PNG")) {
                std::fprintf(stderr, "workroom: cannot write the screenshot to %s\n",
                             qUtf8Printable(file));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
