#include "PdfTextExtractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRectF>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

namespace workroom::pdf {

namespace {

Q_LOGGING_CATEGORY(lcPdfText, "workroom.pdf")

// Acrobat, and Poppler with it, accepts the header anywhere in the first kilobyte, so bytes
// before it do not make a file "not a PDF".
constexpr qint64 headerSearchBytes = 1024;

std::unexpected<PdfProblem> failure(PdfError error, const QString &message)
{
    return std::unexpected(PdfProblem{.error = error, .message = message});
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Checks what can be checked without Poppler, so that Poppler only ever parses files that at
// least claim to be PDFs.
std::expected<void, PdfProblem> checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return failure(PdfError::FileNotFound,
                       QCoreApplication::translate("workroom::pdf", "The file %1 does not exist.")
                           .arg(shown(path)));
    }
    if (info.isDir()) {
        return failure(PdfError::Unreadable,
                       QCoreApplication::translate("workroom::pdf", "%1 is a folder, not a file.")
                           .arg(shown(path)));
    }
    QFile file(path);
    const QByteArray head =
        file.open(QIODevice::ReadOnly) ? file.read(headerSearchBytes) : QByteArray();
    if (file.error() != QFileDevice::NoError) {
        const QString message =
            QCoreApplication::translate("workroom::pdf", "The file %1 cannot be read: %2");
        return failure(PdfError::Unreadable, message.arg(shown(path), file.errorString()));
    }
    if (head.isEmpty()) {
        return failure(
            PdfError::NotAPdf,
            QCoreApplication::translate("workroom::pdf", "The file %1 is empty.").arg(shown(path)));
    }
    if (!head.contains("%PDF-")) {
        const QString message =
            QCoreApplication::translate("workroom::pdf", "The file %1 is not a PDF document.");
        return failure(PdfError::NotAPdf, message.arg(shown(path)));
    }
    if (file.size() > maxPdfFileSize) {
        const QLocale locale;
        const QString message = QCoreApplication::translate(
            "workroom::pdf", "The file %1 is too large to be read (%2; at most %3).");
        return failure(PdfError::TooLarge,
                       message.arg(shown(path), locale.formattedDataSize(file.size()),
                                   locale.formattedDataSize(maxPdfFileSize)));
    }
    return {};
}

// Appends as much of piece as still fits; false once something had to be left out.
bool appendWithin(QString &text, QStringView piece, qint64 maxChars)
{
    const qint64 room = maxChars - text.size();
    if (piece.size() <= room) {
        text += piece;
        return true;
    }
    qsizetype cut = qsizetype(std::max<qint64>(room, 0));
    // Half a surrogate pair is not a character; better one character less.
    if (cut > 0 && piece.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    text += piece.first(cut);
    return false;
}

}  // namespace

std::expected<PdfText, PdfProblem> extractPdfText(const QString &path, qint64 maxChars,
                                                  const QByteArray &password)
{
    if (const auto checked = checkFile(path); !checked) {
        return std::unexpected(checked.error());
    }

    // Loaded without a password first: a file encrypted with an empty user password (only
    // printing or copying restricted) opens then, even when the caller passed some password.
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        const QString message = QCoreApplication::translate(
            "workroom::pdf", "The file %1 is damaged and cannot be opened.");
        return failure(PdfError::Damaged, message.arg(shown(path)));
    }
    if (document->isLocked()) {
        if (password.isEmpty()) {
            const QString message = QCoreApplication::translate(
                "workroom::pdf", "The file %1 is protected by a password.");
            return failure(PdfError::PasswordRequired, message.arg(shown(path)));
        }
        // Either password opens the file for reading. unlock() returns whether the document is
        // still locked, which reads like the opposite, so ask isLocked() instead.
        document->unlock(password, password);
        if (document->isLocked()) {
            const QString message = QCoreApplication::translate(
                "workroom::pdf", "The password for the file %1 is not correct.");
            return failure(PdfError::WrongPassword, message.arg(shown(path)));
        }
    }

    // Poppler has no JavaScript engine and text extraction triggers no actions, so document
    // scripts never run here.
    PdfText result;
    result.pageCount = document->numPages();
    const qint64 limit = std::max<qint64>(maxChars, 0);
    for (int index = 0; index < result.pageCount; ++index) {
        if (index > 0 && !appendWithin(result.text, u"\n", limit)) {
            result.truncated = true;
            break;
        }
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page) {
            // One broken page must not cost the text of all others; the page number is all that
            // is logged, because file names may name persons.
            qCWarning(lcPdfText) << "skipping unreadable page" << index + 1 << "of"
                                 << result.pageCount;
            continue;
        }
        if (!appendWithin(result.text, page->text(QRectF()), limit)) {
            result.truncated = true;
            break;
        }
    }
    return result;
}

}  // namespace workroom::pdf
