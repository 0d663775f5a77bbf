#pragma once

// Makes PDFs with embedded signatures for the tests, the way signing applications do it: a
// small one-page PDF, then one incremental update per signature that adds a signature field
// whose /V is a /Sig dictionary (/Adobe.PPKLite, /adbe.pkcs7.detached) with a /ByteRange and a
// zero-filled /Contents placeholder. The byte ranges (everything but the placeholder) are
// handed to a callback that returns the detached CMS, which is written into the placeholder in
// hex. The callback decides who signs (Workroom's Signer, or openssl for certificates the
// Signer refuses), so this header needs no signing library.

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class SignedPdfMaker {
public:
    // Returns the CMS for `content` (the signed ranges concatenated), or nothing on failure.
    using Sign = std::function<std::optional<QByteArray>(const QByteArray &content)>;

    struct Placeholder {
        qint64 begin = 0;  // offset of '<' of the /Contents hex string
        qint64 end = 0;    // offset just after its '>'
    };

    explicit SignedPdfMaker(const QByteArray &pageText = "Bescheid ueber die Sondernutzung")
    {
        const QByteArray stream = "BT /F1 14 Tf 72 720 Td (" + pageText + ") Tj ET\n";
        pdf_ = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
        QList<qint64> offsets;
        const auto object = [&](const QByteArray &body) {
            offsets.append(pdf_.size());
            pdf_ += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
        };
        object(catalog());
        object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        object(page());
        object("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream
               + "endstream");
        object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        const qint64 xref = pdf_.size();
        pdf_ += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
        for (const qint64 offset : std::as_const(offsets)) {
            pdf_ += entry(offset);
        }
        nextObject_ = int(offsets.size()) + 1;
        finish(xref, {});
    }

    const QByteArray &bytes() const { return pdf_; }
    // Where the /Contents of the latest signature lies, to damage it in tests.
    const Placeholder &lastPlaceholder() const { return placeholder_; }
    // The offset of the page's text in the file: inside the first signed range of every
    // signature.
    qint64 pageTextOffset() const { return pdf_.indexOf("Tj ET") - 4; }

    // Adds a signed signature field in a new incremental update. False when `sign` fails or
    // its CMS does not fit into `placeholderBytes`.
    bool addSignature(const Sign &sign, const QByteArray &fieldName = "Unterschrift",
                      int placeholderBytes = 16384,
                      const QByteArray &subFilter = "adbe.pkcs7.detached")
    {
        const int field = nextObject_++;
        const int value = nextObject_++;
        fields_.append(field);
        QList<std::pair<int, QByteArray>> objects;
        objects.append({1, catalog()});
        objects.append({3, page()});
        objects.append({field, "<< /Type /Annot /Subtype /Widget /FT /Sig /F 132 /T (" + fieldName
                                   + ") /V " + QByteArray::number(value)
                                   + " 0 R /P 3 0 R /Rect [0 0 0 0] >>"});
        // The byte range is written with room for ten digits per number and patched later.
        objects.append({value, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /" + subFilter
                                   + " "
                                     "/ByteRange [0 "
                                   + QByteArray(32, ' ')
                                   + "] /M (D:20261129120000+01'00') "
                                     "/Reason (Test) /Contents <"
                                   + QByteArray(placeholderBytes * 2, '0') + "> >>"});
        appendUpdate(objects);

        // The latest /Contents and /ByteRange are the last ones in the file.
        placeholder_.begin = pdf_.lastIndexOf("/Contents <") + 10;
        placeholder_.end = pdf_.indexOf('>', placeholder_.begin) + 1;
        const qint64 rangeAt = pdf_.lastIndexOf("/ByteRange [0 ") + 14;
        QByteArray range = QByteArray::number(placeholder_.begin) + ' '
                           + QByteArray::number(placeholder_.end) + ' '
                           + QByteArray::number(pdf_.size() - placeholder_.end) + ']';
        range = range.leftJustified(33, ' ');
        pdf_.replace(rangeAt, range.size(), range);

        const QByteArray content = pdf_.left(placeholder_.begin) + pdf_.mid(placeholder_.end);
        const std::optional<QByteArray> cms = sign(content);
        if (!cms || cms->size() > placeholderBytes) {
            return false;
        }
        const QByteArray hex = cms->toHex();
        pdf_.replace(placeholder_.begin + 1, hex.size(), hex);
        return true;
    }

    // An incremental update after the signatures (a document information dictionary), as a
    // viewer writes when it saves annotations: the signed ranges no longer reach the end.
    void appendInformationUpdate(const QByteArray &title = "Nachtrag")
    {
        const int info = nextObject_++;
        appendUpdate({{info, "<< /Title (" + title + ") >>"}},
                     " /Info " + QByteArray::number(info) + " 0 R");
    }

private:
    QByteArray catalog() const
    {
        QByteArray text = "<< /Type /Catalog /Pages 2 0 R";
        if (!fields_.isEmpty()) {
            text += " /AcroForm << /Fields [" + references() + "] /SigFlags 3 >>";
        }
        return text + " >>";
    }

    QByteArray page() const
    {
        QByteArray text = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                          "/Resources << /Font << /F1 5 0 R >> >>";
        if (!fields_.isEmpty()) {
            text += " /Annots [" + references() + "]";
        }
        return text + " >>";
    }

    QByteArray references() const
    {
        QByteArray text;
        for (const int field : fields_) {
            text += (text.isEmpty() ? "" : " ") + QByteArray::number(field) + " 0 R";
        }
        return text;
    }

    static QByteArray entry(qint64 offset)
    {
        // Exactly 20 bytes, as the cross-reference table requires.
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }

    void appendUpdate(const QList<std::pair<int, QByteArray>> &objects,
                      const QByteArray &extraTrailer = {})
    {
        QList<std::pair<int, qint64>> offsets;
        for (const auto &[number, body] : objects) {
            offsets.append({number, pdf_.size()});
            pdf_ += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
        }
        const qint64 xref = pdf_.size();
        pdf_ += "xref\n0 1\n0000000000 65535 f \n";
        for (const auto &[number, offset] : std::as_const(offsets)) {
            pdf_ += QByteArray::number(number) + " 1\n" + entry(offset);
        }
        finish(xref, " /Prev " + QByteArray::number(lastXref_) + extraTrailer);
    }

    void finish(qint64 xref, const QByteArray &extraTrailer)
    {
        pdf_ += "trailer\n<< /Size " + QByteArray::number(nextObject_) + " /Root 1 0 R"
                + extraTrailer + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        lastXref_ = xref;
    }

    QByteArray pdf_;
    QList<int> fields_;
    int nextObject_ = 1;
    qint64 lastXref_ = 0;
    Placeholder placeholder_;
};
