#include "WorkroomSync.h"

#include "AuditSegments.h"
#include "BlobStore.h"
#include "CaseRepository.h"
#include "SyncEngine.h"
#include "SyncJournal.h"
#include "WebDavClient.h"
#include "WorkroomContent.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QScopeGuard>
#include <QUuid>

#include <array>
#include <memory>
#include <utility>

namespace workroom::dms {

namespace {

// The capability flags, kept in the journal by linking so that a sync need not probe again.
struct CapabilityKey {
    const char *key;
    bool DavCapabilities::*flag;
};
constexpr std::array kCapabilityKeys{
    CapabilityKey{"cap.etagsInPropfind", &DavCapabilities::etagsInPropfind},
    CapabilityKey{"cap.etagOnPut", &DavCapabilities::etagOnPut},
    CapabilityKey{"cap.ifMatchHonoured", &DavCapabilities::ifMatchHonoured},
    CapabilityKey{"cap.ifNoneMatchHonoured", &DavCapabilities::ifNoneMatchHonoured},
    CapabilityKey{"cap.depthInfinity", &DavCapabilities::depthInfinity},
    CapabilityKey{"cap.locking", &DavCapabilities::locking},
    CapabilityKey{"cap.locksEnforced", &DavCapabilities::locksEnforced},
};

SyncActivity activity(SyncActivity::Kind kind, const QString &item, const QString &message)
{
    return {QDateTime::currentDateTimeUtc(), kind, item, message};
}

SyncActivity cancelledActivity()
{
    return activity(SyncActivity::Kind::RetryLater, QString(),
                    DmsText::tr("Sync cancelled; the rest follows with the next sync."));
}

}  // namespace

WorkroomSync::WorkroomSync(Local local, QObject *parent) : QObject(parent), local_(local) {}

WorkroomSync::~WorkroomSync() = default;

Result<DavCapabilities> WorkroomSync::storedCapabilities(SyncJournal &journal)
{
    DavCapabilities caps;
    for (const CapabilityKey &entry : kCapabilityKeys) {
        auto value = journal.value(QLatin1String(entry.key));
        if (!value) {
            return std::unexpected(value.error());
        }
        caps.*entry.flag = *value == QLatin1String("1");
    }
    return caps;
}

Result<void> WorkroomSync::storeCapabilities(SyncJournal &journal, const DavCapabilities &caps)
{
    for (const CapabilityKey &entry : kCapabilityKeys) {
        if (auto set =
                journal.setValue(QLatin1String(entry.key),
                                 caps.*entry.flag ? QStringLiteral("1") : QStringLiteral("0"));
            !set) {
            return set;
        }
    }
    return {};
}

void WorkroomSync::cancel()
{
    cancelled_ = true;
    if (QObject *engine = engine_.load()) {
        QMetaObject::invokeMethod(
            engine, [engine] { static_cast<SyncEngine *>(engine)->cancel(); },
            Qt::QueuedConnection);
    }
}

Result<QString> WorkroomSync::clientId(SyncJournal &journal)
{
    const QString key = QStringLiteral("clientId");
    auto id = journal.value(key);
    if (!id) {
        return id;
    }
    if (!id->isEmpty()) {
        return id;
    }
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto set = journal.setValue(key, fresh); !set) {
        return std::unexpected(set.error());
    }
    return fresh;
}

