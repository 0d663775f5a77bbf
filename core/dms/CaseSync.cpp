// SyncEngine::syncCases: case.json read, merged, applied locally and written back
// (docs/dms-layout.md, "case.json is the one mutable file per case").
#include "BlobStore.h"
#include "CaseMetadataMerge.h"
#include "CaseRepository.h"
#include "Database.h"
#include "DavLockKeeper.h"
#include "DavPath.h"
#include "SyncEngine.h"
#include "SyncJournal.h"
#include "WebDavClient.h"
#include "WorkroomSync.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace workroom::dms {

namespace {

const QString kNote = QStringLiteral("note");
const QString kDocument = QStringLiteral("document");
const QString kCase = QStringLiteral("case");
constexpr int kWriteAttempts = 6;

QJsonValue dateValue(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QString());
}

std::optional<QDate> dateFrom(const QJsonValue &value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QJsonObject partyJson(const domain::Party &p)
{
    QJsonObject party{{QStringLiteral("kind"), p.kind == domain::PartyKind::Company
                                                   ? QStringLiteral("company")
                                                   : QStringLiteral("person")},
                      {QStringLiteral("role"), p.role},
                      {QStringLiteral("givenName"), p.givenName},
                      {QStringLiteral("familyName"), p.familyName},
                      {QStringLiteral("companyName"), p.companyName},
                      {QStringLiteral("street"), p.street},
                      {QStringLiteral("postalCode"), p.postalCode},
                      {QStringLiteral("city"), p.city}};
    party.insert(QStringLiteral("uid"), caseMerge::partyUid(party));
    return party;
}

domain::Party partyFrom(const QJsonObject &o)
{
    domain::Party p;
    p.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("company")
                 ? domain::PartyKind::Company
                 : domain::PartyKind::Person;
    p.role = o.value(QStringLiteral("role")).toString();
    p.givenName = o.value(QStringLiteral("givenName")).toString();
    p.familyName = o.value(QStringLiteral("familyName")).toString();
    p.companyName = o.value(QStringLiteral("companyName")).toString();
    p.street = o.value(QStringLiteral("street")).toString();
    p.postalCode = o.value(QStringLiteral("postalCode")).toString();
    p.city = o.value(QStringLiteral("city")).toString();
    return p;
}

QJsonObject fieldsOf(const domain::CaseRecord &c)
{
    return {{QStringLiteral("subject"), c.subject},
            {QStringLiteral("status"), domain::statusKey(c.status)},
            {QStringLiteral("assignee"), c.assignee},
            {QStringLiteral("deadline"), dateValue(c.deadline)},
            {QStringLiteral("resubmission"), dateValue(c.resubmission)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)}};
}

void applyFields(domain::CaseRecord &c, const QJsonObject &fields)
{
    c.subject = fields.value(QStringLiteral("subject")).toString();
    c.status =
        domain::statusFromKey(fields.value(QStringLiteral("status")).toString()).value_or(c.status);
    c.assignee = fields.value(QStringLiteral("assignee")).toString();
    c.deadline = dateFrom(fields.value(QStringLiteral("deadline")));
    c.resubmission = dateFrom(fields.value(QStringLiteral("resubmission")));
    c.tags.clear();
    for (const QJsonValue &tag : fields.value(QStringLiteral("tags")).toArray()) {
        c.tags.append(tag.toString());
    }
}

DmsError storageFailure(const storage::StorageError &error)
{
    return {DmsErrorCode::LocalIo, error.message, 0};
}

}  // namespace

class SyncEngine::CaseRun {
public:
    CaseRun(SyncEngine &engine, const LocalWorkroom &local) : engine_(engine), local_(local) {}

