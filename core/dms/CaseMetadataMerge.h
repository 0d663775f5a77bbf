#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace workroom::dms {

// The three-way merge of a case's mutable metadata (case.json, docs/dms-layout.md) against the
// base last synced. Pure logic on the JSON form of case.json:
//
//   { "format": 1, "caseUid", "reference", "filePlanCode", "year", "sequence",
//     "fields": { "subject", "status", "assignee", "deadline", "resubmission", "tags" },
//     "parties": [ { "uid", "kind", "role", "givenName", … } ],
//     "notes": [ { "uid", "author", "createdAt", "text" } ],
//     "documents": [ { "uid", "title", "kind", "versions": [ { "sha256", … } ] } ],
//     "conflicts": [ { "id", "field", "base", "local", "remote", "at" } ],
//     "resolvedConflicts": [ "<conflict id>", … ] }
//
// A field changed on one side only takes that side's value; changed on both to the same value,
// that value; changed on both differently, the remote value stays in the field and a conflict
// keeps both values (nothing is overwritten silently). A field emptied on one side and changed
// on the other keeps the changed value. Notes are append-only (union by uid); parties are merged
// by identity (their uid, made from kind and name); documents by uid, their versions by SHA-256.
// "caseUid" is not merged: the server's wins once it has one. Conflicts are united by id;
// "resolvedConflicts" (present only when not empty) is united as well, and a conflict named in
// it is dropped from "conflicts" and never found anew.
namespace caseMerge {

struct Conflict {
    QString id;  // stable for the same field and values: merging again adds no duplicate
    QString field;
    QJsonValue base;
    QJsonValue local;
    QJsonValue remote;
    QString at;  // when it was found (ISO 8601, UTC)

    QJsonObject toJson() const;
    static Conflict fromJson(const QJsonObject &object);
};

struct Outcome {
    QJsonObject merged;
    QList<Conflict> newConflicts;  // found by this merge (also in merged["conflicts"])
    bool localChanged = false;     // merged differs from local: the local store must take it
    bool remoteChanged = false;    // merged differs from remote: case.json must be written
};

// `base` is empty when the case was never synced on this computer.
Outcome merge(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote);

// The identity of a party: the same person or company entered on two computers gets the same uid.
QString partyUid(const QJsonObject &party);

// Whether two case documents say the same (ignoring the order of keys and of list entries).
bool same(const QJsonObject &a, const QJsonObject &b);

}  // namespace caseMerge

}  // namespace workroom::dms
