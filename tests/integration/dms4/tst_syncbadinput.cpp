// Bad input from the DMS at the level of a whole sync (issue 6, "Bad input"): every fault is
// injected into one item of a real sync against a real Apache (through FaultProxy where Apache
// cannot be made to misbehave), and each case checks the same three things: the failure names
// the item (or, where nothing can go on, the whole sync fails clearly), the other items are
// synced in the same run, and once the fault is gone the next syncs converge: both profiles
// equal, no duplicates, every content file intact.
#include "DavPath.h"
#include "DmsTestProfiles.h"
#include "FaultProxy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

#include <unistd.h>

using namespace workroom;
using namespace workroom::dms;
using namespace dmstest;

namespace {

// The changed subjects of the two cases every test starts with.
const QString kEditedOne = QStringLiteral("Bauantrag Gartenhaus, geändert");
const QString kEditedTwo = QStringLiteral("Straßenfest, geändert");

QString joined(const SyncSummary &summary)
{
    return summary.errors.join(QLatin1Char('\n'));
}

// The activity list says what failed: an entry of kind Failed or RetryLater about the case
// (its reference as the item, or the folder in the message).
bool activityNames(const SyncSummary &summary, const QString &reference, const QString &folder)
{
    for (const SyncActivity &entry : summary.activity) {
        if ((entry.kind == SyncActivity::Kind::Failed
             || entry.kind == SyncActivity::Kind::RetryLater)
            && (entry.item == reference || entry.item.contains(folder)
                || entry.message.contains(folder))) {
            return true;
        }
    }
    return false;
}

// One profile on one computer, linked to one collection through the fault proxy.
struct Client : DmsProfile {
    SyncLink link;

    bool open(const SyncLink &to, const DavCapabilities &caps, const QString &pattern)
    {
        link = to;
        return openProfile(to.user, pattern) && WorkroomSync::storeCapabilities(*journal, caps);
    }

    Result<SyncSummary> run() { return runSync(link); }

    // A sync that must go through without any error.
    bool clean()
    {
        auto summary = run();
        if (!summary) {
            qWarning() << "sync failed:" << summary.error().message;
            return false;
        }
        if (!summary->ok() || !summary->errors.isEmpty()) {
            qWarning() << "sync reported:" << joined(*summary);
            return false;
        }
        return true;
    }

    qint64 addCase(const QString &plan, const QString &subject)
    {
        domain::Party party;
        party.givenName = QStringLiteral("Jörg");
        party.familyName = QStringLiteral("Weiß");
        auto created = workspace->cases().createCase(draft(plan, subject), {party}, link.user);
        return created ? created->id : 0;
    }

    QString reference(qint64 caseId)
    {
        auto record = workspace->cases().caseById(caseId);
        return record ? record->reference : QString();
    }

    QString subjectOf(const QString &reference)
    {
        for (const domain::CaseRecord &record : cases()) {
            if (record.reference == reference) {
                return record.subject;
            }
        }
        return {};
    }

    // Everything a sync must carry, by reference number, in a form two profiles can compare:
    // fields, parties, notes, documents with their versions (and whether the bytes are here).
    QMap<QString, QString> snapshot()
    {
        QMap<QString, QString> out;
        storage::CaseQuery query;
        query.workroomId = roomId;
        auto rows = workspace->cases().listCases(query, 0, 1000);
        if (!rows) {
            return {{QStringLiteral("error"), rows.error().message}};
        }
        for (const storage::CaseListRow &row : *rows) {
            auto record = workspace->cases().caseById(row.id);
            auto parties = workspace->cases().parties(row.id);
            auto notes = workspace->cases().notes(row.id);
            auto documents = workspace->cases().documents(row.id);
            if (!record || !parties || !notes || !documents) {
                return {{QStringLiteral("error"), row.reference}};
            }
            QStringList lines{record->subject, domain::statusKey(record->status), record->assignee};
            for (const domain::Party &p : *parties) {
                lines << QStringLiteral("party %1 %2").arg(p.givenName, p.familyName);
            }
            for (const domain::Note &n : *notes) {
                lines << QStringLiteral("note %1").arg(n.text);
            }
            QStringList docs;
            for (const domain::Document &d : *documents) {
                QString doc = QStringLiteral("doc %1:").arg(d.title);
                for (const domain::DocumentVersion &v : d.versions) {
                    auto intact = workspace->blobs().verify(v.sha256);
                    doc += QStringLiteral(" %1 %2 %3 %4")
                               .arg(v.sha256, v.originalFileName)
                               .arg(v.size)
                               .arg(intact && *intact ? QStringLiteral("intact")
                                                      : QStringLiteral("MISSING"));
                }
                docs << doc;
            }
            docs.sort();
            lines << docs;
            if (out.contains(row.reference)) {
                out.insert(row.reference + QStringLiteral(" (DUPLICATE)"), lines.join(u'\n'));
            } else {
                out.insert(row.reference, lines.join(u'\n'));
            }
        }
        return out;
    }
};

QByteArray pdfBytes(const QByteArray &tag, int size = 20000)
{
    QByteArray pdf("%PDF-1.4\n% " + tag + "\n");
    pdf.append(QByteArray(size, 'x'));
    return pdf;
}

}  // namespace