namespace {

constexpr int kWorkroomFormat = 1;
const QString kWorkroomFile = QStringLiteral("workroom.json");

Result<QByteArray> awaited(std::unique_ptr<DavReply> reply)
{
    reply->waitForFinished();
    if (!reply->ok()) {
        return std::unexpected(*reply->error());
    }
    return reply->body();
}

// Whether the collection's workroom.json says it is a workroom this version can sync.
Result<void> acceptWorkroomFile(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonValue format = doc.object().value(QStringLiteral("format"));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !format.isDouble()) {
        return std::unexpected(DmsError{
            DmsErrorCode::MalformedResponse,
            DmsText::tr("workroom.json on the DMS cannot be read, so it is not clear what this "
                        "collection holds; nothing was synced. Ask IT to check the collection."),
            0});
    }
    if (format.toInt() > kWorkroomFormat) {
        return std::unexpected(DmsError{
            DmsErrorCode::MalformedResponse,
            DmsText::tr("The workroom on the DMS was written by a newer Workroom (format %1): "
                        "update first; nothing was synced.")
                .arg(format.toInt()),
            0});
    }
    if (format.toInt() < kWorkroomFormat) {
        return std::unexpected(DmsError{
            DmsErrorCode::MalformedResponse,
            DmsText::tr("workroom.json on the DMS names an unknown format (%1); nothing was "
                        "synced.")
                .arg(format.toInt()),
            0});
    }
    return {};
}

// Reads workroom.json, or creates it in a collection that has none yet. Two clients creating it
// at once: If-None-Match lets one win, the other reads the winner's.
Result<void> checkWorkroomFile(WebDavClient &client, const DavCapabilities &caps,
                               const QString &workroomName)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto read = awaited(client.getBytes(kWorkroomFile, 1024 * 1024));
        if (read) {
            return acceptWorkroomFile(*read);
        }
        if (read.error().code != DmsErrorCode::NotFound) {
            return std::unexpected(read.error());
        }
        const QJsonObject created{
            {QStringLiteral("format"), kWorkroomFormat},
            {QStringLiteral("name"), workroomName},
            {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        PutOptions options;
        options.contentType = "application/json";
        options.ifNoneMatch = caps.ifNoneMatchHonoured;
        auto written = awaited(client.putBytes(
            kWorkroomFile, QJsonDocument(created).toJson(QJsonDocument::Indented), options));
        if (written) {
            qCInfo(lcDms) << "workroom.json created";
            return {};
        }
        if (written.error().code != DmsErrorCode::PreconditionFailed) {
            return std::unexpected(written.error());
        }
        // Someone else was first: read theirs.
    }
    return std::unexpected(DmsError{
        DmsErrorCode::MalformedResponse,
        DmsText::tr("workroom.json on the DMS could neither be read nor created; nothing was "
                    "synced."),
        0});
}

}  // namespace

