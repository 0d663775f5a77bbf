#include "AuditLog.h"
#include "OneCase.h"
#include "PdfTextExtractor.h"
#include "RegisterExtract.h"
#include "SearchIndex.h"
#include "Why.h"
#include "Workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom;
using casework::RegisterExtract;
using registers::QueryKind;
using registers::QueryOutcome;

namespace {

registers::QueryRequest authorityRequest()
{
    registers::QueryRequest request;
    request.kind = QueryKind::Authority;
    request.criteria.familyName = QStringLiteral("Großmuster");
    request.criteria.givenNames = QStringLiteral("Käthe");
    request.criteria.birthDate = QDate(1961, 4, 17);
    request.purpose = QStringLiteral("Zustellung eines Bescheids");
    request.caseReference = QStringLiteral("32.10-0001/2026");
    request.origin = {QStringLiteral("a.clerk"), 1, 1};
    return request;
}

registers::PersonRecord person()
{
    registers::PersonRecord person;
    person.familyName = QStringLiteral("Großmuster");
    person.givenNames = QStringLiteral("Käthe Luise");
    person.address = {QStringLiteral("Beispielweg"), QStringLiteral("7"), QStringLiteral("66111"),
                      QStringLiteral("Musterstadt")};
    person.birthName = QStringLiteral("Übelacker");
    person.birthDate = QDate(1961, 4, 17);
    person.birthPlace = QStringLiteral("Saarlouis");
    person.movedIn = QDate(2019, 3, 1);
    registers::PreviousAddress earlier;
    earlier.address = {QStringLiteral("Alte Gasse"), QStringLiteral("2"), QStringLiteral("66740"),
                       QStringLiteral("Saarlouis")};
    earlier.movedIn = QDate(1990, 1, 1);
    earlier.movedOut = QDate(2019, 2, 28);
    person.previousAddresses.append(earlier);
    return person;
}

registers::QueryResult result(QueryOutcome outcome, bool withPerson)
{
    registers::QueryResult result;
    result.outcome = outcome;
    if (withPerson) {
        result.person = person();
    }
    result.requestId = QStringLiteral("A-4711");
    result.answeredAt = QDateTime(QDate(2026, 11, 29), QTime(13, 5, 0), QTimeZone::UTC);
    result.serviceLabel = QStringLiteral("Demo-Register");
    return result;
}

// The text a PDF reader finds in the extract: proves it is a real PDF, not just bytes.
QString pdfText(const QByteArray &pdf, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("extract.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        return {};
    }
    file.close();
    auto text = pdf::extractPdfText(path);
    return text ? text->text : QString();
}

}  // namespace

class TestRegisterExtract : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