class TestSyncBadInput : public QObject {
    Q_OBJECT

private:
    ApacheDavServer server_;
    std::unique_ptr<FaultProxy> proxy_;
    DavCapabilities caps_;
    int rooms_ = 0;
    QString room_;  // the current test's collection, e.g. "room7/"
    std::unique_ptr<Client> a_;
    std::unique_ptr<Client> b_;

    // Two fresh profiles on a fresh collection.
    bool twoClients(const QString &pattern = kPattern)
    {
        room_ = QStringLiteral("room%1/").arg(++rooms_);
        if (!makeCollection(server_, room_)) {
            return false;
        }
        a_ = std::make_unique<Client>();
        b_ = std::make_unique<Client>();
        return a_->open(link(QStringLiteral("alice")), caps_, pattern)
               && b_->open(link(QStringLiteral("bob")), caps_, pattern);
    }

    SyncLink link(const QString &user) const
    {
        return {proxy_->url(room_), user, server_.password(user), {}};
    }

    // The path of a case's folder on the wire (as FaultProxy sees it) and on Apache's disk.
    QByteArray wire(const QString &folder) const
    {
        return "/dav/" + DavPath::encode(room_ + QStringLiteral("cases/") + folder);
    }
    QString disk(const QString &relative) const
    {
        return server_.davRoot() + QLatin1Char('/') + room_ + relative;
    }
    QJsonObject caseJsonOnServer(const QString &folder) const
    {
        QFile file(disk(QStringLiteral("cases/") + folder + QStringLiteral("/case.json")));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    QString subjectOnServer(const QString &folder) const
    {
        return caseJsonOnServer(folder)
            .value(QStringLiteral("fields"))
            .toObject()
            .value(QStringLiteral("subject"))
            .toString();
    }
    // What the test puts into Apache's document root must belong to Apache's user (www-data
    // when the tests run as root), or Apache cannot write beside it later.
    bool ownedByServer(const QString &path) const
    {
        const QFileInfo root(server_.davRoot());
        return ::chown(QFile::encodeName(path).constData(), root.ownerId(), root.groupId()) == 0;
    }
    static QString folderOf(const QString &reference)
    {
        return QString(reference).replace(QLatin1Char('/'), QLatin1Char('_'));
    }

    // After the fault is gone: a few rounds, then both profiles say the same and the last round
    // on each has nothing left to do.
    void converge()
    {
        proxy_->clearRules();
        proxy_->passThrough();
        QVERIFY(a_->clean());
        QVERIFY(b_->clean());
        QVERIFY(a_->clean());
        QVERIFY(b_->clean());
        const auto onA = a_->snapshot();
        const auto onB = b_->snapshot();
        QCOMPARE(onA, onB);
        for (auto it = onA.cbegin(); it != onA.cend(); ++it) {
            QVERIFY2(!it.key().contains(QLatin1String("DUPLICATE")), qPrintable(it.key()));
            QVERIFY2(!it.value().contains(QLatin1String("MISSING")), qPrintable(it.value()));
        }
        auto again = a_->run();
        QVERIFY(again);
        QCOMPARE(again->casesWritten, 0);
        QCOMPARE(again->casesApplied, 0);
        QCOMPARE(again->uploaded, 0);
    }

    // The common start: two fresh profiles, two cases made on A and synced to B; `one` is 0 if
    // that failed.
    struct Start {
        qint64 one = 0;
        qint64 two = 0;
        QString folderOne;
        QString folderTwo;
    };
    Start startWithTwoCases()
    {
        Start s;
        if (!twoClients()) {
            return s;
        }
        s.one = a_->addCase(QStringLiteral("32.10"), QStringLiteral("Bauantrag Gartenhaus"));
        s.two = a_->addCase(QStringLiteral("32.20"), QStringLiteral("Sondernutzung Straßenfest"));
        a_->addVersion(s.one, QStringLiteral("Antrag"), QStringLiteral("antrag.pdf"),
                       pdfBytes("one"));
        a_->addVersion(s.two, QStringLiteral("Lageplan"), QStringLiteral("lageplan.pdf"),
                       pdfBytes("two"));
        s.folderOne = folderOf(a_->reference(s.one));
        s.folderTwo = folderOf(a_->reference(s.two));
        if (!a_->clean() || !b_->clean()) {
            s.one = 0;
        }
        return s;
    }
    bool editBoth(const Start &s)
    {
        return a_->setSubject(s.one, kEditedOne) && a_->setSubject(s.two, kEditedTwo);
    }
    // A new document "Bescheid" in a case on A; its SHA-256.
    QString addBescheid(qint64 caseId, const QByteArray &tag = "new", int size = 20000)
    {
        return a_->addVersion(caseId, QStringLiteral("Bescheid"), QStringLiteral("bescheid.pdf"),
                              pdfBytes(tag, size));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ApacheDavServer::Options options;
        options.https = false;
        QVERIFY2(server_.start(options), qPrintable(server_.errorString()));
        proxy_ = std::make_unique<FaultProxy>(server_.httpPort());
        QVERIFY(proxy_->listen());
        QVERIFY(makeCollection(server_, QStringLiteral("probe/")));
        auto caps = probeCollection(server_, QStringLiteral("probe/"));
        QVERIFY(caps);
        caps_ = *caps;
    }

    void init() { proxy_->clearRules(); }
    void cleanup()
    {
        proxy_->clearRules();
        proxy_->passThrough();
    }

    // One item answered with an error status: a PUT of one content file, a PUT of one
    // case.json, a GET of one case.json. The other case goes through in the same run.
    void statusOnOneItem_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("target");
        const QList<std::pair<int, QByteArray>> statuses{
            {403, "Forbidden"},           {404, "Not Found"}, {409, "Conflict"},
            {412, "Precondition Failed"}, {423, "Locked"},    {507, "Insufficient Storage"}};
        for (const auto &[status, reason] : statuses) {
            for (const QString &target :
                 {QStringLiteral("content PUT"), QStringLiteral("case.json PUT"),
                  QStringLiteral("case.json GET")}) {
                QTest::addRow("%d %s", status, qPrintable(target)) << status << target;
            }
        }
    }
    void statusOnOneItem()
    {
        QFETCH(int, status);
        QFETCH(QString, target);
        const Start s = startWithTwoCases();
        QVERIFY(s.one != 0);

        // New on A: a version in case one, a changed subject in both cases.
        const QString sha = addBescheid(s.one);
        QVERIFY(!sha.isEmpty());
        QVERIFY(editBoth(s));

        FaultProxy::Rule rule;
        rule.response = FaultProxy::statusResponse(status, "Injected");
        if (target == QLatin1String("content PUT")) {
            rule.method = "PUT";
            rule.pathEndsWith = wire(s.folderOne) + "/content/" + sha.toLatin1();
        } else {
            rule.method = target.endsWith(QLatin1String("PUT")) ? "PUT" : "GET";
            rule.pathEndsWith = wire(s.folderOne) + "/case.json";
        }
        proxy_->addRule(rule);
        Client &faulted = target == QLatin1String("case.json GET") ? *b_ : *a_;
        if (&faulted == b_.get()) {
            // B reads what A wrote.
            proxy_->clearRules();
            QVERIFY(a_->clean());
            proxy_->addRule(rule);
        }
        auto summary = faulted.run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QVERIFY(proxy_->ruleHits() > 0);
        QVERIFY2(!summary->errors.isEmpty(), "the fault was not reported");
        QVERIFY2(joined(*summary).contains(s.folderOne), qPrintable(joined(*summary)));
        QVERIFY2(!joined(*summary).contains(s.folderTwo), qPrintable(joined(*summary)));
        QVERIFY(activityNames(*summary, a_->reference(s.one), s.folderOne));
        // The other case went on.
        QCOMPARE(subjectOnServer(s.folderTwo), kEditedTwo);
        if (&faulted == b_.get()) {
            QCOMPARE(b_->subjectOf(a_->reference(s.two)), kEditedTwo);
        }
        converge();
    }

