// workroomctl register … against the register test server and the Demo-Register.
#include "BulkCsv.h"
#include "Database.h"
#include "RegisterTestServer.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace workroom::registers;
using workroom::tests::RegisterTestServer;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

}  // namespace

class TestRegisterCli : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<RegisterTestServer> server_;
    const RegisteredPerson *person_ = nullptr;

    QString profile() const { return dir_.filePath(QStringLiteral("profile")); }

    void useService(const QUrl &url)
    {
        QDir().mkpath(profile());
        QFile settings(profile() + QStringLiteral("/settings.ini"));
        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settings.write("[register]\nserviceUrl=" + url.toEncoded() + "\ntimeoutSeconds=5\n");
    }

    // Runs workroomctl while this process's event loop keeps serving the test server.
    Run run(QStringList arguments)
    {
        arguments.prepend(profile());
        arguments.prepend(QStringLiteral("--profile"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WORKROOM_REGISTER_TOKEN"),
                           QString::fromLatin1(server_->token()));
        environment.insert(QStringLiteral("WORKROOM_SYSTEM_CONFIG"),
                           dir_.filePath(QStringLiteral("no-system.ini")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start(QStringLiteral(WORKROOMCTL_PATH), arguments);
        loop.exec();
        Run result;
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QStringList queryArguments(const PersonRecord &record) const
    {
        return {QStringLiteral("register"),
                QStringLiteral("query"),
                QStringLiteral("--family-name"),
                record.familyName,
                QStringLiteral("--given-names"),
                record.givenNames,
                QStringLiteral("--birth-date"),
                record.birthDate.toString(QStringLiteral("dd.MM.yyyy"))};
    }

    QString auditText()
    {
        auto db = workroom::storage::Database::open(profile() + QStringLiteral("/workroom.sqlite"));
        if (!db) {
            return {};
        }
        QSqlQuery query((*db)->connection());
        query.exec(QStringLiteral("SELECT action, detail FROM audit"));
        QString text;
        while (query.next()) {
            text += query.value(0).toString() + u' ' + query.value(1).toString() + u'\n';
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        RegisterTestServer::Options options;
        options.populationSize = 20000;
        server_ = std::make_unique<RegisterTestServer>(options);
        QVERIFY(server_->start());
        const RegisterMatcher &matcher = server_->engine().matcher();
        for (const RegisteredPerson &person : server_->population().persons()) {
            SearchCriteria criteria;
            criteria.familyName = person.record.familyName;
            criteria.givenNames = person.record.givenNames;
            criteria.birthDate = person.record.birthDate;
            const auto match = matcher.match(criteria);
            if (match.outcome == QueryOutcome::Found && match.person == &person
                && !person.record.previousAddresses.isEmpty()) {
                person_ = &person;
                break;
            }
        }
        QVERIFY(person_);
        useService(server_->url());
    }

    void simpleQuery()
    {
        QStringList arguments = queryArguments(person_->record);
        arguments << QStringLiteral("--json");
        const Run r = run(arguments);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject answer = r.json();
        QCOMPARE(answer.value(QStringLiteral("ergebnis")).toString(), QStringLiteral("found"));
        QCOMPARE(answer.value(QStringLiteral("person"))
                     .toObject()
                     .value(QStringLiteral("anschrift"))
                     .toObject()
                     .value(QStringLiteral("postleitzahl"))
                     .toString(),
                 person_->record.address.postalCode);
        QVERIFY(!answer.value(QStringLiteral("person"))
                     .toObject()
                     .contains(QStringLiteral("geburtsdatum")));

        const Run text = run(queryArguments(person_->record));
        QCOMPARE(text.code, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(person_->record.address.street));
        QVERIFY(text.out.startsWith("Found"));
    }

    void authorityQueryNeedsPurposeAndCase()
    {
        server_->clearRequestLog();
        QStringList arguments = queryArguments(person_->record);
        arguments << QStringLiteral("--authority") << QStringLiteral("--json");
        const Run refused = run(arguments);
        QCOMPARE(refused.code, 2);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid"));
        QCOMPARE(server_->requestCount(), 0);

        arguments << QStringLiteral("--purpose") << QStringLiteral("Vollstreckung")
                  << QStringLiteral("--case") << QStringLiteral("20.30-0007/2026");
        const Run accepted = run(arguments);
        QVERIFY2(accepted.code == 0, accepted.err.constData());
        QCOMPARE(accepted.json()
                     .value(QStringLiteral("person"))
                     .toObject()
                     .value(QStringLiteral("geburtsdatum"))
                     .toString(),
                 person_->record.birthDate.toString(Qt::ISODate));
    }

    void bulkRoundTrip()
    {
        const QString bad = dir_.filePath(QStringLiteral("bad.csv"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(
            "familienname;vornamen;geburtsdatum\nMüller;Hans;31.02.1970\nMüller;Hans;31.02.1970\n");
        badFile.close();
        server_->clearRequestLog();
        const Run refused =
            run({QStringLiteral("register"), QStringLiteral("bulk"), QStringLiteral("submit"), bad,
                 QStringLiteral("--case"), QStringLiteral("1/2026"), QStringLiteral("--purpose"),
                 QStringLiteral("Test")});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains("line 2, geburtsdatum"), refused.err.constData());
        QVERIFY(refused.err.contains("line 3"));
        QCOMPARE(server_->requestCount(), 0);

        QList<BulkRow> rows;
        for (int i = 0; i < 300; ++i) {
            const PersonRecord &record = server_->population().persons().at(i * 11).record;
            BulkRow row;
            row.reference = QStringLiteral("Z%1").arg(i);
            row.criteria.familyName = record.familyName;
            row.criteria.givenNames = record.givenNames;
            row.criteria.birthDate = record.birthDate;
            rows.append(row);
        }
        const QString good = dir_.filePath(QStringLiteral("good.csv"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(BulkCsv::writeRows(rows));
        goodFile.close();
        const Run submitted =
            run({QStringLiteral("register"), QStringLiteral("bulk"), QStringLiteral("submit"), good,
                 QStringLiteral("--case"), QStringLiteral("1/2026"), QStringLiteral("--purpose"),
                 QStringLiteral("Test"), QStringLiteral("--json")});
        QVERIFY2(submitted.code == 0, submitted.err.constData());
        const QString job = submitted.json().value(QStringLiteral("auftragsId")).toString();
        QVERIFY(!job.isEmpty());

        const Run waited =
            run({QStringLiteral("register"), QStringLiteral("bulk"), QStringLiteral("status"), job,
                 QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(waited.code == 0, waited.err.constData());
        QCOMPARE(waited.json().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(waited.json().value(QStringLiteral("bearbeitet")).toInt(), 300);

        const QString out = dir_.filePath(QStringLiteral("result.csv"));
        const Run fetched = run({QStringLiteral("register"), QStringLiteral("bulk"),
                                 QStringLiteral("fetch"), job, QStringLiteral("--out"), out});
        QVERIFY2(fetched.code == 0, fetched.err.constData());
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const auto parsed = BulkCsv::parseResult(result.readAll());
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 300);
        QCOMPARE(parsed->first().reference, QStringLiteral("Z0"));

        const Run listed =
            run({QStringLiteral("register"), QStringLiteral("jobs"), QStringLiteral("--json")});
        QVERIFY(QJsonDocument::fromJson(listed.out).array().size() >= 1);

        server_->advanceClock(8 * 86400);
        const Run expired = run({QStringLiteral("register"), QStringLiteral("bulk"),
                                 QStringLiteral("fetch"), job, QStringLiteral("--out"), out});
        server_->advanceClock(-8 * 86400);
        QCOMPARE(expired.code, 1);
        QVERIFY2(expired.err.contains("expired") && expired.err.contains("8 days"),
                 expired.err.constData());
    }

    void auditHoldsNoPersonalData()
    {
        const Run verified = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verified.code, 0);
        const QString audit = auditText();
        QVERIFY(audit.contains(QStringLiteral("register.query.simple")));
        QVERIFY(audit.contains(QStringLiteral("register.query.authority")));
        QVERIFY(audit.contains(QStringLiteral("register.bulk.fetch")));
        QVERIFY(audit.contains(QStringLiteral("Vollstreckung")));
        QVERIFY(!audit.contains(person_->record.familyName));
        QVERIFY(!audit.contains(person_->record.birthDate.toString(Qt::ISODate)));
        QVERIFY(!audit.contains(person_->record.birthDate.toString(QStringLiteral("dd.MM.yyyy"))));
        QVERIFY(!audit.contains(person_->record.address.street));
    }

    void queueWhileOffline()
    {
        useService(QUrl(QStringLiteral("http://127.0.0.1:1/")));
        QStringList arguments = queryArguments(person_->record);
        arguments << QStringLiteral("--authority") << QStringLiteral("--purpose")
                  << QStringLiteral("Vollstreckung") << QStringLiteral("--case")
                  << QStringLiteral("20.30-0007/2026");
        const Run offline = run(arguments);
        QCOMPARE(offline.code, 1);  // without consent nothing is queued
        arguments << QStringLiteral("--queue-if-offline") << QStringLiteral("--json");
        const Run queued = run(arguments);
        QVERIFY2(queued.code == 0, queued.err.constData());
        const int id = queued.json().value(QStringLiteral("queued")).toInt();
        QVERIFY(id > 0);

        useService(server_->url());
        const QString number = QString::number(id);
        const Run unconfirmed = run(
            {QStringLiteral("register"), QStringLiteral("queue"), QStringLiteral("send"), number});
        QCOMPARE(unconfirmed.code, 1);
        QVERIFY(unconfirmed.err.contains("confirm"));
        const Run sent =
            run({QStringLiteral("register"), QStringLiteral("queue"), QStringLiteral("send"),
                 number, QStringLiteral("--confirm"), QStringLiteral("--json")});
        QVERIFY2(sent.code == 0, sent.err.constData());
        QCOMPARE(sent.json().value(QStringLiteral("ergebnis")).toString(), QStringLiteral("found"));
        const Run empty = run({QStringLiteral("register"), QStringLiteral("queue"),
                               QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);
    }

    void demoRegisterWithoutSettings()
    {
        QFile::remove(profile() + QStringLiteral("/settings.ini"));
        const Run r = run({QStringLiteral("register"), QStringLiteral("query"),
                           QStringLiteral("--family-name"), QStringLiteral("Niemand"),
                           QStringLiteral("--given-names"), QStringLiteral("Keiner"),
                           QStringLiteral("--birth-date"), QStringLiteral("1999-09-09"),
                           QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("service")).toString(),
                 QStringLiteral("Demo-Register"));
        QCOMPARE(r.json().value(QStringLiteral("ergebnis")).toString(),
                 QStringLiteral("not_found"));
        useService(server_->url());
    }
};

QTEST_GUILESS_MAIN(TestRegisterCli)
#include "tst_registercli.moc"
