#include "FormFieldEditorFactory.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRadioButton>

#include <algorithm>

namespace workroom::widgets {

namespace {

using pdf::FormField;
using pdf::FormFieldKind;
using pdf::FormValue;

constexpr const char *widgetIndexProperty = "workroomFormWidgetIndex";

// A line edit whose characters sit one in each cell, as the comb field on paper does; the
// cells are drawn so that the user sees how many characters fit.
class CombLineEdit : public QLineEdit {
public:
    CombLineEdit(int cells, QWidget *parent) : QLineEdit(parent), cells_(std::max(cells, 1))
    {
        setFrame(false);
        setMaxLength(cells_);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLineEdit::paintEvent(event);
        QPainter painter(this);
        QColor line = palette().color(QPalette::Mid);
        painter.setPen(QPen(line, 1));
        const double cell = double(width()) / cells_;
        painter.drawRect(QRectF(0.5, 0.5, width() - 1.0, height() - 1.0));
        for (int i = 1; i < cells_; ++i) {
            const double x = std::round(i * cell) + 0.5;
            painter.drawLine(QPointF(x, height() * 0.45), QPointF(x, height() - 1.0));
        }
    }

private:
    int cells_;
};

// An asterisk in the top-right corner of a required field's editor: a shape, so that it does
// not rely on colour. It lets mouse clicks through to the editor.
class RequiredMarker : public QWidget {
public:
    explicit RequiredMarker(QWidget *editor) : QWidget(editor)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        editor->installEventFilter(this);
        place();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize) {
            place();
        }
        return false;
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), std::max(1.2, width() / 7.0),
                            Qt::SolidLine, Qt::RoundCap));
        const QPointF centre(width() / 2.0, height() / 2.0);
        const double r = width() / 2.0 - 1.5;
        for (int i = 0; i < 3; ++i) {
            const double angle = M_PI / 2 + i * M_PI / 3;
            const QPointF d(r * std::cos(angle), r * std::sin(angle));
            painter.drawLine(centre - d, centre + d);
        }
    }

private:
    void place()
    {
        const auto *editor = parentWidget();
        const int side = std::clamp(editor->height() / 3, 7, 12);
        setGeometry(editor->width() - side - 1, 1, side, side);
        // A check box as small as its indicator has no room: there the tooltip and the
        // accessible description carry it (and the form's own label usually has an asterisk).
        setVisible(editor->width() >= 3 * side);
        raise();
    }
};

QString fieldTitle(const FormField &field)
{
    return field.label.isEmpty() ? field.name : field.label;
}

void describe(QWidget *editor, const FormField &field, int widgetIndex)
{
    editor->setProperty(FormFieldEditorFactory::fieldNameProperty, field.name);
    editor->setProperty(FormFieldEditorFactory::requiredProperty, field.required);
    editor->setProperty(widgetIndexProperty, widgetIndex);
    QString title = fieldTitle(field);
    if (field.kind == FormFieldKind::RadioGroup) {
        title = FormFieldEditorFactory::tr("%1: %2").arg(title,
                                                         field.widgets.at(widgetIndex).exportValue);
    }
    editor->setAccessibleName(title);
    QStringList notes;
    if (field.required) {
        notes.append(FormFieldEditorFactory::tr("Required field"));
    }
    if (field.readOnly) {
        notes.append(FormFieldEditorFactory::tr("Read-only field"));
    }
    if (field.kind == FormFieldKind::Text && field.maxLength > 0) {
        notes.append(FormFieldEditorFactory::tr("At most %n characters", nullptr, field.maxLength));
    }
    if (field.kind == FormFieldKind::Signature) {
        notes.append(FormFieldEditorFactory::tr("Signature field: sign the document instead"));
    }
    editor->setAccessibleDescription(notes.join(u". "));
    editor->setToolTip(notes.isEmpty() ? title : title + u'\n' + notes.join(u'\n'));
    if (field.required && !field.readOnly) {
        new RequiredMarker(editor);
    }
    // Read-only fields, and signatures, are shown but never edited here.
    editor->setEnabled(field.fillable());
    editor->hide();
}

