// The query log in the audit chain (never personal data), the offline queue, the list of bulk
// jobs and the demo register, on a real workroom database.
#include "AuditLog.h"
#include "BlockingRegister.h"
#include "BulkJobList.h"
#include "ColognePhonetics.h"
#include "Database.h"
#include "DemoRegister.h"
#include "OfflineQueue.h"
#include "QueryLog.h"
#include "RegisterClient.h"
#include "RegisterTestServer.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::registers;
using workroom::storage::Database;
using workroom::tests::RegisterTestServer;

namespace {

QStringList capturedLog;

void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' '
                       + message);
}

// The criteria a clerk would enter to find `record`.
SearchCriteria criteriaFor(const PersonRecord &record)
{
    SearchCriteria criteria;
    criteria.familyName = record.familyName;
    criteria.givenNames = record.givenNames;
    criteria.birthDate = record.birthDate;
    return criteria;
}

// One row for each of the first `count` persons of `population`, referenced "0", "1", …
void askForFirstPersons(BulkSubmission &submission, const SyntheticPopulation &population,
                        int count)
{
    for (int i = 0; i < count; ++i) {
        BulkRow row;
        row.reference = QString::number(i);
        row.criteria = criteriaFor(population.persons().at(i).record);
        submission.rows.append(row);
    }
}

// A client set-up that talks to `server` with the token it expects.
ClientConfig clientConfigFor(const RegisterTestServer &server)
{
    ClientConfig config;
    config.baseUrl = server.url();
    config.bearerToken = server.token();
    return config;
}

// A person the demo register finds (unique, no block).
const RegisteredPerson &findable(const RegisterMatcher &matcher)
{
    for (const RegisteredPerson &person : matcher.population().persons()) {
        const auto match = matcher.match(criteriaFor(person.record));
        if (match.outcome == QueryOutcome::Found && match.person == &person) {
            return person;
        }
    }
    qFatal("no findable person");
}

QueryRequest requestFor(const PersonRecord &record, QueryKind kind)
{
    QueryRequest request;
    request.kind = kind;
    request.criteria = criteriaFor(record);
    request.purpose = QStringLiteral("Ermittlung der Anschrift");
    request.caseReference = QStringLiteral("32.10-0001/2026");
    request.origin.actor = QStringLiteral("a.clerk");
    request.origin.workroomId = 0;
    request.origin.caseId = 0;
    return request;
}

}  // namespace

