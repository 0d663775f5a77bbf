#include "FormCommands.h"

#include "Commands.h"
#include "FormService.h"
#include "PdfForm.h"
#include "Workspace.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace workroom::ctl {

using pdf::FormField;
using pdf::FormFieldKind;
using pdf::PdfForm;

namespace {

QCommandLineOption makeOption(const char *name, const char *description,
                              const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
}

QString shownValue(const FormField &field)
{
    if (field.kind == FormFieldKind::ListBox) {
        return field.value.items.join(QStringLiteral(", "));
    }
    return field.value.text();
}

QString flagsText(const FormField &field)
{
    QStringList flags;
    if (field.required) {
        flags.append(QStringLiteral("required"));
    }
    if (field.readOnly) {
        flags.append(QStringLiteral("read-only"));
    }
    if (field.multiLine) {
        flags.append(QStringLiteral("multi-line"));
    }
    if (field.comb) {
        flags.append(QStringLiteral("comb"));
    }
    if (field.maxLength > 0) {
        flags.append(QStringLiteral("max %1").arg(field.maxLength));
    }
    if (field.editable) {
        flags.append(QStringLiteral("editable"));
    }
    if (field.multiSelect) {
        flags.append(QStringLiteral("multi-select"));
    }
    return flags.join(QStringLiteral(", "));
}

}  // namespace

void FormCommands::addOptions(QCommandLineParser &parser)
{
    // --doc and --out come with the signing commands and mean the same here.
    parser.addOptions({
        makeOption("values", "With form fill: a JSON file of field name → value.", "FILE"),
        makeOption("from-case", "With form fill of a stored form: fill from the case data."),
        makeOption("mapping",
                   "With form fill --from-case: the mapping file (default: the form's own).",
                   "FILE"),
    });
}

QString FormCommands::commandSummary()
{
    return QStringLiteral(
        "  form fields FILE | form fields REF --doc DOCUMENT\n"
        "  form fill FILE --values VALUES.json --out OUT.pdf\n"
        "  form fill REF --doc DOCUMENT [--from-case] [--values VALUES.json] [--mapping M.json]\n"
        "  form export FILE | form export REF --doc DOCUMENT\n");
}

bool FormCommands::handles(const QString &command)
{
    return command == QLatin1StringView("form");
}

FormCommands::FormCommands(QCommandLineParser &parser, WorkspaceOpener openWorkspace,
                           CaseResolver resolveCase)
    : CommandOutput(parser, commandSummary()), parser_(parser),
      openWorkspace_(std::move(openWorkspace)), resolveCase_(std::move(resolveCase))
{
}

int FormCommands::run(const QStringList &positional)
{
    const QString sub = positional.value(1);
    const QStringList args = positional.mid(2);
    if (sub == QLatin1StringView("fields")) {
        return fields(args);
    }
    if (sub == QLatin1StringView("fill")) {
        return fill(args);
    }
    if (sub == QLatin1StringView("export")) {
        return exportValues(args);
    }
    return usage(tr("Unknown form command \"%1\".").arg(sub));
}