QPlainTextEdit *makeMultiLine(const FormField &field, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);  // Tab moves on through the form, as in any other field
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    if (field.maxLength > 0) {
        const int limit = field.maxLength;
        QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [edit, limit] {
            const QString text = edit->toPlainText();
            if (text.size() > limit) {
                const QSignalBlocker blocker(edit);
                edit->setPlainText(text.left(limit));
                edit->moveCursor(QTextCursor::End);
            }
        });
    }
    return edit;
}

}  // namespace

FormFieldEditorFactory::FormFieldEditorFactory(QObject *parent) : QObject(parent)
{
    // For queued connections (a viewer that hands values to a worker) and signal spies.
    qRegisterMetaType<workroom::pdf::FormValue>();
}

QList<QWidget *> FormFieldEditorFactory::createEditors(const FormField &field, QWidget *parent)
{
    QList<QWidget *> created;
    QButtonGroup *group = nullptr;
    for (int i = 0; i < field.widgets.size(); ++i) {
        QWidget *editor = nullptr;
        switch (field.kind) {
        case FormFieldKind::Text:
            if (field.multiLine) {
                auto *edit = makeMultiLine(field, parent);
                connect(edit, &QPlainTextEdit::textChanged, this,
                        [this, name = field.name, edit] { emitChange(name, edit); });
                editor = edit;
            } else {
                auto *edit =
                    field.comb ? new CombLineEdit(field.maxLength, parent) : new QLineEdit(parent);
                if (field.maxLength > 0) {
                    edit->setMaxLength(field.maxLength);
                }
                if (field.password) {
                    edit->setEchoMode(QLineEdit::Password);
                }
                edit->setAlignment(field.alignment | Qt::AlignVCenter);
                connect(edit, &QLineEdit::textEdited, this,
                        [this, name = field.name, edit] { emitChange(name, edit); });
                editor = edit;
            }
            break;
        case FormFieldKind::CheckBox: {
            auto *box = new QCheckBox(parent);
            connect(box, &QCheckBox::clicked, this,
                    [this, name = field.name, box] { emitChange(name, box); });
            editor = box;
            break;
        }
        case FormFieldKind::RadioGroup: {
            auto *button = new QRadioButton(parent);
            if (!group) {
                group = new QButtonGroup(parent);
            }
            group->addButton(button, i);
            connect(button, &QRadioButton::clicked, this,
                    [this, name = field.name, button] { emitChange(name, button); });
            editor = button;
            break;
        }
        case FormFieldKind::ComboBox: {
            auto *combo = new QComboBox(parent);
            combo->setEditable(field.editable);
            if (!field.editable) {
                combo->addItem(QString(), QString());  // nothing chosen yet
            }
            for (const pdf::FormOption &option : field.options) {
                combo->addItem(option.text, option.exportValue);
            }
            if (field.editable) {
                connect(combo, &QComboBox::editTextChanged, this,
                        [this, name = field.name, combo] { emitChange(name, combo); });
            } else {
                connect(combo, &QComboBox::activated, this,
                        [this, name = field.name, combo] { emitChange(name, combo); });
            }
            editor = combo;
            break;
        }
        case FormFieldKind::ListBox: {
            auto *list = new QListWidget(parent);
            list->setSelectionMode(field.multiSelect ? QAbstractItemView::MultiSelection
                                                     : QAbstractItemView::SingleSelection);
            for (const pdf::FormOption &option : field.options) {
                auto *item = new QListWidgetItem(option.text, list);
                item->setData(Qt::UserRole, option.exportValue);
            }
            connect(list, &QListWidget::itemSelectionChanged, this,
                    [this, name = field.name, list] { emitChange(name, list); });
            editor = list;
            break;
        }
        case FormFieldKind::Signature: {
            auto *label = new QLabel(tr("Signature"), parent);
            label->setAlignment(Qt::AlignCenter);
            label->setFrameShape(QFrame::Box);
            editor = label;
            break;
        }
        case FormFieldKind::PushButton:
            break;
        }
        if (!editor) {
            continue;
        }
        describe(editor, field, i);
        created.append(editor);
    }
    if (created.isEmpty()) {
        return created;
    }
    FormFieldEditors entry{.field = field, .editors = {}};
    for (QWidget *editor : std::as_const(created)) {
        entry.editors.append(editor);
    }
    // Forget editors that are gone, so that the list does not grow with every page shown.
    fields_.removeIf([](const FormFieldEditors &known) {
        return std::ranges::all_of(known.editors, [](const auto &e) { return e.isNull(); });
    });
    writeEditors(entry, field.value, nullptr);
    fields_.append(entry);
    return created;
}

