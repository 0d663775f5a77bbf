#include "AuditLog.h"
#include "AuditSegments.h"
#include "CaseHistoryModel.h"
#include "DmsTestProfiles.h"
#include "RemoteAuditLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace workroom;
using namespace workroom::dms;
using namespace dmstest;

namespace {

// One profile on one computer, linked to the same collection as the others.
struct Client : DmsProfile {
    QString actor;
    std::unique_ptr<WebDavClient> dav;
    DavCapabilities caps;
    QString id;

    bool open(const QUrl &base, const QString &user, const QString &password,
              const DavCapabilities &capabilities, const QString &actorName)
    {
        actor = actorName;
        caps = capabilities;
        if (!openProfile(actor)) {
            return false;
        }
        auto clientId = WorkroomSync::clientId(*journal);
        if (!clientId) {
            return false;
        }
        id = *clientId;
        WebDavClient::Options options;
        options.baseUrl = base;
        options.credentials = {user, password};
        dav = std::make_unique<WebDavClient>(options);
        return true;
    }

    AuditSegments::Report sync()
    {
        AuditSegments audit(*dav, *journal, workspace->database(), caps);
        auto report = audit.run(roomId, id);
        if (!report) {
            qWarning() << report.error().message;
            AuditSegments::Report failed;
            failed.failed = 1000;
            return failed;
        }
        for (const QString &error : report->errors) {
            qInfo() << "per-item error:" << error;
        }
        return *report;
    }

    qint64 localEntries(qint64 workroomId = 0)
    {
        QSqlQuery query(workspace->database().connection());
        query.prepare(workroomId
                          ? QStringLiteral("SELECT count(*) FROM audit WHERE workroom_id = ?")
                          : QStringLiteral("SELECT count(*) FROM audit"));
        if (workroomId) {
            query.addBindValue(workroomId);
        }
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    qint64 newestSeq()
    {
        QSqlQuery query(workspace->database().connection());
        return query.exec(QStringLiteral("SELECT max(seq) FROM audit")) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }

    qint64 importedFrom(const Client &other)
    {
        return storage::RemoteAuditLog(workspace->database()).count(other.id).value_or(-1);
    }

    domain::CaseRecord createCase(const QString &subject)
    {
        return workspace->cases()
            .createCase(draft(QStringLiteral("32.10"), subject), {}, actor)
            .value_or(domain::CaseRecord{});
    }

    bool edit(qint64 caseId, int times)
    {
        for (int i = 0; i < times; ++i) {
            auto current = workspace->cases().caseById(caseId);
            if (!current) {
                return false;
            }
            current->subject = QStringLiteral("Fassung %1").arg(current->revision);
            if (!workspace->cases().updateCase(*current, actor)) {
                return false;
            }
        }
        return true;
    }
};

}  // namespace

class TestAuditSegments : public QObject {
    Q_OBJECT

private:
    ApacheDavServer server_;
    QUrl base_;
    DavCapabilities caps_;
    Client a_;
    Client b_;
    Client c_;
    qint64 caseOnA_ = 0;

    QString auditDir(const Client &client) const
    {
        return server_.davRoot() + QStringLiteral("/room/audit/") + client.id;
    }

    QStringList segmentsOf(const Client &client) const
    {
        return QDir(auditDir(client)).entryList(QDir::Files, QDir::Name);
    }

    // The segments of a client cover 1..newest exactly once, in name order.
    static bool contiguous(const QStringList &names, qint64 newest)
    {
        qint64 expected = 1;
        for (const QString &name : names) {
            qint64 first = 0;
            qint64 last = 0;
            if (!AuditSegments::parseSegmentName(name, first, last) || first != expected) {
                qWarning() << "segment out of order:" << name << "expected first" << expected;
                return false;
            }
            expected = last + 1;
        }
        return expected == newest + 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ApacheDavServer::Options options;
        options.https = false;
        QVERIFY2(server_.start(options), qPrintable(server_.errorString()));
        base_ = server_.httpUrl(QStringLiteral("room/"));
        QVERIFY(makeCollection(server_, QStringLiteral("room/")));
        auto caps = probeCollection(server_, QStringLiteral("room/"));
        QVERIFY(caps);
        caps_ = *caps;
        const QString alice = QStringLiteral("alice");
        const QString bob = QStringLiteral("bob");
        QVERIFY(
            a_.open(base_, alice, server_.password(alice), caps_, QStringLiteral("Anna Schmidt")));
        QVERIFY(b_.open(base_, bob, server_.password(bob), caps_, QStringLiteral("Bernd Meier")));
        QVERIFY(c_.open(base_, bob, server_.password(bob), caps_, QStringLiteral("Clara Vogel")));
        QVERIFY(a_.id != b_.id && b_.id != c_.id);
    }

