#include "PdfForm.h"

#include "PdfFormExtras.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

#include <poppler-converter.h>
#include <poppler-form.h>
#include <poppler-qt6.h>

#include <algorithm>

namespace workroom::pdf {

namespace {

Q_LOGGING_CATEGORY(lcPdfForm, "workroom.pdf.form")

// lupdate sees the context of FormText::tr() calls through the macro.
class FormText {
    Q_DECLARE_TR_FUNCTIONS(workroom::pdf::PdfForm)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::unexpected<PdfProblem> loadFailure(PdfError error, const QString &message)
{
    return std::unexpected(PdfProblem{.error = error, .message = message});
}

std::unexpected<FormProblem> problem(FormError error, const QString &field, const QString &message)
{
    return std::unexpected(FormProblem{.error = error, .field = field, .message = message});
}

// What can be told without Poppler, so that Poppler only parses files that claim to be PDFs.
std::expected<void, PdfProblem> checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return loadFailure(PdfError::FileNotFound,
                           FormText::tr("The file %1 does not exist.").arg(shown(path)));
    }
    if (info.isDir()) {
        return loadFailure(PdfError::Unreadable,
                           FormText::tr("%1 is a folder, not a file.").arg(shown(path)));
    }
    QFile file(path);
    const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(1024) : QByteArray();
    if (file.error() != QFileDevice::NoError) {
        return loadFailure(
            PdfError::Unreadable,
            FormText::tr("The file %1 cannot be read: %2").arg(shown(path), file.errorString()));
    }
    if (!head.contains("%PDF-")) {
        return loadFailure(PdfError::NotAPdf,
                           FormText::tr("The file %1 is not a PDF document.").arg(shown(path)));
    }
    if (file.size() > maxPdfFileSize) {
        return loadFailure(PdfError::TooLarge,
                           FormText::tr("The file %1 is too large to be read.").arg(shown(path)));
    }
    return {};
}

// Poppler gives rectangles normalised to the rotated page; the API promises points on the
// unrotated page, which is what a viewer needs before it applies its own rotation.
QRectF unrotatedRect(const QRectF &normalized, QSizeF size, int rotation)
{
    const double w = size.width();
    const double h = size.height();
    auto map = [&](QPointF p) {
        switch (rotation) {
        case 90:
            return QPointF(w * p.y(), h * (1 - p.x()));
        case 180:
            return QPointF(w * (1 - p.x()), h * (1 - p.y()));
        case 270:
            return QPointF(w * (1 - p.y()), h * p.x());
        default:
            return QPointF(w * p.x(), h * p.y());
        }
    };
    return QRectF(map(normalized.topLeft()), map(normalized.bottomRight())).normalized();
}

int rotationDegrees(Poppler::Page::Orientation orientation)
{
    switch (orientation) {
    case Poppler::Page::Landscape:
        return 90;
    case Poppler::Page::UpsideDown:
        return 180;
    case Poppler::Page::Seascape:
        return 270;
    case Poppler::Page::Portrait:
        break;
    }
    return 0;
}

}  // namespace

struct PdfForm::Private {
    QString path;
    QByteArray resourceBytes;
    std::unique_ptr<Poppler::Document> document;
    QList<QSizeF> pageSizes;  // unrotated
    QList<int> rotations;
    bool xfaOnly = false;
    bool modified = false;
    QList<FormField> fields;
    // Poppler's widgets of each field, in the order of FormField::widgets.
    QMap<QString, std::vector<Poppler::FormField *>> widgetsByName;
    std::vector<std::unique_ptr<Poppler::FormField>> owned;

    FormValue readValue(const FormField &field) const;
    void refreshValues();
};

