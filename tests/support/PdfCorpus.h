#pragma once

// PDF files made at test time: well-formed ones written object by object (so that their
// content is known exactly), forms, scanned-looking pages, and the bad input a viewer must
// survive. Header-only; needs QtGui (QImage for the scans) and, for the encrypted file, qpdf.

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QList>
#include <QProcess>
#include <QRandomGenerator>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace workroom::testing {

// Writes a PDF object by object and adds the cross-reference table at the end.
class PdfBuilder {
public:
    // Reserves an object number, so that objects can refer to each other before they exist.
    int reserve()
    {
        objects_.append(QByteArray());
        return int(objects_.size());
    }
    void set(int number, const QByteArray &body) { objects_[number - 1] = body; }
    int add(const QByteArray &body)
    {
        const int number = reserve();
        set(number, body);
        return number;
    }
    int addStream(const QByteArray &dictionary, const QByteArray &data)
    {
        return add("<< " + dictionary + " /Length " + QByteArray::number(data.size())
                   + " >>\nstream\n" + data + "\nendstream");
    }
    QByteArray finish(int root) const
    {
        QByteArray out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
        QList<qsizetype> offsets;
        for (qsizetype index = 0; index < objects_.size(); ++index) {
            offsets.append(out.size());
            out += QByteArray::number(index + 1) + " 0 obj\n" + objects_.at(index) + "\nendobj\n";
        }
        const qsizetype xref = out.size();
        out += "xref\n0 " + QByteArray::number(objects_.size() + 1) + "\n0000000000 65535 f \n";
        for (const qsizetype offset : offsets) {
            out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        }
        out += "trailer\n<< /Size " + QByteArray::number(objects_.size() + 1) + " /Root "
               + QByteArray::number(root) + " 0 R >>\nstartxref\n" + QByteArray::number(xref)
               + "\n%%EOF\n";
        return out;
    }

private:
    QList<QByteArray> objects_;
};

inline QByteArray pdfString(const QString &text)
{
    QByteArray latin = text.toLatin1();
    latin.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return '(' + latin + ')';
}

inline QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

struct TextPage {
    QSizeF size{595.28, 841.89};  // A4 in points
    QStringList lines;            // drawn from the top in Helvetica 12 pt
    int rotate = 0;               // the page's /Rotate
};

// The content stream of a page with lines of text from the top left.
inline QByteArray textContent(const TextPage &page)
{
    QByteArray content = "BT /F1 12 Tf 14 TL 56 " + number(page.size.height() - 72) + " Td\n";
    for (const QString &line : page.lines) {
        content += pdfString(line) + " Tj T*\n";
    }
    content += "ET\n";
    return content;
}

// A document of text pages; `catalogExtra` is added to the catalog (for actions, forms).
inline QByteArray textPdf(const QList<TextPage> &pages, const QByteArray &catalogExtra = {},
                          PdfBuilder *builder = nullptr)
{
    PdfBuilder own;
    PdfBuilder &pdf = builder ? *builder : own;
    const int catalog = pdf.reserve();
    const int tree = pdf.reserve();
    const int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                             "/Encoding /WinAnsiEncoding >>");
    QByteArray kids;
    for (const TextPage &page : pages) {
        const int content = pdf.addStream({}, textContent(page));
        const int pageObject =
            pdf.add("<< /Type /Page /Parent " + QByteArray::number(tree) + " 0 R /MediaBox [0 0 "
                    + number(page.size.width()) + ' ' + number(page.size.height()) + "] /Rotate "
                    + QByteArray::number(page.rotate) + " /Resources << /Font << /F1 "
                    + QByteArray::number(font) + " 0 R >> >> /Contents "
                    + QByteArray::number(content) + " 0 R >>");
        kids += QByteArray::number(pageObject) + " 0 R ";
    }
    pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size())
                      + " >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(tree) + " 0 R " + catalogExtra
                         + " >>");
    return pdf.finish(catalog);
}

