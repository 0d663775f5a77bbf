// Runs one upload of immutable files and reports progress line by line, so that
// tst_syncengine can kill it with SIGKILL at a chosen moment and run it again.
//
//   dms_upload_helper URL USER JOURNAL CASEFOLDER FILESDIR [--weak-server]
//
// The password comes from WORKROOM_TEST_DAV_PASSWORD. Each file in FILESDIR is named by the
// SHA-256 of its bytes, as in the blob store.
#include "DavCapabilities.h"
#include "SyncEngine.h"
#include "SyncJournal.h"
#include "WebDavClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace workroom::dms;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6) {
        std::fprintf(stderr, "usage: dms_upload_helper URL USER JOURNAL CASEFOLDER FILESDIR\n");
        return 2;
    }
    WebDavClient::Options options;
    options.baseUrl = QUrl(args.at(1));
    options.credentials = {args.at(2), qEnvironmentVariable("WORKROOM_TEST_DAV_PASSWORD")};
    WebDavClient client(options);
    auto journal = SyncJournal::open(args.at(3));
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.error().message));
        return 1;
    }
    DavCapabilities capabilities;
    if (!args.contains(QStringLiteral("--weak-server"))) {
        capabilities.etagsInPropfind = capabilities.ifMatchHonoured = true;
        capabilities.ifNoneMatchHonoured = capabilities.depthInfinity = true;
        capabilities.locking = capabilities.locksEnforced = true;
    }
    QList<ImmutableFile> files;
    const QFileInfoList entries = QDir(args.at(5)).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        ImmutableFile file;
        file.caseFolder = args.at(4);
        file.sha256 = entry.fileName();
        file.size = entry.size();
        file.localPath = entry.absoluteFilePath();
        files.append(file);
    }
    SyncEngine engine(client, **journal, capabilities);
    QObject::connect(&engine, &SyncEngine::progress, [](int done, int total) {
        std::printf("progress %d/%d\n", done, total);
        std::fflush(stdout);
    });
    auto report = engine.uploadImmutable(files);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    for (const QString &error : std::as_const(report->errors)) {
        std::fprintf(stderr, "error: %s\n", qPrintable(error));
    }
    std::printf("report uploaded=%d already=%d failed=%d retry=%d\n", report->uploaded,
                report->alreadyThere, report->failed, report->retryLater);
    std::fflush(stdout);
    return 0;
}