    Result<CaseReport> run()
    {
        // The cases on both sides, by folder name.
        QMap<QString, qint64> localCases;
        QHash<QString, QString> references;
        storage::CaseQuery query;
        query.workroomId = local_.workroomId;
        auto rows = local_.cases.listCases(query, 0, std::numeric_limits<int>::max());
        if (!rows) {
            return std::unexpected(storageFailure(rows.error()));
        }
        for (const storage::CaseListRow &row : *rows) {
            const QString folder = caseFolderName(row.reference);
            if (!folder.isEmpty()) {
                localCases.insert(folder, row.id);
                references.insert(folder, row.reference);
            }
        }
        // What changed locally since each case's last sync: its audit trail grew. Read once
        // for all cases, before any of them is touched, so that an edit made during the sync
        // counts as a change next time.
        std::optional<QHash<qint64, QString>> localStates;
        if (engine_.database_ != nullptr) {
            auto entries = lastAuditEntries(*engine_.database_);
            if (!entries) {
                return std::unexpected(entries.error());
            }
            localStates = std::move(*entries);
        }
        auto states = engine_.journal_.caseStates();
        if (!states) {
            return std::unexpected(states.error());
        }
        QSet<QString> folders(localCases.keyBegin(), localCases.keyEnd());
        QHash<QString, QByteArray> remoteEtags;
        QElapsedTimer listingTime;
        listingTime.start();
        if (auto listed = listRemote(folders, remoteEtags); !listed) {
            // An unreadable or refused listing hides only the cases new on the DMS: the ones
            // known here are still read and written one by one. Trouble with the connection
            // or the login stops the sync instead.
            switch (listed.error().code) {
            case DmsErrorCode::MalformedResponse:
            case DmsErrorCode::Forbidden:
            case DmsErrorCode::Conflict:
            case DmsErrorCode::MethodNotAllowed:
            case DmsErrorCode::UnexpectedStatus:
            case DmsErrorCode::RedirectRefused:
                ++report_.failed;
                report_.errors.append(listed.error().message);
                reference_ = QStringLiteral("cases/");
                note(SyncActivity::Kind::Failed, listed.error().message);
                break;
            default:
                return std::unexpected(listed.error());
            }
        }
        const qint64 listingMs = listingTime.elapsed();
        QStringList ordered(folders.begin(), folders.end());
        ordered.sort();
        const int total = int(ordered.size());
        int done = 0;
        Q_EMIT engine_.caseProgress(0, total);
        for (const QString &folder : std::as_const(ordered)) {
            if (engine_.cancelled_) {
                report_.retryLater += total - done;
                break;
            }
            const qint64 caseId = localCases.value(folder, 0);
            const QString state = localStates && caseId != 0
                                      ? localStates->value(caseId, QStringLiteral("-"))
                                      : QString();
            if (!state.isEmpty()
                && unchanged(states->value(folder), state, remoteEtags.value(folder))) {
                ++report_.casesSkipped;
                Q_EMIT engine_.caseProgress(++done, total);
                continue;
            }
            reference_ = references.value(folder, folder);
            const int written = report_.casesWritten;
            const int applied = report_.casesApplied;
            if (auto synced = syncOne(folder, caseId, state); !synced) {
                if (synced.error().code == DmsErrorCode::LocalIo && journalBroken_) {
                    return std::unexpected(synced.error());
                }
                const DmsError &error = synced.error();
                if (error.code == DmsErrorCode::Cancelled) {
                    ++report_.retryLater;
                } else if (isTransient(error.code)) {
                    ++report_.retryLater;
                    report_.errors.append(error.message);
                    note(SyncActivity::Kind::RetryLater, error.message);
                } else {
                    ++report_.failed;
                    report_.errors.append(error.message);
                    note(SyncActivity::Kind::Failed, error.message);
                }
            } else {
                if (report_.casesApplied > applied) {
                    note(SyncActivity::Kind::CaseApplied,
                         caseId == 0 ? DmsText::tr("Case taken over from the DMS.")
                                     : DmsText::tr("Changes taken over from the DMS."));
                }
                if (report_.casesWritten > written) {
                    note(SyncActivity::Kind::CaseWritten, DmsText::tr("Case written to the DMS."));
                }
            }
            Q_EMIT engine_.caseProgress(++done, total);
        }
        qCInfo(lcDms) << "cases:" << total << "listed in" << listingMs << "ms,"
                      << report_.casesSkipped << "unchanged";
        return report_;
    }

private:
    // The hash of the last audit entry of every case: every change to a case (fields, parties,
    // notes, documents, versions, signatures) is audited in the same transaction, and the hash
    // chain makes the entry's hash unique (a sequence number could come again after a restore
    // from a backup).
    static Result<QHash<qint64, QString>> lastAuditEntries(storage::Database &database)
    {
        QSqlQuery query = database.prepare(QStringLiteral(
            "SELECT a.case_id, a.hash FROM audit a JOIN (SELECT case_id, max(seq) AS seq FROM "
            "audit WHERE case_id IS NOT NULL GROUP BY case_id) last ON a.seq = last.seq"));
        query.setForwardOnly(true);
        if (!query.exec()) {
            return std::unexpected(
                DmsError{DmsErrorCode::LocalIo,
                         DmsText::tr("The workroom database could not be read: %1")
                             .arg(query.lastError().text()),
                         0});
        }
        QHash<qint64, QString> states;
        while (query.next()) {
            states.insert(query.value(0).toLongLong(), query.value(1).toString());
        }
        return states;
    }

    static QByteArray strongPart(const QByteArray &etag)
    {
        return etag.startsWith("W/") ? etag.mid(2) : etag;
    }

    // Unchanged on both sides since the base was stored: the same audit trail here, and on the
    // server the ETag of the base. A weak ETag in the listing means the file changed within
    // the last second (Apache), when two versions may still share a tag: never skipped then.
    static bool unchanged(const SyncJournal::CaseState &state, const QString &localState,
                          const QByteArray &listedEtag)
    {
        return !state.localState.isEmpty() && state.localState == localState
               && !listedEtag.isEmpty() && !listedEtag.startsWith("W/") && !state.etag.isEmpty()
               && strongPart(state.etag) == listedEtag;
    }

    void note(SyncActivity::Kind kind, const QString &message)
    {
        report_.items.append({QDateTime::currentDateTimeUtc(), kind, reference_, message});
    }

