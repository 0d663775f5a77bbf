#include "CaseJson.h"

#include <QJsonArray>

namespace workroom::casework::json {

namespace {

QJsonValue date(const std::optional<QDate> &d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue();
}

QString time(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}

}  // namespace

QJsonObject caseRecord(const domain::CaseRecord &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("workroomId"), c.workroomId},
            {QStringLiteral("reference"), c.reference},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("status"), domain::statusKey(c.status)},
            {QStringLiteral("assignee"), c.assignee},
            {QStringLiteral("deadline"), date(c.deadline)},
            {QStringLiteral("resubmission"), date(c.resubmission)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("revision"), c.revision},
            {QStringLiteral("createdAt"), time(c.createdAt)},
            {QStringLiteral("updatedAt"), time(c.updatedAt)}};
}

QJsonObject party(const domain::Party &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("kind"), p.kind == domain::PartyKind::Company
                                         ? QStringLiteral("company")
                                         : QStringLiteral("person")},
            {QStringLiteral("name"), p.displayName()},
            {QStringLiteral("role"), p.role},
            {QStringLiteral("givenName"), p.givenName},
            {QStringLiteral("familyName"), p.familyName},
            {QStringLiteral("companyName"), p.companyName},
            {QStringLiteral("street"), p.street},
            {QStringLiteral("postalCode"), p.postalCode},
            {QStringLiteral("city"), p.city}};
}

QJsonObject note(const domain::Note &n)
{
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("author"), n.author},
            {QStringLiteral("createdAt"), time(n.createdAt)},
            {QStringLiteral("text"), n.text}};
}

QJsonObject version(const domain::DocumentVersion &v)
{
    return {{QStringLiteral("number"), v.number},
            {QStringLiteral("sha256"), v.sha256},
            {QStringLiteral("size"), v.size},
            {QStringLiteral("mimeType"), v.mimeType},
            {QStringLiteral("originalFileName"), v.originalFileName},
            {QStringLiteral("addedAt"), time(v.addedAt)},
            {QStringLiteral("addedBy"), v.addedBy}};
}

QJsonObject historyEntry(const storage::AuditEntry &e)
{
    return {{QStringLiteral("seq"), e.seq},       {QStringLiteral("at"), time(e.at)},
            {QStringLiteral("actor"), e.actor},   {QStringLiteral("action"), e.action},
            {QStringLiteral("detail"), e.detail}, {QStringLiteral("hash"), e.hash}};
}

}  // namespace workroom::casework::json
