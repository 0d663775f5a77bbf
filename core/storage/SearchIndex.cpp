#include "SearchIndex.h"

#include "Database.h"

#include <QRegularExpression>
#include <QSqlError>

namespace workroom::storage {

namespace {

constexpr qint64 rowId(SearchSource source, qint64 sourceId)
{
    return sourceId * 4 + static_cast<qint64>(source);
}

// Markers around matches in snippet(); control characters never occur in stored text.
const QString matchStart = QString(QChar(0x02));
const QString matchEnd = QString(QChar(0x03));

QString snippetToHtml(const QString &raw)
{
    QString html = raw.toHtmlEscaped();
    html.replace(matchStart, QStringLiteral("<b>"));
    html.replace(matchEnd, QStringLiteral("</b>"));
    return html;
}

// Matches the expression, limited to one workroom when given. `rankFilter` adds the
// condition that configures the rank column.
QSqlQuery prepareMatch(Database &db, const QString &select, const QString &rankFilter,
                       const QString &tail, const QString &expression, qint64 workroomId, int limit)
{
    QString sql = select + QStringLiteral("FROM search ");
    if (workroomId) {
        sql += QStringLiteral("JOIN case_file ON case_file.id = search.case_id ");
    }
    sql += QStringLiteral("WHERE search MATCH ? ") + rankFilter;
    if (workroomId) {
        sql += QStringLiteral("AND case_file.workroom_id = ? ");
    }
    QSqlQuery query = db.prepare(sql + tail + QStringLiteral(" LIMIT ?"));
    query.addBindValue(expression);
    if (workroomId) {
        query.addBindValue(workroomId);
    }
    query.addBindValue(limit);
    return query;
}

}  // namespace

QString SearchIndex::fold(const QString &text)
{
    QString folded = text.toLower();
    folded.replace(QChar(0x00DF), QStringLiteral("ss"));  // ß
    folded.replace(QChar(0x1E9E), QStringLiteral("ss"));  // ẞ (lowered to ß on most systems)
    return folded;
}

QString SearchIndex::toMatchExpression(const QString &query)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList terms;
    for (const auto &match : word.globalMatch(fold(query))) {
        const QString token = match.captured();
        QStringList variants{token};
        // "Mueller" is how Müller is typed without umlauts; the index holds "muller".
        QString plain = token;
        plain.replace(QStringLiteral("ae"), QStringLiteral("a"));
        plain.replace(QStringLiteral("oe"), QStringLiteral("o"));
        plain.replace(QStringLiteral("ue"), QStringLiteral("u"));
        if (plain != token) {
            variants.append(plain);
        }
        QStringList quoted;
        for (const QString &variant : variants) {
            // Quoted, so that words such as AND or NEAR stay words; * makes it a prefix.
            quoted.append(QLatin1Char('"') + variant + QStringLiteral("\"*"));
        }
        terms.append(quoted.size() == 1 ? quoted.first()
                                        : QLatin1Char('(') + quoted.join(QStringLiteral(" OR "))
                                              + QLatin1Char(')'));
    }
    return terms.join(QStringLiteral(" AND "));
}

Result<void> SearchIndex::put(SearchSource source, qint64 sourceId, qint64 caseId,
                              const QString &title, const QString &body)
{
    const QString what = StorageText::tr("updating the search index");
    QSqlQuery query = db_.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO search (rowid, title, body, case_id) VALUES (?, ?, ?, ?)"));
    query.addBindValue(rowId(source, sourceId));
    query.addBindValue(fold(title));
    query.addBindValue(fold(body));
    query.addBindValue(caseId);
    if (!query.exec()) {
        return std::unexpected(fromSqlError(query.lastError(), what));
    }
    return {};
}

Result<void> SearchIndex::remove(SearchSource source, qint64 sourceId)
{
    QSqlQuery query = db_.prepare(QStringLiteral("DELETE FROM search WHERE rowid = ?"));
    query.addBindValue(rowId(source, sourceId));
    if (!query.exec()) {
        return std::unexpected(
            fromSqlError(query.lastError(), StorageText::tr("updating the search index")));
    }
    return {};
}

