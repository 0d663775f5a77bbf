// workroom: the desktop client. Builds the object graph and hands it to the main window.
#include "BuildInfo.h"
#include "CaseService.h"
#include "ComponentVersions.h"
#include "CryptoRuntime.h"
#include "DemoWorkroom.h"
#include "Localization.h"
#include "MainWindow.h"
#include "Profile.h"
#include "Workspace.h"

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

// The role this user has in the workroom; IT staff set "user/role" (locked in system scope
// where needed). Anything unknown means clerk, the role of almost everyone.
workroom::domain::Role roleFromSettings(const QSettings &settings)
{
    const auto role =
        workroom::domain::roleFromKey(settings.value(QStringLiteral("user/role")).toString());
    return role.value_or(workroom::domain::Role::Clerk);
}

// The demo workroom: made on the first start (an empty store) and on request (--demo); found
// again when it exists. Returns its id, or 0 when it is neither wanted nor there.
qint64 demoWorkroom(workroom::casework::Workspace &workspace, bool requested, QString &problem)
{
    auto rooms = workspace.cases().workrooms();
    if (!rooms) {
        problem = rooms.error().message;
        return 0;
    }
    if (!requested && !rooms->isEmpty()) {
        return 0;
    }
    for (const workroom::domain::Workroom &room : std::as_const(*rooms)) {
        if (room.demo && room.name == workroom::casework::demoWorkroomName()) {
            return room.id;
        }
    }
    auto created = workroom::casework::createDemoWorkroom(workspace);
    if (!created) {
        problem = created.error().message;
        return 0;
    }
    return created->id;
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
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Open the demo workroom (created with made-up cases if not there yet)."));
    parser.addOptions({langOption, profileOption, screenshotOption, demoOption});
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

    auto workspace = workroom::casework::Workspace::open(
        profile->path(), workroom::casework::Workspace::defaultActor());
    if (!workspace) {
        if (!parser.isSet(screenshotOption)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Workroom cannot start"),
                                  workspace.error().message);
        }
        return fail(workspace.error().message);
    }
    workroom::casework::CaseService service(**workspace, roleFromSettings(*settings));
    QString demoProblem;
    const qint64 demoId = demoWorkroom(**workspace, parser.isSet(demoOption), demoProblem);
    if (!demoProblem.isEmpty()) {
        // The app is usable without the demo; say why it is missing and go on.
        std::fprintf(stderr, "workroom: the demo workroom is not available: %s\n",
                     qUtf8Printable(demoProblem));
    }

    workroom::widgets::MainWindow window(
        {.productVersion = QString::fromLatin1(workroom::app::productVersion),
         .components = [&crypto] { return workroom::app::componentVersions(crypto); }},
        **workspace, service, *settings);
    if (demoId != 0) {
        window.selectWorkroom(demoId);
    }
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
