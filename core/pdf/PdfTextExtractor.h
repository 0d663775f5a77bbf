#pragma once

#include <QByteArray>
#include <QString>
#include <QtTypes>

#include <expected>

namespace workroom::pdf {

enum class PdfError {
    FileNotFound,
    Unreadable,
    NotAPdf,
    Damaged,
    PasswordRequired,
    WrongPassword,
    TooLarge
};

struct PdfProblem {
    PdfError error;
    QString message;  // translated, names the file; for the user, not for logs
};

struct PdfText {
    QString text;
    int pageCount = 0;  // of the whole document, also when the text was truncated
    bool truncated = false;
};

// Bigger files are refused with PdfError::TooLarge before Poppler parses them: no case-file
// document comes near this, and parsing such a file would hold a worker thread for minutes.
inline constexpr qint64 maxPdfFileSize = qint64(1) << 30;

// Extracts the text of every page in reading order, pages separated by "\n", and stops after
// maxChars characters (UTF-16 code units; a surrogate pair is never split), setting truncated.
// The password may be the user or the owner password, as the bytes the PDF was encrypted with.
// Never executes JavaScript. Safe to call from a worker thread: no GUI, no shared mutable state.
std::expected<PdfText, PdfProblem> extractPdfText(const QString &path, qint64 maxChars = 2'000'000,
                                                  const QByteArray &password = {});

}  // namespace workroom::pdf
