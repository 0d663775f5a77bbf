#pragma once

#include "RegisterError.h"
#include "RegisterTypes.h"

#include <QJsonObject>

namespace workroom::registers::json {

// The wire form of docs/register-api.md, shared by the client, the test server and the
// documentation's examples. Dates are "YYYY-MM-DD", times ISO 8601 UTC.

QJsonObject fromAddress(const Address &address);
Address toAddress(const QJsonObject &object);

QJsonObject fromPerson(const PersonRecord &person, QueryKind kind);
PersonRecord toPerson(const QJsonObject &object);

QJsonObject fromCriteria(const SearchCriteria &criteria);
SearchCriteria toCriteria(const QJsonObject &object);

// Body of POST /v1/auskuenfte/einfach and /v1/auskuenfte/behoerde.
QJsonObject fromRequest(const QueryRequest &request);
QueryRequest toRequest(const QJsonObject &object, QueryKind kind);

QJsonObject fromResult(const QueryResult &result, QueryKind kind);
Result<QueryResult> toResult(const QJsonObject &object);

// Body of POST /v1/massenanfragen.
QJsonObject fromSubmission(const BulkSubmission &submission);
BulkSubmission toSubmission(const QJsonObject &object);

QJsonObject fromJob(const BulkJob &job);
Result<BulkJob> toJob(const QJsonObject &object);

// application/problem+json (RFC 9457) with the extension "code".
QJsonObject problem(int status, const QString &code, const QString &title, const QString &detail);

}  // namespace workroom::registers::json