    // The case folders on the server and the ETag of each one's case.json: one PROPFIND Depth
    // infinity where the server allows it, otherwise Depth 1 on cases/ and on every case folder
    // (six at a time). A folder whose listing failed has no ETag: it is read, not skipped.
    Result<void> listRemote(QSet<QString> &folders, QHash<QString, QByteArray> &etags)
    {
        const QString root = QStringLiteral("cases/");
        const auto take = [&](const QList<DavResource> &resources) {
            for (const DavResource &resource : resources) {
                if (!resource.path.startsWith(root) || resource.path == root) {
                    continue;
                }
                const QString rest = resource.path.mid(root.size());
                const qsizetype slash = rest.indexOf(QLatin1Char('/'));
                if (slash <= 0) {
                    continue;
                }
                const QString folder = rest.left(slash);
                const QString inside = rest.mid(slash + 1);
                if (resource.isCollection && inside.isEmpty()) {
                    folders.insert(folder);
                } else if (!resource.isCollection && inside == QLatin1String("case.json")
                           && resource.status == 200) {
                    etags.insert(folder, resource.etag);
                }
            }
        };
        // Depth infinity lists every content file as well, which costs the server far more
        // than the case folders alone: on Apache, 200 cases × 50 files took 3.3 s in one
        // Depth-infinity request and 0.4 s as 201 Depth-1 requests (6 at a time). Only a
        // workroom with few files per case is listed in one request.
        if (engine_.capabilities_.depthInfinity && fewFilesPerCase(int(folders.size()))) {
            auto listing = engine_.client_.propfind(root, DavDepth::Infinity);
            wait(*listing);
            if (listing->ok()) {
                take(listing->resources());
                return {};
            }
            if (listing->error()->code == DmsErrorCode::NotFound) {
                return {};
            }
            const DmsErrorCode code = listing->error()->code;
            if (code != DmsErrorCode::Forbidden && code != DmsErrorCode::MethodNotAllowed
                && code != DmsErrorCode::MalformedResponse) {
                return std::unexpected(*listing->error());
            }
            // Refused after all (a server reconfigured since the probe), or a listing too big
            // for it: walk the tree.
            qCInfo(lcDms) << "Depth infinity refused; listing case folders one by one";
        }
        auto listing = engine_.client_.propfind(root, DavDepth::One);
        wait(*listing);
        if (!listing->ok()) {
            if (listing->error()->code == DmsErrorCode::NotFound) {
                return {};
            }
            return std::unexpected(*listing->error());
        }
        QSet<QString> remoteFolders;
        {
            QSet<QString> before = folders;
            folders.clear();
            take(listing->resources());
            remoteFolders = folders;
            folders.unite(before);
        }
        QStringList queue(remoteFolders.begin(), remoteFolders.end());
        queue.sort();
        constexpr int kParallelListings = 6;
        std::map<DavReply *, std::unique_ptr<DavReply>> active;
        QEventLoop loop;
        std::function<void()> fill;
        fill = [&] {
            while (!engine_.cancelled_ && int(active.size()) < kParallelListings
                   && !queue.isEmpty()) {
                auto reply = engine_.client_.propfind(root + queue.takeFirst() + QLatin1Char('/'),
                                                      DavDepth::One);
                DavReply *raw = reply.get();
                active.emplace(raw, std::move(reply));
                QObject::connect(raw, &DavReply::finished, &loop, [&, raw] {
                    auto node = active.extract(raw);
                    if (node.mapped()->ok()) {
                        take(node.mapped()->resources());
                    }
                    // Deleted later: this runs inside the reply's own signal.
                    node.mapped().release()->deleteLater();
                    fill();
                });
                if (raw->isFinished()) {
                    QMetaObject::invokeMethod(
                        &loop, [raw] { Q_EMIT raw->finished(); }, Qt::QueuedConnection);
                }
            }
            if (active.empty()) {
                loop.quit();
            }
        };
        fill();
        if (!active.empty()) {
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        return {};
    }

    // Whether one Depth-infinity listing is cheaper than a Depth-1 walk: at most four immutable
    // files per case on average, as far as the journal knows them.
    bool fewFilesPerCase(int localCases)
    {
        auto counts = engine_.journal_.counts();
        if (!counts) {
            return false;
        }
        const qint64 files = qint64(counts->pending) + counts->done + counts->failed;
        return files <= 4 * qint64(qMax(1, localCases));
    }

    // Waits for a request that cancel() can abort.
    void wait(DavReply &reply)
    {
        engine_.transfer_ = &reply;
        if (engine_.cancelled_) {
            reply.cancel();
        }
        reply.waitForFinished();
        engine_.transfer_ = nullptr;
    }

    // The local case in the form of case.json; notes and documents get uids on first sight.
    // Notes and versions are immutable: one that came from the server is described as the
    // base says (its original time and author), not as its local copy was stamped on arrival.
    Result<QJsonObject> localDocument(qint64 caseId, const QString &folder, const QJsonObject &base)
    {
        QHash<QString, QJsonObject> baseNotes;
        for (const QJsonValue &value : base.value(QStringLiteral("notes")).toArray()) {
            baseNotes.insert(value.toObject().value(QStringLiteral("uid")).toString(),
                             value.toObject());
        }
        QHash<QString, QJsonObject> baseVersions;  // "<document uid>/<sha256>"
        for (const QJsonValue &value : base.value(QStringLiteral("documents")).toArray()) {
            const QString documentUid = value.toObject().value(QStringLiteral("uid")).toString();
            for (const QJsonValue &version :
                 value.toObject().value(QStringLiteral("versions")).toArray()) {
                baseVersions.insert(
                    documentUid + QLatin1Char('/')
                        + version.toObject().value(QStringLiteral("sha256")).toString(),
                    version.toObject());
            }
        }
        auto record = local_.cases.caseById(caseId);
        if (!record) {
            return std::unexpected(storageFailure(record.error()));
        }
        QJsonObject doc{{QStringLiteral("format"), 1},
                        {QStringLiteral("reference"), record->reference},
                        {QStringLiteral("filePlanCode"), record->filePlanCode},
                        {QStringLiteral("year"), record->year},
                        {QStringLiteral("sequence"), record->sequence},
                        {QStringLiteral("fields"), fieldsOf(*record)}};
        auto parties = local_.cases.parties(caseId);
        auto notes = local_.cases.notes(caseId);
        auto documents = local_.cases.documents(caseId);
        if (!parties || !notes || !documents) {
            return std::unexpected(storageFailure(!parties ? parties.error()
                                                  : !notes ? notes.error()
                                                           : documents.error()));
        }
        QJsonArray partyArray;
        for (const domain::Party &party : *parties) {
            partyArray.append(partyJson(party));
        }
        QJsonArray noteArray;
        for (const domain::Note &note : *notes) {
            auto uid = uidFor(kNote, note.id);
            if (!uid) {
                return std::unexpected(uid.error());
            }
            if (baseNotes.contains(*uid)) {
                noteArray.append(baseNotes.value(*uid));
                continue;
            }
            noteArray.append(QJsonObject{
                {QStringLiteral("uid"), *uid},
                {QStringLiteral("author"), note.author},
                {QStringLiteral("createdAt"), note.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("text"), note.text}});
        }
        QJsonArray documentArray;
        for (const domain::Document &document : *documents) {
            auto uid = uidFor(kDocument, document.id);
            if (!uid) {
                return std::unexpected(uid.error());
            }
            QJsonArray versions;
            for (const domain::DocumentVersion &v : document.versions) {
                const QString key = *uid + QLatin1Char('/') + v.sha256;
                if (baseVersions.contains(key)) {
                    versions.append(baseVersions.value(key));
                    continue;
                }
                versions.append(
                    QJsonObject{{QStringLiteral("sha256"), v.sha256},
                                {QStringLiteral("size"), v.size},
                                {QStringLiteral("mimeType"), v.mimeType},
                                {QStringLiteral("originalFileName"), v.originalFileName},
                                {QStringLiteral("addedAt"), v.addedAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("addedBy"), v.addedBy}});
            }
            documentArray.append(
                QJsonObject{{QStringLiteral("uid"), *uid},
                            {QStringLiteral("title"), document.title},
                            {QStringLiteral("kind"), domain::documentKindKey(document.kind)},
                            {QStringLiteral("versions"), versions}});
        }
        doc.insert(QStringLiteral("parties"), partyArray);
        doc.insert(QStringLiteral("notes"), noteArray);
        doc.insert(QStringLiteral("documents"), documentArray);
        QJsonArray conflicts;
        auto known = engine_.journal_.conflicts();
        if (!known) {
            return std::unexpected(known.error());
        }
        for (const auto &conflict : *known) {
            if (conflict.caseFolder == folder) {
                conflicts.append(conflict.conflict);
            }
        }
        doc.insert(QStringLiteral("conflicts"), conflicts);
        auto resolved = engine_.journal_.resolvedConflicts(folder);
        if (!resolved) {
            journalBroken_ = true;
            return std::unexpected(resolved.error());
        }
        if (!resolved->isEmpty()) {
            doc.insert(QStringLiteral("resolvedConflicts"), QJsonArray::fromStringList(*resolved));
        }
        auto caseUid = uidFor(kCase, caseId);
        if (!caseUid) {
            return std::unexpected(caseUid.error());
        }
        doc.insert(QStringLiteral("caseUid"), *caseUid);
        return doc;
    }

    Result<QString> uidFor(const QString &kind, qint64 localId)
    {
        auto uid = engine_.journal_.uidOf(kind, localId);
        if (!uid) {
            journalBroken_ = true;
            return uid;
        }
        if (!uid->isEmpty()) {
            return uid;
        }
        const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto mapped = engine_.journal_.mapUid(kind, localId, fresh); !mapped) {
            journalBroken_ = true;
            return std::unexpected(mapped.error());
        }
        return fresh;
    }

