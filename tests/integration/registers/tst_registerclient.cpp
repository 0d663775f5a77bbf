// The client against the register test server over loopback: outcomes, validation before
// sending, bulk jobs with progress and expiry, retries, faults and their messages.
#include "BlockingRegister.h"
#include "BulkCsv.h"
#include "BulkJobWatcher.h"
#include "ColognePhonetics.h"
#include "RegisterClient.h"
#include "RegisterTestServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::registers;
using workroom::tests::RegisterTestServer;

namespace {

int soundAlikes(const SyntheticPopulation &population, const PersonRecord &record)
{
    int count = 0;
    const QString code = colognePhonetics(record.familyName);
    for (const RegisteredPerson &other : population.persons()) {
        count += other.record.birthDate == record.birthDate
                         && (colognePhonetics(other.record.familyName) == code
                             || colognePhonetics(other.record.birthName) == code)
                     ? 1
                     : 0;
    }
    return count;
}

QueryRequest requestFor(const PersonRecord &record, QueryKind kind = QueryKind::Simple)
{
    QueryRequest request;
    request.kind = kind;
    request.criteria.familyName = record.familyName;
    request.criteria.givenNames = record.givenNames;
    request.criteria.birthDate = record.birthDate;
    request.origin.actor = QStringLiteral("tester");
    if (kind == QueryKind::Authority) {
        request.purpose = QStringLiteral("Prüfung der Zuständigkeit");
        request.caseReference = QStringLiteral("32.40-0001/2026");
    }
    return request;
}

// A bulk query of one row, for `record`, with the purpose and case every bulk test here uses.
BulkSubmission oneRowSubmission(const PersonRecord &record)
{
    BulkSubmission submission;
    submission.purpose = QStringLiteral("Test");
    submission.caseReference = QStringLiteral("1/2026");
    BulkRow row;
    row.reference = QStringLiteral("1");
    row.criteria = requestFor(record).criteria;
    submission.rows.append(row);
    return submission;
}

}  // namespace

class TestRegisterClient : public QObject {
    Q_OBJECT

    std::unique_ptr<RegisterTestServer> server_;
    QNetworkAccessManager network_;
    const RegisteredPerson *unique_ = nullptr;    // found by a simple query
    const RegisteredPerson *blocked_ = nullptr;   // unique, with an information block
    const RegisteredPerson *namesake_ = nullptr;  // spelt exactly like somebody else

    std::unique_ptr<RegisterClient> client(ClientConfig config = {})
    {
        if (config.baseUrl.isEmpty()) {
            config.baseUrl = server_->url();
        }
        if (config.bearerToken.isEmpty() && config.user.isEmpty()) {
            config.bearerToken = server_->token();
        }
        return std::make_unique<RegisterClient>(config, &network_);
    }

private Q_SLOTS:
    void initTestCase()
    {
        server_ = std::make_unique<RegisterTestServer>();
        QVERIFY(server_->start());
        const SyntheticPopulation &population = server_->population();
        for (const RegisteredPerson &person : population.persons()) {
            if (unique_ && blocked_ && namesake_) {
                break;
            }
            if (!unique_ && !person.informationBlock && !person.record.deathDate.isValid()
                && !person.record.previousAddresses.isEmpty()
                && soundAlikes(population, person.record) == 1) {
                unique_ = &person;
            } else if (!blocked_ && person.informationBlock
                       && soundAlikes(population, person.record) == 1) {
                blocked_ = &person;
            } else if (!namesake_ && soundAlikes(population, person.record) > 1) {
                int exact = 0;
                for (const RegisteredPerson &other : population.persons()) {
                    exact += other.record.familyName == person.record.familyName
                                     && other.record.givenNames == person.record.givenNames
                                     && other.record.birthDate == person.record.birthDate
                                 ? 1
                                 : 0;
                }
                if (exact > 1) {
                    namesake_ = &person;
                }
            }
        }
        QVERIFY(unique_ && blocked_ && namesake_);
    }

