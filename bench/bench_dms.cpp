// DMS sync beside rclone (issue 6): every row of the table in one run against the same
// Apache (mod_dav, HTTP on loopback, Basic auth). Workroom runs its whole sync
// (dms::WorkroomSync::run, 4 transfers) on real workrooms made of cases and documents;
// rclone (WebDAV remote, default --transfers 4) copies the same content files.
//
//   initial upload     a workroom with the data set, a fresh journal, into a fresh collection;
//                      rclone copy of the same content files into another fresh collection
//   no-change re-sync  the same again with nothing changed (still asking the server), 1.5 s
//                      later (see kSettleMs)
//   download           a second, empty profile linked to the uploaded collection (content
//                      files, case.json, audit); rclone copy of its uploaded collection (the
//                      same content files) into an empty directory
//   … of which         Workroom alone: the same GETs one by one, then the blob-store imports,
//                      to show where the download's time goes
//   memory             peak RSS growth of this process during the upload and the download
//                      (VmHWM after `echo 5 > /proc/self/clear_refs`)
//
// Workroom and rclone take turns first from run to run; the median of the runs is reported.
// The 10,000-file set is uploaded once and re-synced RUNS times.
//
//   bench_dms [RUNS] [SET...]   SET: 4k 1m 50m 10k (default all); environment: WORKROOM_RCLONE
#include "ApacheDavServer.h"
#include "BlobStore.h"
#include "DavCapabilities.h"
#include "ImmutableFile.h"
#include "SyncJournal.h"
#include "WebDavClient.h"
#include "WorkroomSync.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace workroom;

namespace {

const QString kPattern = QStringLiteral("{plan}-{seq:4}/{year}");
const QString kRoomName = QStringLiteral("Bauamt");

// Apache gives a file written less than a second ago a weak ETag, which the sync rightly does
// not trust to skip a case. A no-change re-sync comes minutes after the last one in real use;
// both tools wait this long before theirs, so that it measures that steady state.
constexpr unsigned long kSettleMs = 1500;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_dms: %s\n", qPrintable(message));
    std::exit(1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString samples(const QList<double> &values)
{
    QStringList out;
    for (double value : values) {
        out << QString::number(value, 'f', 3);
    }
    return out.join(QLatin1Char(' '));
}

// Peak RSS of this process since the last reset, and the RSS now, in KiB (/proc/self/status).
qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// Resets VmHWM to the current RSS, so that the next reading shows the peak of one phase.
qint64 resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (!refs.open(QIODevice::WriteOnly) || refs.write("5") != 1) {
        die(QStringLiteral("cannot reset the peak RSS (/proc/self/clear_refs)"));
    }
    refs.close();
    return statusKiB("VmRSS");
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '))
               : QStringLiteral("?");
}

// A data set as a real workroom: cases with documents of random content, created through the
// repository in one transaction. The same content files are also laid out for rclone the way
// the DMS holds them (cases/<folder>/content/<sha256>), hard links into the blob store.
struct DataSet {
    QString key;    // 4k, 1m, 50m, 10k
    QString label;  // for the table
    int cases = 0;
    int perCase = 0;
    qint64 size = 0;
    quint32 seed = 0;

