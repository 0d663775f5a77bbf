// WorkroomSync against a real Apache: workroom.json, skipping unchanged cases by their ETags,
// conflict resolution across two clients, the activity list and cancelling.
#include "DmsTestProfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

using namespace workroom;
using namespace workroom::dms;
using namespace dmstest;

namespace {

// Apache with an access log, so that a test can see which requests a sync made.
struct Server {
    QTemporaryDir logDir;
    ApacheDavServer apache;
    DavCapabilities caps;
    QString room;  // the collection of this test, e.g. "room1/"

    QString accessLog() const { return logDir.filePath(QStringLiteral("access.log")); }

    bool start(bool depthInfinity)
    {
        ApacheDavServer::Options options;
        options.https = false;
        options.depthInfinity = depthInfinity;
        options.extraConfig << QStringLiteral("CustomLog \"%1\" \"%m %U %>s\"").arg(accessLog());
        if (!apache.start(options)) {
            qWarning() << apache.errorString();
            return false;
        }
        return true;
    }

    QUrl base() const { return apache.httpUrl(room); }

    // A fresh collection; the capabilities found in it as `dms link` would.
    bool makeRoom(const QString &name)
    {
        room = name;
        if (!makeCollection(apache, room)) {
            return false;
        }
        auto probed = probeCollection(apache, room);
        if (!probed) {
            return false;
        }
        caps = *probed;
        return true;
    }

    // The requests logged from now on.
    qint64 logMark() const { return QFileInfo(accessLog()).size(); }
    QStringList requestsSince(qint64 mark) const
    {
        QFile file(accessLog());
        if (!file.open(QIODevice::ReadOnly) || !file.seek(mark)) {
            return {};
        }
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

// One profile on one computer.
struct Client : DmsProfile {
    QUrl base;
    QString user;
    QString password;

    bool open(const Server &server, const QString &name)
    {
        user = name;
        password = server.apache.password(name);
        base = server.base();
        return openProfile(name) && WorkroomSync::storeCapabilities(*journal, server.caps);
    }

    SyncLink link() const { return {base, user, password, {}}; }

    Result<SyncSummary> sync()
    {
        auto done = runSync(link());
        if (done) {
            for (const QString &error : done->errors) {
                qWarning() << error;
            }
        }
        return done;
    }

    qint64 createCase(const QString &subject, int versions = 1)
    {
        auto created =
            workspace->cases().createCase(draft(QStringLiteral("32.10"), subject), {}, user);
        if (!created) {
            return 0;
        }
        for (int i = 0; i < versions; ++i) {
            QByteArray bytes("%PDF-1.4\n% ");
            bytes += subject.toUtf8() + ' ' + QByteArray::number(i) + '\n';
            if (addVersion(created->id, QStringLiteral("Antrag %1").arg(i),
                           QStringLiteral("antrag-%1.pdf").arg(i), bytes)
                    .isEmpty()) {
                return 0;
            }
        }
        return created->id;
    }
};

// A fresh server with the collection `room`, and alice's and bob's profiles linked to it.
bool startTwoClients(Server &server, Client &a, Client &b, const QString &room,
                     bool depthInfinity = true)
{
    return server.start(depthInfinity) && server.makeRoom(room)
           && a.open(server, QStringLiteral("alice")) && b.open(server, QStringLiteral("bob"));
}

int caseJsonRequests(const QStringList &requests)
{
    int count = 0;
    for (const QString &line : requests) {
        if ((line.startsWith(QLatin1String("GET ")) || line.startsWith(QLatin1String("PUT ")))
            && line.contains(QLatin1String("/case.json"))) {
            ++count;
        }
    }
    return count;
}

// Apache marks an ETag weak for a second after a change; a sync right after a write cannot
// skip the case yet (see docs/dms-layout.md).
void letEtagsSettle()
{
    QThread::msleep(1100);
}

}  // namespace

class TestWorkroomSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void skipsUnchangedCases_data()
    {
        QTest::addColumn<bool>("depthInfinity");
        QTest::newRow("depth infinity") << true;
        QTest::newRow("depth 1 walk") << false;
    }