std::optional<FormCommands::Target> FormCommands::open(const QString &key)
{
    Target target;
    if (!parser_.isSet(QStringLiteral("doc"))) {
        auto form = PdfForm::open(key);
        if (!form) {
            fail(form.error().message, Failed);
            return std::nullopt;
        }
        target.fileName = QFileInfo(key).fileName();
        target.form.emplace(std::move(*form));
    } else {
        workspace_ = openWorkspace_();
        if (!workspace_) {
            return std::nullopt;
        }
        if (!resolveCase_(key, target.caseId)) {
            return std::nullopt;
        }
        auto documents = workspace_->cases().documents(target.caseId);
        if (!documents) {
            fail(documents.error().message, Failed);
            return std::nullopt;
        }
        const QString wanted = parser_.value(QStringLiteral("doc"));
        QList<domain::Document> matching;
        for (const domain::Document &document : std::as_const(*documents)) {
            if (document.title == wanted || QString::number(document.id) == wanted) {
                matching.append(document);
            }
        }
        if (matching.size() != 1) {
            fail(matching.isEmpty()
                     ? tr("The case %1 has no document \"%2\".").arg(key, wanted)
                     : tr("Several documents are called \"%1\": name one by its id.").arg(wanted),
                 matching.isEmpty() ? Failed : Usage);
            return std::nullopt;
        }
        target.documentId = matching.first().id;
        target.fileName = matching.first().versions.last().originalFileName;
        const domain::Role role = domain::roleFromKey(parser_.value(QStringLiteral("role")))
                                      .value_or(domain::Role::Clerk);
        casework::FormService service(*workspace_, role);
        auto form = service.openLatest(target.caseId, target.documentId);
        if (!form) {
            fail(form.error().message, Failed);
            return std::nullopt;
        }
        target.form.emplace(std::move(*form));
    }
    if (target.form->isXfaOnly()) {
        fail(tr("%1 is an XFA form, which Workroom cannot fill.").arg(key), Failed);
        return std::nullopt;
    }
    return target;
}

int FormCommands::fields(const QStringList &args)
{
    if (args.size() != 1) {
        return usage(tr("form fields takes one FILE or case reference."));
    }
    auto target = open(args.first());
    if (!target) {
        return Failed;
    }
    const QList<FormField> &list = target->form->fields();
    if (json()) {
        QJsonArray array;
        for (const FormField &field : list) {
            array.append(pdf::fieldToJson(field));
        }
        printJson(QJsonObject{{QStringLiteral("pages"), target->form->pageCount()},
                              {QStringLiteral("fields"), array}});
        return Ok;
    }
    if (list.isEmpty()) {
        print(tr("The document has no form fields."));
        return Ok;
    }
    for (const FormField &field : list) {
        QString line = QStringLiteral("%1\t%2\tp. %3")
                           .arg(field.name, pdf::formFieldKindName(field.kind))
                           .arg(field.pageIndex() + 1);
        if (const QString flags = flagsText(field); !flags.isEmpty()) {
            line += QStringLiteral("\t[%1]").arg(flags);
        }
        if (!field.options.isEmpty()) {
            QStringList options;
            for (const pdf::FormOption &option : field.options) {
                options.append(option.exportValue);
            }
            line += QStringLiteral("\t{%1}").arg(options.join(u'|'));
        }
        if (const QString value = shownValue(field); !value.isEmpty()) {
            line += QStringLiteral("\t= %1").arg(value);
        }
        print(line);
    }
    return Ok;
}

int FormCommands::exportValues(const QStringList &args)
{
    if (args.size() != 1) {
        return usage(tr("form export takes one FILE or case reference."));
    }
    auto target = open(args.first());
    if (!target) {
        return Failed;
    }
    if (json()) {
        printJson(target->form->valuesToJson());
        return Ok;
    }
    for (const FormField &field : target->form->fields()) {
        if (field.kind != FormFieldKind::PushButton && field.kind != FormFieldKind::Signature) {
            print(QStringLiteral("%1: %2").arg(field.name, shownValue(field)));
        }
    }
    return Ok;
}