inline QList<TextPage> numberedPages(int count, const QString &text = QStringLiteral("Seite"))
{
    QList<TextPage> pages;
    for (int index = 0; index < count; ++index) {
        pages.append(
            TextPage{.lines = {QStringLiteral("%1 %2 von %3").arg(text).arg(index + 1).arg(count),
                               QStringLiteral("Antrag auf Meldebescheinigung"),
                               QStringLiteral("Musterstadt, Beispielweg 12")}});
    }
    return pages;
}

// A form of `pages` pages, each with labelled text fields and a check box drawn with their
// appearance streams, as a municipal form would look.
inline QByteArray formPdf(int pages)
{
    PdfBuilder pdf;
    const int catalog = pdf.reserve();
    const int tree = pdf.reserve();
    const int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                             "/Encoding /WinAnsiEncoding >>");
    const QByteArray resources = "<< /Font << /F1 " + QByteArray::number(font) + " 0 R >> >>";
    const int emptyField = pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 300 20] "
                                         "/Resources "
                                             + resources,
                                         "0.9 0.93 1 rg 0 0 300 20 re f 0 0 0 RG 0 0 300 20 re S");
    const int boxOff = pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 14 14]",
                                     "0 0 0 RG 0.5 0.5 13 13 re S");
    const int boxOn = pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 14 14]",
                                    "0 0 0 RG 0.5 0.5 13 13 re S 2 2 m 12 12 l 2 12 m 12 2 l S");
    const QStringList labels = {QStringLiteral("Familienname"), QStringLiteral("Vornamen"),
                                QStringLiteral("Geburtsdatum"), QStringLiteral("Straße, Nr."),
                                QStringLiteral("PLZ, Ort"),     QStringLiteral("Telefon"),
                                QStringLiteral("E-Mail"),       QStringLiteral("Aktenzeichen")};
    QByteArray kids;
    QByteArray fields;
    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        const int pageObject = pdf.reserve();
        QByteArray content =
            "BT /F1 16 Tf 56 780 Td "
            + pdfString(
                QStringLiteral("Antrag auf Meldebescheinigung - Seite %1").arg(pageIndex + 1))
            + " Tj ET\n0.6 g 56 770 m 540 770 l S 0 g\n";
        QByteArray annots;
        for (qsizetype row = 0; row < labels.size(); ++row) {
            const double y = 720 - row * 60.0;
            content += "BT /F1 10 Tf 56 " + number(y + 24) + " Td " + pdfString(labels.at(row))
                       + " Tj ET\n";
            const int field = pdf.add(
                "<< /Type /Annot /Subtype /Widget /FT /Tx /T "
                + pdfString(QStringLiteral("p%1_feld%2").arg(pageIndex + 1).arg(row + 1))
                + " /Rect [56 " + number(y) + " 356 " + number(y + 20) + "] /P "
                + QByteArray::number(pageObject) + " 0 R /F 4 /DA (/Helv 10 Tf 0 g) /AP << /N "
                + QByteArray::number(emptyField) + " 0 R >> >>");
            annots += QByteArray::number(field) + " 0 R ";
            fields += QByteArray::number(field) + " 0 R ";
        }
        const int check = pdf.add(
            "<< /Type /Annot /Subtype /Widget /FT /Btn /T "
            + pdfString(QStringLiteral("p%1_bestaetigt").arg(pageIndex + 1))
            + " /Rect [56 200 70 214] /P " + QByteArray::number(pageObject)
            + " 0 R /F 4 /V /Off /AS /Off /MK << /CA (8) >> /DA (/ZaDb 0 Tf 0 g) /AP << /N << "
              "/Yes "
            + QByteArray::number(boxOn) + " 0 R /Off " + QByteArray::number(boxOff)
            + " 0 R >> >> >>");
        annots += QByteArray::number(check) + " 0 R ";
        fields += QByteArray::number(check) + " 0 R ";
        content += "BT /F1 10 Tf 80 203 Td (Ich versichere die Richtigkeit meiner Angaben.) "
                   "Tj ET\n";
        for (int line = 0; line < 12; ++line) {
            content += "BT /F1 8 Tf 56 " + number(180 - line * 10.0) + " Td "
                       + pdfString(QStringLiteral("Hinweis %1: Die Angaben werden nach dem "
                                                  "Bundesmeldegesetz verarbeitet.")
                                       .arg(line + 1))
                       + " Tj ET\n";
        }
        const int contentObject = pdf.addStream({}, content);
        pdf.set(pageObject, "<< /Type /Page /Parent " + QByteArray::number(tree)
                                + " 0 R /MediaBox [0 0 595.28 841.89] /Resources " + resources
                                + " /Contents " + QByteArray::number(contentObject)
                                + " 0 R /Annots [" + annots + "] >>");
        kids += QByteArray::number(pageObject) + " 0 R ";
    }
    const int helv = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                             "/Encoding /WinAnsiEncoding >>");
    const int zadb = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>");
    pdf.set(tree,
            "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(tree)
                         + " 0 R /AcroForm << /Fields [" + fields
                         + "] /DA (/Helv 0 Tf 0 g) /DR "
                           "<< /Font << /Helv "
                         + QByteArray::number(helv) + " 0 R /ZaDb " + QByteArray::number(zadb)
                         + " 0 R >> >> >> >>");
    return pdf.finish(catalog);
}

