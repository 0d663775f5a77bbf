#include "TextExtraction.h"

#include "PdfTextExtractor.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace workroom::casework {

namespace {

// Beyond these sizes a document is stored but its text is not indexed: the index is for
// finding a case, and a few megabytes of text find it as well as a few hundred.
constexpr qint64 maxPdfBytes = 256LL << 20;
constexpr qint64 maxTextBytes = 8LL << 20;
constexpr qint64 maxChars = 2'000'000;

}  // namespace

ExtractedText extractText(const QString &path, const QString &mimeType)
{
    const qint64 size = QFileInfo(path).size();
    if (mimeType == QLatin1StringView("application/pdf")) {
        if (size > maxPdfBytes) {
            return {{}, QStringLiteral("skipped: too large")};
        }
        auto pdf = pdf::extractPdfText(path, maxChars);
        if (!pdf) {
            return {{}, QStringLiteral("failed: ") + pdf.error().message};
        }
        return {pdf->text, QStringLiteral("indexed")};
    }
    if (mimeType.startsWith(QLatin1StringView("text/"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {{}, QStringLiteral("failed: ") + file.errorString()};
        }
        const QByteArray bytes = file.read(std::min(size, maxTextBytes));
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (utf8.hasError()) {
            text = QString::fromLatin1(bytes);
        }
        return {text.left(maxChars), QStringLiteral("indexed")};
    }
    return {{}, QStringLiteral("none")};
}

}  // namespace workroom::casework