    Result<void> syncOne(const QString &folder, qint64 caseId, const QString &localState)
    {
        const QString path = QStringLiteral("cases/") + folder + QStringLiteral("/case.json");
        auto base = engine_.journal_.caseBase(folder);
        if (!base) {
            journalBroken_ = true;
            return std::unexpected(base.error());
        }
        for (int attempt = 0; attempt < kWriteAttempts; ++attempt) {
            if (engine_.cancelled_) {
                return std::unexpected(
                    DmsError{DmsErrorCode::Cancelled, DmsText::tr("Sync cancelled."), 0});
            }
            auto read = engine_.client_.getBytes(path);
            wait(*read);
            QJsonObject remote;
            QByteArray etag;
            // An empty file is what a LOCK on a new name leaves while its holder writes.
            if (read->ok() && !read->body().trimmed().isEmpty()) {
                QJsonParseError parseError;
                remote = QJsonDocument::fromJson(read->body(), &parseError).object();
                if (parseError.error != QJsonParseError::NoError) {
                    return std::unexpected(DmsError{
                        DmsErrorCode::MalformedResponse,
                        DmsText::tr("%1 on the DMS is not readable JSON; the case was left as "
                                    "it is.")
                            .arg(path),
                        0});
                }
                etag = read->etag();
            } else if (read->ok()) {
                etag = read->etag();
            } else if (read->error()->code != DmsErrorCode::NotFound) {
                return std::unexpected(*read->error());
            }
            QJsonObject localDoc;
            if (caseId != 0) {
                auto built = localDocument(caseId, folder, base->json);
                if (!built) {
                    return std::unexpected(built.error());
                }
                localDoc = *built;
            }
            if (remote.isEmpty() && localDoc.isEmpty()) {
                return {};
            }
            caseMerge::Outcome outcome;
            if (remote.isEmpty()) {
                outcome.merged = localDoc;
                outcome.remoteChanged = true;
            } else if (localDoc.isEmpty()) {
                outcome.merged = remote;
                outcome.localChanged = true;
            } else {
                outcome = caseMerge::merge(base->json, localDoc, remote);
                const QString localUid = localDoc.value(QStringLiteral("caseUid")).toString();
                const QString remoteUid = remote.value(QStringLiteral("caseUid")).toString();
                // Never synced here, another identity on the server, and the two disagree: two
                // cases got the same reference number on two computers (both took the next
                // free running number offline). Merging them would make one case of two.
                if (base->json.isEmpty() && !remoteUid.isEmpty() && remoteUid != localUid
                    && !outcome.newConflicts.isEmpty()) {
                    return std::unexpected(DmsError{
                        DmsErrorCode::Conflict,
                        DmsText::tr("The reference number %1 belongs to another case on the DMS; "
                                    "this case was not synced. Give one of the two cases a new "
                                    "reference number.")
                            .arg(remote.value(QStringLiteral("reference")).toString()),
                        409});
                }
                if (!remoteUid.isEmpty() && remoteUid != localUid) {
                    // The same case after all (a journal lost, or the same edits): adopt the
                    // server's identity.
                    if (auto mapped = engine_.journal_.mapUid(kCase, caseId, remoteUid); !mapped) {
                        journalBroken_ = true;
                        return mapped;
                    }
                }
            }
            // Counted when found: a retry after a 412 finds them in the journal, not anew.
            report_.newConflicts += int(outcome.newConflicts.size());
            const QString reference = outcome.merged.value(QStringLiteral("reference")).toString();
            if (!reference.isEmpty()) {
                reference_ = reference;
            }
            for (const caseMerge::Conflict &conflict : std::as_const(outcome.newConflicts)) {
                note(SyncActivity::Kind::Conflict,
                     DmsText::tr("%1 was changed differently here and on the DMS; both values "
                                 "are kept until someone chooses one.")
                         .arg(conflict.field));
            }
            if (auto taken = takeResolutions(folder, reference, outcome.merged); !taken) {
                return taken;
            }
            if (outcome.localChanged) {
                if (auto fetched = fetchContent(folder, outcome.merged); !fetched) {
                    return fetched;
                }
                auto applied = apply(caseId, outcome.merged);
                if (!applied) {
                    return std::unexpected(applied.error());
                }
                caseId = *applied;
                ++report_.casesApplied;
            }
            for (const QJsonValue &conflict :
                 outcome.merged.value(QStringLiteral("conflicts")).toArray()) {
                if (auto recorded =
                        engine_.journal_.recordConflict(folder, reference, conflict.toObject());
                    !recorded) {
                    journalBroken_ = true;
                    return recorded;
                }
            }
            // Our own apply grew the audit trail: the next sync reads the case once more
            // rather than trust a state that an edit during the apply could hide in.
            base->localState = outcome.localChanged ? QString() : localState;
            if (!outcome.remoteChanged) {
                base->json = outcome.merged;
                base->etag = etag;
                return setBase(folder, *base);
            }
            auto written = write(folder, path, outcome.merged, etag);
            if (written) {
                base->json = outcome.merged;
                base->etag = *written;
                ++report_.casesWritten;
                return setBase(folder, *base);
            }
            if (written.error().code != DmsErrorCode::PreconditionFailed) {
                return std::unexpected(written.error());
            }
            // Changed by someone else since we read it, or Apache's ETag is still weak (it
            // is for one second after a change, and a weak ETag never matches If-Match):
            // read again, merge again.
            qCInfo(lcDms) << "case.json changed meanwhile; merging again";
            if (etag.startsWith("W/")) {
                QThread::msleep(1100);
            }
        }
        return std::unexpected(DmsError{
            DmsErrorCode::PreconditionFailed,
            DmsText::tr("%1 kept changing on the DMS while it was written; it is tried again on "
                        "the next sync.")
                .arg(path),
            412});
    }