    void entriesOfAArriveAtBWithTheirActor()
    {
        const domain::CaseRecord created = a_.createCase(QStringLiteral("Bauantrag Gartenhaus"));
        QVERIFY(created.id != 0);
        caseOnA_ = created.id;
        QVERIFY(a_.edit(created.id, 2));
        const qint64 newestOnA = a_.newestSeq();
        QVERIFY(newestOnA >= 4);

        const auto up = a_.sync();
        QCOMPARE(up.failed, 0);
        QCOMPARE(up.segmentsWritten, 1);
        QCOMPARE(segmentsOf(a_), QStringList{AuditSegments::segmentName(1, newestOnA)});

        const auto down = b_.sync();
        QCOMPARE(down.failed, 0);
        QCOMPARE(down.segmentsWritten, 1);  // B's own "workroom created"
        QCOMPARE(down.entriesImported, a_.localEntries());
        QCOMPARE(b_.importedFrom(a_), a_.localEntries());
        QCOMPARE(b_.importedFrom(b_), 0);  // our own folder is never read

        // A's entries about the case, with A's actor, their hashes as A wrote them.
        storage::RemoteAuditLog log(b_.workspace->database());
        auto about = log.forReference(b_.roomId, created.reference);
        QVERIFY(about);
        auto onA = a_.workspace->cases().history(created.id);
        QVERIFY(onA);
        QCOMPARE(about->size(), onA->size());
        for (qsizetype i = 0; i < about->size(); ++i) {
            const storage::AuditEntry &entry = about->at(i).entry;
            QCOMPARE(entry.actor, QStringLiteral("Anna Schmidt"));
            QCOMPARE(entry.hash, onA->at(i).hash);
            QCOMPARE(entry.action, onA->at(i).action);
            QCOMPARE(storage::AuditLog::computeHash(entry), entry.hash);
            QCOMPARE(about->at(i).caseId, 0);  // the case is not on B yet
        }

        // Once B has the case (the case sync creates it with the same reference), the history
        // of B's case shows A's entries.
        const domain::CaseRecord onB = b_.createCase(QStringLiteral("Bauantrag Gartenhaus"));
        QCOMPARE(onB.reference, created.reference);
        QCOMPARE(log.history(onB.id, b_.roomId, onB.reference).value().size(), onA->size());
        QCOMPARE(b_.sync().failed, 0);  // links them, and uploads B's case.create
        QCOMPARE(log.forCase(onB.id).value().size(), onA->size());

        // And A gets B's entries.
        const auto back = a_.sync();
        QCOMPARE(back.failed, 0);
        QCOMPARE(back.entriesImported, b_.localEntries());
    }

    void aSecondRunChangesNothing()
    {
        const QStringList onServerA = segmentsOf(a_);
        const QStringList onServerB = segmentsOf(b_);
        const qint64 importedOnB = b_.importedFrom(a_);
        for (Client *client : {&a_, &b_}) {
            const auto again = client->sync();
            QCOMPARE(again.failed, 0);
            QCOMPARE(again.segmentsWritten, 0);
            QCOMPARE(again.entriesImported, 0);
        }
        QCOMPARE(segmentsOf(a_), onServerA);
        QCOMPARE(segmentsOf(b_), onServerB);
        QCOMPARE(b_.importedFrom(a_), importedOnB);

        // A lost journal on B: everything is read again, nothing is stored twice.
        QVERIFY(b_.journal->setValue(QStringLiteral("audit.import.") + a_.id, QStringLiteral("")));
        const auto reread = b_.sync();
        QCOMPARE(reread.failed, 0);
        QVERIFY(reread.segmentsImported > 0);
        QCOMPARE(reread.entriesImported, 0);
        QCOMPARE(b_.importedFrom(a_), importedOnB);
    }