void FormFieldEditorFactory::setValue(const QString &fieldName, const FormValue &value)
{
    for (FormFieldEditors &entry : fields_) {
        if (entry.field.name == fieldName) {
            entry.field.value = value;
            writeEditors(entry, value, nullptr);
        }
    }
}

FormValue FormFieldEditorFactory::value(const QString &fieldName) const
{
    for (const FormFieldEditors &entry : fields_) {
        if (entry.field.name == fieldName) {
            return readEditors(entry);
        }
    }
    return {};
}

void FormFieldEditorFactory::emitChange(const QString &fieldName, QWidget *source)
{
    for (FormFieldEditors &entry : fields_) {
        if (entry.field.name != fieldName || !entry.editors.contains(source)) {
            continue;
        }
        FormValue current;
        if (entry.field.kind == FormFieldKind::RadioGroup
            || entry.field.kind == FormFieldKind::CheckBox) {
            // The clicked button decides: another copy of a check box may still show the old
            // state.
            const int index = source->property(widgetIndexProperty).toInt();
            const bool on = static_cast<QAbstractButton *>(source)->isChecked();
            current =
                FormValue(on ? entry.field.widgets.at(index).exportValue : QStringLiteral("Off"));
        } else {
            const FormFieldEditors single{.field = entry.field, .editors = {source}};
            current = readEditors(single);
        }
        if (current == entry.field.value) {
            return;
        }
        entry.field.value = current;
        writeEditors(entry, current, source);
        emit valueChanged(fieldName, current);
        return;
    }
}

FormValue FormFieldEditorFactory::readEditors(const FormFieldEditors &editors)
{
    const FormField &field = editors.field;
    for (const QPointer<QWidget> &editor : editors.editors) {
        if (!editor) {
            continue;
        }
        switch (field.kind) {
        case FormFieldKind::Text:
            if (auto *plain = qobject_cast<QPlainTextEdit *>(editor.data())) {
                return FormValue(plain->toPlainText());
            }
            return FormValue(static_cast<QLineEdit *>(editor.data())->text());
        case FormFieldKind::CheckBox:
        case FormFieldKind::RadioGroup: {
            auto *button = static_cast<QAbstractButton *>(editor.data());
            if (button->isChecked()) {
                const int index = editor->property(widgetIndexProperty).toInt();
                return FormValue(field.widgets.at(index).exportValue);
            }
            continue;
        }
        case FormFieldKind::ComboBox: {
            auto *combo = static_cast<QComboBox *>(editor.data());
            if (field.editable) {
                // A typed text that matches an option's text means that option.
                const int index = combo->findText(combo->currentText());
                return FormValue(index >= 0 ? combo->itemData(index).toString()
                                            : combo->currentText());
            }
            return FormValue(combo->currentData().toString());
        }
        case FormFieldKind::ListBox: {
            auto *list = static_cast<QListWidget *>(editor.data());
            QStringList selected;
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->isSelected()) {
                    selected.append(list->item(row)->data(Qt::UserRole).toString());
                }
            }
            return FormValue(selected);
        }
        case FormFieldKind::PushButton:
        case FormFieldKind::Signature:
            return {};
        }
    }
    if (field.kind == FormFieldKind::CheckBox || field.kind == FormFieldKind::RadioGroup) {
        return FormValue(QStringLiteral("Off"));
    }
    return {};
}

