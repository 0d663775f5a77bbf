#include "FormService.h"

#include "SampleForms.h"
#include "TextExtraction.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace workroom::casework {

using storage::Result;
using storage::StorageError;
using storage::StorageErrorCode;
using storage::StorageText;

namespace {

Q_LOGGING_CATEGORY(lcForms, "workroom.casework.forms")

std::unexpected<StorageError> invalid(const QString &message)
{
    return std::unexpected(StorageError{StorageErrorCode::Invalid, message});
}

class FormText {
    Q_DECLARE_TR_FUNCTIONS(workroom::casework::FormService)
};

// "Musterstraße 12a" → ("Musterstraße", "12a"): forms ask for the two separately.
std::pair<QString, QString> splitStreet(const QString &street)
{
    static const QRegularExpression number(
        QStringLiteral("^(.*\\S)\\s+(\\d+\\s?[a-zA-Z]?(-\\d+)?)$"));
    const QRegularExpressionMatch match = number.match(street.trimmed());
    if (!match.hasMatch()) {
        return {street.trimmed(), QString()};
    }
    return {match.captured(1), match.captured(2).remove(u' ')};
}

const domain::Party *partyFor(const QList<domain::Party> &parties, const QString &selector)
{
    if (parties.isEmpty()) {
        return nullptr;
    }
    if (selector == u"applicant") {
        for (const domain::Party &party : parties) {
            if (party.role.startsWith(u"Antragst", Qt::CaseInsensitive)
                || party.role.startsWith(u"applicant", Qt::CaseInsensitive)) {
                return &party;
            }
        }
        return &parties.first();
    }
    if (selector == u"company") {
        for (const domain::Party &party : parties) {
            if (party.kind == domain::PartyKind::Company) {
                return &party;
            }
        }
        return nullptr;
    }
    if (selector == u"party") {
        return &parties.first();
    }
    return nullptr;
}

QString germanDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

}  // namespace

Result<FormMapping> FormMapping::fromJson(const QJsonObject &json)
{
    FormMapping mapping;
    mapping.form = json.value(QStringLiteral("form")).toString();
    mapping.title = json.value(QStringLiteral("title")).toString();
    const QJsonValue fields = json.value(QStringLiteral("fields"));
    if (!fields.isObject()) {
        return invalid(FormText::tr("The form mapping has no \"fields\" object."));
    }
    const QJsonObject object = fields.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            return invalid(
                FormText::tr("The form mapping gives no text for the field \"%1\".").arg(it.key()));
        }
        mapping.fields.insert(it.key(), it.value().toString());
    }
    return mapping;
}

Result<FormMapping> FormMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            StorageError{StorageErrorCode::NotFound,
                         FormText::tr("The form mapping %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())});
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        return invalid(FormText::tr("The form mapping %1 is not a JSON object: %2")
                           .arg(QDir::toNativeSeparators(path), error.errorString()));
    }
    return fromJson(document.object());
}

std::optional<QString> CaseData::value(const QString &path) const
{
    if (path == u"today") {
        return germanDate(today);
    }
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        return std::nullopt;
    }
    const QString head = path.left(dot);
    const QString attribute = path.mid(dot + 1);
    if (head == u"case") {
        if (attribute == u"reference") {
            return record.reference;
        }
        if (attribute == u"subject") {
            return record.subject;
        }
        if (attribute == u"file_plan") {
            return record.filePlanCode;
        }
        if (attribute == u"assignee") {
            return record.assignee;
        }
        if (attribute == u"deadline") {
            return record.deadline ? germanDate(*record.deadline) : QString();
        }
        return std::nullopt;
    }
    if (head != u"applicant" && head != u"company" && head != u"party") {
        return std::nullopt;
    }
    static const QStringList attributes{
        QStringLiteral("family_name"),  QStringLiteral("given_names"),
        QStringLiteral("name"),         QStringLiteral("company_name"),
        QStringLiteral("street"),       QStringLiteral("street_name"),
        QStringLiteral("house_number"), QStringLiteral("postal_code"),
        QStringLiteral("city")};
    if (!attributes.contains(attribute)) {
        return std::nullopt;
    }
    const domain::Party *party = partyFor(parties, head);
    if (!party) {
        return QString();  // a known path without data: the field stays empty
    }
    if (attribute == u"family_name") {
        return party->familyName;
    }
    if (attribute == u"given_names") {
        return party->givenName;
    }
    if (attribute == u"name") {
        return party->displayName();
    }
    if (attribute == u"company_name") {
        return party->companyName;
    }
    if (attribute == u"street") {
        return party->street;
    }
    if (attribute == u"street_name") {
        return splitStreet(party->street).first;
    }
    if (attribute == u"house_number") {
        return splitStreet(party->street).second;
    }
    if (attribute == u"postal_code") {
        return party->postalCode;
    }
    return party->city;
}

