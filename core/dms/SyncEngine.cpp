#include "SyncEngine.h"

#include "DavPath.h"
#include "SyncJournal.h"
#include "WebDavClient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>

#include <deque>
#include <map>
#include <memory>
#include <set>

namespace workroom::dms {

// One pass over the pending uploads: a window of parallel requests, each item a small state
// machine (create → check → replace), every outcome written to the journal as it happens.
class SyncEngine::UploadRun {
public:
    UploadRun(SyncEngine &engine, QList<SyncJournal::Upload> items)
        : engine_(engine), total_(int(items.size()))
    {
        for (auto &item : items) {
            Item queued;
            queued.upload = std::move(item);
            queue_.push_back(std::move(queued));
        }
    }

    void cancel()
    {
        cancelled_ = true;
        // Aborting finishes each reply at once, which settles it and leaves it pending.
        std::vector<DavReply *> inFlight;
        for (const auto &[reply, active] : active_) {
            inFlight.push_back(reply);
        }
        for (DavReply *reply : inFlight) {
            reply->cancel();
        }
    }

    Result<Report> run()
    {
        ensureCollections();
        if (journalError_) {
            return std::unexpected(*journalError_);
        }
        fill();
        if (!active_.empty()) {
            loop_.exec(QEventLoop::ExcludeUserInputEvents);
        }
        if (journalError_) {
            return std::unexpected(*journalError_);
        }
        return report_;
    }

private:
    enum class Step { Create, Check, Replace };

    struct Item {
        SyncJournal::Upload upload;
        Step step = Step::Create;
        int checks = 0;
        QByteArray etag;
    };

    struct Active {
        Item item;
        std::unique_ptr<DavReply> reply;
    };

    void ensureCollections()
    {
        std::set<QString> needed;
        for (const Item &item : queue_) {
            QString parent = DavPath::parentOf(item.upload.file.remotePath());
            while (!parent.isEmpty()) {
                needed.insert(parent);
                parent = DavPath::parentOf(parent);
            }
        }
        // std::set orders parents before their children ("cases/" < "cases/x/").
        for (const QString &path : needed) {
            if (engine_.journal_.knowsCollection(path)) {
                continue;
            }
            auto reply = engine_.client_.mkcol(path);
            reply->waitForFinished();
            // 405: it exists already (or a file is in the way, which the upload then reports).
            if (reply->ok()
                || (reply->error() && reply->error()->code == DmsErrorCode::MethodNotAllowed)) {
                if (auto recorded = engine_.journal_.recordCollection(path); !recorded) {
                    journalError_ = recorded.error();
                    return;
                }
            } else if (existsAsCollection(path)) {
                // Another client made it at the same moment; Apache then answers 403.
                if (auto recorded = engine_.journal_.recordCollection(path); !recorded) {
                    journalError_ = recorded.error();
                    return;
                }
            } else {
                failedCollections_.insert(path, *reply->error());
            }
        }
    }

    bool existsAsCollection(const QString &path)
    {
        auto listed = engine_.client_.propfind(path, DavDepth::Zero);
        listed->waitForFinished();
        return listed->ok() && !listed->resources().isEmpty()
               && listed->resources().first().isCollection;
    }

    void fill()
    {
        if (cancelled_) {
            report_.retryLater += int(queue_.size());
            queue_.clear();
        }
        while (!journalError_ && int(active_.size()) < engine_.parallel_ && !queue_.empty()) {
            Item item = std::move(queue_.front());
            queue_.pop_front();
            start(std::move(item));
        }
        if (active_.empty() && queue_.empty()) {
            loop_.quit();
        }
    }

    void start(Item item)
    {
        const ImmutableFile &file = item.upload.file;
        const QString remote = file.remotePath();
        const QString parent = DavPath::parentOf(remote);
        for (auto it = failedCollections_.cbegin(); it != failedCollections_.cend(); ++it) {
            if (parent.startsWith(it.key())) {
                settle(item, it.value());
                return;
            }
        }
        std::unique_ptr<DavReply> reply;
        if (item.step == Step::Create && !engine_.capabilities_.ifNoneMatchHonoured) {
            // Without If-None-Match the server cannot refuse an overwrite: look first.
            item.step = Step::Check;
        }
        if (item.step == Step::Check) {
            reply = engine_.client_.propfind(remote, DavDepth::Zero);
        } else {
            const QFileInfo local(file.localPath);
            if (!local.isFile() || local.size() != file.size) {
                settle(item, DmsError{DmsErrorCode::LocalIo,
                                      DmsText::tr("The local copy of %1 is missing or damaged; "
                                                  "it was not uploaded.")
                                          .arg(remote),
                                      0});
                return;
            }
            PutOptions options;
            if (item.step == Step::Create) {
                options.ifNoneMatch = true;
            } else if (!item.etag.isEmpty() && engine_.capabilities_.ifMatchHonoured) {
                options.ifMatch = item.etag;
            }
            reply = engine_.client_.put(remote, file.localPath, options);
        }
        DavReply *raw = reply.get();
        active_.emplace(raw, Active{std::move(item), std::move(reply)});
        QObject::connect(raw, &DavReply::finished, &loop_, [this, raw] { finished(raw); });
        if (raw->isFinished()) {
            // Failed before sending (a local file that cannot be opened): no signal will come.
            const auto late = [this, raw] { finished(raw); };
            QMetaObject::invokeMethod(&loop_, late, Qt::QueuedConnection);
        }
    }

