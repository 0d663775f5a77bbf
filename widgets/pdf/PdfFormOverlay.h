#pragma once

#include "PdfDocument.h"
#include "PdfForm.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QWidget;

namespace workroom::widgets {

class FormFieldEditorFactory;
class PdfView;

// The editors of a fillable AcroForm, placed over the fields of the pages in a PdfView and
// moved with scrolling, zoom and rotation. The form is read off the GUI thread; the tab order
// is the form's; read-only fields stay read-only and required ones are marked (both by the
// editor factory). Saving writes a filled copy on a worker thread.
class PdfFormOverlay : public QObject {
    Q_OBJECT

public:
    PdfFormOverlay(PdfView *view, QObject *parent = nullptr);
    ~PdfFormOverlay() override;

    // Reads the form of the document (nullptr: none); the editors appear when it is read.
    void setDocument(std::shared_ptr<const pdf::PdfDocument> document, const QString &path,
                     const QByteArray &password);
    bool hasFields() const { return !fields_.isEmpty(); }
    bool isModified() const { return !changed_.isEmpty(); }
    const QList<pdf::FormField> &fields() const { return fields_; }
    QMap<QString, pdf::FormValue> changedValues() const { return changed_; }
    // Every editor in tab order.
    QList<QWidget *> editors() const;
    // The editors of one field (by its name), in the order of its widgets.
    QList<QWidget *> editorsOf(const QString &fieldName) const;

    // Writes the form with the values entered into a new file (in a folder the overlay owns)
    // on a worker thread and then calls `done` with its path; errors go to errorOccurred.
    void save(const QString &displayName, std::function<void(const QString &path)> done);
    // The same into a file of the caller's choice.
    void saveAs(const QString &path, std::function<void(const QString &path)> done);

signals:
    void formChanged();  // fields appeared or went
    void valueChanged(const QString &fieldName);
    void saved(const QString &path);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Placed {
        int field = 0;   // index into fields_
        int widget = 0;  // index into the field's widgets
        QPointer<QWidget> editor;
    };

    void clear();
    void build(std::shared_ptr<pdf::PdfForm> form);
    void place();

    PdfView *view_;
    FormFieldEditorFactory *factory_;
    QString path_;
    QByteArray password_;
    quint64 generation_ = 0;
    QList<pdf::FormField> fields_;
    QList<Placed> placed_;
    QMap<QString, pdf::FormValue> changed_;
    QList<int> pageRotations_;
    std::unique_ptr<QTemporaryDir> saves_;
    int saveCount_ = 0;
};

}  // namespace workroom::widgets