    // Conflicts resolved on another client (named in the merged case.json) are closed here too;
    // the chosen value arrives with the fields.
    Result<void> takeResolutions(const QString &folder, const QString &reference,
                                 const QJsonObject &merged)
    {
        const QJsonArray ids = merged.value(QStringLiteral("resolvedConflicts")).toArray();
        if (ids.isEmpty()) {
            return {};
        }
        auto known = engine_.journal_.resolvedConflicts(folder);
        if (!known) {
            journalBroken_ = true;
            return std::unexpected(known.error());
        }
        for (const QJsonValue &id : ids) {
            if (known->contains(id.toString())) {
                continue;
            }
            if (auto closed = engine_.journal_.resolveConflict(folder, reference, id.toString(),
                                                               QJsonValue());
                !closed) {
                journalBroken_ = true;
                return std::unexpected(closed.error());
            }
        }
        return {};
    }

    Result<void> setBase(const QString &folder, const SyncJournal::CaseBase &base)
    {
        if (auto set = engine_.journal_.setCaseBase(folder, base); !set) {
            journalBroken_ = true;
            return set;
        }
        return {};
    }

    // Writes case.json; returns the new ETag (empty if the server did not say).
    Result<QByteArray> write(const QString &folder, const QString &path, const QJsonObject &doc,
                             const QByteArray &etag)
    {
        const QStringList collections{
            QStringLiteral("cases/"),
            QString(QStringLiteral("cases/") + folder + QLatin1Char('/'))};
        for (const QString &collection : collections) {
            if (engine_.journal_.knowsCollection(collection)) {
                continue;
            }
            auto made = engine_.client_.mkcol(collection);
            made->waitForFinished();
            if (made->ok() || made->error()->code == DmsErrorCode::MethodNotAllowed
                || made->error()->code == DmsErrorCode::Forbidden) {
                // 405 (or Apache's 403 in a race): it exists; the PUT tells if it does not.
                if (auto recorded = engine_.journal_.recordCollection(collection); !recorded) {
                    return std::unexpected(recorded.error());
                }
            } else {
                return std::unexpected(*made->error());
            }
        }
        const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
        PutOptions options;
        options.contentType = "application/json";
        std::unique_ptr<DavLockKeeper> keeper;
        if (engine_.capabilities_.conditionalWrites()) {
            if (etag.isEmpty()) {
                options.ifNoneMatch = engine_.capabilities_.ifNoneMatchHonoured;
            } else {
                options.ifMatch = etag;
            }
        } else if (engine_.capabilities_.locking) {
            // No conditional writes: lock, and make sure the file is still what was merged.
            auto locked = engine_.client_.lock(path, 120, QStringLiteral("Workroom"));
            locked->waitForFinished();
            if (!locked->ok()) {
                return std::unexpected(
                    locked->error()->code == DmsErrorCode::Locked
                        ? DmsError{DmsErrorCode::PreconditionFailed, locked->error()->message, 412}
                        : *locked->error());
            }
            keeper = std::make_unique<DavLockKeeper>(engine_.client_, path, locked->lock());
            options.lockToken = locked->lock().token;
            if (auto same = unchangedSince(path, etag); !same) {
                keeper->release()->waitForFinished();
                return std::unexpected(same.error());
            }
        } else if (auto same = unchangedSince(path, etag); !same) {
            return std::unexpected(same.error());
        }
        auto put = engine_.client_.putBytes(path, bytes, options);
        put->waitForFinished();
        if (keeper) {
            keeper->release()->waitForFinished();
        }
        if (!put->ok()) {
            return std::unexpected(*put->error());
        }
        if (!put->etag().isEmpty() || !engine_.capabilities_.etagsInPropfind) {
            return put->etag();
        }
        // Apache sends no ETag with a PUT. Without one the next sync would have to read the
        // case again; a listing now could show a later write by someone else under our base.
        // Reading it back can tell: the same bytes are our version.
        auto check = engine_.client_.getBytes(path);
        wait(*check);
        if (check->ok() && check->body() == bytes) {
            return check->etag();
        }
        return QByteArray();
    }

