#include "CaseMetadataMerge.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace workroom::dms::caseMerge {

namespace {

const QString kFields = QStringLiteral("fields");
const QString kParties = QStringLiteral("parties");
const QString kNotes = QStringLiteral("notes");
const QString kDocuments = QStringLiteral("documents");
const QString kConflicts = QStringLiteral("conflicts");
const QString kVersions = QStringLiteral("versions");
const QString kUid = QStringLiteral("uid");
const QString kCaseUid = QStringLiteral("caseUid");
const QString kResolved = QStringLiteral("resolvedConflicts");

bool isEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
           || (value.isArray() && value.toArray().isEmpty());
}

QString canonical(const QJsonValue &value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QString hashOf(const QString &text, int length)
{
    return QString::fromLatin1(
               QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex())
        .left(length);
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The rule for one value; records a conflict when both sides changed it differently.
QJsonValue mergeValue(const QString &field, const QJsonValue &base, const QJsonValue &local,
                      const QJsonValue &remote, QList<Conflict> &conflicts)
{
    if (local == remote) {
        return local;
    }
    if (local == base) {
        return remote;
    }
    if (remote == base) {
        return local;
    }
    // Emptied on one side, changed on the other: the change is worth more than the deletion.
    if (isEmpty(local) && !isEmpty(remote)) {
        return remote;
    }
    if (isEmpty(remote) && !isEmpty(local)) {
        return local;
    }
    Conflict conflict;
    conflict.field = field;
    conflict.base = base;
    conflict.local = local;
    conflict.remote = remote;
    conflict.at = nowIso();
    // The same disagreement found by either client gets the same id.
    QStringList sides{canonical(local), canonical(remote)};
    sides.sort();
    conflict.id = hashOf(field + QLatin1Char('\n') + sides.join(QLatin1Char('\n')), 24);
    conflicts.append(conflict);
    return remote;
}

QJsonObject mergeObject(const QString &prefix, const QJsonObject &base, const QJsonObject &local,
                        const QJsonObject &remote, QList<Conflict> &conflicts,
                        const QSet<QString> &skip = {})
{
    QSet<QString> keys;
    for (const QJsonObject *object : {&base, &local, &remote}) {
        for (auto it = object->begin(); it != object->end(); ++it) {
            keys.insert(it.key());
        }
    }
    QJsonObject merged;
    for (const QString &key : keys) {
        if (skip.contains(key)) {
            continue;
        }
        const QJsonValue value = mergeValue(prefix + key, base.value(key), local.value(key),
                                            remote.value(key), conflicts);
        if (!value.isUndefined()) {
            merged.insert(key, value);
        }
    }
    return merged;
}

QMap<QString, QJsonObject> byKey(const QJsonArray &array, const QString &key)
{
    QMap<QString, QJsonObject> map;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        map.insert(object.value(key).toString(), object);
    }
    return map;
}

// Records merged by identity: added on either side → kept; removed on one side and unchanged
// on the other → removed; removed on one side and changed on the other → kept, changed.
QJsonArray mergeRecords(const QString &prefix, const QJsonArray &base, const QJsonArray &local,
                        const QJsonArray &remote, QList<Conflict> &conflicts)
{
    const auto b = byKey(base, kUid);
    const auto l = byKey(local, kUid);
    const auto r = byKey(remote, kUid);
    QStringList order;
    for (const auto *map : {&r, &l}) {
        for (auto it = map->begin(); it != map->end(); ++it) {
            if (!order.contains(it.key())) {
                order.append(it.key());
            }
        }
    }
    QJsonArray merged;
    for (const QString &uid : order) {
        const bool inBase = b.contains(uid);
        const bool inLocal = l.contains(uid);
        const bool inRemote = r.contains(uid);
        if (inBase && (!inLocal || !inRemote)) {
            const QJsonObject &kept = inLocal ? l[uid] : r[uid];
            if (same(kept, b[uid])) {
                continue;  // removed on one side, untouched on the other
            }
            merged.append(kept);
            continue;
        }
        if (inLocal && inRemote) {
            merged.append(mergeObject(prefix + uid + QLatin1Char('.'), b.value(uid), l[uid], r[uid],
                                      conflicts));
        } else {
            merged.append(inLocal ? l[uid] : r[uid]);
        }
    }
    return merged;
}

QJsonArray unionByKey(const QJsonArray &a, const QJsonArray &b, const QString &key,
                      const QString &sortKey)
{
    QMap<QString, QJsonObject> all = byKey(a, key);
    for (const QJsonValue &value : b) {
        const QJsonObject object = value.toObject();
        if (!all.contains(object.value(key).toString())) {
            all.insert(object.value(key).toString(), object);
        }
    }
    QList<QJsonObject> list = all.values();
    std::stable_sort(list.begin(), list.end(), [&sortKey](const auto &x, const auto &y) {
        return x.value(sortKey).toString() < y.value(sortKey).toString();
    });
    QJsonArray out;
    for (const QJsonObject &object : list) {
        out.append(object);
    }
    return out;
}

QJsonArray mergeDocuments(const QJsonArray &base, const QJsonArray &local, const QJsonArray &remote,
                          QList<Conflict> &conflicts)
{
    // Documents are never removed by the sync: versions are immutable and kept on both sides.
    const auto b = byKey(base, kUid);
    const auto l = byKey(local, kUid);
    const auto r = byKey(remote, kUid);
    QStringList order;
    for (const auto *map : {&r, &l}) {
        for (auto it = map->begin(); it != map->end(); ++it) {
            if (!order.contains(it.key())) {
                order.append(it.key());
            }
        }
    }
    QJsonArray merged;
    for (const QString &uid : order) {
        if (l.contains(uid) && r.contains(uid)) {
            QJsonObject document =
                mergeObject(QStringLiteral("documents.") + uid + QLatin1Char('.'), b.value(uid),
                            l[uid], r[uid], conflicts, {kVersions});
            document.insert(kVersions,
                            unionByKey(r[uid].value(kVersions).toArray(),
                                       l[uid].value(kVersions).toArray(), QStringLiteral("sha256"),
                                       QStringLiteral("addedAt")));
            merged.append(document);
        } else {
            merged.append(l.contains(uid) ? l[uid] : r[uid]);
        }
    }
    return merged;
}

}  // namespace