    void aCrashBetweenPutAndMarkLeavesNoOverlap()
    {
        const QString uploadedKey = QStringLiteral("audit.upload.last");
        const QString pendingKey = QStringLiteral("audit.upload.pending");
        // The PUT went through, the mark did not: the journal still holds the intended range.
        const qint64 before = a_.newestSeq();
        QVERIFY(a_.edit(caseOnA_, 3));
        QCOMPARE(a_.sync().segmentsWritten, 1);
        QVERIFY(a_.journal->setValue(uploadedKey, QString::number(before)));
        QVERIFY(a_.journal->setValue(pendingKey,
                                     QStringLiteral("%1-%2").arg(before + 1).arg(before + 3)));
        QVERIFY(a_.edit(caseOnA_, 2));  // more entries meanwhile, which must not join it
        const auto rerun = a_.sync();
        QCOMPARE(rerun.failed, 0);
        QCOMPARE(rerun.segmentsWritten, 1);  // only the new two: the range again got a 412
        QVERIFY(contiguous(segmentsOf(a_), a_.newestSeq()));
        QVERIFY(segmentsOf(a_).contains(AuditSegments::segmentName(before + 1, before + 3)));
        QVERIFY(segmentsOf(a_).contains(AuditSegments::segmentName(before + 4, before + 5)));

        // The range was recorded, the PUT never happened.
        const qint64 next = a_.newestSeq();
        QVERIFY(a_.edit(caseOnA_, 2));
        QVERIFY(
            a_.journal->setValue(pendingKey, QStringLiteral("%1-%2").arg(next + 1).arg(next + 2)));
        QCOMPARE(a_.sync().segmentsWritten, 1);
        QVERIFY(contiguous(segmentsOf(a_), a_.newestSeq()));

        // The journal lost altogether: the server says where the next segment starts.
        QVERIFY(a_.journal->setValue(uploadedKey, QStringLiteral("")));
        QVERIFY(a_.journal->setValue(pendingKey, QStringLiteral("")));
        QCOMPARE(a_.sync().segmentsWritten, 0);
        QVERIFY(a_.edit(caseOnA_, 1));
        QCOMPARE(a_.sync().segmentsWritten, 1);
        QVERIFY(contiguous(segmentsOf(a_), a_.newestSeq()));

        const auto down = b_.sync();
        QCOMPARE(down.failed, 0);
        QCOMPARE(b_.importedFrom(a_), a_.localEntries());
    }

    void aTamperedSegmentIsRejectedAndOthersGoOn()
    {
        QCOMPARE(c_.sync().segmentsWritten, 1);
        const qint64 importedBefore = b_.importedFrom(a_);
        QVERIFY(a_.edit(caseOnA_, 3));
        QCOMPARE(a_.sync().segmentsWritten, 1);
        const QString tampered = segmentsOf(a_).last();
        QFile file(auditDir(a_) + QLatin1Char('/') + tampered);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QByteArray edited = original;
        const qsizetype at = edited.indexOf("Anna Schmidt");
        QVERIFY(at > 0);
        edited.replace(at, 12, "Anna Schmitt");  // same size, one letter
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(edited);
        file.close();

        const auto down = b_.sync();
        QCOMPARE(down.failed, 1);
        QCOMPARE(down.errors.size(), 1);
        QVERIFY2(down.errors.first().contains(tampered), qPrintable(down.errors.first()));
        QVERIFY2(down.errors.first().contains(a_.id), qPrintable(down.errors.first()));
        QCOMPARE(b_.importedFrom(a_), importedBefore);     // nothing of it
        QCOMPARE(b_.importedFrom(c_), c_.localEntries());  // the other client went on

        // A's later segments wait behind it.
        QVERIFY(a_.edit(caseOnA_, 1));
        QCOMPARE(a_.sync().segmentsWritten, 1);
        QCOMPARE(b_.sync().failed, 1);
        QCOMPARE(b_.importedFrom(a_), importedBefore);

        // Repaired on the server: everything arrives.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(original);
        file.close();
        const auto repaired = b_.sync();
        QCOMPARE(repaired.failed, 0);
        QCOMPARE(repaired.segmentsImported, 2);
        QCOMPARE(b_.importedFrom(a_), a_.localEntries());
    }