    // A 401 in the middle of a sync (the password changed on the server meanwhile): a clear
    // word about the login, whether the sync stops there or goes on with the other items.
    void unauthorizedMidSync()
    {
        const Start s = startWithTwoCases();
        QVERIFY(s.one != 0);
        QVERIFY(editBoth(s));
        const auto before = a_->snapshot();
        FaultProxy::Rule rule;
        rule.method = "PUT";
        rule.pathEndsWith = wire(s.folderOne) + "/case.json";
        rule.response = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"dav\"\r\n"
                        "Content-Length: 0\r\nConnection: close\r\n\r\n";
        proxy_->addRule(rule);
        auto summary = a_->run();
        QVERIFY(proxy_->ruleHits() > 0);
        const QString said = summary ? joined(*summary) : summary.error().message;
        QVERIFY2(said.contains(QLatin1String("password")), qPrintable(said));
        QCOMPARE(a_->snapshot(), before);
        converge();
    }

    // Someone else's program left case.json files that are not what Workroom writes: one that
    // is not JSON, one that names a "content file" outside the case folder. Each is refused on
    // its own; nothing local refers to bytes that are not there.
    void foreignCaseJson()
    {
        const Start s = startWithTwoCases();
        QVERIFY(s.one != 0);
        QVERIFY(a_->setSubject(s.two, kEditedTwo));
        const auto put = [this](const QString &folder, const QByteArray &bytes) {
            const QString dir = disk(QStringLiteral("cases/") + folder);
            QDir().mkpath(dir);
            QFile file(dir + QStringLiteral("/case.json"));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()
                   && ownedByServer(dir) && ownedByServer(file.fileName());
        };
        QVERIFY(put(QStringLiteral("32.98-0001_2026"), "{ \"format\": 1, \"reference\": "));
        const QJsonObject evil{
            {QStringLiteral("format"), 1},
            {QStringLiteral("reference"), QStringLiteral("32.99-0001/2026")},
            {QStringLiteral("filePlanCode"), QStringLiteral("32.99")},
            {QStringLiteral("year"), 2026},
            {QStringLiteral("sequence"), 1},
            {QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Fremd")}}},
            {QStringLiteral("documents"),
             QJsonArray{QJsonObject{{QStringLiteral("uid"), QStringLiteral("d-1")},
                                    {QStringLiteral("title"), QStringLiteral("Böse")},
                                    {QStringLiteral("kind"), QStringLiteral("attachment")},
                                    {QStringLiteral("versions"),
                                     QJsonArray{QJsonObject{{QStringLiteral("sha256"),
                                                             QStringLiteral("../../../etc/passwd")},
                                                            {QStringLiteral("size"), 10}}}}}}}};
        QVERIFY(put(QStringLiteral("32.99-0001_2026"), QJsonDocument(evil).toJson()));

        auto summary = a_->run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QVERIFY2(joined(*summary).contains(QLatin1String("32.99-0001_2026")),
                 qPrintable(joined(*summary)));
        QVERIFY(activityNames(*summary, QStringLiteral("32.99-0001/2026"),
                              QStringLiteral("32.99-0001_2026")));
        // Refused as a whole, not taken half.
        QVERIFY(!a_->snapshot().contains(QStringLiteral("32.99-0001/2026")));
        QVERIFY2(joined(*summary).contains(QLatin1String("32.98-0001_2026")),
                 qPrintable(joined(*summary)));
        QCOMPARE(subjectOnServer(s.folderTwo), kEditedTwo);
        const auto onA = a_->snapshot();
        for (auto it = onA.cbegin(); it != onA.cend(); ++it) {
            QVERIFY2(!it.value().contains(QLatin1String("MISSING")), qPrintable(it.value()));
            QVERIFY2(!it.value().contains(QLatin1String("passwd")), qPrintable(it.value()));
        }
        QVERIFY(QDir(disk(QStringLiteral("cases/32.98-0001_2026"))).removeRecursively());
        QVERIFY(QDir(disk(QStringLiteral("cases/32.99-0001_2026"))).removeRecursively());
        converge();
    }

    // Every upload breaks off (the server goes down whenever something is sent): all of it
    // stays pending as transient trouble, nothing is marked done, and the next sync sends it.
    void everyUploadBreaksOff()
    {
        const Start s = startWithTwoCases();
        QVERIFY(s.one != 0);
        const QString sha = addBescheid(s.one);
        QVERIFY(editBoth(s));
        FaultProxy::Rule rule;
        rule.method = "PUT";
        rule.action = FaultProxy::Rule::Action::CutRequestAfter;
        rule.bytes = 200;
        proxy_->addRule(rule);
        auto summary = a_->run();
        QVERIFY(proxy_->ruleHits() > 0);
        if (summary) {
            QVERIFY(summary->retryLater > 0);
            QVERIFY(!summary->errors.isEmpty());
        } else {
            QCOMPARE(summary.error().code, DmsErrorCode::Network);
        }
        QVERIFY(!QFile::exists(
            disk(QStringLiteral("cases/") + s.folderOne + QStringLiteral("/content/") + sha)));
        auto counts = a_->journal->counts();
        QVERIFY(counts);
        QVERIFY(counts->pending > 0);
        converge();
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(b_->workspace->blobs().contains(sha));
    }

    // The server lists cases/ with unreadable XML: told, and the cases known here still go.
    void malformedListing()
    {
        const Start s = startWithTwoCases();
        QVERIFY(s.one != 0);
        QVERIFY(a_->setSubject(s.two, kEditedTwo));
        const qint64 three = a_->addCase(QStringLiteral("32.30"), QStringLiteral("Neu"));
        QVERIFY(a_->clean());

        FaultProxy::Rule rule;
        rule.method = "PROPFIND";
        const QByteArray broken = "<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\"><D:resp";
        rule.response = "HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\n"
                        "Content-Length: "
                        + QByteArray::number(broken.size()) + "\r\n\r\n" + broken;
        proxy_->addRule(rule);
        QVERIFY(b_->setSubject(s.one, QStringLiteral("Auf B geändert")));
        auto summary = b_->run();
        QVERIFY(proxy_->ruleHits() > 0);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QVERIFY2(joined(*summary).contains(QLatin1String("cases/")), qPrintable(joined(*summary)));
        // The cases B knows went on; the new one waits for a readable listing.
        QCOMPARE(subjectOnServer(s.folderOne), QStringLiteral("Auf B geändert"));
        QCOMPARE(b_->subjectOf(a_->reference(s.two)), kEditedTwo);
        converge();
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(b_->snapshot().contains(a_->reference(three)));
    }

    // A Content-Length that does not match the body, on the GET of a content file and of a
    // case.json: the download is discarded, never kept half or wrong.
    void wrongContentLength_data()
    {
        QTest::addColumn<qint64>("shift");
        QTest::addColumn<bool>("content");
        QTest::newRow("content, announced more") << qint64(100) << true;
        QTest::newRow("content, announced less") << qint64(-100) << true;
        QTest::newRow("case.json, announced more") << qint64(10) << false;
        QTest::newRow("case.json, announced less") << qint64(-10) << false;
    }
    void wrongContentLength()
    {
        QFETCH(qint64, shift);
        QFETCH(bool, content);
        const Start s = startWithTwoCases();
        QVERIFY(s.one != 0);
        const QString sha = addBescheid(s.one);
        QVERIFY(a_->setSubject(s.two, kEditedTwo));
        QVERIFY(a_->clean());

        FaultProxy::Rule rule;
        rule.method = "GET";
        rule.action = FaultProxy::Rule::Action::ShiftContentLength;
        rule.bytes = shift;
        rule.pathEndsWith =
            wire(s.folderOne)
            + (content ? QByteArray("/content/" + sha.toLatin1()) : QByteArray("/case.json"));
        proxy_->addRule(rule);
        auto summary = b_->run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QVERIFY(proxy_->ruleHits() > 0);
        QVERIFY2(joined(*summary).contains(s.folderOne), qPrintable(joined(*summary)));
        QVERIFY(activityNames(*summary, a_->reference(s.one), s.folderOne));
        QVERIFY(!b_->workspace->blobs().contains(sha));
        QCOMPARE(b_->subjectOf(a_->reference(s.two)), kEditedTwo);
        converge();
    }

    // A wrong password stops the whole sync with a clear message; nothing local is touched.
    void wrongPassword()
    {
        const Start s = startWithTwoCases();
        QVERIFY(s.one != 0);
        QVERIFY(a_->setSubject(s.one, kEditedOne));
        addBescheid(s.one);
        const auto before = a_->snapshot();
        a_->link.password = QStringLiteral("falsch");
        auto summary = a_->run();
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, DmsErrorCode::AuthenticationFailed);
        QVERIFY2(summary.error().message.contains(QLatin1String("password")),
                 qPrintable(summary.error().message));
        QCOMPARE(a_->snapshot(), before);
        a_->link.password = server_.password(QStringLiteral("alice"));
        converge();
    }