QJsonObject Conflict::toJson() const
{
    return {{QStringLiteral("id"), id},         {QStringLiteral("field"), field},
            {QStringLiteral("base"), base},     {QStringLiteral("local"), local},
            {QStringLiteral("remote"), remote}, {QStringLiteral("at"), at}};
}

Conflict Conflict::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toString(),
            object.value(QStringLiteral("field")).toString(),
            object.value(QStringLiteral("base")),
            object.value(QStringLiteral("local")),
            object.value(QStringLiteral("remote")),
            object.value(QStringLiteral("at")).toString()};
}

QString partyUid(const QJsonObject &party)
{
    QStringList identity;
    for (const char *key : {"kind", "givenName", "familyName", "companyName"}) {
        identity.append(party.value(QLatin1StringView(key)).toString().trimmed().toCaseFolded());
    }
    return QStringLiteral("p-") + hashOf(identity.join(QLatin1Char('\n')), 20);
}

namespace {

QJsonArray sortedBy(const QJsonArray &array, const QString &key)
{
    QList<QJsonObject> list;
    for (const QJsonValue &value : array) {
        list.append(value.toObject());
    }
    std::stable_sort(list.begin(), list.end(), [&key](const auto &x, const auto &y) {
        return x.value(key).toString() < y.value(key).toString();
    });
    QJsonArray out;
    for (const QJsonObject &object : list) {
        out.append(object);
    }
    return out;
}

// Order carries no meaning in the lists of case.json: compare them sorted by identity.
QJsonObject normalised(QJsonObject doc)
{
    doc.insert(kParties, sortedBy(doc.value(kParties).toArray(), kUid));
    doc.insert(kNotes, sortedBy(doc.value(kNotes).toArray(), kUid));
    doc.insert(kConflicts, sortedBy(doc.value(kConflicts).toArray(), QStringLiteral("id")));
    if (doc.contains(kResolved)) {
        QStringList ids;
        for (const QJsonValue &id : doc.value(kResolved).toArray()) {
            ids.append(id.toString());
        }
        ids.sort();
        ids.removeDuplicates();
        doc.insert(kResolved, QJsonArray::fromStringList(ids));
    }
    QJsonArray documents;
    for (const QJsonValue &value : sortedBy(doc.value(kDocuments).toArray(), kUid)) {
        QJsonObject document = value.toObject();
        document.insert(kVersions,
                        sortedBy(document.value(kVersions).toArray(), QStringLiteral("sha256")));
        documents.append(document);
    }
    doc.insert(kDocuments, documents);
    return doc;
}

}  // namespace

