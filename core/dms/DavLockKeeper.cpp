#include "DavLockKeeper.h"

#include "WebDavClient.h"

namespace workroom::dms {

namespace {

// Servers that grant "Infinite" still drop locks eventually; refresh now and then anyway.
constexpr int infiniteRefreshSeconds = 300;

}  // namespace

DavLockKeeper::DavLockKeeper(WebDavClient &client, QString path, DavLock lock, QObject *parent)
    : QObject(parent), client_(client), path_(std::move(path)), lock_(std::move(lock))
{
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &DavLockKeeper::refresh);
    schedule();
}

DavLockKeeper::~DavLockKeeper() = default;

void DavLockKeeper::schedule()
{
    const int seconds = lock_.timeoutSeconds > 0 ? lock_.timeoutSeconds : infiniteRefreshSeconds;
    // Half the granted time leaves room for a slow answer.
    timer_.start(qMax(500, seconds * 1000 / 2));
}

void DavLockKeeper::refresh()
{
    const int asked = lock_.timeoutSeconds > 0 ? lock_.timeoutSeconds : infiniteRefreshSeconds;
    pending_ = client_.refreshLock(path_, lock_.token, asked);
    DavReply *reply = pending_.get();
    connect(reply, &DavReply::finished, this, [this, reply] {
        if (reply != pending_.get()) {
            return;
        }
        if (reply->ok()) {
            if (reply->lock().timeoutSeconds != 0) {
                lock_.timeoutSeconds = reply->lock().timeoutSeconds;
            }
            schedule();
            Q_EMIT refreshed();
        } else {
            held_ = false;
            Q_EMIT lost(*reply->error());
        }
        pending_.release()->deleteLater();
    });
}

std::unique_ptr<DavReply> DavLockKeeper::release()
{
    timer_.stop();
    pending_.reset();
    held_ = false;
    return client_.unlock(path_, lock_.token);
}

}  // namespace workroom::dms