    // A redirect to another host is refused, and the other host hears nothing (no credentials).
    void redirectElsewhere()
    {
        const Start s = startWithTwoCases();
        QVERIFY(s.one != 0);
        QVERIFY(editBoth(s));
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
        int heard = 0;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = elsewhere.nextPendingConnection()) {
                ++heard;
                socket->abort();
            }
        });
        FaultProxy::Rule rule;
        rule.method = "GET";
        rule.pathEndsWith = wire(s.folderOne) + "/case.json";
        rule.response = "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:"
                        + QByteArray::number(elsewhere.serverPort()) + wire(s.folderOne)
                        + "/case.json\r\nContent-Length: 0\r\n\r\n";
        proxy_->addRule(rule);
        // An upload sent elsewhere (307 keeps the method and body) is refused as well.
        const QString sha = addBescheid(s.two);
        FaultProxy::Rule upload;
        upload.method = "PUT";
        upload.pathEndsWith = wire(s.folderTwo) + "/content/" + sha.toLatin1();
        upload.response = "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.2:"
                          + QByteArray::number(elsewhere.serverPort()) + upload.pathEndsWith
                          + "\r\nContent-Length: 0\r\n\r\n";
        proxy_->addRule(upload);
        auto summary = a_->run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(proxy_->ruleHits(), 2);
        QVERIFY2(joined(*summary).contains(s.folderOne), qPrintable(joined(*summary)));
        QVERIFY2(joined(*summary).contains(sha), qPrintable(joined(*summary)));
        QVERIFY2(joined(*summary).contains(QLatin1String("another server")),
                 qPrintable(joined(*summary)));
        QCoreApplication::processEvents();
        QCOMPARE(heard, 0);
        QCOMPARE(subjectOnServer(s.folderTwo), kEditedTwo);
        converge();
    }

    // A plain file where a case folder is (someone on the DMS moved the folder away and put a
    // file there), and where a new case's content folder would go.
    void fileInPlaceOfCollection()
    {
        const Start s = startWithTwoCases();
        QVERIFY(s.one != 0);
        QVERIFY(editBoth(s));
        const qint64 three = a_->addCase(QStringLiteral("32.30"), QStringLiteral("Neu mit Datei"));
        const QString shaThree = a_->addVersion(three, QStringLiteral("Foto"),
                                                QStringLiteral("foto.pdf"), pdfBytes("three"));
        const QString folderThree = folderOf(a_->reference(three));

        const QString one = disk(QStringLiteral("cases/") + s.folderOne);
        QVERIFY(QDir().rename(one, one + QStringLiteral(".away")));
        QFile plain(one);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("not a folder\n");
        plain.close();
        QVERIFY(ownedByServer(one));
        const QString contentThree =
            disk(QStringLiteral("cases/") + folderThree + QStringLiteral("/content"));
        QVERIFY(QDir().mkpath(QFileInfo(contentThree).path()));
        QVERIFY(ownedByServer(QFileInfo(contentThree).path()));
        QFile blocker(contentThree);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder either\n");
        blocker.close();
        QVERIFY(ownedByServer(contentThree));

        auto summary = a_->run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QVERIFY2(joined(*summary).contains(s.folderOne), qPrintable(joined(*summary)));
        QVERIFY2(joined(*summary).contains(folderThree), qPrintable(joined(*summary)));
        QCOMPARE(subjectOnServer(s.folderTwo), kEditedTwo);
        // B meanwhile: told about what it cannot read, the rest goes on.
        auto onB = b_->run();
        QVERIFY2(onB, onB ? "" : qPrintable(onB.error().message));
        QCOMPARE(b_->subjectOf(a_->reference(s.two)), kEditedTwo);

        // The DMS is put right again.
        QVERIFY(QFile::remove(one));
        QVERIFY(QDir().rename(one + QStringLiteral(".away"), one));
        QVERIFY(QFile::remove(contentThree));
        converge();
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(b_->workspace->blobs().contains(shaThree));
    }

    // Umlauts, spaces, '#' and '%' in reference numbers (the workroom's pattern), document
    // titles and original file names; two documents whose names differ only in case.
    void awkwardNames()
    {
        QVERIFY(twoClients(QStringLiteral("Bü #{plan} %{seq:4}/{year} ä")));
        const qint64 one =
            a_->addCase(QStringLiteral("32.10"), QStringLiteral("Größe #1 100% Straße"));
        const qint64 two = a_->addCase(QStringLiteral("32.10"), QStringLiteral("Zweiter"));
        QVERIFY(one != 0 && two != 0);
        const QString reference = a_->reference(one);
        QVERIFY2(reference.contains(QLatin1Char('#')) && reference.contains(QLatin1Char('%')),
                 qPrintable(reference));
        QVERIFY(!a_->addVersion(one, QStringLiteral("Bescheid über Gebühren #1 (100%)"),
                                QStringLiteral("Bescheid Ä #1 100%.pdf"), pdfBytes("upper"))
                     .isEmpty());
        QVERIFY(!a_->addVersion(one, QStringLiteral("bescheid über gebühren #1 (100%)"),
                                QStringLiteral("bescheid ä #1 100%.PDF"), pdfBytes("lower"))
                     .isEmpty());
        QVERIFY(!a_->addVersion(two, QStringLiteral("%41 %2F %%"), QStringLiteral("%41%2F.pdf"),
                                pdfBytes("escapes"))
                     .isEmpty());
        QVERIFY(a_->clean());
        QVERIFY(QFile::exists(
            disk(QStringLiteral("cases/") + folderOf(reference) + QStringLiteral("/case.json"))));
        QVERIFY(b_->clean());
        const auto onB = b_->snapshot();
        QCOMPARE(onB.size(), 2);
        QVERIFY(onB.contains(reference));
        converge();
    }

    // The connection breaks in the middle of a case.json PUT and of a content download.
    void serverDiesMidTransfer()
    {
        const Start s = startWithTwoCases();
        QVERIFY(s.one != 0);
        const QString sha = addBescheid(s.one, "big", 400000);
        QVERIFY(editBoth(s));

        FaultProxy::Rule put;
        put.method = "PUT";
        put.pathEndsWith = wire(s.folderOne) + "/case.json";
        put.action = FaultProxy::Rule::Action::CutRequestAfter;
        put.bytes = 400;  // the head and a little of the body
        proxy_->addRule(put);
        auto summary = a_->run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QVERIFY(proxy_->ruleHits() > 0);
        QVERIFY2(joined(*summary).contains(s.folderOne), qPrintable(joined(*summary)));
        // Apache never keeps a half-written PUT.
        const QJsonObject onServer = caseJsonOnServer(s.folderOne);
        QVERIFY(!onServer.isEmpty());
        QCOMPARE(onServer.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("subject"))
                     .toString(),
                 QStringLiteral("Bauantrag Gartenhaus"));
        proxy_->clearRules();
        QVERIFY(a_->clean());

        FaultProxy::Rule get;
        get.method = "GET";
        get.pathEndsWith = wire(s.folderOne) + "/content/" + sha.toLatin1();
        get.action = FaultProxy::Rule::Action::CutResponseAfter;
        get.bytes = 100000;
        proxy_->addRule(get);
        auto onB = b_->run();
        QVERIFY2(onB, onB ? "" : qPrintable(onB.error().message));
        QVERIFY(proxy_->ruleHits() > 0);
        QVERIFY2(joined(*onB).contains(s.folderOne), qPrintable(joined(*onB)));
        QVERIFY(!b_->workspace->blobs().contains(sha));
        // No half download left beside the blob store.
        const QDir profile(b_->profile.path());
        QVERIFY2(profile.entryList({QStringLiteral("dms-download-*")}, QDir::AllEntries).isEmpty(),
                 qPrintable(profile.entryList().join(u' ')));
        QCOMPARE(b_->subjectOf(a_->reference(s.two)), kEditedTwo);
        converge();
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(b_->workspace->blobs().contains(sha));
    }
};

QTEST_GUILESS_MAIN(TestSyncBadInput)
#include "tst_syncbadinput.moc"
