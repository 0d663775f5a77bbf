#pragma once

#include "StorageError.h"

#include <QList>
#include <QString>

namespace workroom::storage {

class Database;

// What a search hit is about.
enum class SearchSource { Case = 0, Note = 1, DocumentVersion = 2 };

struct SearchHit {
    qint64 caseId = 0;
    SearchSource source = SearchSource::Case;
    qint64 sourceId = 0;  // the case, note or document version
    QString title;
    QString snippet;  // HTML: escaped text with the matches in <b>…</b>
    double rank = 0;  // bm25: lower is better
};

// The full-text index (FTS5) over case metadata, notes and document text. German-aware: the
// tokenizer drops diacritics (Müller finds Muller), text is folded so that ß and ss match,
// and a query word spelt with ae/oe/ue also finds ä/ö/ü. Every word is a prefix.
// Writers call the index inside their own transaction, so index and data never disagree.
class SearchIndex {
public:
    explicit SearchIndex(Database &db) : db_(db) {}

    Result<void> put(SearchSource source, qint64 sourceId, qint64 caseId, const QString &title,
                     const QString &body);
    Result<void> remove(SearchSource source, qint64 sourceId);

    // Ranked hits, best first. An empty or wordless query gives no hits.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50, qint64 workroomId = 0);
    // The ids of the matching cases, best first, each once.
    Result<QList<qint64>> matchingCases(const QString &query, int limit, qint64 workroomId = 0);

    // (Re)writes the index row of one case (0: of every case) from what the database holds.
    Result<void> reindexCases(qint64 caseId = 0);
    // Fills the index anew from cases and notes (document text is added by the importer).
    Result<void> rebuild();

    // The FTS5 expression for a user's query, or empty if it has no words. Public for tests.
    static QString toMatchExpression(const QString &query);
    // How text is stored: lower case, ß and ẞ as ss.
    static QString fold(const QString &text);

private:
    Database &db_;
};

}  // namespace workroom::storage
