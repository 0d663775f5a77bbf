#include "AuditSegments.h"

#include "AuditLog.h"
#include "Database.h"
#include "RemoteAuditLog.h"
#include "SyncJournal.h"
#include "WebDavClient.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace workroom::dms {

namespace {

const QString kAuditDir = QStringLiteral("audit/");
const QString kUploadedKey = QStringLiteral("audit.upload.last");
const QString kPendingKey = QStringLiteral("audit.upload.pending");
const QString kCaseKind = QStringLiteral("case");
const QString kGenesis = QString(64, QLatin1Char('0'));
constexpr qint64 kMaxSegmentBytes = 128 * 1024 * 1024;
constexpr int kSeqDigits = 12;

QString importedKey(const QString &clientId)
{
    return QStringLiteral("audit.import.") + clientId;
}

DmsError storageFailure(const storage::StorageError &error)
{
    return {DmsErrorCode::LocalIo, error.message, 0};
}

std::unique_ptr<DavReply> finished(std::unique_ptr<DavReply> reply)
{
    reply->waitForFinished();
    return reply;
}

// One item that failed, told to the user and counted: transient trouble is tried again on the
// next sync, the rest waits for someone to look.
void countFailure(AuditSegments::Report &report, const DmsError &error)
{
    if (isTransient(error.code)) {
        ++report.retryLater;
    } else {
        ++report.failed;
    }
    report.errors.append(error.message);
}

bool isHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// A client id as it may appear as a folder name: what WorkroomSync::clientId makes, or anything
// another implementation chose that is a plain name.
bool isClientId(const QString &id)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return plain.match(id).hasMatch() && id != QLatin1String(".") && id != QLatin1String("..");
}

// "first-last" as kept in the journal while a segment is being written.
bool parseRange(const QString &text, qint64 &first, qint64 &last)
{
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    bool okFirst = false;
    bool okLast = false;
    first = text.left(dash).toLongLong(&okFirst);
    last = text.mid(dash + 1).toLongLong(&okLast);
    return dash > 0 && okFirst && okLast && first > 0 && first <= last;
}

// The (seq, hash) pairs of a segment: what makes two segments the same entries, whatever else
// (a case's uid learnt later) was written beside them.
QList<std::pair<qint64, QString>> chainOf(const QByteArray &bytes)
{
    QList<std::pair<qint64, QString>> chain;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        chain.append({object.value(QLatin1String("seq")).toInteger(),
                      object.value(QLatin1String("hash")).toString()});
    }
    return chain;
}

}  // namespace

AuditSegments::AuditSegments(WebDavClient &client, SyncJournal &journal,
                             storage::Database &database, DavCapabilities capabilities)
    : client_(client), journal_(journal), database_(database), capabilities_(capabilities)
{
}

QString AuditSegments::segmentName(qint64 first, qint64 last)
{
    return QStringLiteral("%1-%2.jsonl")
        .arg(first, kSeqDigits, 10, QLatin1Char('0'))
        .arg(last, kSeqDigits, 10, QLatin1Char('0'));
}

bool AuditSegments::parseSegmentName(const QString &name, qint64 &first, qint64 &last)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{12})-(\\d{12})\\.jsonl$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch()) {
        return false;
    }
    first = match.captured(1).toLongLong();
    last = match.captured(2).toLongLong();
    return first > 0 && first <= last;
}

Result<AuditSegments::Report> AuditSegments::run(qint64 workroomId, const QString &clientId)
{
    Report report;
    if (auto up = upload(workroomId, clientId, report); !up) {
        return std::unexpected(up.error());
    }
    if (isCancelled()) {
        return report;
    }
    if (auto down = download(workroomId, clientId, report); !down) {
        return std::unexpected(down.error());
    }
    return report;
}