    // workroom.json is made by the first client and accepted by the second; a re-sync with
    // nothing changed reads and writes no case.json; a change on the other side still arrives.
    void skipsUnchangedCases()
    {
        QFETCH(bool, depthInfinity);
        Server server;
        Client a;
        Client b;
        QVERIFY(startTwoClients(server, a, b, QStringLiteral("room/"), depthInfinity));
        QCOMPARE(server.caps.depthInfinity, depthInfinity);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(a.createCase(QStringLiteral("Bauantrag %1").arg(i), 2));
        }

        auto first = a.sync();
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->failed, 0);
        QCOMPARE(first->uploaded, 10);
        QCOMPARE(first->casesWritten, 5);
        QFile roomFile(server.apache.davRoot() + QStringLiteral("/room/workroom.json"));
        QVERIFY(roomFile.open(QIODevice::ReadOnly));
        const QJsonObject room = QJsonDocument::fromJson(roomFile.readAll()).object();
        QCOMPARE(room.value(QStringLiteral("format")).toInt(), 1);
        QCOMPARE(room.value(QStringLiteral("name")).toString(), QStringLiteral("Bürgeramt"));
        QVERIFY(!room.value(QStringLiteral("createdAt")).toString().isEmpty());
        auto clientId = WorkroomSync::clientId(*a.journal);
        QVERIFY(clientId && !clientId->isEmpty());
        QCOMPARE(*WorkroomSync::clientId(*a.journal), *clientId);

        auto onB = b.sync();
        QVERIFY2(onB, qPrintable(onB ? QString() : onB.error().message));
        QCOMPARE(onB->failed, 0);
        QCOMPARE(onB->casesApplied, 5);
        QCOMPARE(onB->downloaded, 10);
        QCOMPARE(b.cases().size(), 5);
        // B took A's workroom.json as it was.
        QVERIFY(roomFile.seek(0));
        QCOMPARE(QJsonDocument::fromJson(roomFile.readAll()).object(), room);

        letEtagsSettle();
        qint64 mark = server.logMark();
        auto again = a.sync();
        QVERIFY(again);
        QCOMPARE(again->casesSkipped, 5);
        QCOMPARE(again->casesWritten, 0);
        QCOMPARE(again->uploaded, 0);
        QCOMPARE(caseJsonRequests(server.requestsSince(mark)), 0);

        // B applied the cases itself: it reads each once more, then skips them too.
        QVERIFY(b.sync());
        letEtagsSettle();
        mark = server.logMark();
        auto againOnB = b.sync();
        QVERIFY(againOnB);
        QCOMPARE(againOnB->casesSkipped, 5);
        QCOMPARE(caseJsonRequests(server.requestsSince(mark)), 0);

        // A change on B reaches A although A's own side did not change.
        const auto bCases = b.cases();
        QVERIFY(b.setSubject(bCases.at(2).id, QStringLiteral("Bauantrag geändert")));
        auto written = b.sync();
        QVERIFY(written);
        QCOMPARE(written->casesWritten, 1);
        QCOMPARE(written->casesSkipped, 4);
        letEtagsSettle();
        mark = server.logMark();
        auto picked = a.sync();
        QVERIFY(picked);
        QCOMPARE(picked->casesApplied, 1);
        QCOMPARE(picked->casesSkipped, 4);
        QCOMPARE(caseJsonRequests(server.requestsSince(mark)), 1);  // one GET, no PUT
        bool found = false;
        for (const auto &record : a.cases()) {
            found = found || record.subject == QStringLiteral("Bauantrag geändert");
        }
        QVERIFY(found);