FormValue PdfForm::Private::readValue(const FormField &field) const
{
    const auto &widgets = widgetsByName.value(field.name);
    if (widgets.empty()) {
        return {};
    }
    switch (field.kind) {
    case FormFieldKind::Text:
        return FormValue(static_cast<Poppler::FormFieldText *>(widgets.front())->text());
    case FormFieldKind::CheckBox:
    case FormFieldKind::RadioGroup:
        for (std::size_t i = 0; i < widgets.size(); ++i) {
            if (static_cast<Poppler::FormFieldButton *>(widgets[i])->state()) {
                return FormValue(field.widgets.at(qsizetype(i)).exportValue);
            }
        }
        return FormValue(QStringLiteral("Off"));
    case FormFieldKind::ComboBox:
    case FormFieldKind::ListBox: {
        const auto *choice = static_cast<Poppler::FormFieldChoice *>(widgets.front());
        QStringList selected;
        for (int index : choice->currentChoices()) {
            if (index >= 0 && index < field.options.size()) {
                selected.append(field.options.at(index).exportValue);
            }
        }
        if (field.kind == FormFieldKind::ComboBox) {
            if (selected.isEmpty() && field.editable) {
                return FormValue(choice->editChoice());
            }
            return FormValue(selected.value(0));
        }
        return FormValue(selected);
    }
    case FormFieldKind::PushButton:
    case FormFieldKind::Signature:
        break;
    }
    return {};
}

void PdfForm::Private::refreshValues()
{
    for (FormField &field : fields) {
        field.value = readValue(field);
    }
}

PdfForm::PdfForm(std::unique_ptr<Private> data) : d(std::move(data)) {}
PdfForm::PdfForm(PdfForm &&other) noexcept = default;
PdfForm &PdfForm::operator=(PdfForm &&other) noexcept = default;
PdfForm::~PdfForm() = default;

