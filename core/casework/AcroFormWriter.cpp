#include "AcroFormWriter.h"

#include <QtMath>

#include <cmath>

namespace workroom::casework {

namespace {

constexpr double pageWidth = 595;
constexpr double pageHeight = 842;

// Objects whose numbers are fixed, so that every appearance can name the fonts.
constexpr int catalogObject = 1;
constexpr int pagesObject = 2;
constexpr int helveticaObject = 3;
constexpr int helveticaBoldObject = 4;
constexpr int zapfObject = 5;
constexpr int infoObject = 6;
constexpr int fixedObjects = 6;

// Field flags (PDF 32000-1, 12.7.3.1 and 12.7.4).
constexpr int flagReadOnly = 1 << 0;
constexpr int flagRequired = 1 << 1;
constexpr int flagMultiline = 1 << 12;
constexpr int flagNoToggleToOff = 1 << 14;
constexpr int flagRadio = 1 << 15;
constexpr int flagCombo = 1 << 17;
constexpr int flagEdit = 1 << 18;
constexpr int flagMultiSelect = 1 << 21;
constexpr int flagDoNotScroll = 1 << 23;
constexpr int flagComb = 1 << 24;

QByteArray num(double value)
{
    // Two decimals are finer than any printer; trailing zeros go so the output stays small.
    QByteArray text = QByteArray::number(std::round(value * 100) / 100, 'f', 2);
    while (text.endsWith('0')) {
        text.chop(1);
    }
    if (text.endsWith('.')) {
        text.chop(1);
    }
    return text == "-0" ? QByteArray("0") : text;
}

// WinAnsi (cp1252) bytes for the content streams: Latin-1 plus the typographic characters a
// German form uses.
QByteArray winAnsi(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x100) {
            bytes += char(u);
            continue;
        }
        switch (u) {
        case 0x20AC:
            bytes += '\x80';
            break;
        case 0x201E:
            bytes += '\x84';
            break;
        case 0x2026:
            bytes += '\x85';
            break;
        case 0x201C:
            bytes += '\x93';
            break;
        case 0x2013:
            bytes += '\x96';
            break;
        case 0x2014:
            bytes += '\x97';
            break;
        default:
            bytes += '?';
        }
    }
    return bytes;
}

QByteArray literal(const QByteArray &bytes)
{
    QByteArray out = "(";
    for (const char c : bytes) {
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + ')';
}

// A text string outside content streams (values, labels): UTF-16BE with its byte-order mark,
// which every reader understands whatever the characters.
QByteArray textString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text) {
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return hex + '>';
}

QByteArray name(const QString &text)
{
    QByteArray out = "/";
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        const bool regular = u > 0x20 && u < 0x7f && !QByteArray("()<>[]{}/%#").contains(c);
        if (regular) {
            out += c;
        } else {
            out += '#' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        }
    }
    return out;
}

QByteArray pdfRect(const QRectF &rect)
{
    return '[' + num(rect.left()) + ' ' + num(pageHeight - rect.bottom()) + ' ' + num(rect.right())
           + ' ' + num(pageHeight - rect.top()) + ']';
}

// Helvetica advance widths (per 1000) of the characters the samples use; anything else counts
// as an average letter. Only used to centre comb cells and to right-size nothing else.
double helveticaWidth(QChar c)
{
    if (c.isDigit()) {
        return 556;
    }
    if (c == u' ') {
        return 278;
    }
    if (c.isUpper()) {
        return 667;
    }
    return 540;
}

QByteArray circle(double cx, double cy, double r)
{
    // Four Bézier quarter arcs; 0.5523 puts the control points on the tangent.
    const double k = 0.5523 * r;
    return num(cx + r) + ' ' + num(cy) + " m " + num(cx + r) + ' ' + num(cy + k) + ' ' + num(cx + k)
           + ' ' + num(cy + r) + ' ' + num(cx) + ' ' + num(cy + r) + " c " + num(cx - k) + ' '
           + num(cy + r) + ' ' + num(cx - r) + ' ' + num(cy + k) + ' ' + num(cx - r) + ' ' + num(cy)
           + " c " + num(cx - r) + ' ' + num(cy - k) + ' ' + num(cx - k) + ' ' + num(cy - r) + ' '
           + num(cx) + ' ' + num(cy - r) + " c " + num(cx + k) + ' ' + num(cy - r) + ' '
           + num(cx + r) + ' ' + num(cy - k) + ' ' + num(cx + r) + ' ' + num(cy) + " c\n";
}