    QString profile;  // the uploading workroom's profile
    QString tree;     // the content files for rclone
    int files() const { return cases * perCase; }
    qint64 bytes() const { return qint64(files()) * size; }
};

void makeData(DataSet &set, const QString &root)
{
    set.profile = root + QStringLiteral("/src-") + set.key;
    set.tree = root + QStringLiteral("/tree-") + set.key;
    auto opened = casework::Workspace::open(set.profile, QStringLiteral("alice"));
    if (!opened) {
        die(opened.error().message);
    }
    casework::Workspace &ws = **opened;
    auto room = ws.cases().createWorkroom(kRoomName, kPattern, false, QStringLiteral("alice"));
    if (!room) {
        die(room.error().message);
    }
    QRandomGenerator random(set.seed);
    QByteArray bytes(set.size, Qt::Uninitialized);
    auto made = ws.database().write(
        [&]() -> storage::Result<void> {
            for (int c = 0; c < set.cases; ++c) {
                domain::CaseRecord draft;
                draft.workroomId = room->id;
                draft.filePlanCode = QStringLiteral("32.10");
                draft.year = 2026;
                draft.subject = QStringLiteral("Bauantrag %1").arg(c + 1);
                draft.assignee = QStringLiteral("anna");
                auto created = ws.cases().createCase(draft, {}, QStringLiteral("alice"));
                if (!created) {
                    return std::unexpected(created.error());
                }
                const QString folder = dms::caseFolderName(created->reference);
                const QString content =
                    set.tree + QStringLiteral("/cases/") + folder + QStringLiteral("/content");
                QDir().mkpath(content);
                for (int d = 0; d < set.perCase; ++d) {
                    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                     bytes.size() / qsizetype(sizeof(quint32)));
                    auto blob = ws.blobs().importBytes(bytes);
                    if (!blob) {
                        return std::unexpected(blob.error());
                    }
                    storage::CaseRepository::NewVersion version;
                    version.caseId = created->id;
                    version.title = QStringLiteral("Anlage %1").arg(d + 1);
                    version.kind = domain::DocumentKind::Attachment;
                    version.blob = *blob;
                    version.mimeType = QStringLiteral("application/octet-stream");
                    version.originalFileName = QStringLiteral("anlage-%1.bin").arg(d + 1);
                    if (auto added =
                            ws.cases().addDocumentVersion(version, QStringLiteral("alice"));
                        !added) {
                        return std::unexpected(added.error());
                    }
                    const QString link = content + QLatin1Char('/') + blob->sha256;
                    const QString source = ws.blobs().pathOf(blob->sha256);
                    if (::link(QFile::encodeName(source).constData(),
                               QFile::encodeName(link).constData())
                            != 0
                        && !QFile::copy(source, link)) {
                        die(QStringLiteral("cannot lay out %1").arg(link));
                    }
                }
            }
            return {};
        },
        QStringLiteral("benchmark data"));
    if (!made) {
        die(made.error().message);
    }
}

struct Server {
    ApacheDavServer apache;
    QString password;
    dms::DavCapabilities caps;
    QString rclone;
    QString rcloneConfig;
    QString obscured;
    int serial = 0;

    bool mkcol(const QString &path)
    {
        dms::WebDavClient::Options options;
        options.baseUrl = apache.httpUrl();
        options.credentials = {QStringLiteral("alice"), password};
        dms::WebDavClient root(options);
        auto reply = root.mkcol(path);
        reply->waitForFinished();
        return reply->ok();
    }

    // A fresh, empty collection on the server; its name.
    QString freshCollection(const QString &prefix)
    {
        const QString name = prefix + QString::number(++serial);
        if (!mkcol(name + QLatin1Char('/'))) {
            die(QStringLiteral("MKCOL %1 failed").arg(name));
        }
        return name;
    }

    void remove(const QString &collection)
    {
        QDir(apache.davRoot() + QLatin1Char('/') + collection).removeRecursively();
    }

    // rclone with the remote given on the command line (no remote in the config file).
    double runRclone(const QString &verb, const QString &from, const QString &to)
    {
        const QStringList args{verb,
                               from,
                               to,
                               QStringLiteral("--config"),
                               rcloneConfig,
                               QStringLiteral("--webdav-url"),
                               apache.httpUrl().toString(),
                               QStringLiteral("--webdav-vendor"),
                               QStringLiteral("other"),
                               QStringLiteral("--webdav-user"),
                               QStringLiteral("alice"),
                               QStringLiteral("--webdav-pass"),
                               obscured};
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(rclone, args);
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            die(QStringLiteral("rclone %1 failed: %2")
                    .arg(verb, QString::fromLocal8Bit(process.readAll())));
        }
        return timer.nsecsElapsed() / 1e9;
    }
    static QString remote(const QString &path) { return QStringLiteral(":webdav:") + path; }
};