private slots:
    void foundListsTheDataGroups()
    {
        const QString text =
            pdfText(RegisterExtract::pdf(authorityRequest(), result(QueryOutcome::Found, true),
                                         QStringLiteral("ignored")),
                    tmp_);
        QVERIFY2(!text.isEmpty(), "the extract is not a readable PDF");
        for (const char *expected :
             {"Authority query", "Demo-Register", "29.11.2026", "32.10-0001/2026",
              "Zustellung eines Bescheids", "A-4711", "Found", "Käthe Luise", "Großmuster",
              "Übelacker", "17.04.1961", "Saarlouis", "Beispielweg 7", "Alte Gasse 2"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
    }

    void simpleQueryTakesTheCaseReferenceOfTheCase()
    {
        registers::QueryRequest request = authorityRequest();
        request.kind = QueryKind::Simple;
        request.purpose.clear();
        request.caseReference.clear();
        const auto pages = RegisterExtract::pages(request, result(QueryOutcome::NotFound, false),
                                                  QStringLiteral("32.10-0042/2026"));
        const QString text = pages.first().join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("Simple query")));
        QVERIFY(text.contains(QStringLiteral("32.10-0042/2026")));
        QVERIFY(text.contains(QStringLiteral("Not found")));
        QVERIFY(text.contains(QStringLiteral("Nobody in the register")));
    }

    void blockSaysOnlyThatNoInformationMayBeGiven()
    {
        // Even if an answer wrongly carried data, an information block must not show them.
        const QString text = pdfText(
            RegisterExtract::pdf(authorityRequest(), result(QueryOutcome::Blocked, true), {}),
            tmp_);
        QVERIFY(text.contains(QStringLiteral("No information may be given")));
        for (const char *secret : {"Käthe Luise", "Beispielweg", "Übelacker", "Alte Gasse"}) {
            QVERIFY2(!text.contains(QString::fromUtf8(secret)), secret);
        }
    }

    void longHistoriesGoOnToAnotherPage()
    {
        registers::QueryResult many = result(QueryOutcome::Found, true);
        for (int i = 0; i < 60; ++i) {
            registers::PreviousAddress earlier;
            earlier.address = {QStringLiteral("Weg %1").arg(i), QStringLiteral("1"),
                               QStringLiteral("66111"), QStringLiteral("Musterstadt")};
            many.person->previousAddresses.append(earlier);
        }
        const auto pages = RegisterExtract::pages(authorityRequest(), many, {});
        QVERIFY(pages.size() >= 2);
        const QString all = [&] {
            QStringList joined;
            for (const QStringList &page : pages) {
                joined.append(page.join(QLatin1Char('\n')));
            }
            return joined.join(QLatin1Char('\n'));
        }();
        QVERIFY(all.contains(QStringLiteral("Weg 59")));
    }

    void attachFilesADocumentWithAnAuditEntry()
    {
        auto ws = casework::Workspace::open(tmp_.filePath(QStringLiteral("profile")),
                                            QStringLiteral("a.clerk"));
        QVERIFY2(ws.has_value(), why(ws).constData());
        auto record = createOneCase((*ws)->cases(), QStringLiteral("Anmeldung"));
        QVERIFY2(record.has_value(), why(record).constData());

        auto filed = RegisterExtract::attach(**ws, record->id, authorityRequest(),
                                             result(QueryOutcome::Found, true));
        QVERIFY2(filed.has_value(), why(filed).constData());
        QCOMPARE(filed->number, 1);
        QCOMPARE(filed->mimeType, QStringLiteral("application/pdf"));

        auto documents = (*ws)->cases().documents(record->id);
        QVERIFY(documents.has_value());
        QCOMPARE(documents->size(), 1);
        QCOMPARE(documents->first().kind, domain::DocumentKind::RegisterExtract);
        QVERIFY(documents->first().title.contains(QStringLiteral("29.11.2026")));
        QFile blob((*ws)->blobs().pathOf(filed->sha256));
        QVERIFY(blob.open(QIODevice::ReadOnly));
        QVERIFY(blob.readAll().startsWith("%PDF-"));

        auto history = (*ws)->cases().history(record->id);
        QVERIFY(history.has_value());
        const auto extract = std::ranges::find_if(*history, [](const storage::AuditEntry &e) {
            return e.action == QStringLiteral("register.extract");
        });
        QVERIFY(extract != history->end());
        QCOMPARE(extract->detail.value(QStringLiteral("result")).toString(),
                 QStringLiteral("found"));
        QCOMPARE(extract->detail.value(QStringLiteral("requestId")).toString(),
                 QStringLiteral("A-4711"));
        // The audit chain records the query, not whom it was about.
        const QByteArray detail = QJsonDocument(extract->detail).toJson();
        QVERIFY(!detail.contains("Großmuster"));
        QVERIFY(!detail.contains("Beispielweg"));
        QVERIFY(std::ranges::any_of(*history, [](const storage::AuditEntry &e) {
            return e.action == QStringLiteral("document.add");
        }));
        auto verified = storage::AuditLog((*ws)->database()).verify();
        QVERIFY(verified.has_value());
        QVERIFY(verified->intact);

        // The answer is part of the case file: the search finds the case by it.
        auto matching =
            storage::SearchIndex((*ws)->database()).matchingCases(QStringLiteral("Übelacker"), 10);
        QVERIFY(matching.has_value());
        QVERIFY(matching->contains(record->id));

        // Each answer is a document of its own.
        auto again = RegisterExtract::attach(**ws, record->id, authorityRequest(),
                                             result(QueryOutcome::NotFound, false));
        QVERIFY2(again.has_value(), why(again).constData());
        QCOMPARE((*ws)->cases().documents(record->id)->size(), 2);
    }

    void attachToAMissingCaseFails()
    {
        auto ws = casework::Workspace::open(tmp_.filePath(QStringLiteral("profile2")),
                                            QStringLiteral("a.clerk"));
        QVERIFY2(ws.has_value(), why(ws).constData());
        auto filed = RegisterExtract::attach(**ws, 999, authorityRequest(),
                                             result(QueryOutcome::Found, true));
        QVERIFY(!filed.has_value());
        QCOMPARE(filed.error().code, storage::StorageErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRegisterExtract)
#include "tst_registerextract.moc"
