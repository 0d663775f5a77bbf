#pragma once

// Internal to core/pdf: the Poppler documents behind one PdfDocument. Never include this from
// a public header.

#include <QByteArray>
#include <QString>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>
#include <mutex>
#include <vector>

namespace workroom::pdf {

// Poppler documents are not safe for concurrent use, so each slot holds its own document of
// the same file and its own mutex; a caller borrows a free slot (or waits for one). Slots load
// their document lazily, with the password that opened the first one.
class PopplerPool {
public:
    class Lease {
    public:
        Lease(std::unique_lock<std::mutex> lock, Poppler::Document *document)
            : lock_(std::move(lock)), document_(document)
        {
        }
        Poppler::Document *document() const { return document_; }
        explicit operator bool() const { return document_ != nullptr; }

    private:
        std::unique_lock<std::mutex> lock_;
        Poppler::Document *document_;
    };

    PopplerPool(QString path, QByteArray password, std::unique_ptr<Poppler::Document> first,
                int slotCount);

    // A document for the calling thread alone while the lease lives; null only when the file
    // can no longer be loaded (deleted or changed since it was opened).
    Lease acquire();

    static void prepare(Poppler::Document &document);

private:
    struct Slot {
        std::mutex mutex;
        std::unique_ptr<Poppler::Document> document;
        bool failed = false;
    };

    Lease leaseOf(Slot &slot, std::unique_lock<std::mutex> lock);

    QString path_;
    QByteArray password_;
    std::vector<std::unique_ptr<Slot>> slots_;
    std::mutex roundRobinMutex_;
    size_t next_ = 0;
};

}  // namespace workroom::pdf
