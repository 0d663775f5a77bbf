#pragma once

#include "CaseRecord.h"
#include "CaseStatus.h"
#include "PdfForm.h"
#include "StorageError.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace workroom::casework {

class Workspace;

// How the fields of one PDF form are filled from case data. Stored as JSON next to the form
// ("meldebescheinigung.pdf" → "meldebescheinigung.mapping.json"):
//   { "form": "meldebescheinigung.pdf", "title": "…",
//     "fields": { "familienname": "applicant.family_name",
//                 "ort_datum": "{applicant.city}, {today}",
//                 "hauptwohnsitz": "=ja" } }
// A value is a case-data path, a template with {path} placeholders, or "=" and a literal.
// Paths: case.reference, case.subject, case.file_plan, case.assignee, case.deadline, today;
// and for a party: applicant (the first party whose role starts with "Antragst" or
// "applicant", else the first party), company (the first company), party (the first party),
// each with .family_name, .given_names, .name, .company_name, .street, .street_name,
// .house_number, .postal_code, .city.
struct FormMapping {
    QString form;   // file name of the form it belongs to
    QString title;  // of the form, for documents made from it
    QMap<QString, QString> fields;

    static storage::Result<FormMapping> fromJson(const QJsonObject &json);
    static storage::Result<FormMapping> load(const QString &path);
};

// The case data a mapping draws on.
struct CaseData {
    domain::CaseRecord record;
    QList<domain::Party> parties;
    QDate today;

    // The value of one path; nothing for an unknown path. Missing data gives an empty text.
    std::optional<QString> value(const QString &path) const;
};

// Fills PDF forms of a case: from case data through a mapping, or with given values. Every
// fill stores a NEW version of the form document (the earlier versions stay as they were)
// with an audit entry "form.fill"; readers may not fill.
class FormService {
public:
    FormService(Workspace &workspace, domain::Role role);

    // Where mappings are looked for: the built-in sample forms first, then `extraDirs` (for
    // forms IT staff add). The mapping of "x.pdf" is "x.mapping.json".
    static std::optional<FormMapping> mappingFor(const QString &formFileName,
                                                 const QStringList &extraDirs = {});

    // Adds one of the built-in sample forms (SampleForms.h) to a case as a new, blank
    // document of kind Form, on behalf of `actor` (the demo workroom uses this).
    static storage::Result<domain::DocumentVersion> addSampleForm(Workspace &workspace,
                                                                  qint64 caseId,
                                                                  const QString &fileName,
                                                                  const QString &actor);

    storage::Result<CaseData> caseData(qint64 caseId, QDate today) const;
    // The values a mapping gives for a form. Fields the form lacks, empty values and fields
    // of kinds never filled (push buttons, signatures) are left out; read-only fields are
    // filled (as the office). A value a field refuses (too long, not an option)
    // is an error naming the field.
    static storage::Result<QMap<QString, pdf::FormValue>>
    valuesFor(const pdf::PdfForm &form, const FormMapping &mapping, const CaseData &data);

    // The latest version of a document, opened as a form.
    storage::Result<pdf::PdfForm> openLatest(qint64 caseId, qint64 documentId) const;

    struct Filled {
        domain::DocumentVersion version;
        int fieldsSet = 0;
    };
    // Fills the latest version of a form document from the case and stores the result as
    // the document's next version.
    storage::Result<Filled> fillFromCase(qint64 caseId, qint64 documentId,
                                         const FormMapping &mapping, QDate today);
    // Sets the values on the latest version and stores the result as the next version.
    storage::Result<Filled> fillWithValues(qint64 caseId, qint64 documentId,
                                           const QMap<QString, pdf::FormValue> &values,
                                           const QString &source = QStringLiteral("values"));
    // Stores an already filled form (the GUI's editors changed it) as the next version.
    storage::Result<Filled> saveFilled(qint64 caseId, qint64 documentId, const pdf::PdfForm &form,
                                       int fieldsSet, const QString &source);

private:
    storage::Result<domain::Document> document(qint64 caseId, qint64 documentId) const;

    Workspace &workspace_;
    domain::Role role_;
};

}  // namespace workroom::casework
