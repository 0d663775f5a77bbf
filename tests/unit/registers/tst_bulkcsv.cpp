// The bad-input corpus of bulk CSVs: every problem is reported per row before anything is sent.
#include "BulkCsv.h"

#include <QTest>

using namespace workroom::registers;

namespace {

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

// "Müller" etc. as Windows-1252 bytes.
QByteArray windows1252(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() < 256 ? c.unicode() : '?'));
    }
    return bytes;
}

bool hasIssue(const BulkCsvReport &report, int line, const QString &column, const QString &part)
{
    for (const CsvIssue &issue : report.issues) {
        if (issue.line == line && (column.isNull() || issue.column == column)
            && issue.message.contains(part, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

}  // namespace

class TestBulkCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void utf8WithBom()
    {
        const BulkCsvReport report =
            BulkCsv::parse(utf8("\xEF\xBB\xBFreferenz;familienname;vornamen;geburtsdatum\r\n"
                                "A1;Müller;Käthe;01.02.1970\r\n"
                                "A2;Strauß;Jürgen Hans;1985-12-24\r\n"));
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.encoding, BulkCsvReport::Encoding::Utf8);
        QCOMPARE(report.delimiter, QLatin1Char(';'));
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.rows.at(0).reference, QStringLiteral("A1"));
        QCOMPARE(report.rows.at(0).criteria.familyName, QStringLiteral("Müller"));
        QCOMPARE(report.rows.at(0).criteria.birthDate, QDate(1970, 2, 1));
        QCOMPARE(report.rows.at(1).criteria.givenNames, QStringLiteral("Jürgen Hans"));
        QCOMPARE(report.rows.at(1).criteria.birthDate, QDate(1985, 12, 24));
        QCOMPARE(report.rows.at(1).line, 3);
    }

    void windows1252IsDetected()
    {
        const QByteArray bytes =
            windows1252(QStringLiteral("familienname;vornamen;geburtsdatum\nGroß;Jörg;3.4.1961\n"
                                       "Schäfer;Björn;04.05.1977\n"));
        const BulkCsvReport report = BulkCsv::parse(bytes);
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.encoding, BulkCsvReport::Encoding::Windows1252);
        QCOMPARE(report.rows.at(0).criteria.familyName, QStringLiteral("Groß"));
        QCOMPARE(report.rows.at(1).criteria.givenNames, QStringLiteral("Björn"));
        QCOMPARE(report.rows.at(0).reference, QStringLiteral("2"));  // the line, without referenz
        QVERIFY(hasIssue(report, 0, {}, QStringLiteral("Windows-1252")));
    }

    void commaDelimiterAndQuotes()
    {
        const BulkCsvReport report =
            BulkCsv::parse(utf8("Familienname,Vorname,Geburtstag\n\"Meyer, geb. Schulz\",\"Anna "
                                "\"\"Anni\"\"\",1990-01-31\n"));
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.delimiter, QLatin1Char(','));
        QCOMPARE(report.rows.at(0).criteria.familyName, QStringLiteral("Meyer, geb. Schulz"));
        QCOMPARE(report.rows.at(0).criteria.givenNames, QStringLiteral("Anna \"Anni\""));
    }

    void tabsAreNotADelimiter()
    {
        const BulkCsvReport report = BulkCsv::parse(
            utf8("familienname\tvornamen\tgeburtsdatum\nMüller\tHans\t01.01.1970\n"));
        QVERIFY(!report.ok());
        QVERIFY(hasIssue(report, 1, {}, QStringLiteral("tabs")));
        QVERIFY(report.rows.isEmpty());
    }

    void noDelimiterAtAll()
    {
        const BulkCsvReport report = BulkCsv::parse(utf8("familienname\nMüller\n"));
        QVERIFY(!report.ok());
        QVERIFY(hasIssue(report, 1, {}, QStringLiteral("only one column")));
    }

    void rowsWithTheOtherDelimiter()
    {
        const BulkCsvReport report = BulkCsv::parse(utf8(
            "familienname;vornamen;geburtsdatum\nMüller;Hans;01.01.1970\nSchulz,Eva,02.02.1980\n"));
        QVERIFY(!report.ok());
        QCOMPARE(report.rows.size(), 1);
        QVERIFY2(hasIssue(report, 3, {}, QStringLiteral("',' as separator instead of ';'")),
                 qPrintable(report.summary()));
    }

    void missingColumns()
    {
        const BulkCsvReport report =
            BulkCsv::parse(utf8("referenz;familienname;vorname\n1;Müller;Hans\n"));
        QVERIFY(!report.ok());
        QVERIFY2(hasIssue(report, 1, {}, QStringLiteral("geburtsdatum")),
                 qPrintable(report.summary()));
        QVERIFY(report.rows.isEmpty());
    }

    void invalidDates()
    {
        const BulkCsvReport report = BulkCsv::parse(utf8("familienname;vornamen;geburtsdatum\n"
                                                         "Müller;Hans;31.02.1980\n"
                                                         "Schulz;Eva;1980-13-01\n"
                                                         "Weber;Uwe;gestern\n"
                                                         "Koch;Lena;01.01.2199\n"
                                                         "Otto;Ilse;01.01.1850\n"
                                                         "Bauer;Max;\n"
                                                         "Lang;;01.01.1970\n"
                                                         "Beck;Paul;02.03.1999\n"));
        QVERIFY(!report.ok());
        QCOMPARE(report.dataRows, 8);
        QCOMPARE(report.rows.size(), 1);  // only Beck
        QCOMPARE(report.rows.first().criteria.familyName, QStringLiteral("Beck"));
        const QString date = QStringLiteral("geburtsdatum");
        QVERIFY(hasIssue(report, 2, date, QStringLiteral("not a valid date")));
        QVERIFY(hasIssue(report, 3, date, QStringLiteral("not a valid date")));
        QVERIFY(hasIssue(report, 4, date, QStringLiteral("not a valid date")));
        QVERIFY(hasIssue(report, 5, date, QStringLiteral("future")));
        QVERIFY(hasIssue(report, 6, date, QStringLiteral("1890")));
        QVERIFY(hasIssue(report, 7, date, QStringLiteral("missing")));
        QVERIFY(hasIssue(report, 8, QStringLiteral("vornamen"), QStringLiteral("missing")));
        // The report names lines and columns, never the people.
        const QString summary = report.summary();
        QVERIFY(summary.contains(QStringLiteral("line 2, geburtsdatum")));
        QVERIFY(!summary.contains(QStringLiteral("Müller")));
        QVERIFY(!summary.contains(QStringLiteral("31.02.1980")));
    }

    void tooManyRows()
    {
        QByteArray bytes("familienname;vornamen;geburtsdatum\n");
        const QDate first(1950, 1, 1);
        for (int i = 0; i < maxBulkRows + 1; ++i) {
            bytes += "Müller;Hans;" + first.addDays(i).toString(Qt::ISODate).toLatin1() + '\n';
        }
        const BulkCsvReport report = BulkCsv::parse(bytes);
        QVERIFY(!report.ok());
        QCOMPARE(report.dataRows, 10001);
        QCOMPARE(report.issues.first().line, 0);
        QVERIFY2(report.issues.first().message.contains(QStringLiteral("10,001")),
                 qPrintable(report.issues.first().message));

        // Exactly the limit is fine.
        QByteArray limit("familienname;vornamen;geburtsdatum\n");
        for (int i = 0; i < maxBulkRows; ++i) {
            limit += "Müller;Hans;" + first.addDays(i).toString(Qt::ISODate).toLatin1() + '\n';
        }
        const BulkCsvReport atLimit = BulkCsv::parse(limit);
        QVERIFY2(atLimit.ok(), qPrintable(atLimit.summary(3)));
        QCOMPARE(atLimit.rows.size(), maxBulkRows);
    }

    void duplicates()
    {
        const BulkCsvReport report =
            BulkCsv::parse(utf8("referenz;familienname;vornamen;geburtsdatum\n"
                                "1;Müller;Hans;01.01.1970\n"
                                "2;Schulz;Eva;02.02.1980\n"
                                "3;MUELLER;hans;1970-01-01\n"
                                "2;Weber;Uwe;03.03.1990\n"));
        QVERIFY(!report.ok());
        QVERIFY2(hasIssue(report, 4, {}, QStringLiteral("same person as line 2")),
                 qPrintable(report.summary()));
        QVERIFY(hasIssue(report, 5, QStringLiteral("referenz"), QStringLiteral("line 3")));
        QCOMPARE(report.rows.size(), 2);
    }

    void emptyFiles()
    {
        QVERIFY(hasIssue(BulkCsv::parse(QByteArray()), 0, {}, QStringLiteral("empty")));
        QVERIFY(hasIssue(BulkCsv::parse(utf8("familienname;vornamen;geburtsdatum\n\n;;\n")), 0, {},
                         QStringLiteral("no rows")));
    }

    void resultRoundTrip()
    {
        QList<BulkResultRow> rows;
        BulkResultRow found;
        found.reference = QStringLiteral("A;1");
        found.outcome = QueryOutcome::Found;
        PersonRecord person;
        person.familyName = QStringLiteral("Groß \"Großi\"");
        person.givenNames = QStringLiteral("Käthe Anna");
        person.doctoralDegree = QStringLiteral("Dr.");
        person.address = {QStringLiteral("Am Fröschteich"), QStringLiteral("3a"),
                          QStringLiteral("12345"), QStringLiteral("Musterstadt")};
        person.deceased = true;
        found.person = person;
        rows.append(found);
        for (QueryOutcome outcome :
             {QueryOutcome::NotUnique, QueryOutcome::NotFound, QueryOutcome::Blocked}) {
            BulkResultRow row;
            row.reference = outcomeKey(outcome);
            row.outcome = outcome;
            rows.append(row);
        }
        const QByteArray csv = BulkCsv::writeResult(rows);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFreferenz;ergebnis;familienname"));
        const auto parsed = BulkCsv::parseResult(csv);
        QVERIFY(parsed);
        QCOMPARE(*parsed, rows);
        QVERIFY(!BulkCsv::parseResult("a;b\n1;2\n"));
    }

    void requestRowsRoundTrip()
    {
        const BulkCsvReport report = BulkCsv::parse(
            utf8("referenz;familienname;vornamen;geburtsdatum\nx;Süß;Zoë;05.06.1944\n"));
        QVERIFY(report.ok());
        const BulkCsvReport again = BulkCsv::parse(BulkCsv::writeRows(report.rows));
        QVERIFY(again.ok());
        QCOMPARE(again.rows.first().criteria.familyName, QStringLiteral("Süß"));
        QCOMPARE(again.rows.first().criteria.birthDate, QDate(1944, 6, 5));
    }
};

QTEST_APPLESS_MAIN(TestBulkCsv)
#include "tst_bulkcsv.moc"
