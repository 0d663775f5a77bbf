#include "PageRenderCache.h"

#include <QMetaObject>

#include <algorithm>
#include <cmath>

namespace workroom::pdf {

PageRenderCache::PageRenderCache(std::shared_ptr<const PdfDocument> document, qint64 maxBytes,
                                 QObject *parent)
    : QObject(parent), renderer_(document), maxBytes_(std::max<qint64>(maxBytes, 1))
{
    pool_.setMaxThreadCount(document->renderThreads());
    pool_.setObjectName(QStringLiteral("PageRenderCache"));
}

PageRenderCache::~PageRenderCache()
{
    {
        const std::lock_guard lock(mutex_);
        queue_.clear();
    }
    // A page being drawn stops at Poppler's next check; results still posted to this object
    // are discarded with it.
    cancel_ = true;
    pool_.waitForDone();
}

PageRenderCache::Key PageRenderCache::keyOf(int page) const
{
    return Key{.page = page,
               .resolution = int(std::lround(dpi_ * devicePixelRatio_ * 100)),
               .rotation = rotation_,
               .ratio = int(std::lround(devicePixelRatio_ * 100))};
}

void PageRenderCache::setResolution(double dpi, double devicePixelRatio, int rotation)
{
    const int normal = ((rotation % 360) + 360) % 360;
    if (qFuzzyCompare(dpi, dpi_) && qFuzzyCompare(devicePixelRatio, devicePixelRatio_)
        && normal == rotation_) {
        return;
    }
    dpi_ = std::clamp(dpi, 1.0, 4800.0);
    devicePixelRatio_ = std::clamp(devicePixelRatio, 0.25, 8.0);
    rotation_ = normal;
    const std::lock_guard lock(mutex_);
    queue_.clear();
}

QImage PageRenderCache::image(int page)
{
    const auto found = entries_.find(keyOf(page));
    if (found == entries_.end()) {
        return {};
    }
    found->lastUse = ++useCounter_;
    return found->image;
}

QImage PageRenderCache::anyImage(int page) const
{
    QImage best;
    int bestResolution = -1;
    for (auto it = entries_.cbegin(); it != entries_.cend(); ++it) {
        if (it.key().page == page && it.key().rotation == rotation_
            && it.key().resolution > bestResolution) {
            best = it->image;
            bestResolution = it.key().resolution;
        }
    }
    return best;
}

void PageRenderCache::setWanted(const QList<int> &pages)
{
    QList<Key> wanted;
    wanted.reserve(pages.size());
    for (const int page : pages) {
        const Key key = keyOf(page);
        if (page < 0 || page >= document().pageCount() || entries_.contains(key)
            || failed_.contains(page) || wanted.contains(key)) {
            continue;
        }
        wanted.append(key);
    }
    {
        const std::lock_guard lock(mutex_);
        wanted.removeIf([this](const Key &key) { return inFlight_.contains(key); });
        queue_ = std::move(wanted);
    }
    startWorkers();
}

void PageRenderCache::request(int page)
{
    const Key key = keyOf(page);
    if (page < 0 || page >= document().pageCount() || entries_.contains(key)
        || failed_.contains(page)) {
        return;
    }
    {
        const std::lock_guard lock(mutex_);
        if (inFlight_.contains(key)) {
            return;
        }
        queue_.removeOne(key);
        queue_.prepend(key);
    }
    startWorkers();
}

int PageRenderCache::queuedCount() const
{
    const std::lock_guard lock(mutex_);
    return int(queue_.size());
}

bool PageRenderCache::isIdle() const
{
    const std::lock_guard lock(mutex_);
    return queue_.isEmpty() && inFlight_.isEmpty() && workers_ == 0;
}

void PageRenderCache::startWorkers()
{
    const std::lock_guard lock(mutex_);
    while (workers_ < pool_.maxThreadCount() && workers_ < queue_.size()) {
        ++workers_;
        pool_.start([this] { drain(); });
    }
}

// A worker takes the front of the queue until it is empty, so that a changed queue changes
// what is drawn next at once.
void PageRenderCache::drain()
{
    for (;;) {
        Key key;
        {
            const std::lock_guard lock(mutex_);
            if (queue_.isEmpty() || cancel_) {
                --workers_;
                return;
            }
            key = queue_.takeFirst();
            inFlight_.append(key);
        }
        const RenderRequest request{.page = key.page,
                                    .dpi = key.resolution / 100.0,
                                    .devicePixelRatio = 1,
                                    .rotation = key.rotation};
        auto rendered = renderer_.render(request, &cancel_);
        if (cancel_) {
            const std::lock_guard lock(mutex_);
            inFlight_.removeOne(key);
            --workers_;
            return;
        }
        QImage image = rendered ? std::move(*rendered) : QImage();
        // Set here, where the image has one owner: on the GUI thread it would copy it.
        image.setDevicePixelRatio(key.ratio / 100.0);
        QString error = rendered ? QString() : rendered.error().message;
        QMetaObject::invokeMethod(
            this,
            [this, key, image = std::move(image), error = std::move(error)]() mutable {
                finished(key, std::move(image), std::move(error));
            },
            Qt::QueuedConnection);
    }
}

void PageRenderCache::finished(Key key, QImage image, QString error)
{

    {
        const std::lock_guard lock(mutex_);
        inFlight_.removeOne(key);
    }
    if (image.isNull()) {
        failed_.insert(key.page, error);
        emit pageFailed(key.page, error);
        return;
    }
    const qint64 bytes = image.sizeInBytes();
    if (auto old = entries_.find(key); old != entries_.end()) {
        usedBytes_ -= old->image.sizeInBytes();
        entries_.erase(old);
    }
    entries_.insert(key, Entry{.image = std::move(image), .lastUse = ++useCounter_});
    usedBytes_ += bytes;
    evict(key);
    peakBytes_ = std::max(peakBytes_, usedBytes_);
    emit pageReady(key.page);
}

void PageRenderCache::evict(const Key &keep)
{
    while (usedBytes_ > maxBytes_ && entries_.size() > 1) {
        auto oldest = entries_.end();
        for (auto it = entries_.begin(); it != entries_.end(); ++it) {
            if (!(it.key() == keep)
                && (oldest == entries_.end() || it->lastUse < oldest->lastUse)) {
                oldest = it;
            }
        }
        if (oldest == entries_.end()) {
            return;
        }
        usedBytes_ -= oldest->image.sizeInBytes();
        entries_.erase(oldest);
    }
}

}  // namespace workroom::pdf