int FormCommands::fill(const QStringList &args)
{
    if (args.size() != 1) {
        return usage(tr("form fill takes one FILE or case reference."));
    }
    const bool stored = parser_.isSet(QStringLiteral("doc"));
    const bool fromCase = parser_.isSet(QStringLiteral("from-case"));
    const bool withValues = parser_.isSet(QStringLiteral("values"));
    if (!stored && (!withValues || !parser_.isSet(QStringLiteral("out")))) {
        return usage(tr("form fill FILE needs --values and --out."));
    }
    if (stored && !fromCase && !withValues) {
        return usage(tr("form fill REF --doc needs --from-case, --values or both."));
    }
    if (!stored && fromCase) {
        return usage(tr("--from-case needs a stored form: REF --doc DOCUMENT."));
    }
    if (parser_.isSet(QStringLiteral("role"))
        && !domain::roleFromKey(parser_.value(QStringLiteral("role")))) {
        return usage(tr("Unknown role \"%1\": use clerk, team_leader or reader.")
                         .arg(parser_.value(QStringLiteral("role"))));
    }
    QJsonObject values;
    if (withValues) {
        QFile file(parser_.value(QStringLiteral("values")));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(tr("The values file %1 cannot be read: %2")
                            .arg(file.fileName(), file.errorString()),
                        Failed);
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isObject()) {
            return fail(tr("The values file %1 is not a JSON object: %2")
                            .arg(file.fileName(), error.errorString()),
                        Failed);
        }
        values = document.object();
    }
    auto target = open(args.first());
    if (!target) {
        return Failed;
    }
    PdfForm &form = *target->form;
    int fieldsSet = 0;
    if (fromCase) {
        std::optional<casework::FormMapping> mapping;
        if (parser_.isSet(QStringLiteral("mapping"))) {
            auto loaded = casework::FormMapping::load(parser_.value(QStringLiteral("mapping")));
            if (!loaded) {
                return fail(loaded.error().message, Failed);
            }
            mapping = *loaded;
        } else {
            mapping = casework::FormService::mappingFor(target->fileName);
        }
        if (!mapping) {
            return fail(tr("There is no mapping for the form %1: give one with --mapping.")
                            .arg(target->fileName),
                        Failed);
        }
        const domain::Role role = domain::roleFromKey(parser_.value(QStringLiteral("role")))
                                      .value_or(domain::Role::Clerk);
        casework::FormService service(*workspace_, role);
        auto data = service.caseData(target->caseId, QDate::currentDate());
        if (!data) {
            return fail(data.error().message, Failed);
        }
        auto caseValues = casework::FormService::valuesFor(form, *mapping, *data);
        if (!caseValues) {
            return fail(caseValues.error().message, Failed);
        }
        if (auto set = form.setValues(*caseValues, PdfForm::FillAs::Office); !set) {
            return fail(set.error().message, Failed);
        }
        fieldsSet += int(caseValues->size());
    }
    if (withValues) {
        // Values given by hand come last, so that they can correct what the case gave.
        if (auto set = form.setValuesFromJson(values); !set) {
            return fail(set.error().message, Failed);
        }
        fieldsSet += int(values.size());
    }
    if (!stored) {
        const QString out = parser_.value(QStringLiteral("out"));
        if (auto saved = form.saveAs(out); !saved) {
            return fail(saved.error().message, Failed);
        }
        if (json()) {
            printJson(QJsonObject{{QStringLiteral("file"), out},
                                  {QStringLiteral("values"), form.valuesToJson()}});
        } else {
            print(tr("Filled form written to %1.").arg(out));
        }
        return Ok;
    }
    const domain::Role role =
        domain::roleFromKey(parser_.value(QStringLiteral("role"))).value_or(domain::Role::Clerk);
    casework::FormService service(*workspace_, role);
    const QString source = fromCase && withValues ? QStringLiteral("case+values")
                           : fromCase             ? QStringLiteral("case")
                                                  : QStringLiteral("values");
    auto filled = service.saveFilled(target->caseId, target->documentId, form, fieldsSet, source);
    if (!filled) {
        return fail(filled.error().message, Failed);
    }
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("document"), target->documentId},
                              {QStringLiteral("version"), filled->version.number},
                              {QStringLiteral("versionId"), filled->version.id},
                              {QStringLiteral("sha256"), filled->version.sha256},
                              {QStringLiteral("values"), form.valuesToJson()}});
    } else {
        print(tr("Stored the filled form as version %1 of document %2.")
                  .arg(filled->version.number)
                  .arg(target->documentId));
    }
    return Ok;
}

}  // namespace workroom::ctl