    // Without If-Match: re-reads just before the write; a changed file means "merge again".
    Result<void> unchangedSince(const QString &path, const QByteArray &etag)
    {
        auto listed = engine_.client_.propfind(path, DavDepth::Zero);
        listed->waitForFinished();
        QByteArray now;
        if (listed->ok() && !listed->resources().isEmpty()) {
            now = listed->resources().first().etag;
        } else if (listed->error() && listed->error()->code != DmsErrorCode::NotFound) {
            return std::unexpected(*listed->error());
        }
        const auto strip = [](QByteArray tag) { return tag.startsWith("W/") ? tag.mid(2) : tag; };
        if (strip(now) != strip(etag)) {
            return std::unexpected(DmsError{DmsErrorCode::PreconditionFailed, {}, 412});
        }
        return {};
    }

    // Content files named in the merged case but missing from the blob store: streamed down,
    // checked against their name, then taken into the store.
    Result<void> fetchContent(const QString &folder, const QJsonObject &doc)
    {
        QStringList missing;
        for (const QJsonValue &document : doc.value(QStringLiteral("documents")).toArray()) {
            for (const QJsonValue &version :
                 document.toObject().value(QStringLiteral("versions")).toArray()) {
                const QString sha = version.toObject().value(QStringLiteral("sha256")).toString();
                if (!storage::BlobStore::isValidName(sha)) {
                    // Not written by Workroom (or damaged): refused before anything of the case
                    // is applied, so that no half-taken case is left behind.
                    return std::unexpected(DmsError{
                        DmsErrorCode::MalformedResponse,
                        DmsText::tr("cases/%1/case.json on the DMS names a document version "
                                    "without a valid SHA-256; the case was left as it is.")
                            .arg(folder),
                        0});
                }
                if (!local_.blobs.contains(sha) && !missing.contains(sha)) {
                    missing.append(sha);
                }
            }
        }
        return download(folder, missing);
    }

    // Fetches content files side by side (as many as the upload runs in parallel) straight
    // into the blob store's temporary folder; each is checked against its name while it
    // streams and then renamed into place, so a file is read once and never copied.
    Result<void> download(const QString &folder, const QStringList &missing)
    {
        if (missing.isEmpty()) {
            return {};
        }
        auto scratch = local_.blobs.temporaryDirectory();
        if (!scratch) {
            return std::unexpected(storageFailure(scratch.error()));
        }
        struct Transfer {
            QString sha;
            QString target;
            std::unique_ptr<DavReply> reply;
        };
        std::vector<Transfer> inFlight;
        std::optional<DmsError> failure;
        qsizetype next = 0;
        const auto settle = [&](Transfer &transfer) {
            if (!transfer.reply->ok()) {
                if (!failure) {
                    failure = *transfer.reply->error();
                }
                return;
            }
            auto stored = local_.blobs.adoptFile(transfer.target, transfer.sha);
            if (!stored) {
                QFile::remove(transfer.target);
                if (!failure) {
                    failure = storageFailure(stored.error());
                }
                return;
            }
            ++report_.downloaded;
        };
        while (next < missing.size() || !inFlight.empty()) {
            while (!failure && !engine_.cancelled_ && next < missing.size()
                   && int(inFlight.size()) < engine_.parallel_) {
                ImmutableFile file;
                file.caseFolder = folder;
                file.sha256 = missing.at(next++);
                Transfer transfer;
                transfer.sha = file.sha256;
                transfer.target = QDir(*scratch).filePath(QStringLiteral("dms-") + file.sha256);
                GetOptions options;
                options.expectedSha256 = file.sha256.toLatin1();
                transfer.reply = engine_.client_.get(file.remotePath(), transfer.target, options);
                inFlight.push_back(std::move(transfer));
            }
            if (inFlight.empty()) {
                break;
            }
            if (engine_.cancelled_) {
                for (Transfer &transfer : inFlight) {
                    transfer.reply->cancel();
                }
            }
            // Wait for the first of them; the others go on meanwhile.
            auto done = std::find_if(inFlight.begin(), inFlight.end(),
                                     [](const Transfer &t) { return t.reply->isFinished(); });
            if (done == inFlight.end()) {
                QEventLoop loop;
                for (Transfer &transfer : inFlight) {
                    QObject::connect(transfer.reply.get(), &DavReply::finished, &loop,
                                     &QEventLoop::quit);
                }
                engine_.transfer_ = inFlight.front().reply.get();
                loop.exec(QEventLoop::ExcludeUserInputEvents);
                engine_.transfer_ = nullptr;
                continue;
            }
            settle(*done);
            inFlight.erase(done);
        }
        if (failure) {
            return std::unexpected(*failure);
        }
        if (engine_.cancelled_) {
            return std::unexpected(
                DmsError{DmsErrorCode::Cancelled, DmsText::tr("Sync cancelled."), 0});
        }
        return {};
    }