FormService::FormService(Workspace &workspace, domain::Role role)
    : workspace_(workspace), role_(role)
{
}

std::optional<FormMapping> FormService::mappingFor(const QString &formFileName,
                                                   const QStringList &extraDirs)
{
    const QString mappingName =
        QFileInfo(formFileName).completeBaseName() + QStringLiteral(".mapping.json");
    QStringList dirs{QString::fromLatin1(sampleFormsResourceDir)};
    dirs += extraDirs;
    for (const QString &dir : std::as_const(dirs)) {
        const QString path = QDir(dir).filePath(mappingName);
        if (!QFile::exists(path)) {
            continue;
        }
        auto mapping = FormMapping::load(path);
        if (mapping) {
            return *mapping;
        }
        qCWarning(lcForms) << "unusable form mapping" << mappingName;
    }
    return std::nullopt;
}

Result<domain::DocumentVersion> FormService::addSampleForm(Workspace &workspace, qint64 caseId,
                                                           const QString &fileName,
                                                           const QString &actor)
{
    const QString path = QDir(QString::fromLatin1(sampleFormsResourceDir)).filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(StorageError{
            StorageErrorCode::NotFound, FormText::tr("There is no sample form %1.").arg(fileName)});
    }
    const QByteArray bytes = file.readAll();
    auto blob = workspace.blobs().importBytes(bytes);
    if (!blob) {
        return std::unexpected(blob.error());
    }
    const auto mapping = mappingFor(fileName);
    storage::CaseRepository::NewVersion version;
    version.caseId = caseId;
    // Named apart from the citizen's application of the same name that a case may hold.
    version.title = (mapping && !mapping->title.isEmpty() ? mapping->title
                                                          : QFileInfo(fileName).completeBaseName())
                    + QStringLiteral(" (Formular)");
    version.kind = domain::DocumentKind::Form;
    version.blob = *blob;
    version.mimeType = QStringLiteral("application/pdf");
    version.originalFileName = fileName;
    const ExtractedText text =
        extractText(workspace.blobs().pathOf(blob->sha256), version.mimeType);
    version.text = text.text;
    version.textState = text.state;
    return workspace.cases().addDocumentVersion(version, actor);
}

Result<CaseData> FormService::caseData(qint64 caseId, QDate today) const
{
    auto record = workspace_.cases().caseById(caseId);
    if (!record) {
        return std::unexpected(record.error());
    }
    auto parties = workspace_.cases().parties(caseId);
    if (!parties) {
        return std::unexpected(parties.error());
    }
    return CaseData{.record = *record, .parties = *parties, .today = today};
}

Result<QMap<QString, pdf::FormValue>>
FormService::valuesFor(const pdf::PdfForm &form, const FormMapping &mapping, const CaseData &data)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_.]+)\\}"));
    QMap<QString, pdf::FormValue> values;
    for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it) {
        const pdf::FormField *field = form.field(it.key());
        if (!field || field->kind == pdf::FormFieldKind::PushButton
            || field->kind == pdf::FormFieldKind::Signature) {
            continue;
        }
        const QString &rule = it.value();
        QString text;
        if (rule.startsWith(u'=')) {
            text = rule.mid(1);
        } else if (rule.contains(u'{')) {
            text = rule;
            bool anyData = false;
            QRegularExpressionMatchIterator matches = placeholder.globalMatch(rule);
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                const auto resolved = data.value(match.captured(1));
                if (!resolved) {
                    return invalid(FormText::tr("The form mapping names the unknown case data "
                                                "\"%1\".")
                                       .arg(match.captured(1)));
                }
                anyData = anyData || !resolved->isEmpty();
                text.replace(match.captured(0), *resolved);
            }
            // A template whose data is all missing would leave only its punctuation.
            if (!anyData) {
                text.clear();
            }
        } else {
            const auto resolved = data.value(rule);
            if (!resolved) {
                return invalid(
                    FormText::tr("The form mapping names the unknown case data \"%1\".").arg(rule));
            }
            text = *resolved;
        }
        if (text.isEmpty()) {
            continue;
        }
        const pdf::FormValue value = field->kind == pdf::FormFieldKind::ListBox
                                         ? pdf::FormValue(QStringList{text})
                                         : pdf::FormValue(text);
        if (auto valid = form.validate(field->name, value, pdf::PdfForm::FillAs::Office); !valid) {
            return invalid(valid.error().message);
        }
        values.insert(field->name, value);
    }
    return values;
}

Result<domain::Document> FormService::document(qint64 caseId, qint64 documentId) const
{
    auto documents = workspace_.cases().documents(caseId);
    if (!documents) {
        return std::unexpected(documents.error());
    }
    for (const domain::Document &document : *documents) {
        if (document.id == documentId && !document.versions.isEmpty()) {
            return document;
        }
    }
    return std::unexpected(
        StorageError{StorageErrorCode::NotFound,
                     FormText::tr("There is no document %1 in this case.").arg(documentId)});
}