Result<QByteArray> AuditSegments::segmentBytes(qint64 workroomId, Range range)
{
    QSqlQuery query = database_.prepare(QStringLiteral(
        "SELECT a.seq, a.at, a.actor, a.action, a.workroom_id, a.case_id, a.detail, a.prev_hash, "
        "a.hash, c.reference FROM audit a LEFT JOIN case_file c ON c.id = a.case_id "
        "WHERE a.seq BETWEEN ? AND ? ORDER BY a.seq"));
    query.addBindValue(range.first);
    query.addBindValue(range.last);
    if (!query.exec()) {
        return std::unexpected(DmsError{
            DmsErrorCode::LocalIo,
            DmsText::tr("The audit log could not be read: %1").arg(query.lastError().text()), 0});
    }
    QHash<qint64, QString> caseUids;
    QByteArray bytes;
    qint64 expected = range.first;
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        if (seq != expected) {
            break;
        }
        ++expected;
        QJsonObject line;
        line.insert(QStringLiteral("seq"), seq);
        line.insert(QStringLiteral("prevHash"), query.value(7).toString());
        line.insert(QStringLiteral("hash"), query.value(8).toString());
        if (query.value(4).toLongLong() != workroomId) {
            // Another workroom's entry: only what keeps the chain checkable travels.
            line.insert(QStringLiteral("omitted"), true);
        } else {
            const qint64 caseId = query.value(5).toLongLong();
            line.insert(QStringLiteral("at"), query.value(1).toString());
            line.insert(QStringLiteral("actor"), query.value(2).toString());
            line.insert(QStringLiteral("action"), query.value(3).toString());
            line.insert(QStringLiteral("workroomId"), workroomId);
            line.insert(QStringLiteral("caseId"), caseId);
            line.insert(QStringLiteral("detail"),
                        QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object());
            if (caseId != 0) {
                if (!caseUids.contains(caseId)) {
                    auto uid = journal_.uidOf(kCaseKind, caseId);
                    if (!uid) {
                        return std::unexpected(uid.error());
                    }
                    caseUids.insert(caseId, *uid);
                }
                line.insert(QStringLiteral("caseUid"), caseUids.value(caseId));
                line.insert(QStringLiteral("reference"), query.value(9).toString());
            }
        }
        bytes += QJsonDocument(line).toJson(QJsonDocument::Compact);
        bytes += '\n';
    }
    if (expected != range.last + 1) {
        return std::unexpected(DmsError{
            DmsErrorCode::IntegrityMismatch,
            DmsText::tr("Audit entry %1 is missing from this computer's audit log; its audit is "
                        "not uploaded until the log is checked.")
                .arg(expected),
            0});
    }
    return bytes;
}