QByteArray textLine(double x, double y, double size, const QString &text)
{
    return "BT /Helv " + num(size) + " Tf 0 g " + num(x) + ' ' + num(y) + " Td "
           + literal(winAnsi(text)) + " Tj ET\n";
}

QByteArray choiceArray(const QList<AcroFormWriter::Choice> &choices)
{
    QByteArray out = "[";
    for (const AcroFormWriter::Choice &choice : choices) {
        out += '[' + textString(choice.exportValue) + ' ' + textString(choice.text) + "] ";
    }
    return out.trimmed() + ']';
}

QString shownText(const QList<AcroFormWriter::Choice> &choices, const QString &value)
{
    for (const AcroFormWriter::Choice &choice : choices) {
        if (choice.exportValue == value) {
            return choice.text;
        }
    }
    return value;
}

}  // namespace

AcroFormWriter::AcroFormWriter(const QString &title) : title_(title)
{
    for (int i = 0; i < fixedObjects; ++i) {
        reserve();
    }
}

int AcroFormWriter::reserve()
{
    objects_.append(QByteArray());
    return int(objects_.size());
}

void AcroFormWriter::set(int number, const QByteArray &body)
{
    objects_[number - 1] = body;
}

int AcroFormWriter::addStream(const QByteArray &dictionary, const QByteArray &data)
{
    const int number = reserve();
    set(number, "<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n"
                    + data + "\nendstream");
    return number;
}

int AcroFormWriter::appearance(const QRectF &rect, const QByteArray &content, bool zapf)
{
    const QByteArray font = zapf ? "/ZaDb " + QByteArray::number(zapfObject) + " 0 R"
                                 : "/Helv " + QByteArray::number(helveticaObject) + " 0 R";
    return addStream("/Type /XObject /Subtype /Form /BBox [0 0 " + num(rect.width()) + ' '
                         + num(rect.height()) + "] /Resources << /Font << " + font + " >> >>",
                     content);
}

int AcroFormWriter::addPage()
{
    pages_.append(Page{.content = {}, .annotations = {}});
    return int(pages_.size() - 1);
}

void AcroFormWriter::text(int page, double x, double y, double size, const QString &text, bool bold)
{
    pages_[page].content += "BT /" + QByteArray(bold ? "HeBo " : "Helv ") + num(size) + " Tf "
                            + num(x) + ' ' + num(pageHeight - y) + " Td " + literal(winAnsi(text))
                            + " Tj ET\n";
}

void AcroFormWriter::line(int page, double x1, double y1, double x2, double y2, double width)
{
    pages_[page].content += num(width) + " w 0 G " + num(x1) + ' ' + num(pageHeight - y1) + " m "
                            + num(x2) + ' ' + num(pageHeight - y2) + " l S\n";
}

void AcroFormWriter::box(int page, const QRectF &rect, double width, double grey)
{
    pages_[page].content += num(width) + " w " + num(grey) + " G " + num(rect.left()) + ' '
                            + num(pageHeight - rect.bottom()) + ' ' + num(rect.width()) + ' '
                            + num(rect.height()) + " re S 0 G\n";
}

void AcroFormWriter::fill(int page, const QRectF &rect, double grey)
{
    pages_[page].content += num(grey) + " g " + num(rect.left()) + ' '
                            + num(pageHeight - rect.bottom()) + ' ' + num(rect.width()) + ' '
                            + num(rect.height()) + " re f 0 g\n";
}

QByteArray AcroFormWriter::fieldDictionary(const Field &field, const QByteArray &type,
                                           int flags) const
{
    flags |= field.readOnly ? flagReadOnly : 0;
    flags |= field.required ? flagRequired : 0;
    QByteArray dict = "/FT /" + type + " /T " + textString(field.name);
    if (!field.label.isEmpty()) {
        dict += " /TU " + textString(field.label);
    }
    return dict + " /Ff " + QByteArray::number(flags);
}

void AcroFormWriter::addField(int page, int number)
{
    pages_[page].annotations.append(number);
    fields_.append(number);
}

