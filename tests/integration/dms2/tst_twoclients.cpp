#include "DmsTestProfiles.h"
#include "SyncEngine.h"
#include "WorkroomContent.h"

#include <QJsonArray>
#include <QTest>

using namespace workroom;
using namespace workroom::dms;
using namespace dmstest;

namespace {

// One profile on one computer: its workroom database and blob store, its journal, its link.
struct Client : DmsProfile {
    std::unique_ptr<WebDavClient> dav;
    std::unique_ptr<SyncEngine> engine;

    bool open(const QUrl &base, const QString &user, const QString &password,
              const DavCapabilities &caps)
    {
        if (!openProfile(user)) {
            return false;
        }
        WebDavClient::Options options;
        options.baseUrl = base;
        options.credentials = {user, password};
        dav = std::make_unique<WebDavClient>(options);
        engine = std::make_unique<SyncEngine>(*dav, *journal, caps);
        return true;
    }

    static SyncEngine::CaseReport failedReport()
    {
        SyncEngine::CaseReport report;
        report.failed = 1;
        return report;
    }

    SyncEngine::CaseReport sync()
    {
        auto files = immutableFilesOf(workspace->database(), workspace->blobs(), roomId);
        if (!files) {
            qWarning() << files.error().message;
            return failedReport();
        }
        auto uploaded = engine->uploadImmutable(*files);
        if (!uploaded || uploaded->failed > 0) {
            return failedReport();
        }
        auto report =
            engine->syncCases({workspace->cases(), workspace->blobs(), roomId, workspace->actor()});
        if (!report) {
            qWarning() << report.error().message;
            return failedReport();
        }
        for (const QString &error : report->errors) {
            qWarning() << error;
        }
        return *report;
    }

    // The first case of each test's room (32.10-0001/2026 or 10.01-0001/2026).
    domain::CaseRecord firstCase()
    {
        const auto all = cases();
        return all.isEmpty() ? domain::CaseRecord{} : all.first();
    }
};

}  // namespace

class TestTwoClients : public QObject {
    Q_OBJECT

private:
    ApacheDavServer server_;
    Client a_;
    Client b_;

private Q_SLOTS:
    void initTestCase()
    {
        ApacheDavServer::Options options;
        options.https = false;
        QVERIFY2(server_.start(options), qPrintable(server_.errorString()));
        const QUrl base = server_.httpUrl(QStringLiteral("room/"));
        QVERIFY(makeCollection(server_, QStringLiteral("room/")));
        // What the real server can do, as a linked workroom finds out.
        auto caps = probeCollection(server_, QStringLiteral("room/"));
        QVERIFY(caps);
        QVERIFY(caps->conditionalWrites());
        QVERIFY(a_.open(base, QStringLiteral("alice"), server_.password(QStringLiteral("alice")),
                        *caps));
        QVERIFY(
            b_.open(base, QStringLiteral("bob"), server_.password(QStringLiteral("bob")), *caps));
    }