// One profile's side of a sync: its workspace, a journal of its own, linked to `collection`.
struct Profile {
    std::unique_ptr<casework::Workspace> workspace;
    std::unique_ptr<dms::SyncJournal> journal;
    qint64 roomId = 0;
    dms::SyncLink link;

    Profile(Server &server, const QString &profileDir, const QString &journalPath,
            const QString &collection)
    {
        auto opened = casework::Workspace::open(profileDir, QStringLiteral("alice"));
        if (!opened) {
            die(opened.error().message);
        }
        workspace = std::move(*opened);
        auto rooms = workspace->cases().workrooms();
        if (!rooms) {
            die(rooms.error().message);
        }
        if (rooms->isEmpty()) {
            auto room = workspace->cases().createWorkroom(kRoomName, kPattern, false,
                                                          QStringLiteral("alice"));
            if (!room) {
                die(room.error().message);
            }
            roomId = room->id;
        } else {
            roomId = rooms->first().id;
        }
        auto made = dms::SyncJournal::open(journalPath);
        if (!made) {
            die(made.error().message);
        }
        journal = std::move(*made);
        // What linking leaves in the journal (workroomctl dms link).
        if (!dms::WorkroomSync::storeCapabilities(*journal, server.caps)) {
            die(QStringLiteral("cannot store the capabilities"));
        }
        link.url = server.apache.httpUrl(collection + QLatin1Char('/'));
        journal->setValue(QStringLiteral("url"), link.url.toString());
        link.user = QStringLiteral("alice");
        link.password = server.password;
    }

    // One whole sync; its duration in seconds.
    double sync(dms::SyncSummary *out = nullptr)
    {
        dms::WorkroomSync sync({workspace->database(), workspace->cases(), workspace->blobs(),
                                *journal, roomId, kRoomName, workspace->actor()});
        QElapsedTimer timer;
        timer.start();
        auto done = sync.run(link);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!done) {
            die(QStringLiteral("sync failed: %1").arg(done.error().message));
        }
        if (!done->ok()) {
            die(QStringLiteral("sync had %1 failed items: %2")
                    .arg(done->failed)
                    .arg(done->errors.mid(0, 3).join(QStringLiteral("; "))));
        }
        if (out) {
            *out = *done;
        }
        return seconds;
    }

    int caseCount()
    {
        storage::CaseQuery query;
        query.workroomId = roomId;
        auto count = workspace->cases().countCases(query);
        return count ? *count : -1;
    }
};