void AcroFormWriter::textField(int page, const Field &field, const QRectF &rect,
                               const QString &value, bool multiLine, int maxLength, bool comb,
                               double fontSize)
{
    box(page, rect, 0.6, 0.35);
    // Read-only fields get a light background, so that they do not look like an invitation.
    if (field.readOnly) {
        pages_[page].content +=
            "0.93 g " + num(rect.left() + 0.3) + ' ' + num(pageHeight - rect.bottom() + 0.3) + ' '
            + num(rect.width() - 0.6) + ' ' + num(rect.height() - 0.6) + " re f 0 g\n";
    }
    int flags = 0;
    QByteArray stream =
        "/Tx BMC\nq 1 1 " + num(rect.width() - 2) + ' ' + num(rect.height() - 2) + " re W n\n";
    if (comb && maxLength > 0) {
        flags |= flagComb | flagDoNotScroll;
        const double cell = rect.width() / maxLength;
        for (int i = 1; i < maxLength; ++i) {
            line(page, rect.left() + i * cell, rect.top() + rect.height() * 0.45,
                 rect.left() + i * cell, rect.bottom(), 0.4);
        }
        for (qsizetype i = 0; i < value.size() && i < maxLength; ++i) {
            const double width = helveticaWidth(value.at(i)) * fontSize / 1000;
            stream += textLine(i * cell + (cell - width) / 2,
                               (rect.height() - fontSize) / 2 + 0.22 * fontSize, fontSize,
                               value.mid(i, 1));
        }
    } else if (multiLine) {
        flags |= flagMultiline;
        const QStringList lines = value.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            stream += textLine(2, rect.height() - 2 - fontSize * (1.15 * double(i) + 0.9), fontSize,
                               lines.at(i));
        }
    } else if (!value.isEmpty()) {
        stream += textLine(2, (rect.height() - fontSize) / 2 + 0.22 * fontSize, fontSize, value);
    }
    stream += "Q\nEMC";
    const int ap = appearance(rect, stream);
    const int number = reserve();
    QByteArray dict = "<< /Type /Annot /Subtype /Widget " + fieldDictionary(field, "Tx", flags)
                      + " /Rect " + pdfRect(rect) + " /F 4 /DA (/Helv " + num(fontSize)
                      + " Tf 0 g)";
    if (maxLength > 0) {
        dict += " /MaxLen " + QByteArray::number(maxLength);
    }
    if (!value.isEmpty()) {
        dict += " /V " + textString(value) + " /DV " + textString(value);
    }
    dict += " /AP << /N " + QByteArray::number(ap) + " 0 R >> >>";
    set(number, dict);
    addField(page, number);
}

void AcroFormWriter::checkBox(int page, const Field &field, const QRectF &rect,
                              const QString &exportValue, bool checked)
{
    box(page, rect, 0.8, 0);
    // The tick is drawn, not set in ZapfDingbats: readers without that font (many Linux
    // systems) would otherwise show an empty box.
    const double w = rect.width();
    const double h = rect.height();
    const QByteArray mark = "q 0 G 1 J 1 j " + num(std::max(1.0, h * 0.14)) + " w " + num(w * 0.2)
                            + ' ' + num(h * 0.52) + " m " + num(w * 0.42) + ' ' + num(h * 0.26)
                            + " l " + num(w * 0.8) + ' ' + num(h * 0.78) + " l S Q";
    const int on = appearance(rect, mark, true);
    const int off = appearance(rect, "", true);
    const QByteArray state = checked ? name(exportValue) : QByteArray("/Off");
    const int number = reserve();
    set(number, "<< /Type /Annot /Subtype /Widget " + fieldDictionary(field, "Btn", 0) + " /Rect "
                    + pdfRect(rect) + " /F 4 /DA (/ZaDb 0 Tf 0 g) /MK << /CA (4) >>" + " /V "
                    + state + " /DV /Off /AS " + state + " /AP << /N << " + name(exportValue) + ' '
                    + QByteArray::number(on) + " 0 R /Off " + QByteArray::number(off)
                    + " 0 R >> >> >>");
    addField(page, number);
}