std::expected<PdfForm, PdfProblem> PdfForm::open(const QString &path, const QByteArray &password)
{
    if (const auto checked = checkFile(path); !checked) {
        return std::unexpected(checked.error());
    }
    auto d = std::make_unique<Private>();
    d->path = path;
    if (path.startsWith(u':')) {
        // A Qt resource (the built-in sample forms): Poppler reads files only, so it gets the
        // bytes, which must live as long as the document.
        QFile resource(path);
        if (resource.open(QIODevice::ReadOnly)) {
            d->resourceBytes = resource.readAll();
        }
        d->document = Poppler::Document::loadFromData(d->resourceBytes);
    } else {
        d->document = Poppler::Document::load(path);
    }
    if (!d->document) {
        return loadFailure(
            PdfError::Damaged,
            FormText::tr("The file %1 is damaged and cannot be opened.").arg(shown(path)));
    }
    if (d->document->isLocked()) {
        if (password.isEmpty()) {
            return loadFailure(
                PdfError::PasswordRequired,
                FormText::tr("The file %1 is protected by a password.").arg(shown(path)));
        }
        d->document->unlock(password, password);
        if (d->document->isLocked()) {
            return loadFailure(
                PdfError::WrongPassword,
                FormText::tr("The password for the file %1 is not correct.").arg(shown(path)));
        }
    }

    // Flags Poppler's Qt interface does not tell (required, comb, defaults, tab order) come
    // from a small reader of the file's own objects; without them the form still works.
    const FormExtras extras = readFormExtras(path);

    const int pageCount = d->document->numPages();
    QMap<QString, qsizetype> indexByName;
    int tabIndex = 0;
    for (int pageIndex = 0; pageIndex < pageCount; ++pageIndex) {
        const std::unique_ptr<Poppler::Page> page = d->document->page(pageIndex);
        if (!page) {
            qCWarning(lcPdfForm) << "skipping unreadable page" << pageIndex + 1;
            d->pageSizes.append(QSizeF());
            d->rotations.append(0);
            continue;
        }
        const int rotation = rotationDegrees(page->orientation());
        QSizeF size = page->pageSizeF();
        if (rotation == 90 || rotation == 270) {
            size.transpose();
        }
        d->pageSizes.append(size);
        d->rotations.append(rotation);

        std::vector<std::unique_ptr<Poppler::FormField>> pageFields = page->formFields();
        // The page's widgets come in the order of its annotations; /Tabs /R and /C ask for
        // rows or columns instead.
        const QChar tabs = extras.tabsByPage.value(pageIndex);
        if (tabs == u'R' || tabs == u'C') {
            // Widgets a few points apart still count as one row (or column): forms are rarely
            // aligned to the last fraction of a point.
            auto key = [&](const std::unique_ptr<Poppler::FormField> &f) {
                const QRectF r = f->rect();
                const auto band = [](double normalized) { return std::lround(normalized * 200); };
                return tabs == u'R' ? std::pair(band(r.top()), r.left())
                                    : std::pair(band(r.left()), r.top());
            };
            std::stable_sort(pageFields.begin(), pageFields.end(),
                             [&](const auto &a, const auto &b) { return key(a) < key(b); });
        }
        for (std::unique_ptr<Poppler::FormField> &popplerField : pageFields) {
            const QString name = popplerField->fullyQualifiedName();
            FormWidget widget;
            widget.pageIndex = pageIndex;
            widget.rect = unrotatedRect(popplerField->rect(), size, rotation);
            widget.tabIndex = tabIndex++;

            FormField description;
            description.name = name;
            description.label = popplerField->uiName();
            description.readOnly = popplerField->isReadOnly();
            switch (popplerField->type()) {
            case Poppler::FormField::FormButton: {
                const auto *button = static_cast<Poppler::FormFieldButton *>(popplerField.get());
                switch (button->buttonType()) {
                case Poppler::FormFieldButton::Push:
                    description.kind = FormFieldKind::PushButton;
                    break;
                case Poppler::FormFieldButton::CheckBox:
                    description.kind = FormFieldKind::CheckBox;
                    widget.exportValue = button->caption();
                    break;
                case Poppler::FormFieldButton::Radio:
                    description.kind = FormFieldKind::RadioGroup;
                    widget.exportValue = button->caption();
                    break;
                }
                if (widget.exportValue.isEmpty() && description.kind != FormFieldKind::PushButton) {
                    widget.exportValue = QStringLiteral("Yes");
                }
                break;
            }
            case Poppler::FormField::FormText: {
                const auto *text = static_cast<Poppler::FormFieldText *>(popplerField.get());
                description.kind = FormFieldKind::Text;
                description.multiLine = text->textType() == Poppler::FormFieldText::Multiline;
                description.password = text->isPassword();
                description.maxLength = std::max(text->maximumLength(), 0);
                description.fontSize = text->getFontSize();
                description.alignment = text->textAlignment();
                break;
            }
            case Poppler::FormField::FormChoice: {
                const auto *choice = static_cast<Poppler::FormFieldChoice *>(popplerField.get());
                description.kind = choice->choiceType() == Poppler::FormFieldChoice::ComboBox
                                       ? FormFieldKind::ComboBox
                                       : FormFieldKind::ListBox;
                description.editable = choice->isEditable();
                description.multiSelect = choice->multiSelect();
                description.alignment = choice->textAlignment();
                for (const auto &[text, exportValue] : choice->choicesWithExportValues()) {
                    description.options.append(FormOption{
                        .exportValue = exportValue.isEmpty() ? text : exportValue, .text = text});
                }
                break;
            }
            case Poppler::FormField::FormSignature:
                description.kind = FormFieldKind::Signature;
                break;
            }
            if (const auto extra = extras.fields.constFind(name); extra != extras.fields.cend()) {
                if (description.label.isEmpty()) {
                    description.label = extra->label;
                }
                description.required = extra->required;
                description.comb = extra->comb && description.maxLength > 0;
                description.defaultValue = extra->defaultValue;
            }

            d->widgetsByName[name].push_back(popplerField.get());
            d->owned.push_back(std::move(popplerField));
            if (const auto known = indexByName.constFind(name); known != indexByName.cend()) {
                FormField &existing = d->fields[*known];
                existing.widgets.append(widget);
                if (!widget.exportValue.isEmpty()
                    && std::ranges::none_of(existing.options, [&](const FormOption &o) {
                           return o.exportValue == widget.exportValue;
                       })) {
                    existing.options.append(
                        {.exportValue = widget.exportValue, .text = widget.exportValue});
                }
                continue;
            }
            if (description.kind == FormFieldKind::CheckBox
                || description.kind == FormFieldKind::RadioGroup) {
                description.options.append(
                    {.exportValue = widget.exportValue, .text = widget.exportValue});
                if (description.defaultValue.items.isEmpty()) {
                    description.defaultValue = FormValue(QStringLiteral("Off"));
                }
            }
            description.widgets.append(widget);
            indexByName.insert(name, d->fields.size());
            d->fields.append(description);
        }
    }
    d->xfaOnly = d->fields.isEmpty() && d->document->formType() == Poppler::Document::XfaForm;
    d->refreshValues();
    return PdfForm(std::move(d));
}

QString PdfForm::path() const
{
    return d->path;
}

int PdfForm::pageCount() const
{
    return int(d->pageSizes.size());
}

QSizeF PdfForm::pageSize(int pageIndex) const
{
    return d->pageSizes.value(pageIndex);
}