    void twelveThousandEntriesMakeThreeSortedSegments()
    {
        Client d;
        const QString alice = QStringLiteral("alice");
        QVERIFY(d.open(base_, alice, server_.password(alice), caps_, QStringLiteral("Dora Lang")));
        // A second workroom in the same database, not linked: its entries stay at home.
        auto other = d.workspace->cases().createWorkroom(QStringLiteral("Ordnungsamt"), kPattern,
                                                         false, QStringLiteral("Geheim Person"));
        QVERIFY(other);
        storage::AuditLog log(d.workspace->database());
        auto written = d.workspace->database().write(
            [&]() -> storage::Result<void> {
                for (int i = 0; i < 12000; ++i) {
                    const bool elsewhere = i % 1000 == 999;
                    auto entry =
                        log.append(elsewhere ? QStringLiteral("Geheim Person") : d.actor,
                                   QStringLiteral("case.export"), elsewhere ? other->id : d.roomId,
                                   0, {{QStringLiteral("n"), i}});
                    if (!entry) {
                        return std::unexpected(entry.error());
                    }
                }
                return {};
            },
            QStringLiteral("test"));
        QVERIFY(written);
        const qint64 newest = d.newestSeq();
        QCOMPARE(newest, 12002);

        QElapsedTimer timer;
        timer.start();
        const auto up = d.sync();
        qInfo() << "upload of" << newest << "entries:" << timer.elapsed() << "ms";
        QCOMPARE(up.failed, 0);
        QCOMPARE(up.segmentsWritten, 3);
        const QStringList names = segmentsOf(d);
        QCOMPARE(names, (QStringList{AuditSegments::segmentName(1, 5000),
                                     AuditSegments::segmentName(5001, 10000),
                                     AuditSegments::segmentName(10001, 12002)}));
        QVERIFY(contiguous(names, newest));
        for (const QString &name : names) {
            QFile file(auditDir(d) + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("Geheim"));
        }

        timer.restart();
        const auto down = b_.sync();
        qInfo() << "import of" << newest << "entries:" << timer.elapsed() << "ms";
        QCOMPARE(down.failed, 0);
        QCOMPARE(down.segmentsImported, 3);
        QCOMPARE(b_.importedFrom(d), d.localEntries(d.roomId));
    }

    // The whole way: WorkroomSync::run on A, then on B, which gets the case and A's entries,
    // and the History tab of B's case shows them under A's actor.
    void throughWorkroomSyncIntoTheHistoryTab()
    {
        const QUrl room = server_.httpUrl(QStringLiteral("room2/"));
        QVERIFY(makeCollection(server_, QStringLiteral("room2/")));
        Client e;
        Client f;
        const QString alice = QStringLiteral("alice");
        const QString bob = QStringLiteral("bob");
        QVERIFY(
            e.open(room, alice, server_.password(alice), caps_, QStringLiteral("Anna Schmidt")));
        QVERIFY(f.open(room, bob, server_.password(bob), caps_, QStringLiteral("Bernd Meier")));
        const auto run = [&](Client &client, const QString &user) {
            SyncSummary failed;
            failed.failed = 1000;
            if (!WorkroomSync::storeCapabilities(*client.journal, caps_)) {
                return failed;
            }
            auto summary = client.runSync({room, user, server_.password(user), {}});
            if (!summary) {
                qWarning() << summary.error().message;
                return failed;
            }
            for (const QString &error : summary->errors) {
                qInfo() << "per-item error:" << error;
            }
            return *summary;
        };
        const domain::CaseRecord created = e.createCase(QStringLiteral("Bauantrag Carport"));
        QVERIFY(created.id != 0);
        QVERIFY(e.edit(created.id, 1));
        auto onE = e.workspace->cases().history(created.id);
        QVERIFY(onE);

        const SyncSummary first = run(e, alice);
        QCOMPARE(first.failed, 0);
        QCOMPARE(first.auditSegmentsWritten, 1);
        QVERIFY(std::ranges::any_of(first.activity, [](const SyncActivity &item) {
            return item.kind == SyncActivity::Kind::Audit;
        }));
        const SyncSummary second = run(f, bob);
        QCOMPARE(second.failed, 0);
        QCOMPARE(second.casesApplied, 1);
        QCOMPARE(second.auditEntriesImported, e.localEntries());

        auto onF = f.workspace->cases().caseByReference(f.roomId, created.reference);
        QVERIFY(onF);
        models::CaseHistoryModel model(f.workspace->cases());
        model.setRemoteHistory(&f.workspace->database());
        model.setCase(onF->id);
        int fromA = 0;
        int local = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString who = model.index(row, models::CaseHistoryModel::Who).data().toString();
            fromA += who == QStringLiteral("Anna Schmidt (other computer)") ? 1 : 0;
            local += who == QStringLiteral("Bernd Meier") ? 1 : 0;
        }
        QCOMPARE(fromA, onE->size());
        // What the sync itself wrote on F when it created the case stays F's own entry.
        auto localOnF = f.workspace->cases().history(onF->id);
        QVERIFY(localOnF);
        QCOMPARE(local, localOnF->size());
        QCOMPARE(model.rowCount(), fromA + local);

        // The next sync links them to F's case; nothing new either way.
        const SyncSummary again = run(f, bob);
        QCOMPARE(again.failed, 0);
        QCOMPARE(again.auditEntriesImported, 0);
        QCOMPARE(storage::RemoteAuditLog(f.workspace->database()).forCase(onF->id).value().size(),
                 onE->size());
    }
};

QTEST_GUILESS_MAIN(TestAuditSegments)
#include "tst_auditsegments.moc"