// A photo-like picture (smooth shapes and grain), as JPEG bytes, to stand for a scanned page.
inline QByteArray scanJpeg(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB888);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const double wave = std::sin(x / 97.0 + seed) * std::cos(y / 131.0) * 60;
            const int grain = int(random.bounded(40)) - 20;
            line[3 * x] = uchar(std::clamp(200 + int(wave) + grain, 0, 255));
            line[3 * x + 1] = uchar(std::clamp(190 + int(wave / 2) + grain, 0, 255));
            line[3 * x + 2] = uchar(std::clamp(170 - int(wave / 3) + grain, 0, 255));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(75);
    writer.write(image);
    return jpeg;
}

// `pages` A4 pages, each one JPEG picture at `dpi` filling the page, like a scanner's output.
inline QByteArray scannedPdf(int pages, int dpi)
{
    PdfBuilder pdf;
    const int catalog = pdf.reserve();
    const int tree = pdf.reserve();
    const int width = int(std::lround(8.27 * dpi));
    const int height = int(std::lround(11.69 * dpi));
    QByteArray kids;
    for (int index = 0; index < pages; ++index) {
        const QByteArray jpeg = scanJpeg(width, height, quint32(index + 1));
        const int image =
            pdf.addStream("/Type /XObject /Subtype /Image /Width " + QByteArray::number(width)
                              + " /Height " + QByteArray::number(height)
                              + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode",
                          jpeg);
        const int content = pdf.addStream({}, "q 595.28 0 0 841.89 0 0 cm /Im0 Do Q");
        const int page = pdf.add("<< /Type /Page /Parent " + QByteArray::number(tree)
                                 + " 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject "
                                   "<< /Im0 "
                                 + QByteArray::number(image) + " 0 R >> >> /Contents "
                                 + QByteArray::number(content) + " 0 R >>");
        kids += QByteArray::number(page) + " 0 R ";
    }
    pdf.set(tree,
            "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(tree) + " 0 R >>");
    return pdf.finish(catalog);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One file of the bad-input corpus and what opening it must give.
struct CorpusFile {
    QString name;
    QString path;
    // The error PdfDocument::open() must report (as the enum's integer), or none if it opens.
    std::optional<int> error;
    int pages = 0;  // when it opens
    bool xfaOnly = false;
};

namespace corpus {
// The values of workroom::pdf::PdfError, repeated so that this header needs no library.
inline constexpr int notAPdf = 2;
inline constexpr int damaged = 3;
inline constexpr int passwordRequired = 4;
}  // namespace corpus

inline const QByteArray corpusUserPassword = "user";
inline const QByteArray corpusOwnerPassword = "owner";

// Writes the bad-input corpus into `folder`; an empty list when something could not be made
// (qpdf missing, disk full), which the caller must treat as a failure.
inline QList<CorpusFile> makeBadPdfCorpus(const QString &folder)
{
    QList<CorpusFile> files;
    const auto put = [&](const QString &name, const QByteArray &bytes, std::optional<int> error,
                         int pages, bool xfa = false) {
        const QString path = QDir(folder).filePath(name);
        if (!writeFile(path, bytes)) {
            return false;
        }
        files.append(CorpusFile{name, path, error, pages, xfa});
        return true;
    };
    const QByteArray plain = textPdf(numberedPages(3));
    bool ok = put(QStringLiteral("plain.pdf"), plain, std::nullopt, 3);

    // qpdf with AES-256, user and owner password as in the issue.
    const QString source = QDir(folder).filePath(QStringLiteral("plain.pdf"));
    const QString encrypted = QDir(folder).filePath(QStringLiteral("encrypted.pdf"));
    const int qpdf =
        QProcess::execute(QStringLiteral("qpdf"),
                          {QStringLiteral("--encrypt"), QString::fromLatin1(corpusUserPassword),
                           QString::fromLatin1(corpusOwnerPassword), QStringLiteral("256"),
                           QStringLiteral("--"), source, encrypted});
    if (qpdf != 0) {
        return {};
    }
    files.append(
        CorpusFile{QStringLiteral("encrypted.pdf"), encrypted, corpus::passwordRequired, 3});

    // Cut in the middle of the page tree: no trailer, no cross-reference table.
    ok = ok
         && put(QStringLiteral("truncated.pdf"), plain.left(plain.indexOf("4 0 obj")),
                corpus::damaged, 0);
    ok = ok && put(QStringLiteral("truncated-header-only.pdf"), "%PDF-1.7\n", corpus::damaged, 0);

    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(4711);
    for (char &byte : noise) {
        byte = char(random.bounded(256));
    }
    ok = ok && put(QStringLiteral("random.pdf"), noise, corpus::notAPdf, 0);
    ok = ok && put(QStringLiteral("empty.pdf"), {}, corpus::notAPdf, 0);
    ok = ok
         && put(QStringLiteral("page.html.pdf"),
                "<!DOCTYPE html>\n<html><head><title>Antrag</title></head><body><p>Der "
                "Antrag steht als PDF bereit.</p></body></html>\n",
                corpus::notAPdf, 0);

    ok = ok
         && put(QStringLiteral("javascript.pdf"),
                textPdf(numberedPages(1, QStringLiteral("Skript")),
                        "/OpenAction << /S /JavaScript /JS (app.alert\\('geoeffnet'\\); "
                        "this.submitForm\\('http://127.0.0.1:9/'\\);) >> /AA << /WC << /S "
                        "/JavaScript /JS (app.alert\\(1\\);) >> >>"),
                std::nullopt, 1);

    // An XFA form: the AcroForm holds the XFA packet and no fields at all.
    {
        PdfBuilder pdf;
        const int xfa = pdf.addStream(
            {}, "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template "
                "xmlns=\"http://www.xfa.org/schema/xfa-template/3.3/\"><subform name=\"antrag\">"
                "<field name=\"name\"/></subform></template></xdp:xdp>");
        const QByteArray form = "/AcroForm << /Fields [] /XFA " + QByteArray::number(xfa)
                                + " 0 R >> /NeedsRendering false";
        ok = ok
             && put(QStringLiteral("xfa-only.pdf"),
                    textPdf({TextPage{.lines = {QStringLiteral("Please wait...")}}}, form, &pdf),
                    std::nullopt, 1, true);
    }

    ok = ok
         && put(QStringLiteral("thousand-pages.pdf"), textPdf(numberedPages(1000)), std::nullopt,
                1000);
    ok = ok
         && put(QStringLiteral("huge-page.pdf"),
                textPdf({TextPage{.size = QSizeF(14400, 14400),
                                  .lines = {QStringLiteral("Lageplan 200 x 200 Zoll")}}}),
                std::nullopt, 1);
    return ok ? files : QList<CorpusFile>();
}

}  // namespace workroom::testing