    void createdOnAArrivesOnB()
    {
        auto &cases = a_.workspace->cases();
        domain::CaseRecord draft =
            a_.draft(QStringLiteral("32.10"), QStringLiteral("Bauantrag Gartenhaus"));
        draft.assignee = QStringLiteral("anna");
        domain::Party applicant;
        applicant.givenName = QStringLiteral("Jörg");
        applicant.familyName = QStringLiteral("Weiß");
        applicant.city = QStringLiteral("Kiel");
        auto created = cases.createCase(draft, {applicant}, QStringLiteral("alice"));
        QVERIFY(created);
        QVERIFY(cases.addNote(created->id, QStringLiteral("Unterlagen vollständig"),
                              QStringLiteral("alice")));
        QByteArray pdf("%PDF-1.4\n% not rendered, only moved\n");
        pdf.append(QByteArray(20000, 'x'));
        auto blob = a_.workspace->blobs().importBytes(pdf);
        QVERIFY(blob);
        storage::CaseRepository::NewVersion version;
        version.caseId = created->id;
        version.title = QStringLiteral("Antrag");
        version.kind = domain::DocumentKind::Application;
        version.blob = *blob;
        version.mimeType = QStringLiteral("application/pdf");
        version.originalFileName = QStringLiteral("antrag.pdf");
        QVERIFY(cases.addDocumentVersion(version, QStringLiteral("alice")));

        const auto first = a_.sync();
        QCOMPARE(first.failed, 0);
        QCOMPARE(first.casesWritten, 1);
        QVERIFY(QFile::exists(server_.davRoot()
                              + QStringLiteral("/room/cases/32.10-0001_2026/case.json")));

        const auto second = b_.sync();
        QCOMPARE(second.failed, 0);
        QCOMPARE(second.casesApplied, 1);
        QCOMPARE(second.downloaded, 1);
        const domain::CaseRecord onB = b_.firstCase();
        QCOMPARE(onB.reference, created->reference);
        QCOMPARE(onB.subject, draft.subject);
        QCOMPARE(onB.assignee, draft.assignee);
        auto parties = b_.workspace->cases().parties(onB.id);
        QVERIFY(parties);
        QCOMPARE(parties->size(), 1);
        QCOMPARE(parties->first().familyName, applicant.familyName);
        auto notes = b_.workspace->cases().notes(onB.id);
        QVERIFY(notes);
        QCOMPARE(notes->size(), 1);
        QCOMPARE(notes->first().text, QStringLiteral("Unterlagen vollständig"));
        auto documents = b_.workspace->cases().documents(onB.id);
        QVERIFY(documents);
        QCOMPARE(documents->size(), 1);
        QCOMPARE(documents->first().versions.size(), 1);
        QCOMPARE(documents->first().versions.first().sha256, blob->sha256);
        auto intact = b_.workspace->blobs().verify(blob->sha256);
        QVERIFY(intact && *intact);

        // Nothing changed: a second round writes nothing and applies nothing.
        const auto again = a_.sync();
        QCOMPARE(again.failed, 0);
        QCOMPARE(again.casesWritten, 0);
        QCOMPARE(again.casesApplied, 0);
        // Nor on B, whose copies of A's note and version were stamped when they arrived.
        const auto againOnB = b_.sync();
        QCOMPARE(againOnB.failed, 0);
        QCOMPARE(againOnB.casesWritten, 0);
        QCOMPARE(againOnB.casesApplied, 0);
        QCOMPARE(againOnB.downloaded, 0);
        QVERIFY(b_.workspace->checkConsistency());
    }

    void differentFieldsAreMerged()
    {
        domain::CaseRecord onA = a_.firstCase();
        onA.subject = QStringLiteral("Bauantrag Gartenhaus mit Carport");
        QVERIFY(a_.workspace->cases().updateCase(onA, QStringLiteral("alice")));
        domain::CaseRecord onB = b_.firstCase();
        onB.assignee = QStringLiteral("bernd");
        QVERIFY(b_.workspace->cases().updateCase(onB, QStringLiteral("bob")));
        QVERIFY(b_.workspace->cases().addNote(onB.id, QStringLiteral("Rückfrage gestellt"),
                                              QStringLiteral("bob")));

        QCOMPARE(a_.sync().failed, 0);
        // B writes right after A: Apache's ETag is still weak, the first If-Match fails.
        QCOMPARE(b_.sync().failed, 0);
        QCOMPARE(a_.sync().failed, 0);
        for (Client *client : {&a_, &b_}) {
            const domain::CaseRecord merged = client->firstCase();
            QCOMPARE(merged.subject, QStringLiteral("Bauantrag Gartenhaus mit Carport"));
            QCOMPARE(merged.assignee, QStringLiteral("bernd"));
            auto notes = client->workspace->cases().notes(merged.id);
            QVERIFY(notes);
            QCOMPARE(notes->size(), 2);
            auto conflicts = client->journal->conflicts();
            QVERIFY(conflicts);
            QVERIFY(conflicts->isEmpty());
        }
    }

