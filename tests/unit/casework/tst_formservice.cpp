#include "DemoWorkroom.h"
#include "FormService.h"
#include "OneCase.h"
#include "SampleForms.h"
#include "Why.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using workroom::casework::CaseData;
using workroom::casework::FormMapping;
using workroom::casework::FormService;
using workroom::casework::Workspace;
using workroom::domain::DocumentKind;
using workroom::domain::Party;
using workroom::domain::PartyKind;
using workroom::domain::Role;
using workroom::pdf::FormValue;
using workroom::pdf::PdfForm;

class TestFormService : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sampleMappingsAreFoundAndComplete();
    void caseDataPaths();
    void fillsFromCaseAsNewVersion();
    void fillWithValuesKeepsEarlierVersions();
    void badValuesAndReadersStoreNothing();
    void mappingErrors();
    void demoWorkroomCarriesSampleForms();

private:
    qint64 caseWithForm(const QString &formFile, qint64 &documentId);

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<Workspace> workspace_;
};

void TestFormService::init()
{
    dir_ = std::make_unique<QTemporaryDir>();
    auto opened = Workspace::open(dir_->path(), QStringLiteral("a.clerk"));
    QVERIFY2(opened, why(opened).constData());
    workspace_ = std::move(*opened);
}

void TestFormService::cleanup()
{
    workspace_.reset();
    dir_.reset();
}

qint64 TestFormService::caseWithForm(const QString &formFile, qint64 &documentId)
{
    auto created =
        createOneCase(workspace_->cases(), QStringLiteral("Antrag auf Meldebescheinigung"));
    if (!created) {
        qWarning() << created.error().message;
        return 0;
    }
    Party applicant;
    applicant.kind = PartyKind::Person;
    applicant.role = QStringLiteral("Antragsteller/in");
    applicant.givenName = QStringLiteral("Käthe");
    applicant.familyName = QStringLiteral("Großmuster");
    applicant.street = QStringLiteral("Lindenmusterweg 12a");
    applicant.postalCode = QStringLiteral("12345");
    applicant.city = QStringLiteral("Musterstadt");
    Party witness;
    witness.role = QStringLiteral("Zeuge");
    witness.givenName = QStringLiteral("Jörg");
    witness.familyName = QStringLiteral("Demo");
    // The applicant is found by role, not by position.
    if (!workspace_->cases().addParty(created->id, witness, QStringLiteral("a.clerk"))
        || !workspace_->cases().addParty(created->id, applicant, QStringLiteral("a.clerk"))) {
        return 0;
    }
    auto added =
        FormService::addSampleForm(*workspace_, created->id, formFile, QStringLiteral("a.clerk"));
    if (!added) {
        qWarning() << added.error().message;
        return 0;
    }
    documentId = added->documentId;
    return created->id;
}

void TestFormService::sampleMappingsAreFoundAndComplete()
{
    for (const auto &sample : workroom::casework::generateSampleForms()) {
        const auto mapping = FormService::mappingFor(sample.fileName);
        QVERIFY2(mapping, qPrintable(sample.fileName));
        QCOMPARE(mapping->form, sample.fileName);
        QCOMPARE(mapping->title, sample.title);
        // Every mapped field exists in the form: a renamed field would otherwise go unfilled.
        auto file = PdfForm::open(QStringLiteral(":/workroom/forms/") + sample.fileName);
        QVERIFY2(file, why(file).constData());
        // The details beyond Poppler's (required) are read from resources too.
        QVERIFY(std::ranges::any_of(file->fields(), &workroom::pdf::FormField::required));
        for (const QString &name : mapping->fields.keys()) {
            QVERIFY2(file->field(name), qPrintable(sample.fileName + u' ' + name));
        }
    }
    QVERIFY(!FormService::mappingFor(QStringLiteral("unbekannt.pdf")));
}

void TestFormService::caseDataPaths()
{
    CaseData data;
    data.record.reference = QStringLiteral("32.10-0007/2026");
    data.record.subject = QStringLiteral("Antrag");
    data.today = QDate(2026, 11, 29);
    Party company;
    company.kind = PartyKind::Company;
    company.companyName = QStringLiteral("Probe Bäckerei e. K.");
    company.street = QStringLiteral("Demogasse 3");
    data.parties = {company};
    QCOMPARE(data.value(QStringLiteral("today")), QStringLiteral("29.11.2026"));
    QCOMPARE(data.value(QStringLiteral("case.reference")), QStringLiteral("32.10-0007/2026"));
    QCOMPARE(data.value(QStringLiteral("company.company_name")),
             QStringLiteral("Probe Bäckerei e. K."));
    QCOMPARE(data.value(QStringLiteral("applicant.street_name")), QStringLiteral("Demogasse"));
    QCOMPARE(data.value(QStringLiteral("applicant.house_number")), QStringLiteral("3"));
    QCOMPARE(data.value(QStringLiteral("case.deadline")), QString());
    QVERIFY(!data.value(QStringLiteral("applicant.shoe_size")));
    QVERIFY(!data.value(QStringLiteral("nothing")));
    data.parties.clear();
    QCOMPARE(data.value(QStringLiteral("applicant.city")), QString());
}