Result<void> AuditSegments::upload(qint64 workroomId, const QString &clientId, Report &report)
{
    QSqlQuery newestQuery = database_.prepare(QStringLiteral("SELECT max(seq) FROM audit"));
    if (!newestQuery.exec() || !newestQuery.next()) {
        return std::unexpected(DmsError{
            DmsErrorCode::LocalIo,
            DmsText::tr("The audit log could not be read: %1").arg(newestQuery.lastError().text()),
            0});
    }
    const qint64 newest = newestQuery.value(0).toLongLong();
    auto uploadedText = journal_.value(kUploadedKey);
    auto pendingText = journal_.value(kPendingKey);
    if (!uploadedText || !pendingText) {
        return std::unexpected(!uploadedText ? uploadedText.error() : pendingText.error());
    }
    qint64 uploaded = uploadedText->toLongLong();
    if (newest <= uploaded && pendingText->isEmpty()) {
        return {};  // nothing new: not a single request
    }

    const QString folder = kAuditDir + clientId + QLatin1Char('/');
    for (const QString &collection : {kAuditDir, folder}) {
        if (journal_.knowsCollection(collection)) {
            continue;
        }
        auto made = finished(client_.mkcol(collection));
        // 405: it exists already; whatever else is in the way, the listing or the PUT says.
        if (!made->ok() && made->error()->code != DmsErrorCode::MethodNotAllowed) {
            countFailure(report, *made->error());
            return {};
        }
        if (auto recorded = journal_.recordCollection(collection); !recorded) {
            return recorded;
        }
    }

    // What is on the server counts too: after a lost journal, or a crash between a PUT and its
    // mark, the next segment still starts right after the last one written.
    auto listing = finished(client_.propfind(folder, DavDepth::One));
    if (!listing->ok()) {
        if (listing->error()->code == DmsErrorCode::NotFound) {
            (void)journal_.forgetCollections();
        }
        countFailure(report, *listing->error());
        return {};
    }
    QHash<QString, qint64> onServer;
    for (const DavResource &resource : listing->resources()) {
        qint64 first = 0;
        qint64 last = 0;
        const QString name = resource.path.section(QLatin1Char('/'), -1);
        if (!resource.isCollection && parseSegmentName(name, first, last)) {
            onServer.insert(name, resource.size);
            uploaded = std::max(uploaded, last);
        }
    }

    std::optional<Range> range;
    if (qint64 first = 0, last = 0;
        parseRange(*pendingText, first, last) && first == uploaded + 1 && last <= newest) {
        range = Range{first, last};  // the range recorded before a PUT that was not marked done
    } else if (!pendingText->isEmpty()) {
        // Written after all (the listing shows it): nothing left to repeat.
        if (auto cleared = journal_.setValue(kPendingKey, QStringLiteral("")); !cleared) {
            return cleared;
        }
    }
    while (range || uploaded < newest) {
        if (isCancelled()) {
            return {};
        }
        if (!range) {
            range = Range{uploaded + 1, std::min(uploaded + maxEntriesPerSegment, newest)};
            // Recorded before the PUT: a rerun after a crash writes exactly this range again,
            // so two segments never overlap.
            if (auto recorded = journal_.setValue(
                    kPendingKey, QStringLiteral("%1-%2").arg(range->first).arg(range->last));
                !recorded) {
                return recorded;
            }
        }
        const QString name = segmentName(range->first, range->last);
        const QString item = clientId + QLatin1Char('/') + name;
        auto bytes = segmentBytes(workroomId, *range);
        if (!bytes) {
            if (bytes.error().code == DmsErrorCode::LocalIo) {
                return std::unexpected(bytes.error());
            }
            countFailure(report, bytes.error());
            return {};
        }
        bool written = false;
        bool exists = onServer.contains(name);
        if (!exists) {
            PutOptions options;
            options.ifNoneMatch = capabilities_.ifNoneMatchHonoured;
            options.contentType = "application/x-ndjson; charset=utf-8";
            auto put = finished(client_.putBytes(folder + name, *bytes, options));
            if (put->ok()) {
                written = true;
            } else if (put->error()->code == DmsErrorCode::PreconditionFailed) {
                exists = true;
            } else {
                if (put->error()->code == DmsErrorCode::Conflict) {
                    (void)journal_.forgetCollections();  // the folder went: made again next time
                }
                countFailure(report, *put->error());
                return {};
            }
        }
        if (exists) {
            // Written by an earlier run that did not live to mark it: the same entries count
            // as done. Equal size is the quick answer; otherwise compare entry by entry.
            bool same = onServer.value(name, -1) == bytes->size();
            if (!same) {
                auto got = finished(client_.getBytes(folder + name, kMaxSegmentBytes));
                if (!got->ok()) {
                    countFailure(report, *got->error());
                    return {};
                }
                same =
                    got->body().size() == bytes->size() || chainOf(got->body()) == chainOf(*bytes);
            }
            if (!same) {
                countFailure(
                    report,
                    {DmsErrorCode::IntegrityMismatch,
                     DmsText::tr("The audit segment %1 on the server holds other entries than "
                                 "this computer's audit log; the audit of this computer is not "
                                 "uploaded until that is cleared up.")
                         .arg(item),
                     0});
                return {};
            }
        }
        if (auto marked = journal_.setValue(kUploadedKey, QString::number(range->last)); !marked) {
            return marked;
        }
        if (auto cleared = journal_.setValue(kPendingKey, QStringLiteral("")); !cleared) {
            return cleared;
        }
        uploaded = range->last;
        if (written) {
            ++report.segmentsWritten;
            report.done.append({item, DmsText::tr("Audit entries %1 to %2 uploaded")
                                          .arg(range->first)
                                          .arg(range->last)});
        }
        range.reset();
    }
    return {};
}

