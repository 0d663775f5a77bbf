#pragma once

#include "PdfForm.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace workroom::widgets {

// The editors of one form field, one per widget of the field (FormField::widgets, same
// order): a radio group has one radio button per button, a field repeated on two pages two
// line edits that stay in step. A push button has none; a signature field a disabled
// placeholder.
struct FormFieldEditors {
    pdf::FormField field;
    QList<QPointer<QWidget>> editors;
};

// Creates Qt editors for PDF form fields, for the viewer to place over the page (at
// FormWidget::rect scaled to the zoom; call applyScale() whenever the zoom changes). The
// editors show the field's value, are disabled when the field is read-only, say when a field
// is required (tooltip, accessible description and a drawn asterisk, not colour alone) and
// report every change through valueChanged(). They follow the form's tab order when created
// in the order of PdfForm::fields().
class FormFieldEditorFactory : public QObject {
    Q_OBJECT

public:
    explicit FormFieldEditorFactory(QObject *parent = nullptr);

    // The editors are children of `parent`, hidden until the caller shows them. The factory
    // keeps track of them (for valueChanged and setValue) until they are destroyed.
    QList<QWidget *> createEditors(const pdf::FormField &field, QWidget *parent);

    // Shows a value (after an import, say) without emitting valueChanged.
    void setValue(const QString &fieldName, const pdf::FormValue &value);
    pdf::FormValue value(const QString &fieldName) const;

    // Fonts and comb cells follow the page's scale (device-independent pixels per PDF point).
    static void applyScale(const pdf::FormField &field, QWidget *editor, double pixelsPerPoint);

    // What the factory puts on every editor, for tests and for the viewer's accessibility.
    static inline constexpr const char *fieldNameProperty = "workroomFormField";
    static inline constexpr const char *requiredProperty = "workroomRequired";

signals:
    void valueChanged(const QString &fieldName, const workroom::pdf::FormValue &value);

private:
    void emitChange(const QString &fieldName, QWidget *source);
    static pdf::FormValue readEditors(const FormFieldEditors &editors);
    static void writeEditors(FormFieldEditors &editors, const pdf::FormValue &value,
                             QWidget *except);

    QList<FormFieldEditors> fields_;
};

}  // namespace workroom::widgets