void FormFieldEditorFactory::writeEditors(FormFieldEditors &editors, const FormValue &value,
                                          QWidget *except)
{
    const FormField &field = editors.field;
    for (const QPointer<QWidget> &editor : editors.editors) {
        if (!editor || editor == except) {
            continue;
        }
        const QSignalBlocker blocker(editor.data());
        switch (field.kind) {
        case FormFieldKind::Text:
            if (auto *plain = qobject_cast<QPlainTextEdit *>(editor.data())) {
                if (plain->toPlainText() != value.text()) {
                    plain->setPlainText(value.text());
                }
            } else {
                static_cast<QLineEdit *>(editor.data())->setText(value.text());
            }
            break;
        case FormFieldKind::CheckBox:
        case FormFieldKind::RadioGroup: {
            auto *button = static_cast<QAbstractButton *>(editor.data());
            const int index = editor->property(widgetIndexProperty).toInt();
            const bool on = value.text() == field.widgets.at(index).exportValue;
            // An exclusive group refuses to uncheck its checked button; "Off" must clear it.
            QButtonGroup *group = button->group();
            const bool exclusive = group && group->exclusive();
            if (exclusive && !on) {
                group->setExclusive(false);
            }
            button->setChecked(on);
            if (exclusive && !on) {
                group->setExclusive(true);
            }
            break;
        }
        case FormFieldKind::ComboBox: {
            auto *combo = static_cast<QComboBox *>(editor.data());
            const int index = combo->findData(value.text());
            if (index >= 0) {
                combo->setCurrentIndex(index);
            } else if (field.editable) {
                combo->setEditText(value.text());
            } else {
                combo->setCurrentIndex(0);
            }
            break;
        }
        case FormFieldKind::ListBox: {
            auto *list = static_cast<QListWidget *>(editor.data());
            for (int row = 0; row < list->count(); ++row) {
                QListWidgetItem *item = list->item(row);
                item->setSelected(value.items.contains(item->data(Qt::UserRole).toString()));
            }
            break;
        }
        case FormFieldKind::PushButton:
        case FormFieldKind::Signature:
            break;
        }
    }
}

void FormFieldEditorFactory::applyScale(const FormField &field, QWidget *editor,
                                        double pixelsPerPoint)
{
    const int index = editor->property(widgetIndexProperty).toInt();
    if (index < 0 || index >= field.widgets.size()) {
        return;
    }
    const QRectF rect = field.widgets.at(index).rect;
    // Auto-sized text (font size 0) fills about two thirds of a one-line field, as readers do.
    double points =
        field.fontSize > 0 ? field.fontSize : std::clamp(rect.height() * 0.6, 6.0, 14.0);
    if (field.multiLine || field.kind == FormFieldKind::ListBox) {
        points = field.fontSize > 0 ? field.fontSize : 10.0;
    }
    QFont font = editor->font();
    if (field.comb && field.maxLength > 0) {
        font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    font.setPixelSize(std::max(1, int(std::lround(points * pixelsPerPoint))));
    if (auto *comb = dynamic_cast<CombLineEdit *>(editor)) {
        const double cell = rect.width() * pixelsPerPoint / field.maxLength;
        const double advance = QFontMetricsF(font).horizontalAdvance(u'0');
        font.setLetterSpacing(QFont::AbsoluteSpacing, std::max(0.0, cell - advance));
        // QLineEdit keeps a small margin of its own before the text; the rest centres the
        // first character in the first cell.
        const int left = std::max(0, int(std::lround((cell - advance) / 2.0)) - 2);
        // Letter spacing also follows the last character; without room for it the line edit
        // would scroll the first character out of its cell.
        comb->setTextMargins(left, 0, -int(std::ceil(cell)), 0);
    }
    editor->setFont(font);
}

}  // namespace workroom::widgets
