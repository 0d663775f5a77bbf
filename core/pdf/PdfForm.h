#pragma once

#include "PdfTextExtractor.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>
#include <optional>

namespace workroom::pdf {

// What a form field is, as far as filling it goes.
enum class FormFieldKind {
    Text,        // single or multi-line, comb or password: see FormField
    CheckBox,    // value: the export value of its "on" state, or "Off"
    RadioGroup,  // value: the export value of the chosen button, or "Off" for none
    ComboBox,    // value: the export value of the chosen option (or free text when editable)
    ListBox,     // value: the export values of the selected options
    PushButton,  // listed for completeness; has no value and is never filled
    Signature    // listed so that the user sees it; never filled here (see core/signing)
};

// A value as the editors and the JSON files carry it: one string for every kind but list
// boxes, which have a list (possibly empty or of one entry).
struct FormValue {
    QStringList items;

    FormValue() = default;
    explicit FormValue(const QString &text) : items{text} {}
    explicit FormValue(const QStringList &list) : items(list) {}

    QString text() const { return items.value(0); }
    bool operator==(const FormValue &other) const = default;
};

// One option of a choice field, or one state of a check box or radio button.
struct FormOption {
    QString exportValue;  // what is stored in the file and in JSON
    QString text;         // what the user sees (equal to exportValue when the file has no other)
    bool operator==(const FormOption &other) const = default;
};

// One place on a page where a field shows (a widget annotation). A radio group has one per
// button; other fields usually one, more when the same field is repeated.
struct FormWidget {
    int pageIndex = 0;
    // In PDF points, origin at the top-left corner of the page's crop box, page NOT rotated
    // (as it would show with /Rotate 0); see PdfForm::pageSize() and pageRotation().
    QRectF rect;
    QString exportValue;  // check box and radio button: the value of its "on" state
    int tabIndex = 0;     // position in the form's tab sequence, 0-based over all widgets
};

struct FormField {
    QString name;   // fully qualified ("antrag.name"), the key in JSON and in mappings
    QString label;  // alternative name (/TU) for messages and accessibility; may be empty
    FormFieldKind kind = FormFieldKind::Text;

    bool readOnly = false;
    bool required = false;
    bool multiLine = false;    // text
    bool comb = false;         // text: maxLength cells of equal width
    bool password = false;     // text
    bool editable = false;     // combo box: free text allowed
    bool multiSelect = false;  // list box
    int maxLength = 0;         // text: 0 means no limit
    double fontSize = 0;       // text: 0 means auto
    Qt::Alignment alignment = Qt::AlignLeft;

    QList<FormOption> options;  // choices; for check boxes and radio groups their on-states
    QList<FormWidget> widgets;  // at least one
    FormValue value;
    FormValue defaultValue;

    int pageIndex() const { return widgets.isEmpty() ? 0 : widgets.first().pageIndex; }
    int tabIndex() const { return widgets.isEmpty() ? 0 : widgets.first().tabIndex; }
    bool fillable() const
    {
        return !readOnly && kind != FormFieldKind::PushButton && kind != FormFieldKind::Signature;
    }
};

enum class FormError {
    UnknownField,
    ReadOnly,     // read-only fields, push buttons and signatures are never changed
    TooLong,      // more characters than maxLength
    NotAnOption,  // not one of the options (and not an editable combo box)
    WrongShape,   // a list for a single-valued field, several items for a single-select list
    InvalidJson,  // the values file is not a JSON object of strings and string arrays
    SaveFailed,
    NoForm,  // the document has no AcroForm fields
    XfaOnly  // an XFA form: not supported (the static pages can still be shown)
};

struct FormProblem {
    FormError error;
    QString field;    // the field concerned, if any
    QString message;  // translated, for the user
};

// An AcroForm of one PDF file: lists its fields, changes their values (validated) and saves a
// filled copy. Poppler regenerates the appearance of every changed widget, so that the saved
// file shows the values in any reader. Opening never executes the document's JavaScript.
// Not thread-safe: one PdfForm belongs to one thread at a time (it may be created on a worker
// and then used elsewhere).
class PdfForm {
public:
    // Fails with a PdfProblem like extractPdfText() (missing file, not a PDF, damaged, password
    // required or wrong). A PDF without fields opens fine and has no fields(); an XFA-only
    // form opens too and reports isXfaOnly().
    static std::expected<PdfForm, PdfProblem> open(const QString &path,
                                                   const QByteArray &password = {});

    PdfForm(PdfForm &&other) noexcept;
    PdfForm &operator=(PdfForm &&other) noexcept;
    ~PdfForm();

    QString path() const;
    int pageCount() const;
    QSizeF pageSize(int pageIndex) const;   // crop box in points, unrotated
    int pageRotation(int pageIndex) const;  // 0, 90, 180 or 270 (clockwise)
    bool isXfaOnly() const;

    // Every field in tab order (by the first widget's tabIndex).
    const QList<FormField> &fields() const;
    const FormField *field(const QString &name) const;

    // Who fills: the user never changes read-only fields; the office (filling from case
    // data, such as the case reference in a field marked "filled by the authority") may.
    // Push buttons and signatures are never filled.
    enum class FillAs { User, Office };

    // Checks a value against the field without changing anything.
    std::expected<void, FormProblem> validate(const QString &name, const FormValue &value,
                                              FillAs as = FillAs::User) const;
    std::expected<void, FormProblem> setValue(const QString &name, const FormValue &value,
                                              FillAs as = FillAs::User);
    // All or nothing: every value is validated before the first one is set.
    std::expected<void, FormProblem> setValues(const QMap<QString, FormValue> &values,
                                               FillAs as = FillAs::User);
    bool isModified() const;

    // The values of all fillable fields (and read-only ones, which export but never import).
    QMap<QString, FormValue> values() const;
    // { "name": "text", "check": "Yes" | "Off", "list": ["a", "b"] } for every field with a
    // value (push buttons and signatures left out).
    QJsonObject valuesToJson() const;
    // Reads such an object: strings for single-valued fields, arrays of strings for list boxes
    // (a single string is accepted there too). Unknown names are refused, so that a typo in a
    // values file does not pass silently. Nothing is set unless everything is valid.
    std::expected<void, FormProblem> setValuesFromJson(const QJsonObject &json);
    static std::expected<QMap<QString, FormValue>, FormProblem>
    parseValuesJson(const QJsonObject &json);

    // Writes the document with the changed values to a new file (never over the opened one).
    std::expected<void, FormProblem> saveAs(const QString &path) const;

private:
    struct Private;
    explicit PdfForm(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

// The JSON form of one field's description (for workroomctl and tests).
QJsonObject fieldToJson(const FormField &field);
QString formFieldKindName(FormFieldKind kind);  // "text", "checkbox", "radio", …

}  // namespace workroom::pdf