void AcroFormWriter::radioGroup(int page, const Field &field, const QList<RadioButton> &buttons,
                                const QString &value)
{
    const int parent = reserve();
    QByteArray kids;
    for (const RadioButton &button : buttons) {
        const QRectF &rect = button.rect;
        const double r = std::min(rect.width(), rect.height()) / 2;
        pages_[page].content += "0.8 w 0 G "
                                + circle(rect.center().x(), pageHeight - rect.center().y(), r - 0.5)
                                + "S\n";
        const int on = appearance(
            rect, "q 0 g " + circle(rect.width() / 2, rect.height() / 2, r * 0.5) + "f Q", true);
        const int off = appearance(rect, "", true);
        const QByteArray state = value == button.exportValue ? name(value) : QByteArray("/Off");
        const int kid = reserve();
        set(kid, "<< /Type /Annot /Subtype /Widget /Parent " + QByteArray::number(parent)
                     + " 0 R /Rect " + pdfRect(rect)
                     + " /F 4 /DA (/ZaDb 0 Tf 0 g) /MK << /CA (l) >> /AS " + state
                     + " /AP << /N << " + name(button.exportValue) + ' ' + QByteArray::number(on)
                     + " 0 R /Off " + QByteArray::number(off) + " 0 R >> >> >>");
        kids += QByteArray::number(kid) + " 0 R ";
        pages_[page].annotations.append(kid);
    }
    const QByteArray current = value.isEmpty() ? QByteArray("/Off") : name(value);
    set(parent, "<< " + fieldDictionary(field, "Btn", flagRadio | flagNoToggleToOff) + " /V "
                    + current + " /DV " + current + " /Kids [" + kids.trimmed() + "] >>");
    fields_.append(parent);
}

void AcroFormWriter::comboBox(int page, const Field &field, const QRectF &rect,
                              const QList<Choice> &choices, const QString &value, bool editable)
{
    box(page, rect, 0.6, 0.35);
    // The drop-down arrow is part of the page, so that readers without form support still
    // show what kind of field this is.
    const double a = rect.height() * 0.25;
    const double cx = rect.right() - rect.height() / 2;
    const double cy = pageHeight - rect.center().y();
    pages_[page].content += "0.4 g " + num(cx - a) + ' ' + num(cy + a / 2) + " m " + num(cx + a)
                            + ' ' + num(cy + a / 2) + " l " + num(cx) + ' ' + num(cy - a / 2)
                            + " l f 0 g\n";
    const double size = 10;
    QByteArray stream = "/Tx BMC\nq 1 1 " + num(rect.width() - rect.height() - 2) + ' '
                        + num(rect.height() - 2) + " re W n\n";
    if (!value.isEmpty()) {
        stream +=
            textLine(2, (rect.height() - size) / 2 + 0.22 * size, size, shownText(choices, value));
    }
    stream += "Q\nEMC";
    const int ap = appearance(rect, stream);
    const int number = reserve();
    QByteArray dict = "<< /Type /Annot /Subtype /Widget "
                      + fieldDictionary(field, "Ch", flagCombo | (editable ? flagEdit : 0))
                      + " /Rect " + pdfRect(rect) + " /F 4 /DA (/Helv 10 Tf 0 g) /Opt "
                      + choiceArray(choices);
    if (!value.isEmpty()) {
        dict += " /V " + textString(value) + " /DV " + textString(value);
    }
    set(number, dict + " /AP << /N " + QByteArray::number(ap) + " 0 R >> >>");
    addField(page, number);
}

void AcroFormWriter::listBox(int page, const Field &field, const QRectF &rect,
                             const QList<Choice> &choices, const QStringList &values,
                             bool multiSelect)
{
    box(page, rect, 0.6, 0.35);
    const double size = 10;
    const double row = size * 1.3;
    QByteArray stream =
        "/Tx BMC\nq 1 1 " + num(rect.width() - 2) + ' ' + num(rect.height() - 2) + " re W n\n";
    QByteArray indices;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const double top = rect.height() - 1 - row * double(i + 1);
        if (values.contains(choices.at(i).exportValue)) {
            stream += "0.6 0.75 0.9 rg 1 " + num(top) + ' ' + num(rect.width() - 2) + ' ' + num(row)
                      + " re f\n";
            indices += QByteArray::number(i) + ' ';
        }
        stream += textLine(3, top + 0.3 * size, size, choices.at(i).text);
    }
    stream += "Q\nEMC";
    const int ap = appearance(rect, stream);
    const int number = reserve();
    QByteArray dict = "<< /Type /Annot /Subtype /Widget "
                      + fieldDictionary(field, "Ch", multiSelect ? flagMultiSelect : 0) + " /Rect "
                      + pdfRect(rect) + " /F 4 /DA (/Helv 10 Tf 0 g) /Opt " + choiceArray(choices);
    if (values.size() == 1) {
        dict += " /V " + textString(values.first());
    } else if (values.size() > 1) {
        dict += " /V [";
        for (const QString &value : values) {
            dict += textString(value) + ' ';
        }
        dict = dict.trimmed() + ']';
    }
    if (!indices.isEmpty()) {
        dict += " /I [" + indices.trimmed() + ']';
    }
    set(number, dict + " /AP << /N " + QByteArray::number(ap) + " 0 R >> >>");
    addField(page, number);
}