void TestFormService::fillsFromCaseAsNewVersion()
{
    qint64 documentId = 0;
    const qint64 caseId = caseWithForm(QStringLiteral("meldebescheinigung.pdf"), documentId);
    QVERIFY(caseId);
    const auto record = workspace_->cases().caseById(caseId);
    FormService service(*workspace_, Role::Clerk);
    const auto mapping = FormService::mappingFor(QStringLiteral("meldebescheinigung.pdf"));
    QVERIFY(mapping);
    const auto filled = service.fillFromCase(caseId, documentId, *mapping, QDate(2026, 11, 29));
    QVERIFY2(filled, why(filled).constData());
    QCOMPARE(filled->version.number, 2);
    QCOMPARE(filled->fieldsSet, 8);

    auto form = service.openLatest(caseId, documentId);
    QVERIFY2(form, why(form).constData());
    QCOMPARE(form->field(QStringLiteral("familienname"))->value,
             FormValue(QStringLiteral("Großmuster")));
    QCOMPARE(form->field(QStringLiteral("vornamen"))->value, FormValue(QStringLiteral("Käthe")));
    QCOMPARE(form->field(QStringLiteral("strasse"))->value,
             FormValue(QStringLiteral("Lindenmusterweg")));
    QCOMPARE(form->field(QStringLiteral("hausnummer"))->value, FormValue(QStringLiteral("12a")));
    QCOMPARE(form->field(QStringLiteral("plz"))->value, FormValue(QStringLiteral("12345")));
    QCOMPARE(form->field(QStringLiteral("ort_datum"))->value,
             FormValue(QStringLiteral("Musterstadt, 29.11.2026")));
    // The office fills the read-only reference field; it stays read-only for the citizen.
    QCOMPARE(form->field(QStringLiteral("aktenzeichen"))->value, FormValue(record->reference));
    QVERIFY(form->field(QStringLiteral("aktenzeichen"))->readOnly);

    // The first version is unchanged, and the text of the new one is searchable.
    const auto documents = workspace_->cases().documents(caseId);
    QVERIFY(documents);
    QCOMPARE(documents->size(), 1);
    QCOMPARE(documents->first().kind, DocumentKind::Form);
    QCOMPARE(documents->first().versions.size(), 2);
    auto first =
        PdfForm::open(workspace_->blobs().pathOf(documents->first().versions.first().sha256));
    QVERIFY(first);
    QCOMPARE(first->field(QStringLiteral("familienname"))->value, FormValue(QString()));
    const QString text = [&] {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {workspace_->blobs().pathOf(documents->first().versions.last().sha256),
                       QStringLiteral("-")});
        process.waitForFinished();
        return QString::fromUtf8(process.readAllStandardOutput());
    }();
    QVERIFY2(text.contains(QStringLiteral("Großmuster")), qPrintable(text));

    // The audit says what happened, without the values.
    const auto history = workspace_->cases().history(caseId);
    QVERIFY(history);
    const auto fill = std::ranges::find_if(
        *history, [](const auto &entry) { return entry.action == QStringLiteral("form.fill"); });
    QVERIFY(fill != history->cend());
    QCOMPARE(fill->detail.value(QStringLiteral("source")).toString(), QStringLiteral("case"));
    QCOMPARE(fill->detail.value(QStringLiteral("version")).toInt(), 2);
    QVERIFY(!QJsonDocument(fill->detail).toJson().contains("Gro"));
    QVERIFY(workspace_->checkConsistency());
}

