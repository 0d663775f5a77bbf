#pragma once

#include <QString>

namespace workroom::casework {

// Text of a document for the search index.
struct ExtractedText {
    QString text;
    QString state;  // "indexed", "none" (a kind without text), "skipped: …", "failed: …"
};

// PDFs through core/pdf, text files directly (UTF-8, else Latin-1); other kinds give none.
// Never fails: a document whose text cannot be read is still stored, just not searchable.
ExtractedText extractText(const QString &path, const QString &mimeType);

}  // namespace workroom::casework