class TestQueryLog : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<Database> db_;

    // Every audit row as stored text, to search for personal data.
    QString auditText()
    {
        QSqlQuery query(db_->connection());
        query.exec(QStringLiteral("SELECT actor, action, detail FROM audit"));
        QString text;
        while (query.next()) {
            text += query.value(0).toString() + u'|' + query.value(1).toString() + u'|'
                    + query.value(2).toString() + u'\n';
        }
        return text;
    }

    void assertNoPersonalData(const PersonRecord &record, const QString &text)
    {
        QVERIFY(!text.isEmpty());
        const QStringList forbidden = {
            record.familyName,
            record.givenNames.section(u' ', 0, 0),
            record.birthName,
            record.birthDate.toString(Qt::ISODate),
            record.birthDate.toString(QStringLiteral("dd.MM.yyyy")),
            record.address.street,
            record.birthPlace,
        };
        for (const QString &value : forbidden) {
            QVERIFY2(!text.contains(value, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("personal data in the log: %1").arg(value)));
        }
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir_.isValid());
        QFile::remove(dir_.filePath(QStringLiteral("w.sqlite")));
        auto opened = Database::open(dir_.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(opened);
        db_ = std::move(*opened);
    }
    void cleanup() { db_.reset(); }

    void demoRegisterQueriesAreLoggedWithoutPersonalData()
    {
        DemoRegister demo;
        QCOMPARE(demo.label(), QStringLiteral("Demo-Register"));
        QVERIFY(demo.isDemo());
        QueryLog log(*db_);
        demo.setQueryLog(&log);
        const RegisteredPerson &person = findable(demo.engine().matcher());

        capturedLog.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("workroom.*=true"));
        const auto previous = qInstallMessageHandler(captureMessages);
        const auto simple =
            BlockingRegister(demo).query(requestFor(person.record, QueryKind::Simple));
        const auto authority =
            BlockingRegister(demo).query(requestFor(person.record, QueryKind::Authority));
        QueryRequest missing = requestFor(person.record, QueryKind::Simple);
        missing.criteria.birthDate = QDate(1901, 1, 1);
        const auto notFound = BlockingRegister(demo).query(missing);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(simple && authority && notFound);
        QCOMPARE(simple->outcome, QueryOutcome::Found);
        QCOMPARE(simple->serviceLabel, QStringLiteral("Demo-Register"));
        QCOMPARE(authority->person->birthDate, person.record.birthDate);
        QCOMPARE(notFound->outcome, QueryOutcome::NotFound);

        const auto entries = log.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).action, QStringLiteral("register.query.simple"));
        QCOMPARE(entries->at(1).action, QStringLiteral("register.query.authority"));
        const QJsonObject detail = entries->at(1).detail;
        QCOMPARE(detail.value(QStringLiteral("caseReference")).toString(),
                 QStringLiteral("32.10-0001/2026"));
        QCOMPARE(detail.value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("Ermittlung der Anschrift"));
        QCOMPARE(detail.value(QStringLiteral("result")).toString(), QStringLiteral("found"));
        QCOMPARE(detail.value(QStringLiteral("service")).toString(),
                 QStringLiteral("Demo-Register"));
        QCOMPARE(entries->at(2).detail.value(QStringLiteral("result")).toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(entries->at(0).actor, QStringLiteral("a.clerk"));
        QVERIFY(entries->at(0).at.isValid());

        assertNoPersonalData(person.record, auditText());
        QVERIFY(!capturedLog.isEmpty());
        assertNoPersonalData(person.record, capturedLog.join(u'\n'));
        workroom::storage::AuditLog audit(*db_);
        QVERIFY(audit.verify()->intact);
    }

    void invalidQueriesAreNotLogged()
    {
        DemoRegister demo;
        QueryLog log(*db_);
        demo.setQueryLog(&log);
        QueryRequest request =
            requestFor(findable(demo.engine().matcher()).record, QueryKind::Authority);
        request.purpose.clear();
        QCOMPARE(BlockingRegister(demo).query(request).error().code, RegisterErrorCode::Invalid);
        QCOMPARE(log.entries()->size(), 0);
    }

    void bulkOverTheServerIsLogged()
    {
        RegisterTestServer::Options options;
        options.populationSize = 5000;
        RegisterTestServer server(options);
        QVERIFY(server.start());
        QNetworkAccessManager network;
        RegisterClient client(clientConfigFor(server), &network);
        QueryLog log(*db_);
        client.setQueryLog(&log);
        BulkJobList jobs(*db_);

        BulkSubmission submission;
        submission.purpose = QStringLiteral("Wahlbenachrichtigung");
        submission.caseReference = QStringLiteral("10.20-0001/2026");
        submission.origin.actor = QStringLiteral("b.clerk");
        const auto &persons = server.population().persons();
        askForFirstPersons(submission, server.population(), 50);
        const auto job = BlockingRegister(client).submitBulk(submission);
        QVERIFY(job);
        QVERIFY(jobs.remember(*job, submission.origin));
        const auto done = BlockingRegister(client).waitForJob(job->jobId, 10);
        QVERIFY(done);
        QVERIFY(jobs.remember(*done, submission.origin));
        const auto result = BlockingRegister(client).fetchBulkResult(job->jobId, submission.origin);
        QVERIFY(result);

        const auto listed = jobs.jobs(QStringLiteral("b.clerk"));
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().jobId, job->jobId);
        QCOMPARE(listed->first().state, BulkJobState::Done);
        QCOMPARE(listed->first().processed, 50);
        QCOMPARE(listed->first().expiresAt, job->expiresAt);
        QCOMPARE(listed->first().serviceLabel, QStringLiteral("127.0.0.1"));
        QCOMPARE(jobs.jobs(QStringLiteral("someone else"))->size(), 0);

        const auto entries = log.entries();
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).action, QStringLiteral("register.bulk.submit"));
        QCOMPARE(entries->at(0).detail.value(QStringLiteral("rows")).toInt(), 50);
        QCOMPARE(entries->at(0).detail.value(QStringLiteral("requestId")).toString(), job->jobId);
        QCOMPARE(entries->at(1).action, QStringLiteral("register.bulk.fetch"));
        QCOMPARE(entries->at(1).detail.value(QStringLiteral("caseReference")).toString(),
                 QStringLiteral("10.20-0001/2026"));
        const QString text = auditText();
        for (int i = 0; i < 50; ++i) {
            QVERIFY(!text.contains(persons.at(i).record.birthDate.toString(Qt::ISODate)));
            QVERIFY(!text.contains(persons.at(i).record.familyName));
        }
        QVERIFY(jobs.forget(job->serviceLabel, job->jobId));
        QCOMPARE(jobs.jobs()->size(), 0);
    }

    void failedQueriesAreLoggedAsErrors()
    {
        RegisterTestServer::Options options;
        options.populationSize = 1000;
        RegisterTestServer server(options);
        QVERIFY(server.start());
        server.injectFault(RegisterTestServer::Fault::Status500);
        QNetworkAccessManager network;
        RegisterClient client(clientConfigFor(server), &network);
        QueryLog log(*db_);
        client.setQueryLog(&log);
        const auto result = BlockingRegister(client).query(
            requestFor(server.population().persons().first().record, QueryKind::Simple));
        QVERIFY(!result);
        QCOMPARE(log.entries()->first().detail.value(QStringLiteral("result")).toString(),
                 QStringLiteral("error:server_error"));
    }

    void offlineQueue()
    {
        DemoRegister demo;
        QueryLog log(*db_);
        demo.setQueryLog(&log);
        OfflineQueue queue(*db_, &log);
        const RegisteredPerson &person = findable(demo.engine().matcher());

        const auto simple = queue.enqueue(requestFor(person.record, QueryKind::Simple));
        const auto authority = queue.enqueue(requestFor(person.record, QueryKind::Authority));
        QVERIFY(simple && authority);
        QVERIFY(!simple->needsConfirmation());
        QVERIFY(authority->needsConfirmation());
        QVERIFY(!simple->request.clientRequestId.isEmpty());
        QCOMPARE(*queue.count(), 2);
        QueryRequest invalid = requestFor(person.record, QueryKind::Authority);
        invalid.caseReference.clear();
        QCOMPARE(queue.enqueue(invalid).error().code, RegisterErrorCode::Invalid);

        // Survives reopening the database.
        db_.reset();
        db_ = std::move(*Database::open(dir_.filePath(QStringLiteral("w.sqlite"))));
        QueryLog reopenedLog(*db_);
        demo.setQueryLog(&reopenedLog);
        OfflineQueue reopened(*db_, &reopenedLog);
        const auto pending = reopened.pending();
        QVERIFY(pending);
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(1).request.kind, QueryKind::Authority);
        QCOMPARE(pending->at(1).request.purpose, QStringLiteral("Ermittlung der Anschrift"));
        QCOMPARE(pending->at(1).request.criteria.birthDate, person.record.birthDate);
        QCOMPARE(pending->at(0).request.clientRequestId, simple->request.clientRequestId);

        const auto send = [&](qint64 id, bool confirmed) -> Result<QueryResult> {
            std::optional<Result<QueryResult>> outcome;
            reopened.send(id, demo, confirmed, nullptr,
                          [&outcome](const Result<QueryResult> &r) { outcome = r; });
            for (int i = 0; i < 500 && !outcome; ++i) {
                QTest::qWait(10);
            }
            return outcome.value();
        };
        // The authority query is never sent without the confirmation.
        const auto unconfirmed = send(authority->id, false);
        QCOMPARE(unconfirmed.error().code, RegisterErrorCode::NotConfirmed);
        QCOMPARE(*reopened.count(), 2);
        QVERIFY(send(simple->id, false));
        QCOMPARE(*reopened.count(), 1);
        const auto confirmed = send(authority->id, true);
        QVERIFY(confirmed);
        QCOMPARE(confirmed->outcome, QueryOutcome::Found);
        QCOMPARE(*reopened.count(), 0);

        const auto entries = reopenedLog.entries();
        QStringList actions;
        for (const auto &entry : *entries) {
            actions.append(entry.action);
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("register.query.queued"),
                                       QStringLiteral("register.query.queued"),
                                       QStringLiteral("register.query.simple"),
                                       QStringLiteral("register.query.authority")}));
        assertNoPersonalData(person.record, auditText());
    }

    void demoBulkJobExpires()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        DemoRegister demo(SyntheticPopulation::generate(SyntheticPopulation::demoSize),
                          [&now] { return now; });
        demo.setRowsPerTick(7);
        BulkSubmission submission;
        submission.purpose = QStringLiteral("Test");
        submission.caseReference = QStringLiteral("1/2026");
        askForFirstPersons(submission, demo.engine().matcher().population(), 100);
        const auto job = BlockingRegister(demo).submitBulk(submission);
        QVERIFY(job);
        QList<int> seen;
        const auto done = BlockingRegister(demo).waitForJob(
            job->jobId, 5, [&seen](const BulkJob &j) { seen.append(j.processed); });
        QVERIFY(done);
        QVERIFY(seen.size() >= 3);  // progress was visible on the way
        QVERIFY(BlockingRegister(demo).fetchBulkResult(job->jobId, {}));
        now = now.addDays(8);
        const auto expired = BlockingRegister(demo).fetchBulkResult(job->jobId, {});
        QCOMPARE(expired.error().code, RegisterErrorCode::Expired);
    }

    void appJobListSeesDemoJobsAfterARestart()
    {
        // The app keeps the Demo-Register's jobs in <profile>/demo-register and the list of
        // its jobs in the workroom database; after a restart both meet again.
        const QString jobs = dir_.filePath(QStringLiteral("profile/demo-register"));
        BulkJobList list(*db_);
        BulkSubmission submission;
        submission.purpose = QStringLiteral("Wahlbenachrichtigung");
        submission.caseReference = QStringLiteral("2/2026");
        QString jobId;
        {
            DemoRegister before;
            before.setJobDirectory(jobs);
            before.setRowsPerTick(4);  // worked tick by tick, as in the app
            askForFirstPersons(submission, before.engine().matcher().population(), 9);
            const auto job = BlockingRegister(before).submitBulk(submission);
            QVERIFY(job);
            QVERIFY(list.remember(*job, {QStringLiteral("tester"), 0, 0}));
            QVERIFY(BlockingRegister(before).waitForJob(job->jobId, 5));
            jobId = job->jobId;
        }
        DemoRegister after;
        after.setJobDirectory(jobs);
        const auto listed = list.jobs();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().jobId, jobId);
        const auto status = BlockingRegister(after).bulkStatus(listed->first().jobId);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QCOMPARE(status->state, BulkJobState::Done);
        QCOMPARE(status->processed, 9);
        const auto result = BlockingRegister(after).fetchBulkResult(jobId, {});
        QVERIFY(result);
        QCOMPARE(result->rows.size(), 9);

        // Without the directory (as before this was wired) the job is lost.
        DemoRegister forgetful;
        QCOMPARE(BlockingRegister(forgetful).bulkStatus(jobId).error().code,
                 RegisterErrorCode::NotFound);
    }

    void demoJobsOutliveTheProcess()
    {
        // workroomctl makes a new Demo-Register per call: jobs are kept in the profile.
        const QString jobs = dir_.filePath(QStringLiteral("demo-jobs"));
        BulkSubmission submission;
        submission.purpose = QStringLiteral("Test");
        submission.caseReference = QStringLiteral("1/2026");
        QString jobId;
        {
            DemoRegister first;
            first.setJobDirectory(jobs);
            first.setWorkAtOnce(true);
            askForFirstPersons(submission, first.engine().matcher().population(), 20);
            const auto job = BlockingRegister(first).submitBulk(submission);
            QVERIFY(job);
            QCOMPARE(job->state, BulkJobState::Done);
            jobId = job->jobId;
        }
        DemoRegister second;
        second.setJobDirectory(jobs);
        const auto status = BlockingRegister(second).bulkStatus(jobId);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QCOMPARE(status->processed, 20);
        const auto result = BlockingRegister(second).fetchBulkResult(jobId, {});
        QVERIFY(result);
        QCOMPARE(result->rows.size(), 20);
        QCOMPARE(BlockingRegister(second).bulkStatus(QStringLiteral("../etc/passwd")).error().code,
                 RegisterErrorCode::NotFound);

        // Worked tick by tick (the app), the job is kept once it is done.
        second.setRowsPerTick(3);
        submission.clientRequestId.clear();
        const auto ticking = BlockingRegister(second).submitBulk(submission);
        QVERIFY(ticking);
        QCOMPARE(ticking->processed, 0);
        QVERIFY(BlockingRegister(second).waitForJob(ticking->jobId, 5));
        DemoRegister third;
        third.setJobDirectory(jobs);
        const auto kept = BlockingRegister(third).fetchBulkResult(ticking->jobId, {});
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
        QCOMPARE(kept->rows.size(), 20);

        // Nine days on, the kept results are deleted.
        QVERIFY(!QDir(jobs).entryList({QStringLiteral("*.json")}).isEmpty());
        DemoRegister later(SyntheticPopulation::generate(10),
                           [] { return QDateTime::currentDateTimeUtc().addDays(9); });
        later.setJobDirectory(jobs);
        QVERIFY(QDir(jobs).entryList({QStringLiteral("*.json")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueryLog)
#include "tst_querylog.moc"