    void sameFieldKeepsBothValues()
    {
        domain::CaseRecord onA = a_.firstCase();
        onA.subject = QStringLiteral("Gartenhaus (Version A)");
        QVERIFY(a_.workspace->cases().updateCase(onA, QStringLiteral("alice")));
        domain::CaseRecord onB = b_.firstCase();
        onB.subject = QStringLiteral("Gartenhaus (Version B)");
        QVERIFY(b_.workspace->cases().updateCase(onB, QStringLiteral("bob")));

        QCOMPARE(a_.sync().failed, 0);
        const auto onBReport = b_.sync();
        QCOMPARE(onBReport.failed, 0);
        QCOMPARE(onBReport.newConflicts, 1);
        QCOMPARE(a_.sync().failed, 0);

        for (Client *client : {&a_, &b_}) {
            auto conflicts = client->journal->conflicts();
            QVERIFY(conflicts);
            QCOMPARE(conflicts->size(), 1);
            const QJsonObject conflict = conflicts->first().conflict;
            QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("subject"));
            QStringList both{conflict.value(QStringLiteral("local")).toString(),
                             conflict.value(QStringLiteral("remote")).toString()};
            both.sort();
            QCOMPARE(both, QStringList({QStringLiteral("Gartenhaus (Version A)"),
                                        QStringLiteral("Gartenhaus (Version B)")}));
            // The field holds the value that reached the server first; the other is in the
            // conflict, not lost.
            QCOMPARE(client->firstCase().subject, QStringLiteral("Gartenhaus (Version A)"));
        }
        // The server's case.json carries the conflict for every other client too.
        QFile onServer(server_.davRoot() + QStringLiteral("/room/cases/32.10-0001_2026/case.json"));
        QVERIFY(onServer.open(QIODevice::ReadOnly));
        QVERIFY(onServer.readAll().contains("Gartenhaus (Version B)"));
    }

    // Both computers gave a new case the same reference number offline: the sync refuses to
    // make one case of the two, and neither is changed.
    void sameReferenceTwoCases()
    {
        const auto create = [](Client &client, const QString &subject) {
            return client.workspace->cases().createCase(
                client.draft(QStringLiteral("50.20"), subject), {}, client.workspace->actor());
        };
        auto onA = create(a_, QStringLiteral("Hundesteuer Anmeldung"));
        auto onB = create(b_, QStringLiteral("Fundsache Fahrrad"));
        QVERIFY(onA && onB);
        QCOMPARE(onA->reference, onB->reference);
        QCOMPARE(a_.sync().failed, 0);
        const auto report = b_.sync();
        QCOMPARE(report.failed, 1);
        QVERIFY(report.errors.join(QLatin1Char('\n')).contains(onB->reference));
        QCOMPARE(b_.workspace->cases().caseById(onB->id)->subject,
                 QStringLiteral("Fundsache Fahrrad"));
        QFile onServer(server_.davRoot() + QStringLiteral("/room/cases/50.20-0001_2026/case.json"));
        QVERIFY(onServer.open(QIODevice::ReadOnly));
        const QByteArray text = onServer.readAll();
        QVERIFY(text.contains("Hundesteuer Anmeldung"));
        QVERIFY(!text.contains("Fundsache"));
        // The other cases synced all the same.
        QCOMPARE(report.errors.size(), 1);
    }

    // A server that ignores If-Match: case.json is written under a LOCK after a re-read, and
    // the merge still keeps both clients' changes.
    void withoutConditionalWrites()
    {
        ApacheDavServer plain;
        ApacheDavServer::Options options;
        options.https = false;
        options.conditionals = false;
        QVERIFY2(plain.start(options), qPrintable(plain.errorString()));
        QVERIFY(makeCollection(plain, QStringLiteral("room/")));
        const QUrl base = plain.httpUrl(QStringLiteral("room/"));
        auto caps = probeCollection(plain, QStringLiteral("room/"));
        QVERIFY(caps);
        QVERIFY(!caps->conditionalWrites());
        QVERIFY(caps->locking);
        Client a;
        Client b;
        QVERIFY(
            a.open(base, QStringLiteral("alice"), plain.password(QStringLiteral("alice")), *caps));
        QVERIFY(b.open(base, QStringLiteral("bob"), plain.password(QStringLiteral("bob")), *caps));
        QVERIFY(a.workspace->cases().createCase(
            a.draft(QStringLiteral("10.01"), QStringLiteral("Ohne If-Match")), {},
            QStringLiteral("alice")));
        QCOMPARE(a.sync().failed, 0);
        QCOMPARE(b.sync().casesApplied, 1);

        domain::CaseRecord onA = a.firstCase();
        onA.subject = QStringLiteral("Ohne If-Match, geändert");
        QVERIFY(a.workspace->cases().updateCase(onA, QStringLiteral("alice")));
        domain::CaseRecord onB = b.firstCase();
        onB.assignee = QStringLiteral("bernd");
        QVERIFY(b.workspace->cases().updateCase(onB, QStringLiteral("bob")));
        QCOMPARE(a.sync().failed, 0);
        QCOMPARE(b.sync().failed, 0);
        QCOMPARE(a.sync().failed, 0);
        for (Client *client : {&a, &b}) {
            QCOMPARE(client->firstCase().subject, QStringLiteral("Ohne If-Match, geändert"));
            QCOMPARE(client->firstCase().assignee, QStringLiteral("bernd"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTwoClients)
#include "tst_twoclients.moc"