        // A local change made between two syncs is noticed without any server change.
        letEtagsSettle();
        QVERIFY(a.setSubject(a.cases().at(0).id, QStringLiteral("Lokal geändert")));
        auto local = a.sync();
        QVERIFY(local);
        QCOMPARE(local->casesWritten, 1);
        // The case A took over from B in the run before is read once more (its own apply grew
        // its audit trail); the other three are skipped.
        QCOMPARE(local->casesSkipped, 3);
    }

    void refusesNewerFormat_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("newer format") << QByteArray(R"({"format": 2, "name": "Zukunft"})")
                                      << QStringLiteral("newer Workroom");
        QTest::newRow("not JSON") << QByteArray("<html>not a workroom</html>")
                                  << QStringLiteral("cannot be read");
        QTest::newRow("no format")
            << QByteArray(R"({"name": "ohne"})") << QStringLiteral("cannot be read");
    }

    // A collection written by a newer Workroom, or one with an unreadable workroom.json, is left
    // alone: a clear error, nothing uploaded, no case.json written.
    void refusesNewerFormat()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        Server server;
        QVERIFY(server.start(true));
        QVERIFY(server.makeRoom(QStringLiteral("future/")));
        const QString root = server.apache.davRoot() + QStringLiteral("/future");
        QFile file(root + QStringLiteral("/workroom.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Client a;
        QVERIFY(a.open(server, QStringLiteral("alice")));
        QVERIFY(a.createCase(QStringLiteral("Bauantrag")));

        const qint64 mark = server.logMark();
        auto done = a.sync();
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(message), qPrintable(done.error().message));
        QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("workroom.json")});
        for (const QString &line : server.requestsSince(mark)) {
            QVERIFY2(line.startsWith(QLatin1String("GET ")), qPrintable(line));
        }
        file.open(QIODevice::ReadOnly);
        QCOMPARE(file.readAll(), content);
    }

    // A conflict resolved on A disappears on B after both synced, with the chosen value on both,
    // and no later merge takes it up again.
    void resolvedConflictDisappearsEverywhere()
    {
        Server server;
        Client a;
        Client b;
        QVERIFY(startTwoClients(server, a, b, QStringLiteral("conflict/")));
        const qint64 onA = a.createCase(QStringLiteral("Gewerbeanmeldung"));
        QVERIFY(onA);
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        const qint64 onB = b.cases().at(0).id;
        QVERIFY(a.setSubject(onA, QStringLiteral("Gewerbeanmeldung Bäckerei")));
        QVERIFY(b.setSubject(onB, QStringLiteral("Gewerbeanmeldung Konditorei")));
        letEtagsSettle();
        QVERIFY(a.sync());
        letEtagsSettle();
        auto found = b.sync();
        QVERIFY(found);
        QCOMPARE(found->newConflicts, 1);
        letEtagsSettle();
        QVERIFY(a.sync());  // A learns of the conflict from case.json
        auto open = a.journal->conflicts();
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        const SyncJournal::CaseConflict conflict = open->first();
        QCOMPARE(conflict.conflict.value(QStringLiteral("field")).toString(),
                 QStringLiteral("subject"));
        QCOMPARE(b.journal->conflicts()->size(), 1);

        // An unknown conflict is refused.
        QVERIFY(!resolveConflict(a.workspace->cases(), *a.journal, a.roomId, conflict.caseFolder,
                                 QStringLiteral("no-such-id"), QStringLiteral("x"),
                                 QStringLiteral("alice")));
        const QString chosen = QStringLiteral("Gewerbeanmeldung Bäckerei und Konditorei");
        auto resolved =
            resolveConflict(a.workspace->cases(), *a.journal, a.roomId, conflict.caseFolder,
                            conflict.conflict.value(QStringLiteral("id")).toString(), chosen,
                            QStringLiteral("alice"));
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
        QCOMPARE(a.journal->conflicts()->size(), 0);
        QCOMPARE(a.workspace->cases().caseById(onA)->subject, chosen);
        // The change is in the case's history, in the resolver's name.
        auto history = a.workspace->cases().history(onA);
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->last().actor, QStringLiteral("alice"));

        letEtagsSettle();
        auto told = a.sync();
        QVERIFY(told);
        QCOMPARE(told->casesWritten, 1);
        letEtagsSettle();
        auto learnt = b.sync();
        QVERIFY(learnt);
        QCOMPARE(learnt->newConflicts, 0);
        QCOMPARE(b.journal->conflicts()->size(), 0);
        QCOMPARE(b.workspace->cases().caseById(onB)->subject, chosen);
        QFile caseJson(server.apache.davRoot() + QStringLiteral("/conflict/cases/")
                       + conflict.caseFolder + QStringLiteral("/case.json"));
        QVERIFY(caseJson.open(QIODevice::ReadOnly));
        const QJsonObject onServer = QJsonDocument::fromJson(caseJson.readAll()).object();
        QCOMPARE(onServer.value(QStringLiteral("conflicts")).toArray().size(), 0);
        QCOMPARE(onServer.value(QStringLiteral("resolvedConflicts")).toArray(),
                 QJsonArray{conflict.conflict.value(QStringLiteral("id"))});
        // Both sides settle: nothing is written or found again.
        letEtagsSettle();
        for (Client *client : {&a, &b}) {
            auto settled = client->sync();
            QVERIFY(settled);
            QCOMPARE(settled->newConflicts, 0);
            QCOMPARE(client->journal->conflicts()->size(), 0);
        }
    }

    // The activity list: one row per case written or applied, per conflict and per failure,
    // one summary row for all uploads; the newest 1,000 rows are kept.
    void recordsActivity()
    {
        Server server;
        Client a;
        Client b;
        QVERIFY(startTwoClients(server, a, b, QStringLiteral("activity/")));
        QVERIFY(a.createCase(QStringLiteral("Eins"), 3));
        QVERIFY(a.createCase(QStringLiteral("Zwei"), 3));
        auto done = a.sync();
        QVERIFY(done);
        QCOMPARE(done->uploaded, 6);
        auto rows = a.journal->recentActivity(100);
        QVERIFY(rows);
        // Audit segments have rows of their own (AuditSegments); not counted here.
        const auto withoutAudit = [](QList<SyncActivity> list) {
            list.removeIf(
                [](const SyncActivity &row) { return row.kind == SyncActivity::Kind::Audit; });
            return list;
        };
        *rows = withoutAudit(*rows);
        QCOMPARE(rows->size(), 3);  // 1 upload summary + 2 cases written
        int uploadedRows = 0;
        QStringList written;
        for (const SyncActivity &row : *rows) {
            QVERIFY(row.at.isValid());
            if (row.kind == SyncActivity::Kind::Uploaded) {
                ++uploadedRows;
                QVERIFY2(row.message.contains(QLatin1String("6")), qPrintable(row.message));
            } else if (row.kind == SyncActivity::Kind::CaseWritten) {
                written.append(row.item);
            }
        }
        QCOMPARE(uploadedRows, 1);
        written.sort();
        QCOMPARE(written, (QStringList{QStringLiteral("32.10-0001/2026"),
                                       QStringLiteral("32.10-0002/2026")}));
        QCOMPARE(withoutAudit(done->activity).size(), 3);

        auto onB = b.sync();
        QVERIFY(onB);
        int applied = 0;
        int downloaded = 0;
        auto onBRows = b.journal->recentActivity(100);
        QVERIFY(onBRows);
        for (const SyncActivity &row : std::as_const(*onBRows)) {
            applied += row.kind == SyncActivity::Kind::CaseApplied ? 1 : 0;
            downloaded += row.kind == SyncActivity::Kind::Downloaded ? 1 : 0;
        }
        QCOMPARE(applied, 2);
        QCOMPARE(downloaded, 1);

        // A case.json that is not JSON: that case fails, named, the other goes on.
        letEtagsSettle();
        QFile broken(server.apache.davRoot()
                     + QStringLiteral("/activity/cases/32.10-0001_2026/case.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        auto second =
            a.workspace->cases().caseByReference(a.roomId, QStringLiteral("32.10-0002/2026"));
        QVERIFY(second);
        QVERIFY(a.setSubject(second->id, QStringLiteral("Zwei geändert")));
        auto partly = a.sync();
        QVERIFY(partly);
        QCOMPARE(partly->failed, 1);
        QCOMPARE(partly->casesWritten, 1);
        auto latest = a.journal->recentActivity(10);
        QVERIFY(latest);
        *latest = withoutAudit(*latest).mid(0, 2);
        QCOMPARE(latest->size(), 2);
        bool failedNamed = false;
        for (const SyncActivity &row : *latest) {
            failedNamed = failedNamed
                          || (row.kind == SyncActivity::Kind::Failed
                              && row.item == QStringLiteral("32.10-0001/2026"));
        }
        QVERIFY(failedNamed);

        // Only the newest rows are kept.
        QList<SyncActivity> many;
        for (int i = 0; i < SyncJournal::activityKept + 50; ++i) {
            many.append({QDateTime::currentDateTimeUtc(), SyncActivity::Kind::RetryLater,
                         QString::number(i), QStringLiteral("later")});
        }
        QVERIFY(a.journal->recordActivities(many));
        auto kept = a.journal->recentActivity(5000);
        QVERIFY(kept);
        QCOMPARE(kept->size(), SyncJournal::activityKept);
        QCOMPARE(kept->first().item, QString::number(SyncJournal::activityKept + 49));
    }

    // How long a sync takes that finds nothing to do, on 10,000 files (200 cases × 50
    // versions). Slow to set up, so only on request: WORKROOM_DMS_TIMING=1. The benchmark row
    // is bench_dms's; this is the quick check while working on the sync.
    void noChangeResyncTiming_data() { skipsUnchangedCases_data(); }

    void noChangeResyncTiming()
    {
        QFETCH(bool, depthInfinity);
        if (qEnvironmentVariableIntValue("WORKROOM_DMS_TIMING") == 0) {
            QSKIP("set WORKROOM_DMS_TIMING=1 to time a no-change sync of 10,000 files");
        }
        Server server;
        QVERIFY(server.start(true));
        QVERIFY(server.makeRoom(QStringLiteral("timing/")));
        // The same server, used as one without Depth infinity would be.
        server.caps.depthInfinity = depthInfinity;
        Client a;
        QVERIFY(a.open(server, QStringLiteral("alice")));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 200; ++i) {
            QVERIFY(a.createCase(QStringLiteral("Fall %1").arg(i), 50));
        }
        qInfo() << "set up 10,000 versions in" << timer.restart() << "ms";
        auto first = a.sync();
        QVERIFY(first);
        QCOMPARE(first->uploaded, 10000);
        qInfo() << "first sync (uploads, 200 case.json) in" << timer.restart() << "ms";
        letEtagsSettle();
        timer.restart();
        const qint64 mark = server.logMark();
        auto again = a.sync();
        const qint64 elapsed = timer.elapsed();
        QVERIFY(again);
        QCOMPARE(again->casesSkipped, 200);
        QCOMPARE(caseJsonRequests(server.requestsSince(mark)), 0);
        qInfo() << "no-change sync of 10,000 files / 200 cases in" << elapsed << "ms with"
                << server.requestsSince(mark).size() << "requests";
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    }

    // Cancelled in the middle of the case phase (downloads included): the run says so, and the
    // next run converges to the same state as one that was never interrupted.
    void cancelLeavesResumableState()
    {
        Server server;
        Client a;
        Client b;
        QVERIFY(startTwoClients(server, a, b, QStringLiteral("cancel/")));
        for (int i = 0; i < 12; ++i) {
            QVERIFY(a.createCase(QStringLiteral("Fall %1").arg(i), 2));
        }
        QVERIFY(a.sync());

        WorkroomSync sync(b.local());
        QList<std::tuple<int, int, QString>> seen;
        connect(&sync, &WorkroomSync::progress, &sync,
                [&sync, &seen](int done, int total, const QString &phase) {
                    seen.append({done, total, phase});
                    if (phase == QLatin1String("Merging cases") && done == 4) {
                        sync.cancel();
                    }
                });
        auto cancelled = sync.run(b.link());
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, DmsErrorCode::Cancelled);
        const int partial = int(b.cases().size());
        QVERIFY2(partial >= 4 && partial < 12, qPrintable(QString::number(partial)));
        bool sawTotal = false;
        for (const auto &[done, total, phase] : seen) {
            sawTotal = sawTotal || (phase == QLatin1String("Merging cases") && total == 12);
        }
        QVERIFY(sawTotal);
        auto activity = b.journal->recentActivity(1);
        QVERIFY(activity && !activity->isEmpty());
        QCOMPARE(activity->first().kind, SyncActivity::Kind::RetryLater);

        auto resumed = b.sync();
        QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
        QCOMPARE(resumed->failed, 0);
        QCOMPARE(resumed->casesApplied, 12 - partial);
        QCOMPARE(b.cases().size(), 12);
        for (const auto &record : b.cases()) {
            auto documents = b.workspace->cases().documents(record.id);
            QVERIFY(documents);
            QCOMPARE(documents->size(), 2);
            for (const auto &document : *documents) {
                for (const auto &version : document.versions) {
                    QVERIFY(b.workspace->blobs().contains(version.sha256));
                }
            }
        }
        letEtagsSettle();
        QVERIFY(b.sync());
        letEtagsSettle();
        auto settled = b.sync();
        QVERIFY(settled);
        QCOMPARE(settled->casesSkipped, 12);
    }
};

QTEST_GUILESS_MAIN(TestWorkroomSync)
#include "tst_workroomsync.moc"
