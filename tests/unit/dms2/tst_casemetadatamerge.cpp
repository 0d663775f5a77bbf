#include "CaseMetadataMerge.h"

#include <QJsonArray>
#include <QTest>

using namespace workroom::dms;

namespace {

QJsonObject caseDoc(const QString &subject, const QString &assignee, const QJsonArray &parties = {},
                    const QJsonArray &notes = {})
{
    return {
        {QStringLiteral("format"), 1},
        {QStringLiteral("reference"), QStringLiteral("32.10-0042/2026")},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("subject"), subject},
                                               {QStringLiteral("assignee"), assignee},
                                               {QStringLiteral("status"), QStringLiteral("new")}}},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("documents"), QJsonArray()},
        {QStringLiteral("conflicts"), QJsonArray()}};
}

QString field(const QJsonObject &doc, const char *name)
{
    return doc.value(QStringLiteral("fields")).toObject().value(QLatin1StringView(name)).toString();
}

QJsonObject person(const QString &given, const QString &family, const QString &city)
{
    QJsonObject party{{QStringLiteral("kind"), QStringLiteral("person")},
                      {QStringLiteral("givenName"), given},
                      {QStringLiteral("familyName"), family},
                      {QStringLiteral("city"), city}};
    party.insert(QStringLiteral("uid"), caseMerge::partyUid(party));
    return party;
}

QJsonObject note(const QString &uid, const QString &text)
{
    return {{QStringLiteral("uid"), uid},
            {QStringLiteral("author"), QStringLiteral("anna")},
            {QStringLiteral("createdAt"), QStringLiteral("2026-03-01T10:00:00Z")},
            {QStringLiteral("text"), text}};
}

}  // namespace

