#include "Database.h"
#include "SearchIndex.h"

#include <QTemporaryDir>
#include <QTest>

using namespace workroom::storage;

class TestSearchIndex : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    std::unique_ptr<Database> db_;

    static QSet<qint64> asSet(const QList<qint64> &ids) { return {ids.begin(), ids.end()}; }

    QList<qint64> cases(const QString &query)
    {
        return SearchIndex(*db_).matchingCases(query, 50).value_or(QList<qint64>{-1});
    }

private slots:
    void initTestCase()
    {
        db_ = std::move(Database::open(tmp_.filePath(QStringLiteral("s.sqlite"))).value());
        SearchIndex index(*db_);
        // Case ids are only numbers here: the index does not need the rows to exist.
        const auto put = [&](SearchSource source, qint64 id, qint64 caseId, const char *title,
                             const char *body) {
            QVERIFY(index.put(source, id, caseId, QString::fromUtf8(title), QString::fromUtf8(body))
                        .has_value());
        };
        put(SearchSource::Case, 1, 1, "32.10-0001/2026 Anmeldung einer Wohnung",
            "Anna Müller Musterstraße 5 01234 Musterstadt");
        put(SearchSource::Case, 2, 2, "32.30-0002/2026 Gewerbeanmeldung Bäckerei",
            "Jörg Weißbeispiel Große Gasse 1");
        put(SearchSource::Note, 3, 2, "", "Der Antragsteller José Núñez rief wegen der Größe an.");
        put(SearchSource::DocumentVersion, 4, 3, "Antrag.pdf",
            "Antrag auf Meldebescheinigung <script>alert(1)</script> für Herrn Mueller");
        put(SearchSource::Case, 5, 5, "32.10-0005/2026 Wohnung Müller",
            "Umzug innerhalb Musterstadt");
    }

    void findsUmlautsEitherWay()
    {
        const QSet<qint64> muller{1, 5};
        QCOMPARE(asSet(cases(QStringLiteral("Müller"))), muller);
        QCOMPARE(asSet(cases(QStringLiteral("muller"))), muller);
        // Typed as "ue" it finds Müller too, and the document that spells it "Mueller".
        QCOMPARE(asSet(cases(QStringLiteral("Mueller"))), (QSet<qint64>{1, 3, 5}));
    }

    void foldsSharpS()
    {
        QCOMPARE(cases(QStringLiteral("Musterstrasse")), QList<qint64>{1});
        QCOMPARE(cases(QStringLiteral("musterstraße")), QList<qint64>{1});
        QCOMPARE(cases(QStringLiteral("grosse")), QList<qint64>{2});
        QCOMPARE(cases(QStringLiteral("WEISSBEISPIEL")), QList<qint64>{2});
    }

    void ignoresOtherDiacritics()
    {
        QCOMPARE(cases(QStringLiteral("jose nunez")), QList<qint64>{2});
    }

    void matchesPrefixesAndAllWords()
    {
        QCOMPARE(cases(QStringLiteral("Gewerbe")), QList<qint64>{2});
        QCOMPARE(asSet(cases(QStringLiteral("Wohn Musterst"))), (QSet<qint64>{1, 5}));
        QCOMPARE(cases(QStringLiteral("Gewerbeanm Bäck")), QList<qint64>{2});
        // Words inside compounds are not found by their tail: "Anmeldung" misses
        // "Gewerbeanmeldung" (a limit of word-prefix search).
        QCOMPARE(cases(QStringLiteral("Anmeldung Bäckerei")), QList<qint64>{});
        QCOMPARE(cases(QStringLiteral("Anmeldung Wohnung Bäckerei")), QList<qint64>{});
    }

    void findsReferenceNumbers()
    {
        QCOMPARE(cases(QStringLiteral("0002/2026")), QList<qint64>{2});
        QCOMPARE(cases(QStringLiteral("32.10-0001/2026")), QList<qint64>{1});
    }

    void ranksTitleAboveBody()
    {
        // Case 5 has Müller in its title, case 1 only in the body.
        const QList<qint64> ranked = cases(QStringLiteral("müller"));
        QVERIFY(ranked.indexOf(5) < ranked.indexOf(1));
    }

    void highlightsSafely()
    {
        auto hits = SearchIndex(*db_).search(QStringLiteral("meldebescheinigung"));
        QVERIFY(hits.has_value());
        QCOMPARE(hits->size(), 1);
        const SearchHit &hit = hits->first();
        QCOMPARE(hit.caseId, 3);
        QCOMPARE(hit.source, SearchSource::DocumentVersion);
        QCOMPARE(hit.sourceId, 4);
        QVERIFY2(hit.snippet.contains(QLatin1StringView("<b>meldebescheinigung</b>")),
                 qUtf8Printable(hit.snippet));
        QVERIFY2(!hit.snippet.contains(QLatin1StringView("<script>")), qUtf8Printable(hit.snippet));
        QVERIFY2(hit.snippet.contains(QLatin1StringView("&lt;script&gt;")),
                 qUtf8Printable(hit.snippet));
    }

    void treatsQuerySyntaxAsWords()
    {
        for (const char *query : {"\"", "AND", "NEAR(", "müller OR", "*", "title:anna", "-"}) {
            auto hits = SearchIndex(*db_).search(QString::fromUtf8(query));
            QVERIFY2(hits.has_value(), query);
        }
        QCOMPARE(cases(QStringLiteral("  ")), QList<qint64>{});
        QCOMPARE(SearchIndex::toMatchExpression(QStringLiteral("Straße AND")),
                 QStringLiteral("\"strasse\"* AND \"and\"*"));
    }

    void replacesAndRemovesRows()
    {
        SearchIndex index(*db_);
        QVERIFY(
            index.put(SearchSource::Note, 99, 7, {}, QStringLiteral("Hundesteuer")).has_value());
        QCOMPARE(cases(QStringLiteral("hundesteuer")), QList<qint64>{7});
        QVERIFY(
            index.put(SearchSource::Note, 99, 7, {}, QStringLiteral("Katzensteuer")).has_value());
        QCOMPARE(cases(QStringLiteral("hundesteuer")), QList<qint64>{});
        QVERIFY(index.remove(SearchSource::Note, 99).has_value());
        QCOMPARE(cases(QStringLiteral("katzensteuer")), QList<qint64>{});
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