void AcroFormWriter::signatureField(int page, const Field &field, const QRectF &rect)
{
    const int ap = appearance(rect, "");
    const int number = reserve();
    set(number, "<< /Type /Annot /Subtype /Widget " + fieldDictionary(field, "Sig", 0) + " /Rect "
                    + pdfRect(rect) + " /F 4 /AP << /N " + QByteArray::number(ap) + " 0 R >> >>");
    addField(page, number);
}

QByteArray AcroFormWriter::toPdf() const
{
    QList<QByteArray> objects = objects_;
    auto add = [&](const QByteArray &body) {
        objects.append(body);
        return int(objects.size());
    };
    const QByteArray fonts = "/Font << /Helv " + QByteArray::number(helveticaObject) + " 0 R /HeBo "
                             + QByteArray::number(helveticaBoldObject) + " 0 R /ZaDb "
                             + QByteArray::number(zapfObject) + " 0 R >>";
    QByteArray kids;
    QList<int> pageNumbers;
    for (const Page &page : pages_) {
        const int content = add("<< /Length " + QByteArray::number(page.content.size())
                                + " >>\nstream\n" + page.content + "endstream");
        QByteArray annots;
        for (int annotation : page.annotations) {
            annots += QByteArray::number(annotation) + " 0 R ";
        }
        const int number = add(
            "<< /Type /Page /Parent " + QByteArray::number(pagesObject) + " 0 R /MediaBox [0 0 "
            + num(pageWidth) + ' ' + num(pageHeight) + "] /Resources << " + fonts + " >> /Contents "
            + QByteArray::number(content) + " 0 R /Annots [" + annots.trimmed() + "] >>");
        pageNumbers.append(number);
        kids += QByteArray::number(number) + " 0 R ";
    }
    // Widgets name their page (/P), which some readers need to find it; the page numbers are
    // only known now, so the widget dictionaries get it here.
    for (qsizetype p = 0; p < pages_.size(); ++p) {
        for (int annotation : pages_.at(p).annotations) {
            QByteArray &body = objects[annotation - 1];
            body.insert(body.lastIndexOf(">>"),
                        "/P " + QByteArray::number(pageNumbers.at(p)) + " 0 R ");
        }
    }
    QByteArray fields;
    for (int field : fields_) {
        fields += QByteArray::number(field) + " 0 R ";
    }
    const int acroForm = add("<< /Fields [" + fields.trimmed() + "] /DR << " + fonts
                             + " >> /DA (/Helv 0 Tf 0 g) >>");
    objects[catalogObject - 1] = "<< /Type /Catalog /Pages " + QByteArray::number(pagesObject)
                                 + " 0 R /AcroForm " + QByteArray::number(acroForm)
                                 + " 0 R /Lang (de-DE) >>";
    objects[pagesObject - 1] = "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count "
                               + QByteArray::number(pages_.size()) + " >>";
    objects[helveticaObject - 1] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                                   "/Encoding /WinAnsiEncoding >>";
    objects[helveticaBoldObject - 1] = "<< /Type /Font /Subtype /Type1 /BaseFont "
                                       "/Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    objects[zapfObject - 1] = "<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>";
    objects[infoObject - 1] = "<< /Title " + textString(title_) + " /Producer (Workroom) >>";

    QByteArray pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root "
           + QByteArray::number(catalogObject) + " 0 R /Info " + QByteArray::number(infoObject)
           + " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace workroom::casework