Result<SyncSummary> WorkroomSync::run(const SyncLink &link)
{
    cancelled_ = false;
    auto caps = storedCapabilities(local_.journal);
    if (!caps) {
        return std::unexpected(caps.error());
    }
    if (auto id = clientId(local_.journal); !id) {
        return std::unexpected(id.error());
    }
    WebDavClient::Options options;
    options.baseUrl = link.url;
    options.credentials = {link.user, link.password};
    options.tls.extraCaCertificates = link.extraCaCertificates;
    WebDavClient client(options);
    const auto cancelledError = [] {
        return std::unexpected(
            DmsError{DmsErrorCode::Cancelled, DmsText::tr("Sync cancelled."), 0});
    };

    Q_EMIT progress(0, 0, DmsText::tr("Connecting"));
    if (auto checked = checkWorkroomFile(client, *caps, local_.workroomName); !checked) {
        return std::unexpected(checked.error());
    }
    if (cancelled_) {
        return cancelledError();
    }

    SyncEngine engine(client, local_.journal, *caps);
    engine.setWorkroomDatabase(&local_.database);
    engine_ = &engine;
    const auto forget = qScopeGuard([this] { engine_ = nullptr; });
    if (cancelled_) {
        // cancel() came before the engine existed to take it.
        engine.cancel();
    }
    connect(&engine, &SyncEngine::progress, this, [this](int done, int total) {
        Q_EMIT progress(done, total, DmsText::tr("Uploading"));
    });
    connect(&engine, &SyncEngine::caseProgress, this, [this](int done, int total) {
        Q_EMIT progress(done, total, DmsText::tr("Merging cases"));
    });

    SyncSummary summary;
    const auto keep = [this, &summary]() -> Result<void> {
        // The activity of this run so far, kept even if a later step ends the run.
        return local_.journal.recordActivities(summary.activity);
    };
    auto files = immutableFilesOf(local_.database, local_.blobs, local_.workroomId);
    if (!files) {
        return std::unexpected(files.error());
    }
    auto uploaded = engine.uploadImmutable(*files);
    if (!uploaded) {
        return std::unexpected(uploaded.error());
    }
    summary.uploaded = uploaded->uploaded;
    summary.alreadyThere = uploaded->alreadyThere;
    summary.retryLater = uploaded->retryLater;
    summary.failed += uploaded->failed;
    summary.errors += uploaded->errors;
    if (summary.uploaded > 0) {
        summary.activity.append(
            activity(SyncActivity::Kind::Uploaded, QString(),
                     DmsText::tr("Uploaded %n file(s).", "", summary.uploaded)));
    }
    summary.activity += uploaded->items;
    if (cancelled_) {
        summary.activity.append(cancelledActivity());
        if (auto kept = keep(); !kept) {
            return std::unexpected(kept.error());
        }
        return cancelledError();
    }

    // Audit segments: this computer's new entries up, the other computers' down (AuditSegments).
    {
        Q_EMIT progress(0, 0, DmsText::tr("Exchanging audit entries"));
        auto id = clientId(local_.journal);
        AuditSegments audit(client, local_.journal, local_.database, *caps);
        audit.setCancelCheck([this] { return cancelled_.load(); });
        auto report = id ? audit.run(local_.workroomId, *id)
                         : Result<AuditSegments::Report>(std::unexpected(id.error()));
        if (!report) {
            if (auto kept = keep(); !kept) {
                return std::unexpected(kept.error());
            }
            return std::unexpected(report.error());
        }
        summary.auditSegmentsWritten = report->segmentsWritten;
        summary.auditEntriesImported = report->entriesImported;
        summary.retryLater += report->retryLater;
        summary.failed += report->failed;
        summary.errors += report->errors;
        for (const AuditSegments::Report::Done &done : std::as_const(report->done)) {
            summary.activity.append(activity(SyncActivity::Kind::Audit, done.item, done.message));
        }
        for (const QString &error : std::as_const(report->errors)) {
            summary.activity.append(activity(SyncActivity::Kind::Failed, QString(), error));
        }
    }

    Q_EMIT progress(0, 0, DmsText::tr("Merging cases"));
    auto cases = engine.syncCases({local_.cases, local_.blobs, local_.workroomId, local_.actor});
    if (!cases) {
        if (cases.error().code == DmsErrorCode::Cancelled) {
            summary.activity.append(cancelledActivity());
        }
        if (auto kept = keep(); !kept) {
            return std::unexpected(kept.error());
        }
        return std::unexpected(cases.error());
    }
    summary.casesWritten = cases->casesWritten;
    summary.casesApplied = cases->casesApplied;
    summary.casesSkipped = cases->casesSkipped;
    summary.downloaded = cases->downloaded;
    summary.newConflicts = cases->newConflicts;
    summary.retryLater += cases->retryLater;
    summary.failed += cases->failed;
    summary.errors += cases->errors;
    summary.activity += cases->items;
    if (summary.downloaded > 0) {
        summary.activity.append(
            activity(SyncActivity::Kind::Downloaded, QString(),
                     DmsText::tr("Downloaded %n file(s).", "", summary.downloaded)));
    }
    if (cancelled_) {
        summary.activity.append(cancelledActivity());
    }
    if (auto kept = keep(); !kept) {
        return std::unexpected(kept.error());
    }
    if (cancelled_) {
        return cancelledError();
    }
    return summary;
}

// resolveConflict() is in CaseSync.cpp, beside the mapping of cases to case.json it uses.

}  // namespace workroom::dms