    void finished(DavReply *raw)
    {
        auto node = active_.extract(raw);
        Active active = std::move(node.mapped());
        Item item = std::move(active.item);
        const DavReply &reply = *active.reply;
        const QString remote = item.upload.file.remotePath();

        if (item.step == Step::Check) {
            if (reply.ok() && !reply.resources().isEmpty()) {
                const DavResource &found = reply.resources().first();
                if (!found.isCollection && found.size == item.upload.file.size) {
                    // The name is the content's hash: the right size under it is this file,
                    // sent by an earlier run that did not live to record it.
                    ++report_.alreadyThere;
                    done(item);
                } else if (++item.checks > 3 || found.isCollection) {
                    settle(item, DmsError{DmsErrorCode::Conflict,
                                          DmsText::tr("%1 exists on the DMS with other content "
                                                      "and could not be replaced.")
                                              .arg(remote),
                                          0});
                } else {
                    // A partial or damaged copy: the name says what the bytes must be.
                    item.step = Step::Replace;
                    item.etag = found.etag;
                    start(std::move(item));
                }
            } else if (reply.error() && reply.error()->code == DmsErrorCode::NotFound) {
                item.step =
                    engine_.capabilities_.ifNoneMatchHonoured ? Step::Create : Step::Replace;
                item.etag.clear();
                start(std::move(item));
            } else {
                settle(item, reply.error().value_or(DmsError{}));
            }
        } else if (reply.ok()) {
            ++report_.uploaded;
            done(item);
        } else if (reply.error()->code == DmsErrorCode::PreconditionFailed && ++item.checks <= 3) {
            // Exists already (Create) or changed meanwhile (Replace): look at what is there.
            // Counted here too: a server that refuses every create of a name it then lists as
            // absent would otherwise keep this loop going for ever.
            item.step = Step::Check;
            start(std::move(item));
        } else {
            settle(item, *reply.error());
        }
        fill();
    }

    void done(const Item &item)
    {
        if (auto marked = engine_.journal_.markUploaded(item.upload.id); !marked) {
            journalError_ = marked.error();
        }
        Q_EMIT engine_.progress(++finished_, total_);
    }

    void settle(const Item &item, const DmsError &error)
    {
        if (error.code == DmsErrorCode::Cancelled) {
            // Not the item's fault: pending as before, no attempt counted.
            ++report_.retryLater;
            return;
        }
        const bool transient = isTransient(error.code);
        if (transient) {
            ++report_.retryLater;
        } else {
            ++report_.failed;
        }
        report_.errors.append(error.message);
        report_.items.append(
            {QDateTime::currentDateTimeUtc(),
             transient ? SyncActivity::Kind::RetryLater : SyncActivity::Kind::Failed,
             item.upload.file.remotePath(), error.message});
        if (error.code == DmsErrorCode::Conflict || error.code == DmsErrorCode::NotFound) {
            // A collection the journal knew may be gone: make them again next time.
            if (auto forgot = engine_.journal_.forgetCollections(); !forgot) {
                journalError_ = forgot.error();
            }
        }
        if (auto marked = engine_.journal_.markFailed(item.upload.id, error.message, !transient);
            !marked) {
            journalError_ = marked.error();
        }
        Q_EMIT engine_.progress(++finished_, total_);
    }

    SyncEngine &engine_;
    std::deque<Item> queue_;
    std::map<DavReply *, Active> active_;
    QHash<QString, DmsError> failedCollections_;
    QEventLoop loop_;
    Report report_;
    std::optional<DmsError> journalError_;
    int total_ = 0;
    int finished_ = 0;
    bool cancelled_ = false;
};

SyncEngine::SyncEngine(WebDavClient &client, SyncJournal &journal, DavCapabilities capabilities,
                       QObject *parent)
    : QObject(parent), client_(client), journal_(journal), capabilities_(capabilities)
{
}

Result<SyncEngine::Report> SyncEngine::uploadImmutable(const QList<ImmutableFile> &files)
{
    if (auto added = journal_.enqueueUploads(files); !added) {
        return std::unexpected(added.error());
    }
    auto pending = journal_.pendingUploads();
    if (!pending) {
        return std::unexpected(pending.error());
    }
    if (pending->isEmpty()) {
        return Report{};
    }
    qCInfo(lcDms) << "uploading" << pending->size() << "immutable files";
    UploadRun run(*this, std::move(*pending));
    running_ = &run;
    auto report = run.run();
    running_ = nullptr;
    return report;
}

void SyncEngine::cancel()
{
    cancelled_ = true;
    if (running_ != nullptr) {
        running_->cancel();
    }
    if (transfer_ != nullptr) {
        transfer_->cancel();
    }
}

}  // namespace workroom::dms