namespace {

struct ParsedSegment {
    QList<storage::RemoteAuditEntry> entries;  // without the omitted lines
    QString lastHash;
};

// Reads a segment and checks its chain: consecutive sequence numbers from `first` to `last`,
// each entry's hash from its fields and predecessor, the first chained onto `anchorHash`. Any
// fault rejects the whole segment; the message says which line.
std::optional<QString> parseSegment(const QByteArray &bytes, qint64 first, qint64 last,
                                    const QString &anchorHash, ParsedSegment &parsed)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    if (lines.size() != last - first + 1) {
        return DmsText::tr("it holds %1 entries instead of %2")
            .arg(lines.size())
            .arg(last - first + 1);
    }
    QString previous = anchorHash;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 lineNumber = i + 1;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return DmsText::tr("line %1 is not a JSON object").arg(lineNumber);
        }
        const QJsonObject line = document.object();
        storage::AuditEntry entry;
        entry.seq = line.value(QLatin1String("seq")).toInteger();
        entry.prevHash = line.value(QLatin1String("prevHash")).toString();
        entry.hash = line.value(QLatin1String("hash")).toString();
        if (entry.seq != first + i) {
            return DmsText::tr("line %1 has the sequence number %2 instead of %3")
                .arg(lineNumber)
                .arg(entry.seq)
                .arg(first + i);
        }
        if (!isHash(entry.hash) || entry.prevHash != previous) {
            return DmsText::tr("entry %1 does not follow its predecessor").arg(entry.seq);
        }
        previous = entry.hash;
        if (line.value(QLatin1String("omitted")).toBool()) {
            continue;  // another workroom's entry on that computer: only its place in the chain
        }
        entry.at =
            QDateTime::fromString(line.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
        entry.actor = line.value(QLatin1String("actor")).toString();
        entry.action = line.value(QLatin1String("action")).toString();
        entry.workroomId = line.value(QLatin1String("workroomId")).toInteger();
        entry.caseId = line.value(QLatin1String("caseId")).toInteger();
        entry.detail = line.value(QLatin1String("detail")).toObject();
        if (!entry.at.isValid() || entry.action.isEmpty()
            || storage::AuditLog::computeHash(entry) != entry.hash) {
            return DmsText::tr("entry %1 was changed after it was written").arg(entry.seq);
        }
        storage::RemoteAuditEntry remote;
        remote.entry = entry;
        remote.caseUid = line.value(QLatin1String("caseUid")).toString();
        remote.caseReference = line.value(QLatin1String("reference")).toString();
        parsed.entries.append(remote);
    }
    parsed.lastHash = previous;
    return std::nullopt;
}

}  // namespace

