// workroom: the desktop client. Builds the object graph and hands it to the main window.
#include "BuildInfo.h"
#include "BulkJobList.h"
#include "CaseService.h"
#include "ComponentVersions.h"
#include "CryptoRuntime.h"
#include "DemoRegister.h"
#include "DemoWorkroom.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeWebSandbox.h"
#include "OfflineQueue.h"
#include "Profile.h"
#include "QueryLog.h"
#include "RegisterClient.h"
#include "RegisterCredentialStore.h"
#include "Settings.h"
#include "Workspace.h"
#include "dms/SyncController.h"
#include "registers/RegisterSignIn.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>
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

// The civil register: the association's service when IT configured one, else the built-in
// Demo-Register (labelled so in the UI).
std::unique_ptr<workroom::registers::RegisterService>
makeRegister(const workroom::app::Settings &settings, QNetworkAccessManager &network,
             const QString &profileDir)
{
    const QString url = settings.registerServiceUrl();
    if (url.isEmpty()) {
        auto demo = std::make_unique<workroom::registers::DemoRegister>();
        // The demo has no server that outlives the app: its bulk jobs are kept in the profile.
        demo->setJobDirectory(QDir(profileDir).filePath(QStringLiteral("demo-register")));
        return demo;
    }
    workroom::registers::ClientConfig config;
    config.baseUrl = QUrl(url);
    config.user = settings.registerUser();
    config.timeoutMs = settings.registerTimeoutSeconds() * 1000;
    if (const QString caFile = settings.registerCaFile(); !caFile.isEmpty()) {
        config.caCertificates = QSslCertificate::fromPath(caFile);
    }
    return std::make_unique<workroom::registers::RegisterClient>(config, &network);
}

// The workroom synced with the DMS: the one chosen when it was linked, else the only real one.
qint64 syncedWorkroom(workroom::casework::Workspace &workspace,
                      const workroom::app::Settings &settings, QString &name)
{
    auto rooms = workspace.cases().workrooms();
    if (!rooms) {
        return 0;
    }
    const qint64 chosen = settings.dmsWorkroom();
    QList<workroom::domain::Workroom> candidates;
    for (const workroom::domain::Workroom &room : std::as_const(*rooms)) {
        if (chosen != 0 ? room.id == chosen : !room.demo) {
            candidates.append(room);
        }
    }
    if (candidates.size() != 1) {
        return 0;
    }
    name = candidates.first().name;
    return candidates.first().id;
}

}  // namespace

int main(int argc, char *argv[])
{
    workroom::signing::CryptoRuntime crypto;  // QCA must be up before any signing work
    // Qt WebEngine (notice preview) must be set up before the application object exists.
    workroom::notices::prepareWebEngineProcess(false);
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

    workroom::app::Settings typedSettings(
        QDir(profile->path()).filePath(QStringLiteral("settings.ini")));
    QNetworkAccessManager network;
    const auto registerService = makeRegister(typedSettings, network, profile->path());
    // A configured service's token or password: from the keychain, else asked for.
    workroom::registers::RegisterCredentialStore registerSecrets;
    std::unique_ptr<workroom::widgets::RegisterSignIn> registerSignIn;
    if (auto *client = qobject_cast<workroom::registers::RegisterClient *>(registerService.get())) {
        registerSignIn =
            std::make_unique<workroom::widgets::RegisterSignIn>(*client, registerSecrets);
        registerSignIn->loadStored();
    }
    workroom::registers::QueryLog queryLog((*workspace)->database());
    registerService->setQueryLog(&queryLog);
    workroom::registers::OfflineQueue registerQueue((*workspace)->database(), &queryLog);
    workroom::registers::BulkJobList registerJobs((*workspace)->database());

    // The DMS sync runs on its own thread with its own connections to the profile's databases;
    // made before the window so that it outlives the window's dialogs.
    workroom::widgets::SyncController sync(profile->path(), (*workspace)->actor());
    sync.setLink(
        {QUrl(typedSettings.dmsUrl()), typedSettings.dmsUser(), typedSettings.dmsCaFile()});
    sync.setSchedule(typedSettings.dmsAutoSync(), typedSettings.dmsSyncIntervalMinutes());
    {
        QString roomName;
        const qint64 roomId = syncedWorkroom(**workspace, typedSettings, roomName);
        sync.setWorkroom(roomId, roomName);
    }

    workroom::widgets::MainWindow window(
        {.productVersion = QString::fromLatin1(workroom::app::productVersion),
         .components = [&crypto] { return workroom::app::componentVersions(crypto); },
         .noticeTemplateDirectories = typedSettings.noticeTemplateDirectory().isEmpty()
                                          ? QStringList()
                                          : QStringList{typedSettings.noticeTemplateDirectory()},
         .noticeValues = typedSettings.noticeValues(),
         .registers = {registerService.get(), &registerQueue, &registerJobs, registerSignIn.get()}},
        **workspace, service, *settings);
    // The same folders as workroomctl's signing commands use.
    window.setSigningSetup(
        {.identityDirectory = QDir(profile->path()).filePath(QStringLiteral("signing/identities")),
         .userTrustDirectory = QDir(profile->path()).filePath(QStringLiteral("signing/trusted")),
         .systemTrustDirectory = typedSettings.trustAnchorDirectory(),
         .crlFiles = typedSettings.crlFiles(),
         .expiryWarningDays = typedSettings.certificateExpiryWarningDays(),
         // Downloaded by the documents tab's worker, never on the GUI thread (CrlFetcher blocks).
         .crlUrls = typedSettings.crlUrls(),
         .crlCacheDirectory = QDir(profile->path()).filePath(QStringLiteral("signing/crl-cache"))});
    if (demoId != 0) {
        window.selectWorkroom(demoId);
    }
    window.setSync(sync,
                   {.url = typedSettings.dmsUrl(),
                    .user = typedSettings.dmsUser(),
                    .caFile = typedSettings.dmsCaFile(),
                    .locked = typedSettings.dmsLinkLocked(),
                    .store = [&typedSettings, &window, &sync, ws = workspace->get()](
                                 const QString &url, const QString &user, const QString &caFile) {
                        // Linking from the window links the workroom it shows.
                        const qint64 room = window.currentWorkroomId();
                        if (room == 0 || !typedSettings.setDmsLink(url, user, caFile)
                            || !typedSettings.setDmsWorkroom(room)) {
                            return false;
                        }
                        typedSettings.sync();
                        QString name;
                        sync.setWorkroom(syncedWorkroom(*ws, typedSettings, name), name);
                        return true;
                    }});
    window.show();
    if (!parser.isSet(screenshotOption)) {
        // Once the window is up: the keychain or the user gives the password, then it syncs.
        QTimer::singleShot(0, &sync, [&sync] { sync.start(); });
    }

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