int PdfForm::pageRotation(int pageIndex) const
{
    return d->rotations.value(pageIndex);
}

bool PdfForm::isXfaOnly() const
{
    return d->xfaOnly;
}

const QList<FormField> &PdfForm::fields() const
{
    return d->fields;
}

const FormField *PdfForm::field(const QString &name) const
{
    const auto found = std::ranges::find(d->fields, name, &FormField::name);
    return found == d->fields.cend() ? nullptr : &*found;
}

std::expected<void, FormProblem> PdfForm::validate(const QString &name, const FormValue &value,
                                                   FillAs as) const
{
    const FormField *f = field(name);
    if (!f) {
        return problem(FormError::UnknownField, name,
                       FormText::tr("The form has no field named \"%1\".").arg(name));
    }
    const QString shownName = f->label.isEmpty() ? f->name : f->label;
    const bool neverFilled =
        f->kind == FormFieldKind::PushButton || f->kind == FormFieldKind::Signature;
    if (neverFilled || (f->readOnly && as == FillAs::User)) {
        return problem(FormError::ReadOnly, name,
                       FormText::tr("The field \"%1\" cannot be changed.").arg(shownName));
    }
    const bool listValued = f->kind == FormFieldKind::ListBox;
    if (!listValued && value.items.size() != 1) {
        return problem(FormError::WrongShape, name,
                       FormText::tr("The field \"%1\" takes a single value.").arg(shownName));
    }
    if (listValued && !f->multiSelect && value.items.size() > 1) {
        return problem(
            FormError::WrongShape, name,
            FormText::tr("Only one entry can be chosen in the field \"%1\".").arg(shownName));
    }
    auto isOption = [&](const QString &item) {
        return std::ranges::any_of(f->options,
                                   [&](const FormOption &o) { return o.exportValue == item; });
    };
    switch (f->kind) {
    case FormFieldKind::Text:
        if (f->maxLength > 0 && value.text().size() > f->maxLength) {
            return problem(FormError::TooLong, name,
                           FormText::tr("The field \"%1\" takes at most %2 characters.")
                               .arg(shownName)
                               .arg(f->maxLength));
        }
        if (!f->multiLine && value.text().contains(u'\n')) {
            return problem(FormError::WrongShape, name,
                           FormText::tr("The field \"%1\" takes a single line.").arg(shownName));
        }
        break;
    case FormFieldKind::CheckBox:
    case FormFieldKind::RadioGroup:
        if (value.text() != u"Off" && !isOption(value.text())) {
            return problem(
                FormError::NotAnOption, name,
                FormText::tr("\"%1\" is not a value of the field \"%2\"; it takes %3 or Off.")
                    .arg(value.text(), shownName, [&] {
                        QStringList values;
                        for (const FormOption &o : f->options) {
                            values.append(o.exportValue);
                        }
                        return values.join(u", ");
                    }()));
        }
        break;
    case FormFieldKind::ComboBox:
        if (!f->editable && !value.text().isEmpty() && !isOption(value.text())) {
            return problem(FormError::NotAnOption, name,
                           FormText::tr("\"%1\" is not one of the choices of the field \"%2\".")
                               .arg(value.text(), shownName));
        }
        break;
    case FormFieldKind::ListBox:
        for (const QString &item : value.items) {
            if (!isOption(item)) {
                return problem(FormError::NotAnOption, name,
                               FormText::tr("\"%1\" is not one of the choices of the field \"%2\".")
                                   .arg(item, shownName));
            }
        }
        break;
    case FormFieldKind::PushButton:
    case FormFieldKind::Signature:
        break;
    }
    return {};
}