bool same(const QJsonObject &a, const QJsonObject &b)
{
    return normalised(a) == normalised(b);
}

Outcome merge(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote)
{
    Outcome outcome;
    QList<Conflict> &conflicts = outcome.newConflicts;
    QJsonObject merged =
        mergeObject(QString(), base, local, remote, conflicts,
                    {kFields, kParties, kNotes, kDocuments, kConflicts, kCaseUid, kResolved});
    // The case's identity is the server's once it has one; it is never a field to merge.
    const QString remoteUid = remote.value(kCaseUid).toString();
    merged.insert(kCaseUid, remoteUid.isEmpty() ? local.value(kCaseUid) : QJsonValue(remoteUid));
    merged.insert(kFields, mergeObject(QString(), base.value(kFields).toObject(),
                                       local.value(kFields).toObject(),
                                       remote.value(kFields).toObject(), conflicts));
    merged.insert(kParties, mergeRecords(QStringLiteral("parties."), base.value(kParties).toArray(),
                                         local.value(kParties).toArray(),
                                         remote.value(kParties).toArray(), conflicts));
    merged.insert(kNotes, unionByKey(remote.value(kNotes).toArray(), local.value(kNotes).toArray(),
                                     kUid, QStringLiteral("createdAt")));
    merged.insert(kDocuments, mergeDocuments(base.value(kDocuments).toArray(),
                                             local.value(kDocuments).toArray(),
                                             remote.value(kDocuments).toArray(), conflicts));
    // Resolutions are united like conflicts (ids only ever join the list): a conflict resolved
    // on any client is dropped everywhere and never taken up again, even if the same
    // disagreement turns up once more before every client has the chosen value.
    QSet<QString> resolved;
    for (const QJsonObject *doc : {&base, &local, &remote}) {
        for (const QJsonValue &id : doc->value(kResolved).toArray()) {
            resolved.insert(id.toString());
        }
    }
    // Conflicts are append-only like notes; a conflict found again keeps its first record.
    const QJsonArray united =
        unionByKey(remote.value(kConflicts).toArray(), local.value(kConflicts).toArray(),
                   QStringLiteral("id"), QStringLiteral("at"));
    QJsonArray known;
    QSet<QString> knownIds = resolved;
    for (const QJsonValue &value : united) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        knownIds.insert(id);
        if (!resolved.contains(id)) {
            known.append(value);
        }
    }
    QList<Conflict> fresh;
    for (const Conflict &conflict : std::as_const(conflicts)) {
        if (!knownIds.contains(conflict.id)) {
            fresh.append(conflict);
            known.append(conflict.toJson());
        }
    }
    if (!resolved.isEmpty()) {
        QStringList ids(resolved.begin(), resolved.end());
        ids.sort();
        merged.insert(kResolved, QJsonArray::fromStringList(ids));
    }
    conflicts = fresh;
    merged.insert(kConflicts, known);
    outcome.merged = merged;
    outcome.localChanged = !same(merged, local);
    outcome.remoteChanged = !same(merged, remote);
    return outcome;
}

}  // namespace workroom::dms::caseMerge
