// DMS upload beside rclone (issue 6): the same files into the same Apache (mod_dav, HTTP on
// loopback, Basic auth), Workroom's SyncEngine with 4 transfers against `rclone copy` with its
// default --transfers 4. Alternating runs, each into a fresh collection; the median is reported.
//
//   bench_dms [RUNS]        (environment: WORKROOM_RCLONE, default "rclone")
#include "ApacheDavServer.h"
#include "DavCapabilities.h"
#include "SyncEngine.h"
#include "SyncJournal.h"
#include "WebDavClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace workroom::dms;

namespace {

struct Data {
    QString label;
    QString dir;
    QList<ImmutableFile> files;
    qint64 bytes = 0;
};

Data makeData(const QString &root, const QString &label, int count, qint64 size, quint32 seed)
{
    Data data;
    data.label = label;
    data.dir = root + QLatin1Char('/') + label;
    QDir().mkpath(data.dir);
    QRandomGenerator random(seed);
    for (int i = 0; i < count; ++i) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes) {
            c = char(random.generate() & 0xff);
        }
        ImmutableFile file;
        file.caseFolder = QStringLiteral("32.10-0001_2026");
        file.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        file.size = size;
        file.localPath = data.dir + QLatin1Char('/') + file.sha256;
        QFile out(file.localPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != size) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.localPath));
            std::exit(1);
        }
        data.files.append(file);
        data.bytes += size;
    }
    return data;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool mkcol(WebDavClient &client, const QString &path)
{
    auto reply = client.mkcol(path);
    reply->waitForFinished();
    return reply->ok();
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    const QString rclone = qEnvironmentVariableIsSet("WORKROOM_RCLONE")
                               ? qEnvironmentVariable("WORKROOM_RCLONE")
                               : QStringLiteral("rclone");
    ApacheDavServer server;
    ApacheDavServer::Options serverOptions;
    serverOptions.https = false;
    if (!server.start(serverOptions)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    QTemporaryDir work;
    const QString password = server.password(QStringLiteral("alice"));
    QProcess obscure;
    obscure.start(rclone, {QStringLiteral("obscure"), password});
    obscure.waitForFinished();
    const QString obscured = QString::fromLatin1(obscure.readAllStandardOutput().trimmed());
    const QString rcloneConfig = work.filePath(QStringLiteral("rclone.conf"));
    QFile(rcloneConfig).open(QIODevice::WriteOnly);

    WebDavClient::Options options;
    options.baseUrl = server.httpUrl();
    options.credentials = {QStringLiteral("alice"), password};
    WebDavClient root(options);

    const QList<Data> sets{
        makeData(work.path(), QStringLiteral("1000x4KiB"), 1000, 4096, 1),
        makeData(work.path(), QStringLiteral("100x1MiB"), 100, 1024 * 1024, 2),
    };
    std::printf("| data | Workroom initial upload | rclone copy | Workroom no-change re-sync | "
                "rclone no-change copy |\n|---|---|---|---|---|\n");
    int serial = 0;
    for (const Data &data : sets) {
        QList<double> ours, theirs, oursAgain, theirsAgain;
        for (int run = 0; run < runs; ++run) {
            // Workroom: a fresh collection and a fresh journal.
            const QString room = QStringLiteral("wr-%1").arg(++serial);
            if (!mkcol(root, room + QLatin1Char('/'))) {
                std::fprintf(stderr, "MKCOL failed\n");
                return 1;
            }
            WebDavClient::Options roomOptions = options;
            roomOptions.baseUrl = server.httpUrl(room + QLatin1Char('/'));
            WebDavClient client(roomOptions);
            auto journal = SyncJournal::open(work.filePath(room + QStringLiteral(".sqlite")));
            DavCapabilities caps;
            caps.etagsInPropfind = caps.ifMatchHonoured = caps.ifNoneMatchHonoured = true;
            SyncEngine engine(client, **journal, caps);
            QElapsedTimer timer;
            timer.start();
            auto report = engine.uploadImmutable(data.files);
            ours << timer.nsecsElapsed() / 1e9;
            if (!report || report->uploaded != data.files.size()) {
                std::fprintf(stderr, "Workroom upload failed\n");
                return 1;
            }
            timer.restart();
            auto again = engine.uploadImmutable(data.files);
            oursAgain << timer.nsecsElapsed() / 1e9;
            if (!again || again->uploaded != 0) {
                std::fprintf(stderr, "Workroom re-sync sent files\n");
                return 1;
            }

            // rclone: the same files into the same layout in another fresh collection.
            const QString other = QStringLiteral("rc-%1").arg(serial);
            const QString target = QStringLiteral(":webdav:") + other
                                   + QStringLiteral("/cases/32.10-0001_2026/content");
            const QStringList args{QStringLiteral("copy"),
                                   data.dir,
                                   target,
                                   QStringLiteral("--config"),
                                   rcloneConfig,
                                   QStringLiteral("--webdav-url"),
                                   server.httpUrl().toString(),
                                   QStringLiteral("--webdav-vendor"),
                                   QStringLiteral("other"),
                                   QStringLiteral("--webdav-user"),
                                   QStringLiteral("alice"),
                                   QStringLiteral("--webdav-pass"),
                                   obscured};
            for (int pass = 0; pass < 2; ++pass) {
                QProcess process;
                process.setProcessChannelMode(QProcess::MergedChannels);
                timer.restart();
                process.start(rclone, args);
                process.waitForFinished(-1);
                (pass == 0 ? theirs : theirsAgain) << timer.nsecsElapsed() / 1e9;
                if (process.exitCode() != 0) {
                    std::fprintf(stderr, "rclone failed: %s\n", process.readAll().constData());
                    return 1;
                }
            }
            const int copied = int(QDir(server.davRoot() + QLatin1Char('/') + other
                                        + QStringLiteral("/cases/32.10-0001_2026/content"))
                                       .entryList(QDir::Files)
                                       .size());
            if (copied != data.files.size()) {
                std::fprintf(stderr, "rclone copied %d files\n", copied);
                return 1;
            }
        }
        std::printf("| %s (%.1f MiB) | %.2f s | %.2f s | %.3f s | %.2f s |\n",
                    qPrintable(data.label), data.bytes / 1048576.0, median(ours), median(theirs),
                    median(oursAgain), median(theirsAgain));
        std::fflush(stdout);
    }
    return 0;
}