void TestFormService::fillWithValuesKeepsEarlierVersions()
{
    qint64 documentId = 0;
    const qint64 caseId = caseWithForm(QStringLiteral("bewohnerparkausweis.pdf"), documentId);
    QVERIFY(caseId);
    FormService service(*workspace_, Role::Clerk);
    auto once = service.fillWithValues(
        caseId, documentId,
        {{QStringLiteral("kennzeichen"), FormValue(QStringLiteral("MS-AB 123"))}});
    QVERIFY2(once, why(once).constData());
    auto twice = service.fillWithValues(
        caseId, documentId,
        {{QStringLiteral("zone"), FormValue(QStringList{QStringLiteral("C")})}});
    QVERIFY2(twice, why(twice).constData());
    QCOMPARE(twice->version.number, 3);
    // The second fill builds on the first.
    auto form = service.openLatest(caseId, documentId);
    QVERIFY(form);
    QCOMPARE(form->field(QStringLiteral("kennzeichen"))->value,
             FormValue(QStringLiteral("MS-AB 123")));
    QCOMPARE(form->field(QStringLiteral("zone"))->value,
             FormValue(QStringList{QStringLiteral("C")}));
}

void TestFormService::badValuesAndReadersStoreNothing()
{
    qint64 documentId = 0;
    const qint64 caseId = caseWithForm(QStringLiteral("bewohnerparkausweis.pdf"), documentId);
    QVERIFY(caseId);
    FormService clerk(*workspace_, Role::Clerk);
    const auto tooLong = clerk.fillWithValues(
        caseId, documentId, {{QStringLiteral("plz"), FormValue(QStringLiteral("123456"))}});
    QVERIFY(!tooLong);
    const auto readOnly = clerk.fillWithValues(
        caseId, documentId, {{QStringLiteral("gebuehr"), FormValue(QStringLiteral("0,00 €"))}});
    QVERIFY(!readOnly);
    FormService reader(*workspace_, Role::Reader);
    const auto refused = reader.fillWithValues(
        caseId, documentId, {{QStringLiteral("plz"), FormValue(QStringLiteral("12345"))}});
    QVERIFY(!refused);
    const auto documents = workspace_->cases().documents(caseId);
    QCOMPARE(documents->first().versions.size(), 1);
    QVERIFY(!clerk.openLatest(caseId, documentId + 100));
}

void TestFormService::mappingErrors()
{
    QVERIFY(!FormMapping::fromJson(QJsonObject{{QStringLiteral("form"), QStringLiteral("x.pdf")}}));
    QVERIFY(!FormMapping::fromJson(
        QJsonObject{{QStringLiteral("fields"), QJsonObject{{QStringLiteral("a"), 1}}}}));
    auto file = PdfForm::open(QStringLiteral(WORKROOM_FORMS_DIR "/meldebescheinigung.pdf"));
    QVERIFY(file);
    CaseData data;
    FormMapping unknown;
    unknown.fields.insert(QStringLiteral("familienname"), QStringLiteral("applicant.shoe_size"));
    QVERIFY(!FormService::valuesFor(*file, unknown, data));
    FormMapping tooLong;
    tooLong.fields.insert(QStringLiteral("plz"), QStringLiteral("=1234567"));
    const auto refused = FormService::valuesFor(*file, tooLong, data);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("5")));
    FormMapping empty;
    empty.fields.insert(QStringLiteral("ort_datum"),
                        QStringLiteral("{applicant.city}, {case.deadline}"));
    const auto nothing = FormService::valuesFor(*file, empty, data);
    QVERIFY2(nothing, why(nothing).constData());
    QVERIFY(nothing->isEmpty());
}

void TestFormService::demoWorkroomCarriesSampleForms()
{
    const QDate today(2026, 11, 29);
    auto room = workroom::casework::createDemoWorkroom(*workspace_, today);
    QVERIFY2(room, why(room).constData());
    workroom::storage::CaseQuery query;
    query.workroomId = room->id;
    auto rows = workspace_->cases().listCases(query, 0, 1000);
    QVERIFY(rows);
    int forms = 0;
    for (const auto &row : *rows) {
        const auto documents = workspace_->cases().documents(row.id);
        for (const auto &document : *documents) {
            if (document.kind != DocumentKind::Form) {
                continue;
            }
            ++forms;
            // Each demo form fills from its case through its mapping.
            FormService service(*workspace_, Role::Clerk);
            const auto mapping =
                FormService::mappingFor(document.versions.first().originalFileName);
            QVERIFY(mapping);
            const auto filled = service.fillFromCase(row.id, document.id, *mapping, today);
            QVERIFY2(filled, why(filled).constData());
            QVERIFY(filled->fieldsSet >= 5);
        }
    }
    QVERIFY2(forms >= 3, qPrintable(QString::number(forms)));
}

QTEST_GUILESS_MAIN(TestFormService)
#include "tst_formservice.moc"