int countFiles(const QString &dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

struct Row {
    QString data;
    QString operation;
    QList<double> ours;
    QList<double> theirs;
    QString memory;  // peak RSS growth, where measured
    QString target;  // what the issue asks of this row
};

QString seconds(const QList<double> &values)
{
    if (values.isEmpty()) {
        return QStringLiteral("–");
    }
    const double value = median(values);
    return value < 1 ? QStringLiteral("%1 s").arg(value, 0, 'f', 3)
                     : QStringLiteral("%1 s").arg(value, 0, 'f', 2);
}

QString mib(qint64 kib)
{
    return QStringLiteral("%1 MiB").arg(kib / 1024.0, 0, 'f', 1);
}

// The download's two halves apart: every content file fetched with WebDavClient::get (checked
// against its name, as the sync does) into a scratch directory, then imported into an empty
// blob store. Seconds and peak RSS growth (KiB) of each half.
struct Parts {
    double getSeconds = 0;
    qint64 getPeak = 0;
    double importSeconds = 0;
    qint64 importPeak = 0;
};

Parts downloadParts(Server &server, const DataSet &set, const QString &collection,
                    const QString &work)
{
    const QString scratch = work + QStringLiteral("/parts-") + collection;
    QDir().mkpath(scratch + QStringLiteral("/got"));
    dms::WebDavClient::Options options;
    options.baseUrl = server.apache.httpUrl(collection + QLatin1Char('/'));
    options.credentials = {QStringLiteral("alice"), server.password};
    dms::WebDavClient client(options);
    QStringList fetched;
    Parts parts;
    qint64 before = resetPeak();
    QElapsedTimer timer;
    timer.start();
    QDirIterator it(set.tree, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString remote = QDir(set.tree).relativeFilePath(path);
        const QString target = scratch + QStringLiteral("/got/") + it.fileName();
        dms::GetOptions get;
        get.expectedSha256 = it.fileName().toLatin1();
        auto reply = client.get(remote, target, get);
        reply->waitForFinished();
        if (!reply->ok()) {
            die(QStringLiteral("GET %1: %2").arg(remote, reply->error()->message));
        }
        fetched << target;
    }
    parts.getSeconds = timer.nsecsElapsed() / 1e9;
    parts.getPeak = statusKiB("VmHWM") - before;
    storage::BlobStore blobs(scratch + QStringLiteral("/blobs"));
    before = resetPeak();
    timer.restart();
    for (const QString &file : std::as_const(fetched)) {
        if (auto stored = blobs.importFile(file); !stored) {
            die(stored.error().message);
        }
    }
    parts.importSeconds = timer.nsecsElapsed() / 1e9;
    parts.importPeak = statusKiB("VmHWM") - before;
    QDir(scratch).removeRecursively();
    return parts;
}

// Initial upload, no-change re-sync and download of one data set, RUNS times each side.
QList<Row> measureSet(Server &server, const DataSet &set, const QString &work, int runs)
{
    Row upload{set.label, QStringLiteral("initial upload"), {}, {}, {}, {}};
    Row again{set.label, QStringLiteral("no-change re-sync"), {}, {}, {}, {}};
    Row download{set.label, QStringLiteral("download into an empty profile"), {}, {}, {}, {}};
    // Where the download's time goes: the same GETs alone, then the blob-store imports alone.
    Row gets{set.label, QStringLiteral("… of which the GETs alone (one at a time)"), {}, {}, {},
             {}};
    Row imports{set.label, QStringLiteral("… of which the blob-store imports alone"), {}, {}, {},
                {}};
    QList<qint64> uploadPeak, downloadPeak, getPeak, importPeak;
    for (int run = 0; run < runs; ++run) {
        const auto workroomSide = [&] {
            const QString collection = server.freshCollection(QStringLiteral("wr-"));
            {
                Profile source(server, set.profile,
                               work + QStringLiteral("/journal-%1.sqlite").arg(collection),
                               collection);
                dms::SyncSummary summary;
                const qint64 before = resetPeak();
                upload.ours << source.sync(&summary);
                uploadPeak << statusKiB("VmHWM") - before;
                if (summary.uploaded != set.files() || summary.casesWritten != set.cases) {
                    die(QStringLiteral("upload: %1 files, %2 cases")
                            .arg(summary.uploaded)
                            .arg(summary.casesWritten));
                }
                QThread::msleep(kSettleMs);
                again.ours << source.sync(&summary);
                if (summary.uploaded != 0 || summary.casesWritten != 0 || summary.downloaded != 0
                    || summary.casesApplied != 0) {
                    die(QStringLiteral("the no-change re-sync did work"));
                }
            }
            const QString emptyDir = work + QStringLiteral("/empty-") + collection;
            {
                Profile empty(server, emptyDir, emptyDir + QStringLiteral("-journal.sqlite"),
                              collection);
                dms::SyncSummary summary;
                const qint64 before = resetPeak();
                download.ours << empty.sync(&summary);
                downloadPeak << statusKiB("VmHWM") - before;
                if (summary.downloaded != set.files() || summary.casesApplied != set.cases
                    || empty.caseCount() != set.cases
                    || empty.workspace->blobs().list().size() != set.files()) {
                    die(QStringLiteral("download: %1 files, %2 cases")
                            .arg(summary.downloaded)
                            .arg(summary.casesApplied));
                }
            }
            QDir(emptyDir).removeRecursively();
            QFile::remove(emptyDir + QStringLiteral("-journal.sqlite"));
            const Parts parts = downloadParts(server, set, collection, work);
            gets.ours << parts.getSeconds;
            getPeak << parts.getPeak;
            imports.ours << parts.importSeconds;
            importPeak << parts.importPeak;
            server.remove(collection);
        };
        const auto rcloneSide = [&] {
            const QString collection = server.freshCollection(QStringLiteral("rc-"));
            upload.theirs << server.runRclone(QStringLiteral("copy"), set.tree,
                                              Server::remote(collection));
            QThread::msleep(kSettleMs);
            again.theirs << server.runRclone(QStringLiteral("copy"), set.tree,
                                             Server::remote(collection));
            const QString into = work + QStringLiteral("/down-") + collection;
            QDir().mkpath(into);
            download.theirs << server.runRclone(QStringLiteral("copy"), Server::remote(collection),
                                                into);
            if (countFiles(into) != set.files()) {
                die(QStringLiteral("rclone downloaded %1 files").arg(countFiles(into)));
            }
            QDir(into).removeRecursively();
            server.remove(collection);
        };
        if (run % 2 == 0) {
            workroomSide();
            rcloneSide();
        } else {
            rcloneSide();
            workroomSide();
        }
    }
    // The spread over the runs: how far the network stack reads ahead depends on the load.
    const auto peak = [](QList<qint64> values) {
        for (qint64 &value : values) {
            value = std::max<qint64>(0, value);  // RSS may shrink below the reset point
        }
        std::sort(values.begin(), values.end());
        return mib(values.first()) == mib(values.last())
                   ? mib(values.last())
                   : mib(values.first()).chopped(4) + QStringLiteral("–") + mib(values.last());
    };
    upload.memory = peak(uploadPeak);
    download.memory = peak(downloadPeak);
    gets.memory = peak(getPeak);
    imports.memory = peak(importPeak);
    upload.target = download.target = QStringLiteral("≤ rclone");
    again.target = QStringLiteral("≤ rclone");
    return {upload, again, download, gets, imports};
}

// 10,000 files: uploaded once by each side, then re-synced with nothing changed RUNS times.
QList<Row> measureNoChange(Server &server, const DataSet &set, const QString &work, int runs)
{
    Row upload{set.label, QStringLiteral("initial upload (one run)"), {}, {}, {}, {}};
    Row copy{set.label, QStringLiteral("no-change re-sync (rclone copy)"), {}, {}, {}, {}};
    Row sync{set.label, QStringLiteral("no-change re-sync (rclone sync)"), {}, {}, {}, {}};
    const QString collection = server.freshCollection(QStringLiteral("wr-"));
    Profile source(server, set.profile, work + QStringLiteral("/journal-10k.sqlite"), collection);
    dms::SyncSummary summary;
    upload.ours << source.sync(&summary);
    if (summary.uploaded != set.files()) {
        die(QStringLiteral("10k upload: %1 files").arg(summary.uploaded));
    }
    const QString theirs = server.freshCollection(QStringLiteral("rc-"));
    upload.theirs << server.runRclone(QStringLiteral("copy"), set.tree, Server::remote(theirs));
    QThread::msleep(kSettleMs);
    for (int run = 0; run < runs; ++run) {
        const double ours = source.sync(&summary);
        if (summary.uploaded != 0 || summary.casesWritten != 0 || summary.casesApplied != 0) {
            die(QStringLiteral("the no-change re-sync did work"));
        }
        copy.ours << ours;
        sync.ours << ours;
        copy.theirs << server.runRclone(QStringLiteral("copy"), set.tree, Server::remote(theirs));
        sync.theirs << server.runRclone(QStringLiteral("sync"), set.tree, Server::remote(theirs));
    }
    copy.target = sync.target = QStringLiteral("< 1 s, ≤ rclone");
    server.remove(collection);
    server.remove(theirs);
    return {upload, copy, sync};
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    if (!args.isEmpty() && args.first().toInt() > 0) {
        runs = args.takeFirst().toInt();
    }
    QList<DataSet> sets{
        {QStringLiteral("4k"), QStringLiteral("1,000 × 4 KiB"), 100, 10, 4096, 1, {}, {}},
        {QStringLiteral("1m"), QStringLiteral("100 × 1 MiB"), 10, 10, 1024 * 1024, 2, {}, {}},
        {QStringLiteral("50m"), QStringLiteral("5 × 50 MiB"), 1, 5, 50 * 1024 * 1024, 3, {}, {}},
        {QStringLiteral("10k"), QStringLiteral("10,000 × 1 KiB"), 200, 50, 1024, 4, {}, {}},
    };
    if (!args.isEmpty()) {
        sets.removeIf([&](const DataSet &set) { return !args.contains(set.key); });
        if (sets.isEmpty()) {
            die(QStringLiteral("usage: bench_dms [RUNS] [4k|1m|50m|10k ...]"));
        }
    }

    Server server;
    server.rclone = qEnvironmentVariableIsSet("WORKROOM_RCLONE")
                        ? qEnvironmentVariable("WORKROOM_RCLONE")
                        : QStringLiteral("rclone");
    ApacheDavServer::Options serverOptions;
    serverOptions.https = false;
    if (!server.apache.start(serverOptions)) {
        die(server.apache.errorString());
    }
    server.password = server.apache.password(QStringLiteral("alice"));
    QTemporaryDir work;
    QProcess obscure;
    obscure.start(server.rclone, {QStringLiteral("obscure"), server.password});
    if (!obscure.waitForFinished() || obscure.exitCode() != 0) {
        die(QStringLiteral("cannot run %1").arg(server.rclone));
    }
    server.obscured = QString::fromLatin1(obscure.readAllStandardOutput().trimmed());
    server.rcloneConfig = work.filePath(QStringLiteral("rclone.conf"));
    QFile(server.rcloneConfig).open(QIODevice::WriteOnly);
    {
        // What linking finds out about this server, once for every journal.
        const QString probe = server.freshCollection(QStringLiteral("probe-"));
        dms::WebDavClient::Options options;
        options.baseUrl = server.apache.httpUrl(probe + QLatin1Char('/'));
        options.credentials = {QStringLiteral("alice"), server.password};
        dms::WebDavClient client(options);
        auto caps = dms::DavCapabilities::probe(client);
        if (!caps) {
            die(caps.error().message);
        }
        server.caps = *caps;
        std::printf("server: %s\n", qPrintable(caps->summary()));
    }
    std::printf("runs: %d; load average at start: %s\n", runs, qPrintable(loadAverage()));
    std::fflush(stdout);

    QList<Row> rows;
    for (DataSet &set : sets) {
        QElapsedTimer timer;
        timer.start();
        makeData(set, work.path());
        std::fprintf(stderr, "%s: made %d cases with %d documents in %.1f s\n",
                     qPrintable(set.label), set.cases, set.files(), timer.nsecsElapsed() / 1e9);
        const QList<Row> measured = set.key == QLatin1String("10k")
                                        ? measureNoChange(server, set, work.path(), runs)
                                        : measureSet(server, set, work.path(), runs);
        for (const Row &row : measured) {
            std::fprintf(stderr, "  %s, %s: Workroom [%s] rclone [%s]\n", qPrintable(row.data),
                         qPrintable(row.operation), qPrintable(samples(row.ours)),
                         qPrintable(samples(row.theirs)));
        }
        rows += measured;
        QDir(set.profile).removeRecursively();
        QDir(set.tree).removeRecursively();
    }

    std::printf("\n| data | operation | Workroom | rclone | Workroom ÷ rclone | peak RSS growth "
                "| target |\n|---|---|---|---|---|---|---|\n");
    for (const Row &row : std::as_const(rows)) {
        const double theirs = median(row.theirs);
        const QString ratio =
            theirs > 0 ? QString::number(median(row.ours) / theirs, 'f', 2) : QStringLiteral("–");
        const auto orDash = [](const QString &text) {
            return text.isEmpty() ? QStringLiteral("–") : text;
        };
        std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", qPrintable(row.data),
                    qPrintable(row.operation), qPrintable(seconds(row.ours)),
                    qPrintable(seconds(row.theirs)), qPrintable(ratio),
                    qPrintable(orDash(row.memory)), qPrintable(orDash(row.target)));
    }
    std::printf("\nload average at end: %s\n", qPrintable(loadAverage()));
    return 0;
}