Result<QList<SearchHit>> SearchIndex::search(const QString &text, int limit, qint64 workroomId)
{
    QList<SearchHit> hits;
    const QString expression = toMatchExpression(text);
    if (expression.isEmpty()) {
        return hits;
    }
    // The title (reference number and subject) weighs more than the body.
    QSqlQuery query =
        prepareMatch(db_,
                     QStringLiteral("SELECT search.rowid, search.case_id, search.title, "
                                    "snippet(search, 1, char(2), char(3), '…', 12), "
                                    "bm25(search, 8.0, 1.0) AS score "),
                     QString(), QStringLiteral("ORDER BY score"), expression, workroomId, limit);
    if (!query.exec()) {
        return std::unexpected(fromSqlError(query.lastError(), StorageText::tr("searching")));
    }
    while (query.next()) {
        const qint64 row = query.value(0).toLongLong();
        SearchHit hit;
        hit.source = static_cast<SearchSource>(row % 4);
        hit.sourceId = row / 4;
        hit.caseId = query.value(1).toLongLong();
        hit.title = query.value(2).toString();
        hit.snippet = snippetToHtml(query.value(3).toString());
        hit.rank = query.value(4).toDouble();
        hits.append(hit);
    }
    return hits;
}

Result<QList<qint64>> SearchIndex::matchingCases(const QString &text, int limit, qint64 workroomId)
{
    QList<qint64> ids;
    const QString expression = toMatchExpression(text);
    if (expression.isEmpty()) {
        return ids;
    }
    // bm25() cannot be used inside an aggregate; the rank column, set to the same weights, can.
    QSqlQuery query = prepareMatch(
        db_, QStringLiteral("SELECT search.case_id, min(search.rank) AS score "),
        QStringLiteral("AND search.rank MATCH 'bm25(8.0, 1.0)' "),
        QStringLiteral("GROUP BY search.case_id ORDER BY score"), expression, workroomId, limit);
    if (!query.exec()) {
        return std::unexpected(fromSqlError(query.lastError(), StorageText::tr("searching")));
    }
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

Result<void> SearchIndex::reindexCases(qint64 caseId)
{
    const QString what = StorageText::tr("updating the search index");
    // What a case is found by: reference number and subject (the title), assignee, tags and
    // every party's name and address (the body).
    QSqlQuery cases = db_.prepare(
        QStringLiteral(
            "SELECT c.id, c.reference || ' ' || c.subject, c.assignee || ' ' || c.tags || ' ' || "
            "coalesce((SELECT group_concat(p.given_name || ' ' || p.family_name || ' ' || "
            "p.company_name || ' ' || p.street || ' ' || p.postal_code || ' ' || p.city, ' ') "
            "FROM party p WHERE p.case_id = c.id), '') FROM case_file c ")
        + (caseId ? QStringLiteral("WHERE c.id = ?") : QString()));
    if (caseId) {
        cases.addBindValue(caseId);
    }
    if (!cases.exec()) {
        return std::unexpected(fromSqlError(cases.lastError(), what));
    }
    while (cases.next()) {
        const qint64 id = cases.value(0).toLongLong();
        if (auto done = put(SearchSource::Case, id, id, cases.value(1).toString(),
                            cases.value(2).toString());
            !done) {
            return done;
        }
    }
    return {};
}

Result<void> SearchIndex::rebuild()
{
    const QString what = StorageText::tr("rebuilding the search index");
    if (auto cleared = db_.exec(QStringLiteral("DELETE FROM search"), what); !cleared) {
        return cleared;
    }
    if (auto cases = reindexCases(); !cases) {
        return cases;
    }
    QSqlQuery notes = db_.prepare(QStringLiteral("SELECT id, case_id, text FROM note"));
    if (!notes.exec()) {
        return std::unexpected(fromSqlError(notes.lastError(), what));
    }
    while (notes.next()) {
        if (auto done = put(SearchSource::Note, notes.value(0).toLongLong(),
                            notes.value(1).toLongLong(), QString(), notes.value(2).toString());
            !done) {
            return done;
        }
    }
    return {};
}

}  // namespace workroom::storage