Result<void> AuditSegments::download(qint64 workroomId, const QString &clientId, Report &report)
{
    storage::RemoteAuditLog remoteLog(database_);
    // Entries imported before their case existed here belong to it now.
    if (auto resolved = remoteLog.resolveByReference(workroomId); !resolved) {
        return std::unexpected(storageFailure(resolved.error()));
    }

    auto clients = finished(client_.propfind(kAuditDir, DavDepth::One));
    if (!clients->ok()) {
        if (clients->error()->code != DmsErrorCode::NotFound) {
            countFailure(report, *clients->error());  // a 404: nobody has written audit yet
        }
        return {};
    }
    QStringList others;
    for (const DavResource &resource : clients->resources()) {
        if (!resource.isCollection || !resource.path.startsWith(kAuditDir)) {
            continue;
        }
        QString id = resource.path.mid(kAuditDir.size());
        if (id.endsWith(QLatin1Char('/'))) {
            id.chop(1);
        }
        if (id.isEmpty() || id == clientId) {
            continue;  // the folder itself, and our own entries, which we have
        }
        if (!isClientId(id)) {
            qCWarning(lcDms) << "audit: skipping a folder that is no client id";
            continue;
        }
        others.append(id);
    }
    others.sort();

    // Local cases by caseUid (through the journal) or by reference number.
    QHash<QString, qint64> caseByKey;
    const auto localCase = [&](const storage::RemoteAuditEntry &entry) -> Result<qint64> {
        const QString key = entry.caseUid + QLatin1Char('\n') + entry.caseReference;
        if (auto it = caseByKey.constFind(key); it != caseByKey.cend()) {
            return *it;
        }
        qint64 id = 0;
        if (!entry.caseUid.isEmpty()) {
            auto mapped = journal_.localIdOf(kCaseKind, entry.caseUid);
            if (!mapped) {
                return std::unexpected(mapped.error());
            }
            id = *mapped;
        }
        // The case the uid names if it is still here, else the one with the reference.
        QSqlQuery query = database_.prepare(
            QStringLiteral("SELECT id FROM case_file WHERE workroom_id = ? AND (id = ? OR "
                           "reference = ?) ORDER BY id = ? DESC LIMIT 1"));
        query.addBindValue(workroomId);
        query.addBindValue(id);
        query.addBindValue(entry.caseReference);
        query.addBindValue(id);
        if (!query.exec()) {
            return std::unexpected(DmsError{
                DmsErrorCode::LocalIo,
                DmsText::tr("The cases could not be read: %1").arg(query.lastError().text()), 0});
        }
        id = query.next() ? query.value(0).toLongLong() : 0;
        caseByKey.insert(key, id);
        return id;
    };

    for (const QString &other : std::as_const(others)) {
        if (isCancelled()) {
            return {};
        }
        auto anchorText = journal_.value(importedKey(other));
        if (!anchorText) {
            return std::unexpected(anchorText.error());
        }
        qint64 anchorSeq = 0;
        QString anchorHash = kGenesis;
        if (!anchorText->isEmpty()) {
            anchorSeq = anchorText->section(QLatin1Char(':'), 0, 0).toLongLong();
            anchorHash = anchorText->section(QLatin1Char(':'), 1);
        }
        const QString folder = kAuditDir + other + QLatin1Char('/');
        auto listing = finished(client_.propfind(folder, DavDepth::One));
        if (!listing->ok()) {
            countFailure(report, *listing->error());
            continue;
        }
        struct Segment {
            qint64 first = 0;
            qint64 last = 0;
            QString name;
        };
        QList<Segment> segments;
        for (const DavResource &resource : listing->resources()) {
            Segment segment;
            segment.name = resource.path.section(QLatin1Char('/'), -1);
            if (!resource.isCollection
                && parseSegmentName(segment.name, segment.first, segment.last)
                && segment.last > anchorSeq) {
                segments.append(segment);
            }
        }
        std::ranges::sort(segments, {}, &Segment::first);
        for (const Segment &segment : std::as_const(segments)) {
            if (isCancelled()) {
                return {};
            }
            const QString item = other + QLatin1Char('/') + segment.name;
            const auto rejected = [&](const QString &why) {
                countFailure(
                    report,
                    {DmsErrorCode::IntegrityMismatch,
                     DmsText::tr("The audit segment %1 of computer %2 was not imported: %3. "
                                 "Nothing of it was taken; that computer's later segments wait "
                                 "until it is cleared up.")
                         .arg(segment.name, other, why),
                     0});
            };
            if (segment.first != anchorSeq + 1) {
                rejected(segment.first > anchorSeq + 1
                             ? DmsText::tr("the entries %1 to %2 before it are missing")
                                   .arg(anchorSeq + 1)
                                   .arg(segment.first - 1)
                             : DmsText::tr("it overlaps entries imported before"));
                break;
            }
            auto got = finished(client_.getBytes(folder + segment.name, kMaxSegmentBytes));
            if (!got->ok()) {
                countFailure(report, *got->error());
                break;
            }
            ParsedSegment parsed;
            if (auto problem =
                    parseSegment(got->body(), segment.first, segment.last, anchorHash, parsed)) {
                rejected(*problem);
                break;
            }
            for (storage::RemoteAuditEntry &entry : parsed.entries) {
                entry.clientId = other;
                entry.workroomId = workroomId;
                if (!entry.caseUid.isEmpty() || !entry.caseReference.isEmpty()) {
                    auto id = localCase(entry);
                    if (!id) {
                        return std::unexpected(id.error());
                    }
                    entry.caseId = *id;
                }
            }
            auto stored = remoteLog.appendBatch(parsed.entries);
            if (!stored) {
                if (stored.error().code == storage::StorageErrorCode::Conflict) {
                    rejected(stored.error().message);
                    break;
                }
                return std::unexpected(storageFailure(stored.error()));
            }
            anchorSeq = segment.last;
            anchorHash = parsed.lastHash;
            if (auto marked = journal_.setValue(
                    importedKey(other), QStringLiteral("%1:%2").arg(anchorSeq).arg(anchorHash));
                !marked) {
                return marked;
            }
            ++report.segmentsImported;
            report.entriesImported += *stored;
            report.done.append({item, DmsText::tr("%n audit entries of another computer imported",
                                                  nullptr, int(*stored))});
        }
    }
    return {};
}

}  // namespace workroom::dms