    void init()
    {
        server_->clearFaults();
        server_->setRateLimit(0, 1, 1);
        server_->clearRequestLog();
    }

    void found()
    {
        auto c = client();
        const auto result = BlockingRegister(*c).query(requestFor(unique_->record));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->outcome, QueryOutcome::Found);
        QVERIFY(result->person);
        QCOMPARE(result->person->familyName, unique_->record.familyName);
        QCOMPARE(result->person->address, unique_->record.address);
        // A simple query returns only the simple data groups.
        QVERIFY(!result->person->birthDate.isValid());
        QVERIFY(result->person->previousAddresses.isEmpty());
        QVERIFY(!result->requestId.isEmpty());
        QCOMPARE(result->serviceLabel, QStringLiteral("127.0.0.1"));
        QCOMPARE(server_->requestLines(),
                 QStringList{QStringLiteral("POST /v1/auskuenfte/einfach")});
    }

    void foundDespiteSpelling()
    {
        auto c = client();
        QueryRequest request = requestFor(unique_->record);
        request.criteria.familyName = foldName(request.criteria.familyName).toUpper();
        const auto result = BlockingRegister(*c).query(request);
        QVERIFY(result);
        QCOMPARE(result->outcome, QueryOutcome::Found);
        QCOMPARE(result->person->familyName, unique_->record.familyName);
    }

    void foundByPreviousAddress()
    {
        auto c = client();
        QueryRequest request = requestFor(unique_->record);
        request.criteria.birthDate.reset();
        request.criteria.previousAddress = unique_->record.previousAddresses.first().address;
        const auto result = BlockingRegister(*c).query(request);
        QVERIFY(result);
        QVERIFY(result->outcome == QueryOutcome::Found
                || result->outcome == QueryOutcome::NotUnique);
        if (result->outcome == QueryOutcome::Found) {
            QCOMPARE(result->person->address, unique_->record.address);
        }
    }

    void notUnique()
    {
        auto c = client();
        const auto result = BlockingRegister(*c).query(requestFor(namesake_->record));
        QVERIFY(result);
        QCOMPARE(result->outcome, QueryOutcome::NotUnique);
        QVERIFY(!result->person);
    }

    void notFound()
    {
        auto c = client();
        QueryRequest request = requestFor(unique_->record);
        request.criteria.birthDate = unique_->record.birthDate.addDays(1);
        const auto result = BlockingRegister(*c).query(request);
        QVERIFY(result);
        QCOMPARE(result->outcome, QueryOutcome::NotFound);
        QVERIFY(!result->person);
    }

    void blocked()
    {
        auto c = client();
        for (QueryKind kind : {QueryKind::Simple, QueryKind::Authority}) {
            const auto result = BlockingRegister(*c).query(requestFor(blocked_->record, kind));
            QVERIFY(result);
            QCOMPARE(result->outcome, QueryOutcome::Blocked);
            QVERIFY(!result->person);
        }
        // Nothing of the person travels with a block: not even the address.
        const QByteArray body = server_->requestBodies().isEmpty() ? QByteArray() : QByteArray();
        Q_UNUSED(body);
        QCOMPARE(outcomeText(QueryOutcome::Blocked), QStringLiteral("No information may be given"));
    }

    void authorityQuery()
    {
        auto c = client();
        const auto result =
            BlockingRegister(*c).query(requestFor(unique_->record, QueryKind::Authority));
        QVERIFY(result);
        QCOMPARE(result->outcome, QueryOutcome::Found);
        QCOMPARE(result->person->birthDate, unique_->record.birthDate);
        QCOMPARE(result->person->birthName, unique_->record.birthName);
        QCOMPARE(result->person->previousAddresses, unique_->record.previousAddresses);
        const QJsonObject sent = QJsonDocument::fromJson(server_->requestBodies().last()).object();
        QCOMPARE(sent.value(QStringLiteral("zweck")).toString(),
                 QStringLiteral("Prüfung der Zuständigkeit"));
        QCOMPARE(sent.value(QStringLiteral("aktenzeichen")).toString(),
                 QStringLiteral("32.40-0001/2026"));
        QVERIFY(server_->requestLines().last().endsWith(QStringLiteral("/behoerde")));
    }

    void validationBeforeSending_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("field");
        QTest::newRow("authority without purpose") << 0 << QStringLiteral("zweck");
        QTest::newRow("authority without case") << 1 << QStringLiteral("aktenzeichen");
        QTest::newRow("invalid date") << 2 << QStringLiteral("geburtsdatum");
        QTest::newRow("future date") << 3 << QStringLiteral("geburtsdatum");
        QTest::newRow("no family name") << 4 << QStringLiteral("familienname");
        QTest::newRow("neither date nor address") << 5 << QStringLiteral("geburtsdatum");
    }
    void validationBeforeSending()
    {
        QFETCH(int, variant);
        QFETCH(QString, field);
        QueryRequest request = requestFor(unique_->record, QueryKind::Authority);
        switch (variant) {
        case 0:
            request.purpose = QStringLiteral("  ");
            break;
        case 1:
            request.caseReference.clear();
            break;
        case 2:
            request.criteria.birthDate = QDate(1980, 2, 31);
            break;
        case 3:
            request.criteria.birthDate = QDate::currentDate().addDays(3);
            break;
        case 4:
            request.criteria.familyName.clear();
            break;
        case 5:
            request.criteria.birthDate.reset();
            break;
        }
        auto c = client();
        const auto result = BlockingRegister(*c).query(request);
        QVERIFY(!result);
        QCOMPARE(result.error().code, RegisterErrorCode::Invalid);
        QVERIFY(!result.error().problems.isEmpty());
        QCOMPARE(result.error().problems.first().field, field);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(server_->requestCount(), 0);  // nothing was sent
    }

    void bulkJob()
    {
        server_->setRowsPerTick(50);
        auto c = client();
        BulkSubmission submission;
        submission.purpose = QStringLiteral("Prüfung von Wahlberechtigten");
        submission.caseReference = QStringLiteral("10.20-0003/2026");
        const auto &persons = server_->population().persons();
        for (int i = 0; i < 600; ++i) {
            BulkRow row;
            row.reference = QStringLiteral("R%1").arg(i);
            row.criteria.familyName = persons.at(i * 7).record.familyName;
            row.criteria.givenNames = persons.at(i * 7).record.givenNames;
            row.criteria.birthDate = persons.at(i * 7).record.birthDate;
            submission.rows.append(row);
        }
        const auto job = BlockingRegister(*c).submitBulk(submission);
        QVERIFY2(job, qPrintable(job ? QString() : job.error().message));
        QCOMPARE(job->total, 600);
        QCOMPARE(job->submittedAt.daysTo(job->expiresAt), 8);

        // Not finished yet: the result is not ready.
        const auto early = BlockingRegister(*c).fetchBulkResult(job->jobId, {});
        if (!early) {
            QCOMPARE(early.error().code, RegisterErrorCode::NotReady);
        }

        BulkJobWatcher watcher(*c, job->jobId);
        watcher.setInterval(5);
        QSignalSpy progress(&watcher, &BulkJobWatcher::progress);
        QSignalSpy finished(&watcher, &BulkJobWatcher::finished);
        watcher.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), 600);
        int previous = -1;
        for (const QList<QVariant> &step : progress) {
            QVERIFY(step.at(0).toInt() >= previous);
            previous = step.at(0).toInt();
        }

        const auto result = BlockingRegister(*c).fetchBulkResult(job->jobId, {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->rows.size(), 600);
        QCOMPARE(result->job.caseReference, submission.caseReference);
        // Row by row what a single query says.
        const RegisterMatcher &matcher = server_->engine().matcher();
        for (int i = 0; i < 600; ++i) {
            const BulkResultRow &row = result->rows.at(i);
            QCOMPARE(row.reference, submission.rows.at(i).reference);
            QCOMPARE(row.outcome, matcher.match(submission.rows.at(i).criteria).outcome);
            QCOMPARE(row.person.has_value(), row.outcome == QueryOutcome::Found);
        }
        // The CSV as written parses to the same rows.
        QCOMPARE(*BulkCsv::parseResult(result->csv), result->rows);
        server_->setRowsPerTick(2000);
    }

    void bulkResultExpiresAfterEightDays()
    {
        auto c = client();
        const BulkSubmission submission = oneRowSubmission(unique_->record);
        const auto job = BlockingRegister(*c).submitBulk(submission);
        QVERIFY(job);
        QVERIFY(BlockingRegister(*c).waitForJob(job->jobId, 10));
        QVERIFY(BlockingRegister(*c).fetchBulkResult(job->jobId, {}));
        server_->advanceClock(7 * 86400);
        QVERIFY(BlockingRegister(*c).fetchBulkResult(job->jobId, {}));  // fetched again
        server_->advanceClock(86400);
        const auto expired = BlockingRegister(*c).fetchBulkResult(job->jobId, {});
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, RegisterErrorCode::Expired);
        QCOMPARE(expired.error().httpStatus, 410);
        QVERIFY2(expired.error().message.contains(QStringLiteral("8 days")),
                 qPrintable(expired.error().message));
        const auto status = BlockingRegister(*c).bulkStatus(job->jobId);
        QCOMPARE(status.error().code, RegisterErrorCode::Expired);
        server_->advanceClock(-8 * 86400);
    }

    void bulkSubmitIsIdempotent()
    {
        auto c = client();
        BulkSubmission submission = oneRowSubmission(unique_->record);
        submission.clientRequestId = newClientRequestId();
        const auto first = BlockingRegister(*c).submitBulk(submission);
        const auto again = BlockingRegister(*c).submitBulk(submission);
        QVERIFY(first && again);
        QCOMPARE(again->jobId, first->jobId);
    }

    void rateLimitedRetriesAfterRetryAfter()
    {
        server_->setRateLimit(1, 1, 1);
        auto c = client();
        QVERIFY(BlockingRegister(*c).query(requestFor(unique_->record)));
        QElapsedTimer timer;
        timer.start();
        const auto second = BlockingRegister(*c).query(requestFor(unique_->record));
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QCOMPARE(second->outcome, QueryOutcome::Found);
        QVERIFY(timer.elapsed() >= 900);  // waited as the service asked
        QVERIFY(server_->requestCount() >= 3);
    }

    void rateLimitedBeyondPatience()
    {
        server_->setRateLimit(1, 60, 60);
        auto c = client();
        QVERIFY(BlockingRegister(*c).query(requestFor(unique_->record)));
        const auto second = BlockingRegister(*c).query(requestFor(unique_->record));
        QVERIFY(!second);
        QCOMPARE(second.error().code, RegisterErrorCode::RateLimited);
        QCOMPARE(second.error().retryAfterSeconds, 60);
        QVERIFY(second.error().message.contains(QStringLiteral("60")));
        QCOMPARE(server_->requestCount(), 2);  // no retry when the wait is too long
    }

    void unavailableIsRetriedWithTheSameKey()
    {
        server_->injectFault(RegisterTestServer::Fault::Status503, 2);
        auto c = client();
        const auto result = BlockingRegister(*c).query(requestFor(unique_->record));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->outcome, QueryOutcome::Found);
        QCOMPARE(server_->requestCount(), 3);
    }

    void unavailableForTooLong()
    {
        server_->injectFault(RegisterTestServer::Fault::Status503, 10);
        ClientConfig config;
        config.maxAttempts = 2;
        auto c = client(config);
        const auto result = BlockingRegister(*c).query(requestFor(unique_->record));
        QVERIFY(!result);
        QCOMPARE(result.error().code, RegisterErrorCode::ServiceUnavailable);
        QCOMPARE(server_->requestCount(), 2);
    }

    void serverErrorIsNotRetried()
    {
        server_->injectFault(RegisterTestServer::Fault::Status500);
        auto c = client();
        const auto result = BlockingRegister(*c).query(requestFor(unique_->record));
        QVERIFY(!result);
        QCOMPARE(result.error().code, RegisterErrorCode::ServerError);
        QCOMPARE(result.error().httpStatus, 500);
        QVERIFY(result.error().message.contains(QStringLiteral("HTTP 500")));
        QCOMPARE(server_->requestCount(), 1);
    }

    void droppedConnectionIsRetried()
    {
        server_->injectFault(RegisterTestServer::Fault::Drop);
        ClientConfig config;
        config.backoffBaseMs = 20;
        auto c = client(config);
        const auto result = BlockingRegister(*c).query(requestFor(unique_->record));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->outcome, QueryOutcome::Found);
        QCOMPARE(server_->requestCount(), 2);
        // The retry is the same query: the same Idempotency-Key, the same body.
        QCOMPARE(server_->requestBodies().at(0), server_->requestBodies().at(1));
    }

    void timeoutOfAPostIsReported()
    {
        server_->injectFault(RegisterTestServer::Fault::Delay, 1, 1500);
        ClientConfig config;
        config.timeoutMs = 300;
        auto c = client(config);
        const auto result = BlockingRegister(*c).query(requestFor(unique_->record));
        QVERIFY(!result);
        QCOMPARE(result.error().code, RegisterErrorCode::Timeout);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(server_->requestCount(), 1);
        QTest::qWait(1600);  // let the delayed answer go out to the closed connection
    }

    void serverDiesWithADelayedAnswerPending()
    {
        // A server of its own: it is destroyed while its delayed answer still waits, which
        // used to crash in the destructor.
        RegisterTestServer::Options options;
        options.population = server_->sharedPopulation();
        auto server = std::make_unique<RegisterTestServer>(options);
        QVERIFY(server->start());
        server->injectFault(RegisterTestServer::Fault::Delay, 1, 5000);
        ClientConfig config;
        config.baseUrl = server->url();
        config.bearerToken = server->token();
        config.maxAttempts = 1;
        auto c = client(config);
        std::optional<Result<QueryResult>> outcome;
        c->query(requestFor(unique_->record), this,
                 [&](const Result<QueryResult> &result) { outcome = result; });
        QTRY_COMPARE(server->requestCount(), 1);
        QVERIFY(!outcome);  // the answer is still pending in the server
        server.reset();
        // The client sees the connection end instead of an answer.
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 4000);
        QVERIFY(!*outcome);
    }

    void timeoutOfAGetIsRetried()
    {
        auto c = client();
        const BulkSubmission submission = oneRowSubmission(unique_->record);
        const auto job = BlockingRegister(*c).submitBulk(submission);
        QVERIFY(job);
        server_->injectFault(RegisterTestServer::Fault::Delay, 1, 1500);
        ClientConfig config;
        config.timeoutMs = 300;
        config.backoffBaseMs = 20;
        auto impatient = client(config);
        const auto status = BlockingRegister(*impatient).bulkStatus(job->jobId);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QVERIFY(server_->requestCount() >= 3);  // submit, the slow GET, its retry
        QTest::qWait(1600);
    }

    void unauthorized()
    {
        ClientConfig config;
        config.bearerToken = "wrong";
        auto c = client(config);
        const auto result = BlockingRegister(*c).query(requestFor(unique_->record));
        QVERIFY(!result);
        QCOMPARE(result.error().code, RegisterErrorCode::Unauthorized);
        QCOMPARE(result.error().httpStatus, 401);
    }

    void unreachable()
    {
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        config.maxAttempts = 2;
        config.backoffBaseMs = 10;
        auto c = client(config);
        const auto result = BlockingRegister(*c).query(requestFor(unique_->record));
        QVERIFY(!result);
        QCOMPARE(result.error().code, RegisterErrorCode::Network);
        QVERIFY(result.error().message.contains(QStringLiteral("cannot be reached")));
    }

    void unknownJob()
    {
        auto c = client();
        const auto status = BlockingRegister(*c).bulkStatus(QStringLiteral("M-999999"));
        QVERIFY(!status);
        QCOMPARE(status.error().code, RegisterErrorCode::NotFound);
    }

    void cancelledCallsStaySilent()
    {
        server_->injectFault(RegisterTestServer::Fault::Delay, 1, 300);
        auto c = client();
        bool called = false;
        const auto ticket = c->query(requestFor(unique_->record), nullptr,
                                     [&called](const Result<QueryResult> &) { called = true; });
        c->cancel(ticket);
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void contextDestroyedStaysSilent()
    {
        auto c = client();
        bool called = false;
        auto context = std::make_unique<QObject>();
        c->query(requestFor(unique_->record), context.get(),
                 [&called](const Result<QueryResult> &) { called = true; });
        context.reset();
        QTest::qWait(300);
        QVERIFY(!called);
    }

    void basicAuthentication()
    {
        RegisterTestServer::Options options;
        options.population = server_->sharedPopulation();
        options.token.clear();
        options.basicUser = QStringLiteral("amt");
        options.basicPassword = "geheim";
        RegisterTestServer basic(options);
        QVERIFY(basic.start());
        ClientConfig config;
        config.baseUrl = basic.url();
        config.user = QStringLiteral("amt");
        config.password = "geheim";
        RegisterClient c(config, &network_);
        const auto result = BlockingRegister(c).query(requestFor(unique_->record));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->outcome, QueryOutcome::Found);
    }

    void https()
    {
        // A test CA and a server certificate for 127.0.0.1, made with openssl.
        QTemporaryDir pki;
        QVERIFY(pki.isValid());
        const auto openssl = [&pki](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(pki.path());
            process.start(QStringLiteral("openssl"), arguments);
            return process.waitForFinished(60000) && process.exitCode() == 0;
        };
        QFile extensions(pki.filePath(QStringLiteral("server.ext")));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"
                         "basicConstraints=CA:FALSE\n");
        extensions.close();
        QVERIFY(
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                     QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Workroom Test Register CA")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("server.key"),
                         QStringLiteral("-out"), QStringLiteral("server.csr"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}));
        QVERIFY(openssl(
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")}));

        RegisterTestServer::Options options;
        options.population = server_->sharedPopulation();
        options.certificateFile = pki.filePath(QStringLiteral("server.pem"));
        options.privateKeyFile = pki.filePath(QStringLiteral("server.key"));
        RegisterTestServer secure(options);
        QVERIFY(secure.start());
        QVERIFY(secure.isHttps());
        QCOMPARE(secure.url().scheme(), QStringLiteral("https"));

        ClientConfig config;
        config.baseUrl = secure.url();
        config.bearerToken = secure.token();
        {
            // Without the association's CA the certificate is not trusted.
            RegisterClient untrusting(config, &network_);
            const auto refused = BlockingRegister(untrusting).query(requestFor(unique_->record));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, RegisterErrorCode::Tls);
            QVERIFY(refused.error().message.contains(QStringLiteral("not trusted")));
        }
        QFile ca(pki.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        config.caCertificates = QSslCertificate::fromData(ca.readAll());
        // The same manager: the client cleared what it kept of the failed set-up.
        RegisterClient trusting(config, &network_);
        const auto result = BlockingRegister(trusting).query(requestFor(unique_->record));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->outcome, QueryOutcome::Found);
    }
};

QTEST_GUILESS_MAIN(TestRegisterClient)
#include "tst_registerclient.moc"
