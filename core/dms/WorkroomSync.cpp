#include "WorkroomSync.h"

#include "BlobStore.h"
#include "CaseRepository.h"
#include "SyncEngine.h"
#include "SyncJournal.h"
#include "WebDavClient.h"
#include "WorkroomContent.h"

#include <QMetaObject>
#include <QScopeGuard>

#include <array>
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
    if (QObject *engine = engine_) {
        QMetaObject::invokeMethod(
            engine, [engine] { static_cast<SyncEngine *>(engine)->cancel(); },
            Qt::QueuedConnection);
    }
}

Result<SyncSummary> WorkroomSync::run(const SyncLink &link)
{
    cancelled_ = false;
    auto caps = storedCapabilities(local_.journal);
    if (!caps) {
        return std::unexpected(caps.error());
    }
    WebDavClient::Options options;
    options.baseUrl = link.url;
    options.credentials = {link.user, link.password};
    options.tls.extraCaCertificates = link.extraCaCertificates;
    WebDavClient client(options);
    SyncEngine engine(client, local_.journal, *caps);
    engine_ = &engine;
    const auto forget = qScopeGuard([this] { engine_ = nullptr; });
    connect(&engine, &SyncEngine::progress, this, [this](int done, int total) {
        Q_EMIT progress(done, total, DmsText::tr("Uploading"));
    });

    SyncSummary summary;
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
    if (cancelled_) {
        return std::unexpected(DmsError{DmsErrorCode::Cancelled, DmsText::tr("Sync cancelled.")});
    }

    Q_EMIT progress(0, 0, DmsText::tr("Merging cases"));
    auto cases = engine.syncCases({local_.cases, local_.blobs, local_.workroomId, local_.actor});
    if (!cases) {
        return std::unexpected(cases.error());
    }
    summary.casesWritten = cases->casesWritten;
    summary.casesApplied = cases->casesApplied;
    summary.downloaded = cases->downloaded;
    summary.newConflicts = cases->newConflicts;
    summary.failed += cases->failed;
    summary.errors += cases->errors;
    for (const QString &error : std::as_const(summary.errors)) {
        summary.activity.append(activity(SyncActivity::Kind::Failed, QString(), error));
    }
    return summary;
}

Result<void> resolveConflict(storage::CaseRepository &, SyncJournal &, qint64, const QString &,
                             const QString &, const QJsonValue &, const QString &)
{
    // Implemented with the resolution marks in case.json (see docs/dms-layout.md).
    return std::unexpected(
        DmsError{DmsErrorCode::UnexpectedStatus, DmsText::tr("Resolving conflicts is not ready.")});
}

}  // namespace workroom::dms