class TestCaseMetadataMerge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fieldRules_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("unchanged") << "a"
                                   << "a"
                                   << "a"
                                   << "a" << false;
        QTest::newRow("only local") << "a"
                                    << "L"
                                    << "a"
                                    << "L" << false;
        QTest::newRow("only remote") << "a"
                                     << "a"
                                     << "R"
                                     << "R" << false;
        QTest::newRow("both same") << "a"
                                   << "X"
                                   << "X"
                                   << "X" << false;
        QTest::newRow("both differ") << "a"
                                     << "L"
                                     << "R"
                                     << "R" << true;
        QTest::newRow("local emptied, remote changed") << "a"
                                                       << ""
                                                       << "R"
                                                       << "R" << false;
        QTest::newRow("remote emptied, local changed") << "a"
                                                       << "L"
                                                       << ""
                                                       << "L" << false;
        QTest::newRow("no base, differ") << ""
                                         << "L"
                                         << "R"
                                         << "R" << true;
    }

    void fieldRules()
    {
        QFETCH(QString, base);
        QFETCH(QString, local);
        QFETCH(QString, remote);
        QFETCH(QString, expected);
        QFETCH(bool, conflict);
        const auto outcome = caseMerge::merge(caseDoc(base, QStringLiteral("x")),
                                              caseDoc(local, QStringLiteral("x")),
                                              caseDoc(remote, QStringLiteral("x")));
        QCOMPARE(field(outcome.merged, "subject"), expected);
        QCOMPARE(outcome.newConflicts.size(), conflict ? 1 : 0);
        QCOMPARE(outcome.merged.value(QStringLiteral("conflicts")).toArray().size(),
                 conflict ? 1 : 0);
        if (conflict) {
            const auto &c = outcome.newConflicts.first();
            QCOMPARE(c.field, QStringLiteral("subject"));
            QCOMPARE(c.local.toString(), local);
            QCOMPARE(c.remote.toString(), remote);
        }
    }

    void differentFieldsBothKept()
    {
        const auto base = caseDoc(QStringLiteral("s"), QStringLiteral("a"));
        const auto outcome =
            caseMerge::merge(base, caseDoc(QStringLiteral("S2"), QStringLiteral("a")),
                             caseDoc(QStringLiteral("s"), QStringLiteral("bob")));
        QCOMPARE(field(outcome.merged, "subject"), QStringLiteral("S2"));
        QCOMPARE(field(outcome.merged, "assignee"), QStringLiteral("bob"));
        QVERIFY(outcome.newConflicts.isEmpty());
        QVERIFY(outcome.localChanged);
        QVERIFY(outcome.remoteChanged);
    }

    void conflictIsRecordedOnceAndTravels()
    {
        const auto base = caseDoc(QStringLiteral("s"), QStringLiteral("a"));
        const auto first = caseMerge::merge(base, caseDoc(QStringLiteral("L"), QStringLiteral("a")),
                                            caseDoc(QStringLiteral("R"), QStringLiteral("a")));
        QCOMPARE(first.newConflicts.size(), 1);
        // The other client reads the merged file: it knows the conflict, nothing new is found.
        const auto second = caseMerge::merge(first.merged, first.merged, first.merged);
        QVERIFY(second.newConflicts.isEmpty());
        QCOMPARE(second.merged.value(QStringLiteral("conflicts")).toArray().size(), 1);
        QVERIFY(!second.localChanged);
        QVERIFY(!second.remoteChanged);
        // Found again from the other side (local and remote swapped): the same id.
        const auto swapped =
            caseMerge::merge(base, caseDoc(QStringLiteral("R"), QStringLiteral("a")),
                             caseDoc(QStringLiteral("L"), QStringLiteral("a")));
        QCOMPARE(swapped.newConflicts.first().id, first.newConflicts.first().id);
    }

    void caseIdentityIsNotAField()
    {
        auto local = caseDoc(QStringLiteral("s"), QStringLiteral("a"));
        auto remote = local;
        local.insert(QStringLiteral("caseUid"), QStringLiteral("L"));
        remote.insert(QStringLiteral("caseUid"), QStringLiteral("R"));
        const auto outcome = caseMerge::merge({}, local, remote);
        QCOMPARE(outcome.merged.value(QStringLiteral("caseUid")).toString(), QStringLiteral("R"));
        QVERIFY(outcome.newConflicts.isEmpty());
        remote.remove(QStringLiteral("caseUid"));
        QCOMPARE(
            caseMerge::merge({}, local, remote).merged.value(QStringLiteral("caseUid")).toString(),
            QStringLiteral("L"));
    }

    void notesAreUnited()
    {
        const QJsonArray common{note(QStringLiteral("n1"), QStringLiteral("first"))};
        QJsonArray local = common;
        local.append(note(QStringLiteral("n2"), QStringLiteral("local")));
        QJsonArray remote = common;
        remote.append(note(QStringLiteral("n3"), QStringLiteral("remote")));
        const auto outcome = caseMerge::merge(
            caseDoc(QStringLiteral("s"), QStringLiteral("a"), {}, common),
            caseDoc(QStringLiteral("s"), QStringLiteral("a"), {}, local),
            caseDoc(QStringLiteral("s"), QStringLiteral("a"), {}, {QJsonArray{remote}}));
        QCOMPARE(outcome.merged.value(QStringLiteral("notes")).toArray().size(), 3);
    }

    void partiesByIdentity()
    {
        const auto anna =
            person(QStringLiteral("Anna"), QStringLiteral("Müller"), QStringLiteral("Kiel"));
        const auto otto =
            person(QStringLiteral("Otto"), QStringLiteral("Weber"), QStringLiteral("Ulm"));
        // The same person entered on both computers is one party.
        QCOMPARE(caseMerge::partyUid(anna),
                 caseMerge::partyUid(person(QStringLiteral(" anna"), QStringLiteral("MÜLLER"),
                                            QStringLiteral("x"))));
        const auto base = caseDoc(QStringLiteral("s"), QStringLiteral("a"), {anna, otto});
        // Local removes Otto; remote changes Anna's city: Otto goes, Anna's city comes.
        auto annaMoved = anna;
        annaMoved.insert(QStringLiteral("city"), QStringLiteral("Bonn"));
        const auto outcome =
            caseMerge::merge(base, caseDoc(QStringLiteral("s"), QStringLiteral("a"), {anna}),
                             caseDoc(QStringLiteral("s"), QStringLiteral("a"), {annaMoved, otto}));
        const QJsonArray parties = outcome.merged.value(QStringLiteral("parties")).toArray();
        QCOMPARE(parties.size(), 1);
        QCOMPARE(parties.first().toObject().value(QStringLiteral("city")).toString(),
                 QStringLiteral("Bonn"));
        // Removed on one side, changed on the other: the changed one stays.
        const auto kept =
            caseMerge::merge(base, caseDoc(QStringLiteral("s"), QStringLiteral("a"), {otto}),
                             caseDoc(QStringLiteral("s"), QStringLiteral("a"), {annaMoved, otto}));
        QCOMPARE(kept.merged.value(QStringLiteral("parties")).toArray().size(), 2);
        QVERIFY(kept.newConflicts.isEmpty());
    }

    void documentVersionsUnited()
    {
        const auto version = [](const char *sha, const char *at) {
            return QJsonObject{{QStringLiteral("sha256"), QLatin1StringView(sha)},
                               {QStringLiteral("addedAt"), QLatin1StringView(at)}};
        };
        const QJsonObject docBase{{QStringLiteral("uid"), QStringLiteral("d1")},
                                  {QStringLiteral("title"), QStringLiteral("Antrag")},
                                  {QStringLiteral("versions"), QJsonArray{version("aa", "1")}}};
        QJsonObject docLocal = docBase;
        docLocal.insert(QStringLiteral("versions"),
                        QJsonArray{version("aa", "1"), version("bb", "2")});
        QJsonObject docRemote = docBase;
        docRemote.insert(QStringLiteral("versions"),
                         QJsonArray{version("aa", "1"), version("cc", "3")});
        auto withDocs = [](const QJsonArray &docs) {
            auto doc = caseDoc(QStringLiteral("s"), QStringLiteral("a"));
            doc.insert(QStringLiteral("documents"), docs);
            return doc;
        };
        const auto outcome =
            caseMerge::merge(withDocs({docBase}), withDocs({docLocal}), withDocs({docRemote}));
        const auto docs = outcome.merged.value(QStringLiteral("documents")).toArray();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.first().toObject().value(QStringLiteral("versions")).toArray().size(), 3);
        QVERIFY(outcome.newConflicts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseMetadataMerge)
#include "tst_casemetadatamerge.moc"
