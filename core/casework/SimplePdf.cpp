#include "SimplePdf.h"

namespace workroom::casework {

namespace {

// PDF string literal in WinAnsi (cp1252, which agrees with Latin-1 for German letters).
QByteArray pdfString(const QString &text)
{
    QByteArray bytes = text.toLatin1();
    QByteArray escaped;
    escaped.reserve(bytes.size() + 8);
    for (char c : bytes) {
        if (c == '(' || c == ')' || c == '\\') {
            escaped += '\\';
        }
        escaped += c;
    }
    return '(' + escaped + ')';
}

QByteArray pageContent(const QStringList &lines)
{
    QByteArray content = "BT\n";
    int y = 780;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool heading = i == 0;
        content += heading ? "/F1 16 Tf\n" : "/F1 11 Tf\n";
        content += "1 0 0 1 56 " + QByteArray::number(y) + " Tm\n";
        content += pdfString(lines.at(i)) + " Tj\n";
        y -= heading ? 30 : 16;
        if (y < 60) {
            break;  // a demo page never needs more; cut rather than run off the page
        }
    }
    content += "ET\n";
    return content;
}

}  // namespace

QByteArray SimplePdf::fromPages(const QString &title, const QList<QStringList> &pages)
{
    // Objects: 1 catalog, 2 pages, 3 font, 4 info, then a page and its content for each page.
    QList<QByteArray> objects;
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        kids += QByteArray::number(5 + i * 2) + " 0 R ";
    }
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count "
                   + QByteArray::number(pages.size()) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding "
                   "/WinAnsiEncoding >>");
    objects.append("<< /Title " + pdfString(title) + " /Producer (Workroom) >>");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
                       "/Font << /F1 3 0 R >> >> /Contents "
                       + QByteArray::number(6 + i * 2) + " 0 R >>");
        const QByteArray content = pageContent(pages.at(i));
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n"
                       + content + "endstream");
    }
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
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
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
           + " /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace workroom::casework
