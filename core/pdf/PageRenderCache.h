#pragma once

#include "PageRenderer.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <mutex>

namespace workroom::pdf {

// Page images of one document at one resolution and rotation, rendered on worker threads and
// kept up to a byte bound (least recently used go first). The viewer says which pages it wants
// in which order (the first visible page first, then the rest of the viewport, then pages
// ahead); work that is no longer wanted is dropped before it starts. Images arrive through
// pageReady() on the cache's thread. Not thread-safe itself: use it from one thread.
class PageRenderCache : public QObject {
    Q_OBJECT

public:
    PageRenderCache(std::shared_ptr<const PdfDocument> document, qint64 maxBytes,
                    QObject *parent = nullptr);
    ~PageRenderCache() override;

    const PdfDocument &document() const { return renderer_.document(); }

    // Changes what images are wanted from now on; queued work is dropped, images already
    // rendered stay (as placeholders, see anyImage()) until they are the least recently used.
    void setResolution(double dpi, double devicePixelRatio, int rotation);
    double dpi() const { return dpi_; }
    int rotation() const { return rotation_; }

    // The page at the current resolution and rotation, or a null image; marks it as used.
    QImage image(int page);
    // The page at the current rotation and any resolution (the sharpest held), or null.
    QImage anyImage(int page) const;
    // Replaces the queue: these pages, in this order, unless they are held or being rendered.
    void setWanted(const QList<int> &pages);
    // Puts a page at the front of the queue.
    void request(int page);
    bool hasFailed(int page) const { return failed_.contains(page); }
    QString failure(int page) const { return failed_.value(page); }

    qint64 maxBytes() const { return maxBytes_; }
    qint64 usedBytes() const { return usedBytes_; }
    qint64 peakBytes() const { return peakBytes_; }
    int queuedCount() const;
    bool isIdle() const;  // nothing queued or rendering

signals:
    void pageReady(int page);
    void pageFailed(int page, const QString &message);

private:
    struct Key {
        int page = 0;
        int resolution = 0;  // device dots per inch × 100
        int rotation = 0;
        int ratio = 100;  // device pixel ratio × 100 (part of resolution, kept for the image)
        bool operator==(const Key &other) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.page, key.resolution, key.rotation);
    }
    struct Entry {
        QImage image;
        quint64 lastUse = 0;
    };

    Key keyOf(int page) const;
    void startWorkers();
    void drain();
    void finished(Key key, QImage image, QString error);
    void evict(const Key &keep);

    PageRenderer renderer_;
    qint64 maxBytes_;
    double dpi_ = 96;
    double devicePixelRatio_ = 1;
    int rotation_ = 0;

    QHash<Key, Entry> entries_;
    quint64 useCounter_ = 0;
    qint64 usedBytes_ = 0;
    qint64 peakBytes_ = 0;
    QHash<int, QString> failed_;

    // Shared with the workers.
    mutable std::mutex mutex_;
    QList<Key> queue_;
    QList<Key> inFlight_;
    int workers_ = 0;
    std::atomic_bool cancel_ = false;
    QThreadPool pool_;
};

}  // namespace workroom::pdf
