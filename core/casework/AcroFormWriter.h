#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace workroom::casework {

// Writes small A4 AcroForm PDFs without a GUI or Poppler: static text and lines in the
// standard 14 fonts (Helvetica with WinAnsi encoding, so German letters come through) and
// form fields of every kind, each widget with its own appearance streams so that any reader
// shows them without regenerating anything. The output has no time stamps or random IDs: the
// same calls give the same bytes. Coordinates are points from the page's top-left corner.
class AcroFormWriter {
public:
    struct Choice {
        QString exportValue;  // ASCII; stored as the value
        QString text;         // shown
    };

    struct Field {
        QString name;   // partial name, ASCII; '.' makes no hierarchy here
        QString label;  // /TU: what readers and screen readers call the field
        bool required = false;
        bool readOnly = false;
    };

    explicit AcroFormWriter(const QString &title);

    int addPage();  // A4 portrait; returns its index

    void text(int page, double x, double y, double size, const QString &text, bool bold = false);
    void line(int page, double x1, double y1, double x2, double y2, double width = 0.5);
    void box(int page, const QRectF &rect, double width = 0.6, double grey = 0.0);
    void fill(int page, const QRectF &rect, double grey);

    // maxLength 0: none. A comb field needs maxLength; its cells are drawn on the page.
    void textField(int page, const Field &field, const QRectF &rect, const QString &value = {},
                   bool multiLine = false, int maxLength = 0, bool comb = false,
                   double fontSize = 10);
    void checkBox(int page, const Field &field, const QRectF &rect, const QString &exportValue,
                  bool checked = false);
    struct RadioButton {
        QRectF rect;
        QString exportValue;
    };
    void radioGroup(int page, const Field &field, const QList<RadioButton> &buttons,
                    const QString &value = {});
    void comboBox(int page, const Field &field, const QRectF &rect, const QList<Choice> &choices,
                  const QString &value = {}, bool editable = false);
    void listBox(int page, const Field &field, const QRectF &rect, const QList<Choice> &choices,
                 const QStringList &values = {}, bool multiSelect = false);

    // An unsigned signature field: readers offer to sign there; Workroom lists it only.
    void signatureField(int page, const Field &field, const QRectF &rect);

    QByteArray toPdf() const;

private:
    struct Object {
        QByteArray body;
    };
    struct Page {
        QByteArray content;
        QList<int> annotations;  // object numbers, in tab order
    };

    int reserve();
    void set(int number, const QByteArray &body);
    int addStream(const QByteArray &dictionary, const QByteArray &data);
    int appearance(const QRectF &rect, const QByteArray &content, bool zapf = false);
    QByteArray fieldDictionary(const Field &field, const QByteArray &type, int flags) const;
    void addField(int page, int number);

    QString title_;
    QList<QByteArray> objects_;  // object n is objects_[n - 1]
    QList<Page> pages_;
    QList<int> fields_;  // top-level field objects
};

}  // namespace workroom::casework