Result<pdf::PdfForm> FormService::openLatest(qint64 caseId, qint64 documentId) const
{
    auto found = document(caseId, documentId);
    if (!found) {
        return std::unexpected(found.error());
    }
    const QString path = workspace_.blobs().pathOf(found->versions.last().sha256);
    auto form = pdf::PdfForm::open(path);
    if (!form) {
        return invalid(form.error().message);
    }
    if (form->fields().isEmpty()) {
        return invalid(
            form->isXfaOnly()
                ? FormText::tr("The document \"%1\" is an XFA form, which Workroom "
                               "cannot fill.")
                      .arg(found->title)
                : FormText::tr("The document \"%1\" has no form fields.").arg(found->title));
    }
    return std::move(*form);
}

Result<FormService::Filled> FormService::fillFromCase(qint64 caseId, qint64 documentId,
                                                      const FormMapping &mapping, QDate today)
{
    auto data = caseData(caseId, today);
    if (!data) {
        return std::unexpected(data.error());
    }
    auto form = openLatest(caseId, documentId);
    if (!form) {
        return std::unexpected(form.error());
    }
    auto values = valuesFor(*form, mapping, *data);
    if (!values) {
        return std::unexpected(values.error());
    }
    if (auto set = form->setValues(*values, pdf::PdfForm::FillAs::Office); !set) {
        return invalid(set.error().message);
    }
    return saveFilled(caseId, documentId, *form, int(values->size()), QStringLiteral("case"));
}

Result<FormService::Filled> FormService::fillWithValues(qint64 caseId, qint64 documentId,
                                                        const QMap<QString, pdf::FormValue> &values,
                                                        const QString &source)
{
    auto form = openLatest(caseId, documentId);
    if (!form) {
        return std::unexpected(form.error());
    }
    if (auto set = form->setValues(values); !set) {
        return invalid(set.error().message);
    }
    return saveFilled(caseId, documentId, *form, int(values.size()), source);
}

Result<FormService::Filled> FormService::saveFilled(qint64 caseId, qint64 documentId,
                                                    const pdf::PdfForm &form, int fieldsSet,
                                                    const QString &source)
{
    if (role_ == domain::Role::Reader) {
        return invalid(FormText::tr("Readers cannot fill forms in this workroom."));
    }
    auto found = document(caseId, documentId);
    if (!found) {
        return std::unexpected(found.error());
    }
    // Poppler writes to a file; the blob store takes it from there.
    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return std::unexpected(StorageError{
            StorageErrorCode::Io, FormText::tr("No temporary folder for the filled form.")});
    }
    const QString output = scratch.filePath(QStringLiteral("filled.pdf"));
    if (auto saved = form.saveAs(output); !saved) {
        return std::unexpected(StorageError{StorageErrorCode::Io, saved.error().message});
    }
    auto blob = workspace_.blobs().importFile(output);
    if (!blob) {
        return std::unexpected(blob.error());
    }
    const domain::DocumentVersion &latest = found->versions.last();
    storage::CaseRepository::NewVersion version;
    version.caseId = caseId;
    version.documentId = documentId;
    version.kind = found->kind;
    version.blob = *blob;
    version.mimeType = QStringLiteral("application/pdf");
    version.originalFileName = latest.originalFileName;
    const ExtractedText text = extractText(output, version.mimeType);
    version.text = text.text;
    version.textState = text.state;

    Filled filled;
    filled.fieldsSet = fieldsSet;
    auto done = workspace_.database().write(
        [&]() -> Result<void> {
            auto added = workspace_.cases().addDocumentVersion(version, workspace_.actor());
            if (!added) {
                return std::unexpected(added.error());
            }
            filled.version = *added;
            auto record = workspace_.cases().caseById(caseId);
            if (!record) {
                return std::unexpected(record.error());
            }
            // Field names only, never values: those are personal data.
            storage::AuditLog log(workspace_.database());
            auto entry = log.append(workspace_.actor(), QStringLiteral("form.fill"),
                                    record->workroomId, caseId,
                                    {{QStringLiteral("document"), documentId},
                                     {QStringLiteral("version"), added->number},
                                     {QStringLiteral("fromVersion"), latest.number},
                                     {QStringLiteral("fields"), fieldsSet},
                                     {QStringLiteral("source"), source}});
            if (!entry) {
                return std::unexpected(entry.error());
            }
            return {};
        },
        FormText::tr("storing the filled form"));
    if (!done) {
        return std::unexpected(done.error());
    }
    return filled;
}

}  // namespace workroom::casework
