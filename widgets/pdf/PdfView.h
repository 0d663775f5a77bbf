#pragma once

#include "PdfDocument.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>

namespace workroom::pdf {
class PageRenderCache;
}

namespace workroom::widgets {

// All pages of a PDF one below the other, drawn from images that worker threads render
// (PageRenderCache); a page shows as a blank sheet until its image arrives, and a changed zoom
// shows the old image scaled until the sharp one is there. Zoom 100 % is the page's real size
// on a 96-dpi screen; images are rendered at the screen's device pixel ratio. Searching,
// selecting text with the mouse and copying it run here too; the surrounding PdfViewer adds
// the tool bar, the thumbnails and the search bar.
class PdfView : public QAbstractScrollArea {
    Q_OBJECT

public:
    enum class Fit { None, Width, Page };
    Q_ENUM(Fit)

    static constexpr double minZoom = 0.25;
    static constexpr double maxZoom = 4.0;

    explicit PdfView(QWidget *parent = nullptr);
    ~PdfView() override;

    // Shows a document from its first page (nullptr: nothing). Keeps the zoom and fit mode.
    void setDocument(std::shared_ptr<const pdf::PdfDocument> document);
    const pdf::PdfDocument *document() const { return document_.get(); }
    int pageCount() const;

    // The bound of the page images held (bytes); pages outside it are rendered again.
    void setCacheBytes(qint64 bytes);
    pdf::PageRenderCache *cache() const { return cache_; }

    int currentPage() const { return currentPage_; }
    void goToPage(int page);

    double zoom() const { return zoom_; }
    void setZoom(double zoom);
    Fit fit() const { return fit_; }
    void setFit(Fit fit);
    void zoomIn();
    void zoomOut();

    int rotation() const { return rotation_; }  // added by the user, clockwise
    void rotateLeft();
    void rotateRight();

    // Searching runs on a worker thread; hits arrive page by page (hitsChanged).
    void find(const QString &text, pdf::PdfSearchOptions options = {});
    void clearFind();
    QString findText() const { return findText_; }
    void findNext();
    void findPrevious();
    int hitCount() const { return int(hits_.size()); }
    int currentHit() const { return currentHit_; }
    bool isSearching() const { return searching_; }

    QString selectedText() const;
    bool hasSelection() const { return !selectedText().isEmpty(); }
    void copy() const;
    void clearSelection();

    // Where a page is, in viewport coordinates.
    QRect pageRect(int page) const;
    // Maps points of a page as it shows without the user's rotation (PdfDocument coordinates)
    // to viewport coordinates.
    QTransform pageTransform(int page) const;
    // The page at a viewport position, or -1.
    int pageAt(QPoint position) const;
    // Pages that are at least partly in view, top to bottom.
    QList<int> visiblePages() const;

signals:
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void rotationChanged(int rotation);
    void hitsChanged(int current, int count);  // current is -1 when no hit is chosen
    void searchFinished(int count);
    void selectionChanged();
    void pageRendered(int page);
    // The pages moved in the viewport (scrolled, zoomed, rotated or resized).
    void geometryChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Hit {
        int page = 0;
        QRectF rect;  // points, PdfDocument coordinates
    };
    struct Caret {
        int page = -1;
        QPointF point;  // points, PdfDocument coordinates
    };

    QSizeF displayedSize(int page) const;  // in logical pixels at the current zoom
    void relayout(QPointF anchorInPage = {-1, -1}, int anchorPage = -1, QPoint at = {});
    void updateScrollBars();
    void updateWanted();
    void updateCurrentPage();
    void zoomAround(double zoom, QPoint at);
    void rotateClockwise(int degrees);  // adds to the user's rotation: 90 or 270
    double fitZoom(Fit fit) const;
    double devicePixelRatio() const;
    void scrollToHit();
    void pageImageReady(int page);
    Caret caretAt(QPoint position) const;
    void ensureTextBoxes(int page);
    // Indexes of the words selected on a page, or empty.
    QList<int> selectedWords(int page) const;
    int wordNear(int page, QPointF point) const;
    void stopSearch();

    std::shared_ptr<const pdf::PdfDocument> document_;
    pdf::PageRenderCache *cache_ = nullptr;
    qint64 cacheBytes_ = qint64(192) << 20;

    QList<int> pageTops_;  // content coordinates, logical pixels
    int contentWidth_ = 0;
    int contentHeight_ = 0;
    int currentPage_ = 0;
    double zoom_ = 1.0;
    Fit fit_ = Fit::Width;
    int rotation_ = 0;

    QString findText_;
    pdf::PdfSearchOptions findOptions_;
    QList<Hit> hits_;
    int currentHit_ = -1;
    int findStartPage_ = 0;
    bool searching_ = false;
    std::shared_ptr<std::atomic_bool> searchCancel_;
    quint64 searchGeneration_ = 0;

    QHash<int, QList<pdf::PdfTextBox>> textBoxes_;
    QSet<int> textLoading_;
    Caret anchor_;
    Caret focus_;
    bool selecting_ = false;
};

}  // namespace workroom::widgets