std::expected<void, FormProblem> PdfForm::setValue(const QString &name, const FormValue &value,
                                                   FillAs as)
{
    if (auto valid = validate(name, value, as); !valid) {
        return valid;
    }
    const FormField *f = field(name);
    const auto &widgets = d->widgetsByName.value(name);
    // Poppler refuses to change a read-only field; the office may, so the flag is lifted for
    // the change and put back, and the saved file keeps the field read-only.
    struct ReadOnlyLift {
        const std::vector<Poppler::FormField *> &widgets;
        bool lifted;
        ~ReadOnlyLift()
        {
            for (Poppler::FormField *widget : widgets) {
                if (lifted) {
                    widget->setReadOnly(true);
                }
            }
        }
    } lift{widgets, f->readOnly};
    if (lift.lifted) {
        for (Poppler::FormField *widget : widgets) {
            widget->setReadOnly(false);
        }
    }
    switch (f->kind) {
    case FormFieldKind::Text:
        // Every widget of the field shows the value; Poppler rebuilds their appearances.
        for (Poppler::FormField *widget : widgets) {
            static_cast<Poppler::FormFieldText *>(widget)->setText(value.text());
        }
        break;
    case FormFieldKind::CheckBox:
    case FormFieldKind::RadioGroup: {
        const bool off = value.text() == u"Off";
        for (std::size_t i = 0; i < widgets.size(); ++i) {
            auto *button = static_cast<Poppler::FormFieldButton *>(widgets[i]);
            const bool on = !off && f->widgets.at(qsizetype(i)).exportValue == value.text();
            if (button->state() != on) {
                button->setState(on);
            }
        }
        break;
    }
    case FormFieldKind::ComboBox:
    case FormFieldKind::ListBox: {
        QList<int> indices;
        for (const QString &item : value.items) {
            for (qsizetype i = 0; i < f->options.size(); ++i) {
                if (f->options.at(i).exportValue == item) {
                    indices.append(int(i));
                    break;
                }
            }
        }
        for (Poppler::FormField *widget : widgets) {
            auto *choice = static_cast<Poppler::FormFieldChoice *>(widget);
            if (f->kind == FormFieldKind::ComboBox && f->editable && indices.isEmpty()) {
                choice->setEditChoice(value.text());
            } else {
                choice->setCurrentChoices(indices);
            }
        }
        break;
    }
    case FormFieldKind::PushButton:
    case FormFieldKind::Signature:
        break;
    }
    d->modified = true;
    d->refreshValues();
    return {};
}

std::expected<void, FormProblem> PdfForm::setValues(const QMap<QString, FormValue> &values,
                                                    FillAs as)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (auto valid = validate(it.key(), it.value(), as); !valid) {
            return valid;
        }
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (auto set = setValue(it.key(), it.value(), as); !set) {
            return set;
        }
    }
    return {};
}

bool PdfForm::isModified() const
{
    return d->modified;
}

QMap<QString, FormValue> PdfForm::values() const
{
    QMap<QString, FormValue> result;
    for (const FormField &f : d->fields) {
        if (f.kind != FormFieldKind::PushButton && f.kind != FormFieldKind::Signature) {
            result.insert(f.name, f.value);
        }
    }
    return result;
}

QJsonObject PdfForm::valuesToJson() const
{
    QJsonObject json;
    for (const FormField &f : d->fields) {
        if (f.kind == FormFieldKind::PushButton || f.kind == FormFieldKind::Signature) {
            continue;
        }
        if (f.kind == FormFieldKind::ListBox) {
            json.insert(f.name, QJsonArray::fromStringList(f.value.items));
        } else {
            json.insert(f.name, f.value.text());
        }
    }
    return json;
}

std::expected<QMap<QString, FormValue>, FormProblem>
PdfForm::parseValuesJson(const QJsonObject &json)
{
    QMap<QString, FormValue> values;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.value().isString()) {
            values.insert(it.key(), FormValue(it.value().toString()));
        } else if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &item : it.value().toArray()) {
                if (!item.isString()) {
                    return problem(
                        FormError::InvalidJson, it.key(),
                        FormText::tr("The value of \"%1\" must be a list of texts.").arg(it.key()));
                }
                items.append(item.toString());
            }
            values.insert(it.key(), FormValue(items));
        } else {
            return problem(FormError::InvalidJson, it.key(),
                           FormText::tr("The value of \"%1\" must be a text or a list of texts.")
                               .arg(it.key()));
        }
    }
    return values;
}

std::expected<void, FormProblem> PdfForm::setValuesFromJson(const QJsonObject &json)
{
    auto parsed = parseValuesJson(json);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    for (auto it = parsed->begin(); it != parsed->end();) {
        const FormField *f = field(it.key());
        if (!f) {
            ++it;  // validate() reports it
            continue;
        }
        if (f->kind == FormFieldKind::ListBox && it->items.size() == 1 && it->text().isEmpty()) {
            it->items.clear();
        }
        // Read-only fields export their value; importing the same value again is no change
        // and must not make a round trip fail.
        if (!f->fillable() && f->value == *it) {
            it = parsed->erase(it);
            continue;
        }
        ++it;
    }
    return setValues(*parsed);
}