    // Makes the local case say what `doc` says; creates it if `caseId` is 0. Returns its id.
    Result<qint64> apply(qint64 caseId, const QJsonObject &doc)
    {
        const QString &actor = local_.actor;
        auto &cases = local_.cases;
        const QJsonObject fields = doc.value(QStringLiteral("fields")).toObject();
        if (caseId == 0) {
            domain::CaseRecord draft;
            draft.workroomId = local_.workroomId;
            draft.filePlanCode = doc.value(QStringLiteral("filePlanCode")).toString();
            draft.year = doc.value(QStringLiteral("year")).toInt();
            draft.sequence = doc.value(QStringLiteral("sequence")).toInt();
            applyFields(draft, fields);
            auto created = cases.createCase(draft, {}, actor);
            if (!created) {
                return std::unexpected(storageFailure(created.error()));
            }
            if (created->reference != doc.value(QStringLiteral("reference")).toString()) {
                qCWarning(lcDms) << "a case from the DMS got another reference number here";
            }
            caseId = created->id;
            const QString caseUid = doc.value(QStringLiteral("caseUid")).toString();
            if (!caseUid.isEmpty()) {
                if (auto mapped = engine_.journal_.mapUid(kCase, caseId, caseUid); !mapped) {
                    return std::unexpected(mapped.error());
                }
            }
        }
        auto record = cases.caseById(caseId);
        if (!record) {
            return std::unexpected(storageFailure(record.error()));
        }
        if (fieldsOf(*record) != fields) {
            domain::CaseRecord changed = *record;
            applyFields(changed, fields);
            if (changed.status != record->status) {
                auto moved = cases.setStatus(caseId, changed.status, actor);
                if (!moved) {
                    return std::unexpected(storageFailure(moved.error()));
                }
                changed.revision = moved->revision;
            }
            auto saved = cases.updateCase(changed, actor);
            if (!saved) {
                return std::unexpected(storageFailure(saved.error()));
            }
        }
        if (auto parties = applyParties(caseId, doc); !parties) {
            return std::unexpected(parties.error());
        }
        if (auto notes = applyNotes(caseId, doc); !notes) {
            return std::unexpected(notes.error());
        }
        if (auto documents = applyDocuments(caseId, doc); !documents) {
            return std::unexpected(documents.error());
        }
        return caseId;
    }

    Result<void> applyParties(qint64 caseId, const QJsonObject &doc)
    {
        auto parties = local_.cases.parties(caseId);
        if (!parties) {
            return std::unexpected(storageFailure(parties.error()));
        }
        QMap<QString, QJsonObject> wanted;
        for (const QJsonValue &value : doc.value(QStringLiteral("parties")).toArray()) {
            wanted.insert(value.toObject().value(QStringLiteral("uid")).toString(),
                          value.toObject());
        }
        for (const domain::Party &party : *parties) {
            const QJsonObject here = partyJson(party);
            const QString uid = here.value(QStringLiteral("uid")).toString();
            if (wanted.contains(uid) && wanted.value(uid) == here) {
                wanted.remove(uid);
                continue;
            }
            // Gone, or changed (the repository has no party update: replace it).
            if (auto removed = local_.cases.removeParty(party.id, local_.actor); !removed) {
                return std::unexpected(storageFailure(removed.error()));
            }
        }
        for (const QJsonObject &party : std::as_const(wanted)) {
            if (auto added = local_.cases.addParty(caseId, partyFrom(party), local_.actor);
                !added) {
                return std::unexpected(storageFailure(added.error()));
            }
        }
        return {};
    }

    Result<void> applyNotes(qint64 caseId, const QJsonObject &doc)
    {
        for (const QJsonValue &value : doc.value(QStringLiteral("notes")).toArray()) {
            const QJsonObject note = value.toObject();
            const QString uid = note.value(QStringLiteral("uid")).toString();
            if (hasUid(kNote, uid)) {
                continue;
            }
            // Written in the name of its author, so that the history says who wrote it.
            const QString author = note.value(QStringLiteral("author")).toString();
            auto added = local_.cases.addNote(caseId, note.value(QStringLiteral("text")).toString(),
                                              author.isEmpty() ? local_.actor : author);
            if (!added) {
                return std::unexpected(storageFailure(added.error()));
            }
            if (auto mapped = engine_.journal_.mapUid(kNote, added->id, uid); !mapped) {
                return mapped;
            }
        }
        return {};
    }

    Result<void> applyDocuments(qint64 caseId, const QJsonObject &doc)
    {
        auto documents = local_.cases.documents(caseId);
        if (!documents) {
            return std::unexpected(storageFailure(documents.error()));
        }
        QMap<QString, const domain::Document *> byUid;
        for (const domain::Document &document : *documents) {
            auto uid = engine_.journal_.uidOf(kDocument, document.id);
            if (!uid) {
                return std::unexpected(uid.error());
            }
            if (!uid->isEmpty()) {
                byUid.insert(*uid, &document);
            }
        }
        for (const QJsonValue &value : doc.value(QStringLiteral("documents")).toArray()) {
            const QJsonObject document = value.toObject();
            const QString uid = document.value(QStringLiteral("uid")).toString();
            QSet<QString> present;
            qint64 documentId = 0;
            if (const domain::Document *here = byUid.value(uid, nullptr)) {
                documentId = here->id;
                for (const domain::DocumentVersion &v : here->versions) {
                    present.insert(v.sha256);
                }
            }
            for (const QJsonValue &versionValue :
                 document.value(QStringLiteral("versions")).toArray()) {
                const QJsonObject version = versionValue.toObject();
                const QString sha = version.value(QStringLiteral("sha256")).toString();
                if (present.contains(sha)) {
                    continue;
                }
                storage::CaseRepository::NewVersion added;
                added.caseId = caseId;
                added.documentId = documentId;
                added.title = document.value(QStringLiteral("title")).toString();
                added.kind =
                    domain::documentKindFromKey(document.value(QStringLiteral("kind")).toString())
                        .value_or(domain::DocumentKind::Attachment);
                added.blob.sha256 = sha;
                added.blob.size = version.value(QStringLiteral("size")).toInteger();
                added.blob.existed = true;
                added.mimeType = version.value(QStringLiteral("mimeType")).toString();
                added.originalFileName =
                    version.value(QStringLiteral("originalFileName")).toString();
                const QString by = version.value(QStringLiteral("addedBy")).toString();
                auto stored =
                    local_.cases.addDocumentVersion(added, by.isEmpty() ? local_.actor : by);
                if (!stored) {
                    return std::unexpected(storageFailure(stored.error()));
                }
                present.insert(sha);
                if (documentId == 0) {
                    documentId = stored->documentId;
                    if (auto mapped = engine_.journal_.mapUid(kDocument, documentId, uid);
                        !mapped) {
                        return mapped;
                    }
                }
            }
        }
        return {};
    }

