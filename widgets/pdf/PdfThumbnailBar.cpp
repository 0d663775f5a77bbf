#include "PdfThumbnailBar.h"

#include "PageRenderCache.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

namespace workroom::widgets {

namespace {

constexpr int thumbnailWidth = 96;
constexpr int thumbnailHeight = 128;
// A4 at this resolution is about 110 pixels wide: sharp enough to scale down to a thumbnail.
constexpr double thumbnailDpi = 14;
constexpr qint64 thumbnailCacheBytes = qint64(16) << 20;
constexpr int keptThumbnails = 400;

}  // namespace

class PdfThumbnailModel : public QAbstractListModel {
public:
    explicit PdfThumbnailModel(QObject *parent) : QAbstractListModel(parent) {}

    void setDocument(std::shared_ptr<const pdf::PdfDocument> document)
    {
        beginResetModel();
        delete cache_;
        cache_ = nullptr;
        thumbnails_.clear();
        document_ = std::move(document);
        if (document_) {
            cache_ = new pdf::PageRenderCache(document_, thumbnailCacheBytes, this);
            cache_->setResolution(thumbnailDpi, 1, rotation_);
            connect(cache_, &pdf::PageRenderCache::pageReady, this, [this](int page) {
                const QModelIndex row = index(page);
                emit dataChanged(row, row, {Qt::DecorationRole});
            });
        }
        endResetModel();
    }

    void setRotation(int rotation)
    {
        rotation_ = rotation;
        thumbnails_.clear();
        if (cache_) {
            cache_->setResolution(thumbnailDpi, 1, rotation_);
            emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
        }
    }

    void want(const QList<int> &pages)
    {
        if (cache_) {
            cache_->setWanted(pages);
        }
    }

    int drawn() const { return int(thumbnails_.size()); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !document_ ? 0 : document_->pageCount();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || !document_) {
            return {};
        }
        const int page = index.row();
        switch (role) {
        case Qt::DisplayRole:
            return QString::number(page + 1);
        case Qt::AccessibleTextRole:
        case Qt::ToolTipRole:
            return PdfThumbnailBar::tr("Page %1").arg(page + 1);
        case Qt::DecorationRole:
            return thumbnail(page);
        default:
            return {};
        }
    }

private:
    QImage thumbnail(int page) const
    {
        if (const auto found = thumbnails_.constFind(page); found != thumbnails_.cend()) {
            return *found;
        }
        QImage source = cache_->image(page);
        QImage sheet(thumbnailWidth, thumbnailHeight, QImage::Format_ARGB32_Premultiplied);
        sheet.fill(Qt::transparent);
        QSizeF size = document_->pageSize(page);
        if (rotation_ == 90 || rotation_ == 270) {
            size.transpose();
        }
        const QSize fitted = size.scaled(thumbnailWidth, thumbnailHeight, Qt::KeepAspectRatio)
                                 .toSize()
                                 .expandedTo(QSize(4, 4));
        const QRect paper(
            QPoint((thumbnailWidth - fitted.width()) / 2, (thumbnailHeight - fitted.height()) / 2),
            fitted);
        QPainter painter(&sheet);
        painter.fillRect(paper, Qt::white);
        if (!source.isNull()) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            source.setDevicePixelRatio(1);
            painter.drawImage(paper, source);
        }
        painter.setPen(QColor(0, 0, 0, 80));
        painter.drawRect(paper.adjusted(0, 0, -1, -1));
        painter.end();
        if (!source.isNull()) {
            // Kept small and few; the cache behind holds the renders, this the scaled sheets.
            if (thumbnails_.size() >= keptThumbnails) {
                thumbnails_.clear();
            }
            thumbnails_.insert(page, sheet);
        }
        return sheet;
    }

    std::shared_ptr<const pdf::PdfDocument> document_;
    pdf::PageRenderCache *cache_ = nullptr;
    int rotation_ = 0;
    mutable QHash<int, QImage> thumbnails_;
};

PdfThumbnailBar::PdfThumbnailBar(QWidget *parent)
    : QListView(parent), model_(new PdfThumbnailModel(this))
{
    setObjectName(QStringLiteral("pdfThumbnails"));
    setAccessibleName(tr("Page thumbnails"));
    setModel(model_);
    // One column, the page number under each page.
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setIconSize(QSize(thumbnailWidth, thumbnailHeight));
    setGridSize(QSize(thumbnailWidth + 24, thumbnailHeight + fontMetrics().height() + 16));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(thumbnailWidth + 24 + verticalScrollBar()->sizeHint().width() + 4);
    connect(this, &QListView::activated, this,
            [this](const QModelIndex &index) { emit pageChosen(index.row()); });
    connect(this, &QListView::clicked, this,
            [this](const QModelIndex &index) { emit pageChosen(index.row()); });
}

PdfThumbnailBar::~PdfThumbnailBar() = default;

void PdfThumbnailBar::setDocument(std::shared_ptr<const pdf::PdfDocument> document)
{
    model_->setDocument(std::move(document));
    updateWanted();
}

void PdfThumbnailBar::setCurrentPage(int page)
{
    const QModelIndex row = model_->index(page);
    if (row.isValid() && currentIndex() != row) {
        setCurrentIndex(row);
        scrollTo(row);
    }
}

void PdfThumbnailBar::setRotation(int rotation)
{
    model_->setRotation(rotation);
    updateWanted();
}

int PdfThumbnailBar::thumbnailCount() const
{
    return model_->drawn();
}

void PdfThumbnailBar::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    updateWanted();
}

void PdfThumbnailBar::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    updateWanted();
}

void PdfThumbnailBar::showEvent(QShowEvent *event)
{
    QListView::showEvent(event);
    updateWanted();
}

void PdfThumbnailBar::updateWanted()
{
    // Hidden thumbnails take no rendering time from the pages.
    if (model_->rowCount() == 0 || !isVisible()) {
        model_->want({});
        return;
    }
    const QModelIndex first = indexAt(QPoint(8, 8));
    QModelIndex last = indexAt(QPoint(8, viewport()->height() - 8));
    const int from = first.isValid() ? first.row() : 0;
    const int to = last.isValid() ? last.row() : std::min(model_->rowCount() - 1, from + 8);
    QList<int> pages;
    for (int page = from; page <= to + 2 && page < model_->rowCount(); ++page) {
        pages.append(page);
    }
    model_->want(pages);
}

}  // namespace workroom::widgets