std::expected<void, FormProblem> PdfForm::saveAs(const QString &path) const
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(d->path).absoluteFilePath()) {
        return problem(
            FormError::SaveFailed, {},
            FormText::tr("A filled form is saved as a new file, never over %1.").arg(shown(path)));
    }
    // Written beside the target and renamed, so that a failed save leaves no half file.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    const std::unique_ptr<Poppler::PDFConverter> converter = d->document->pdfConverter();
    converter->setOutputFileName(partial);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert()) {
        QFile::remove(partial);
        qCWarning(lcPdfForm) << "saving the filled form failed, Poppler error"
                             << int(converter->lastError());
        return problem(FormError::SaveFailed, {},
                       FormText::tr("The filled form could not be saved as %1.").arg(shown(path)));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return problem(FormError::SaveFailed, {},
                       FormText::tr("The filled form could not be saved as %1.").arg(shown(path)));
    }
    return {};
}

QString formFieldKindName(FormFieldKind kind)
{
    switch (kind) {
    case FormFieldKind::Text:
        return QStringLiteral("text");
    case FormFieldKind::CheckBox:
        return QStringLiteral("checkbox");
    case FormFieldKind::RadioGroup:
        return QStringLiteral("radio");
    case FormFieldKind::ComboBox:
        return QStringLiteral("combobox");
    case FormFieldKind::ListBox:
        return QStringLiteral("listbox");
    case FormFieldKind::PushButton:
        return QStringLiteral("pushbutton");
    case FormFieldKind::Signature:
        return QStringLiteral("signature");
    }
    return {};
}

QJsonObject fieldToJson(const FormField &field)
{
    QJsonObject json{{QStringLiteral("name"), field.name},
                     {QStringLiteral("type"), formFieldKindName(field.kind)},
                     {QStringLiteral("page"), field.pageIndex() + 1},
                     {QStringLiteral("tabIndex"), field.tabIndex()},
                     {QStringLiteral("readOnly"), field.readOnly},
                     {QStringLiteral("required"), field.required}};
    if (!field.label.isEmpty()) {
        json.insert(QStringLiteral("label"), field.label);
    }
    if (field.kind == FormFieldKind::Text) {
        json.insert(QStringLiteral("multiLine"), field.multiLine);
        json.insert(QStringLiteral("comb"), field.comb);
        json.insert(QStringLiteral("password"), field.password);
        if (field.maxLength > 0) {
            json.insert(QStringLiteral("maxLength"), field.maxLength);
        }
    }
    if (field.kind == FormFieldKind::ComboBox) {
        json.insert(QStringLiteral("editable"), field.editable);
    }
    if (field.kind == FormFieldKind::ListBox) {
        json.insert(QStringLiteral("multiSelect"), field.multiSelect);
    }
    if (!field.options.isEmpty()) {
        QJsonArray options;
        for (const FormOption &option : field.options) {
            options.append(QJsonObject{{QStringLiteral("value"), option.exportValue},
                                       {QStringLiteral("text"), option.text}});
        }
        json.insert(QStringLiteral("options"), options);
    }
    auto valueJson = [&](const FormValue &value) -> QJsonValue {
        if (field.kind == FormFieldKind::ListBox) {
            return QJsonArray::fromStringList(value.items);
        }
        return value.text();
    };
    if (field.kind != FormFieldKind::PushButton && field.kind != FormFieldKind::Signature) {
        json.insert(QStringLiteral("value"), valueJson(field.value));
        json.insert(QStringLiteral("default"), valueJson(field.defaultValue));
    }
    QJsonArray widgets;
    for (const FormWidget &widget : field.widgets) {
        QJsonObject w{
            {QStringLiteral("page"), widget.pageIndex + 1},
            {QStringLiteral("rect"), QJsonArray{widget.rect.x(), widget.rect.y(),
                                                widget.rect.width(), widget.rect.height()}}};
        if (!widget.exportValue.isEmpty()) {
            w.insert(QStringLiteral("exportValue"), widget.exportValue);
        }
        widgets.append(w);
    }
    json.insert(QStringLiteral("widgets"), widgets);
    return json;
}

}  // namespace workroom::pdf
