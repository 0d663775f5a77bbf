#pragma once

// What the DMS integration tests share: a collection on the test Apache and its capabilities,
// a profile with a workroom "Bürgeramt" and a sync journal, a WorkroomSync run on it, and
// workroomctl run on a profile as a script would.

#include "ApacheDavServer.h"
#include "SyncJournal.h"
#include "WebDavClient.h"
#include "WorkroomSync.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace dmstest {

inline const QString kRoomName = QStringLiteral("Bürgeramt");
inline const QString kPattern = QStringLiteral("{plan}-{seq:4}/{year}");

// Makes the collection `name` (e.g. "room/") below the server's /dav/, as alice.
inline bool makeCollection(const ApacheDavServer &server, const QString &name, bool https = false)
{
    workroom::dms::WebDavClient::Options setup;
    setup.baseUrl = https ? server.httpsUrl() : server.httpUrl();
    if (https) {
        setup.tls.extraCaCertificates = server.caCertificates();
    }
    setup.credentials = {QStringLiteral("alice"), server.password(QStringLiteral("alice"))};
    workroom::dms::WebDavClient root(setup);
    auto made = root.mkcol(name);
    made->waitForFinished();
    return made->ok();
}

// The capabilities of a collection on the server (over HTTP) as `dms link` finds them.
inline workroom::dms::Result<workroom::dms::DavCapabilities>
probeCollection(const ApacheDavServer &server, const QString &name)
{
    workroom::dms::WebDavClient::Options setup;
    setup.baseUrl = server.httpUrl(name);
    setup.credentials = {QStringLiteral("alice"), server.password(QStringLiteral("alice"))};
    workroom::dms::WebDavClient probeClient(setup);
    return workroom::dms::DavCapabilities::probe(probeClient);
}

// One profile on one computer: its workroom database and blob store with one workroom, and its
// sync journal. Tests derive their clients from it and add what they link with.
struct DmsProfile {
    QTemporaryDir profile;
    std::unique_ptr<workroom::casework::Workspace> workspace;
    std::unique_ptr<workroom::dms::SyncJournal> journal;
    qint64 roomId = 0;

    bool openProfile(const QString &actor, const QString &pattern = kPattern)
    {
        auto ws = workroom::casework::Workspace::open(profile.path(), actor);
        if (!ws) {
            return false;
        }
        workspace = std::move(*ws);
        auto room = workspace->cases().createWorkroom(kRoomName, pattern, false, actor);
        auto opened = workroom::dms::SyncJournal::open(
            profile.filePath(QStringLiteral("dms-journal.sqlite")));
        if (!room || !opened) {
            return false;
        }
        roomId = room->id;
        journal = std::move(*opened);
        return true;
    }

    workroom::dms::WorkroomSync::Local local()
    {
        return {workspace->database(),
                workspace->cases(),
                workspace->blobs(),
                *journal,
                roomId,
                kRoomName,
                workspace->actor()};
    }

    // One WorkroomSync run against `link`, as the app and `dms sync` make it.
    workroom::dms::Result<workroom::dms::SyncSummary> runSync(const workroom::dms::SyncLink &link)
    {
        workroom::dms::WorkroomSync sync(local());
        return sync.run(link);
    }

    // A new case of this workroom, not stored yet.
    workroom::domain::CaseRecord draft(const QString &plan, const QString &subject) const
    {
        workroom::domain::CaseRecord record;
        record.workroomId = roomId;
        record.filePlanCode = plan;
        record.year = 2026;
        record.subject = subject;
        return record;
    }

    // Adds a PDF version with `bytes` to the case; its SHA-256, or empty on failure.
    QString addVersion(qint64 caseId, const QString &title, const QString &fileName,
                       const QByteArray &bytes)
    {
        auto blob = workspace->blobs().importBytes(bytes);
        if (!blob) {
            return {};
        }
        workroom::storage::CaseRepository::NewVersion version;
        version.caseId = caseId;
        version.title = title;
        version.blob = *blob;
        version.mimeType = QStringLiteral("application/pdf");
        version.originalFileName = fileName;
        return workspace->cases().addDocumentVersion(version, workspace->actor()) ? blob->sha256
                                                                                  : QString();
    }

    // The cases of the workroom, in the order the case list shows them.
    QList<workroom::domain::CaseRecord> cases()
    {
        workroom::storage::CaseQuery query;
        query.workroomId = roomId;
        auto rows = workspace->cases().listCases(query, 0, 1000);
        QList<workroom::domain::CaseRecord> list;
        for (const auto &row : rows.value_or(QList<workroom::storage::CaseListRow>{})) {
            list.append(
                workspace->cases().caseById(row.id).value_or(workroom::domain::CaseRecord{}));
        }
        return list;
    }

    bool setSubject(qint64 caseId, const QString &subject)
    {
        auto record = workspace->cases().caseById(caseId);
        if (!record) {
            return false;
        }
        record->subject = subject;
        return bool(workspace->cases().updateCase(*record, workspace->actor()));
    }
};

#ifdef WORKROOMCTL_PATH

struct CtlRun {
    int code = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// workroomctl on the profile `dir/profile`, in English, with `password` as the DMS password and
// no system configuration. Without a session bus there is no keychain: the variable is the
// password.
inline CtlRun runWorkroomCtl(const QTemporaryDir &dir, const QString &profile,
                             const QString &password, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WORKROOM_DMS_PASSWORD"), password);
    environment.insert(QStringLiteral("WORKROOM_SYSTEM_CONFIG"),
                       dir.filePath(QStringLiteral("no-system.ini")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WORKROOMCTL_PATH),
                  QStringList{QStringLiteral("--profile"), dir.filePath(profile),
                              QStringLiteral("--lang"), QStringLiteral("en")}
                      + arguments);
    CtlRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

#endif

}  // namespace dmstest