    bool hasUid(const QString &kind, const QString &uid)
    {
        auto id = engine_.journal_.localIdOf(kind, uid);
        return id && *id != 0;
    }

    SyncEngine &engine_;
    LocalWorkroom local_;
    CaseReport report_;
    QString reference_;  // of the case being synced, for the activity list
    bool journalBroken_ = false;
};

Result<SyncEngine::CaseReport> SyncEngine::syncCases(const LocalWorkroom &local)
{
    cancelled_ = false;
    CaseRun run(*this, local);
    return run.run();
}

namespace {

DmsError resolutionError(const QString &message)
{
    return {DmsErrorCode::LocalIo, message, 0};
}

// Puts the chosen value of a field of "fields" into the local case (an audited change).
Result<void> resolveField(storage::CaseRepository &cases, const domain::CaseRecord &record,
                          const QString &field, const QJsonValue &chosen, const QString &actor)
{
    QJsonObject fields = fieldsOf(record);
    fields.insert(field, chosen);
    if (field == QLatin1String("status") && !domain::statusFromKey(chosen.toString())) {
        return std::unexpected(
            resolutionError(DmsText::tr("\"%1\" is not a case status.").arg(chosen.toString())));
    }
    if ((field == QLatin1String("deadline") || field == QLatin1String("resubmission"))
        && !chosen.toString().isEmpty() && !dateFrom(chosen)) {
        return std::unexpected(resolutionError(
            DmsText::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(chosen.toString())));
    }
    if (field == QLatin1String("tags") && !chosen.isArray()) {
        return std::unexpected(resolutionError(DmsText::tr("Tags must be a list.")));
    }
    if (fields == fieldsOf(record)) {
        return {};
    }
    domain::CaseRecord changed = record;
    applyFields(changed, fields);
    if (changed.status != record.status) {
        auto moved = cases.setStatus(record.id, changed.status, actor);
        if (!moved) {
            return std::unexpected(storageFailure(moved.error()));
        }
        changed.revision = moved->revision;
    }
    if (auto saved = cases.updateCase(changed, actor); !saved) {
        return std::unexpected(storageFailure(saved.error()));
    }
    return {};
}

// The same for one field of a party ("parties.<uid>.<key>"): the repository has no party
// update, so the party is replaced, both steps audited.
Result<void> resolvePartyField(storage::CaseRepository &cases, qint64 caseId, const QString &uid,
                               const QString &key, const QJsonValue &chosen, const QString &actor)
{
    auto parties = cases.parties(caseId);
    if (!parties) {
        return std::unexpected(storageFailure(parties.error()));
    }
    for (const domain::Party &party : *parties) {
        QJsonObject json = partyJson(party);
        if (json.value(QStringLiteral("uid")).toString() != uid) {
            continue;
        }
        if (json.value(key) == chosen) {
            return {};
        }
        json.insert(key, chosen.toString());
        if (auto removed = cases.removeParty(party.id, actor); !removed) {
            return std::unexpected(storageFailure(removed.error()));
        }
        if (auto added = cases.addParty(caseId, partyFrom(json), actor); !added) {
            return std::unexpected(storageFailure(added.error()));
        }
        return {};
    }
    // The party is gone here: nothing to put the value into.
    return {};
}

}  // namespace

Result<void> resolveConflict(storage::CaseRepository &cases, SyncJournal &journal,
                             qint64 workroomId, const QString &caseFolder,
                             const QString &conflictId, const QJsonValue &chosen,
                             const QString &actor)
{
    auto open = journal.conflicts();
    if (!open) {
        return std::unexpected(open.error());
    }
    const SyncJournal::CaseConflict *found = nullptr;
    for (const SyncJournal::CaseConflict &conflict : std::as_const(*open)) {
        if (conflict.caseFolder == caseFolder
            && conflict.conflict.value(QStringLiteral("id")).toString() == conflictId) {
            found = &conflict;
        }
    }
    if (found == nullptr) {
        return std::unexpected(
            DmsError{DmsErrorCode::NotFound,
                     DmsText::tr("There is no open conflict %1 in this case.").arg(conflictId), 0});
    }
    auto record = cases.caseByReference(workroomId, found->reference);
    if (!record) {
        return std::unexpected(storageFailure(record.error()));
    }
    const QString field = found->conflict.value(QStringLiteral("field")).toString();
    static const QStringList caseFields{QStringLiteral("subject"),      QStringLiteral("status"),
                                        QStringLiteral("assignee"),     QStringLiteral("deadline"),
                                        QStringLiteral("resubmission"), QStringLiteral("tags")};
    const QStringList parts = field.split(QLatin1Char('.'));
    if (caseFields.contains(field)) {
        if (auto resolved = resolveField(cases, *record, field, chosen, actor); !resolved) {
            return resolved;
        }
    } else if (parts.size() == 3 && parts.first() == QLatin1String("parties")) {
        if (auto resolved =
                resolvePartyField(cases, record->id, parts.at(1), parts.at(2), chosen, actor);
            !resolved) {
            return resolved;
        }
    } else if (chosen != found->conflict.value(QStringLiteral("remote"))) {
        // Other parts of case.json (a document's title …) have no local editor here: only the
        // value on the DMS, which is in the case already, can be confirmed.
        return std::unexpected(resolutionError(
            DmsText::tr("%1 can only be resolved by keeping the value on the DMS.").arg(field)));
    }
    auto closed = journal.resolveConflict(caseFolder, found->reference, conflictId, chosen);
    if (!closed) {
        return std::unexpected(closed.error());
    }
    // Even a value that the case had already must reach case.json as a resolution.
    return journal.forgetLocalState(caseFolder);
}

}  // namespace workroom::dms
