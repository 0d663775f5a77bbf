#include "PdfView.h"

#include "PageRenderCache.h"
#include "PageTurn.h"

#include <QApplication>
#include <QClipboard>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTransform>
#include <QWheelEvent>
#include <QWindow>
#include <QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace workroom::widgets {

namespace {

constexpr int margin = 12;        // around the pages, logical pixels
constexpr int gap = 12;           // between pages
constexpr double screenDpi = 96;  // zoom 100 %: a page's real size on a 96-dpi screen
constexpr int lineStep = 40;
// Pages rendered ahead beyond the viewport: below it (reading direction) and above it.
constexpr int aheadBelow = 2;
constexpr int aheadAbove = 1;

const QList<double> zoomSteps = {0.25, 0.33, 0.5,  0.67, 0.75, 0.9, 1.0, 1.1,
                                 1.25, 1.5,  1.75, 2.0,  2.5,  3.0, 4.0};

bool quarterTurn(int degrees)
{
    return degrees == 90 || degrees == 270;
}

}  // namespace

PdfView::PdfView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("pdfView"));
    setAccessibleName(tr("Document pages"));
    setFocusPolicy(Qt::StrongFocus);
    // Always there, so that fitting the width cannot make it appear and change the width.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Mid);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(lineStep);
    horizontalScrollBar()->setSingleStep(lineStep);
}

PdfView::~PdfView()
{
    stopSearch();
}

int PdfView::pageCount() const
{
    return document_ ? document_->pageCount() : 0;
}

void PdfView::setCacheBytes(qint64 bytes)
{
    cacheBytes_ = bytes;
    if (document_) {
        setDocument(document_);
    }
}

void PdfView::setDocument(std::shared_ptr<const pdf::PdfDocument> document)
{
    stopSearch();
    hits_.clear();
    currentHit_ = -1;
    findText_.clear();
    textBoxes_.clear();
    textLoading_.clear();
    anchor_ = {};
    focus_ = {};
    delete cache_;
    cache_ = nullptr;
    document_ = std::move(document);
    currentPage_ = 0;
    if (document_) {
        cache_ = new pdf::PageRenderCache(document_, cacheBytes_, this);
        connect(cache_, &pdf::PageRenderCache::pageReady, this, &PdfView::pageImageReady);
        connect(cache_, &pdf::PageRenderCache::pageFailed, this, &PdfView::pageImageReady);
    }
    if (fit_ != Fit::None) {
        zoom_ = fitZoom(fit_);
    }
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateWanted();
    updateCurrentPage();
    viewport()->update();
    emit hitsChanged(-1, 0);
    emit zoomChanged(zoom_);
    emit currentPageChanged(currentPage_);
    emit selectionChanged();
}

QSizeF PdfView::displayedSize(int page) const
{
    QSizeF points = document_->pageSize(page);
    if (quarterTurn(rotation_)) {
        points.transpose();
    }
    return points * (zoom_ * screenDpi / 72.0);
}

void PdfView::relayout(QPointF anchorInPage, int anchorPage, QPoint at)
{
    pageTops_.clear();
    contentWidth_ = 0;
    contentHeight_ = 0;
    if (!document_) {
        updateScrollBars();
        return;
    }
    const int count = document_->pageCount();
    pageTops_.reserve(count);
    int y = margin;
    for (int page = 0; page < count; ++page) {
        const QSizeF size = displayedSize(page);
        pageTops_.append(y);
        y += int(std::ceil(size.height())) + gap;
        contentWidth_ = std::max(contentWidth_, int(std::ceil(size.width())));
    }
    contentWidth_ += 2 * margin;
    contentHeight_ = y - gap + margin;
    updateScrollBars();
    if (anchorPage >= 0 && anchorPage < count) {
        // Keep the point under the mouse (or the view's centre) where it was.
        const QPointF now = pageTransform(anchorPage).map(anchorInPage);
        horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                        + int(std::lround(now.x() - at.x())));
        verticalScrollBar()->setValue(verticalScrollBar()->value()
                                      + int(std::lround(now.y() - at.y())));
    }
    viewport()->update();
    emit geometryChanged();
}

void PdfView::updateScrollBars()
{
    const QSize view = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, contentHeight_ - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth_ - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
}

QRect PdfView::pageRect(int page) const
{
    if (!document_ || page < 0 || page >= pageTops_.size()) {
        return {};
    }
    const QSizeF size = displayedSize(page);
    const int width = int(std::lround(size.width()));
    const int left = (std::max(contentWidth_, viewport()->width()) - width) / 2;
    return QRect(left - horizontalScrollBar()->value(),
                 pageTops_.at(page) - verticalScrollBar()->value(), width,
                 int(std::lround(size.height())));
}

QTransform PdfView::pageTransform(int page) const
{
    if (!document_ || page < 0 || page >= pageTops_.size()) {
        return {};
    }
    const QRect rect = pageRect(page);
    const double scale = zoom_ * screenDpi / 72.0;
    return turnedClockwise(rotation_, document_->pageSize(page))
           * QTransform::fromScale(scale, scale) * QTransform::fromTranslate(rect.x(), rect.y());
}

int PdfView::pageAt(QPoint position) const
{
    if (pageTops_.isEmpty()) {
        return -1;
    }
    const int y = position.y() + verticalScrollBar()->value();
    const auto after = std::upper_bound(pageTops_.cbegin(), pageTops_.cend(), y);
    const int page = int(after - pageTops_.cbegin()) - 1;
    if (page < 0) {
        return -1;
    }
    return pageRect(page).contains(position) ? page : -1;
}

QList<int> PdfView::visiblePages() const
{
    QList<int> pages;
    if (pageTops_.isEmpty()) {
        return pages;
    }
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    auto first = std::upper_bound(pageTops_.cbegin(), pageTops_.cend(), top);
    int page = std::max(0, int(first - pageTops_.cbegin()) - 1);
    for (; page < pageTops_.size() && pageTops_.at(page) < bottom; ++page) {
        if (pageRect(page).bottom() >= 0) {
            pages.append(page);
        }
    }
    return pages;
}

double PdfView::devicePixelRatio() const
{
    return viewport()->devicePixelRatioF();
}

void PdfView::updateWanted()
{
    if (!cache_) {
        return;
    }
    cache_->setResolution(zoom_ * screenDpi, devicePixelRatio(), rotation_);
    QList<int> wanted = visiblePages();
    if (!wanted.isEmpty()) {
        const int first = wanted.first();
        const int last = wanted.last();
        for (int step = 1; step <= aheadBelow; ++step) {
            wanted.append(last + step);
        }
        for (int step = 1; step <= aheadAbove; ++step) {
            wanted.append(first - step);
        }
    }
    cache_->setWanted(wanted);
}

void PdfView::updateCurrentPage()
{
    if (pageTops_.isEmpty()) {
        return;
    }
    // The page at the upper third of the view is the one being read.
    const int y = verticalScrollBar()->value() + viewport()->height() / 3;
    const auto after = std::upper_bound(pageTops_.cbegin(), pageTops_.cend(), y);
    const int page = std::clamp(int(after - pageTops_.cbegin()) - 1, 0, int(pageTops_.size()) - 1);
    if (page != currentPage_) {
        currentPage_ = page;
        emit currentPageChanged(page);
    }
}

void PdfView::goToPage(int page)
{
    if (pageTops_.isEmpty()) {
        return;
    }
    page = std::clamp(page, 0, int(pageTops_.size()) - 1);
    verticalScrollBar()->setValue(pageTops_.at(page) - margin);
    // At the end of the document the page cannot come to the top; it is current anyway.
    if (currentPage_ != page) {
        currentPage_ = page;
        emit currentPageChanged(page);
    }
}

double PdfView::fitZoom(Fit fit) const
{
    if (!document_ || document_->pageCount() == 0) {
        return zoom_;
    }
    QSizeF points = document_->pageSize(std::clamp(currentPage_, 0, pageCount() - 1));
    if (quarterTurn(rotation_)) {
        points.transpose();
    }
    const QSizeF atHundred = points * (screenDpi / 72.0);
    const QSize view = viewport()->size() - QSize(2 * margin, 2 * margin);
    // A pixel of slack: rounding up the page's width must not call for a horizontal scroll bar.
    double zoom = (view.width() - 1) / atHundred.width();
    if (fit == Fit::Page) {
        zoom = std::min(zoom, view.height() / atHundred.height());
    }
    return std::clamp(zoom, minZoom, maxZoom);
}

void PdfView::zoomAround(double zoom, QPoint at)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (!document_) {
        zoom_ = zoom;
        emit zoomChanged(zoom_);
        return;
    }
    int page = pageAt(at);
    if (page < 0) {
        page = currentPage_;
    }
    const QPointF inPage = pageTransform(page).inverted().map(QPointF(at));
    zoom_ = zoom;
    relayout(inPage, page, at);
    updateCurrentPage();
    updateWanted();
    emit zoomChanged(zoom_);
}

void PdfView::setZoom(double zoom)
{
    fit_ = Fit::None;
    zoomAround(zoom, viewport()->rect().center());
}

void PdfView::setFit(Fit fit)
{
    fit_ = fit;
    if (fit == Fit::None) {
        return;
    }
    const int page = currentPage_;
    zoom_ = fitZoom(fit);
    relayout();
    goToPage(page);
    updateWanted();
    emit zoomChanged(zoom_);
}

void PdfView::zoomIn()
{
    const auto next = std::upper_bound(zoomSteps.cbegin(), zoomSteps.cend(), zoom_ + 0.001);
    setZoom(next == zoomSteps.cend() ? maxZoom : *next);
}

void PdfView::zoomOut()
{
    const auto next = std::lower_bound(zoomSteps.cbegin(), zoomSteps.cend(), zoom_ - 0.001);
    setZoom(next == zoomSteps.cbegin() ? minZoom : *(next - 1));
}

void PdfView::rotateLeft()
{
    rotateClockwise(270);
}

void PdfView::rotateRight()
{
    rotateClockwise(90);
}

void PdfView::rotateClockwise(int degrees)
{
    const int page = currentPage_;
    rotation_ = (rotation_ + degrees) % 360;
    if (fit_ != Fit::None) {
        zoom_ = fitZoom(fit_);
    }
    relayout();
    goToPage(page);
    updateWanted();
    emit rotationChanged(rotation_);
    emit zoomChanged(zoom_);
}

void PdfView::pageImageReady(int page)
{
    const QRect rect = pageRect(page);
    if (rect.intersects(viewport()->rect())) {
        viewport()->update(rect);
    }
    emit pageRendered(page);
}

// --- painting ---------------------------------------------------------------------------------

void PdfView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Mid));
    if (!document_) {
        return;
    }
    const QColor shadow = palette().color(QPalette::Shadow);
    const QColor hitColor(255, 196, 0, 110);
    const QColor currentHitColor(255, 120, 0, 150);
    QColor selection = palette().color(QPalette::Highlight);
    selection.setAlpha(100);

    for (const int page : visiblePages()) {
        const QRect rect = pageRect(page);
        if (!rect.intersects(event->rect())) {
            continue;
        }
        painter.fillRect(rect.translated(2, 2), shadow);
        // Paper is white whatever the colour scheme: the page images are.
        painter.fillRect(rect, Qt::white);
        QImage image = cache_->image(page);
        if (image.isNull()) {
            image = cache_->anyImage(page);
        }
        if (!image.isNull()) {
            // Only the exposed part: a page at 400 % is a large image, and scaling all of it
            // for a strip of a few lines would stall scrolling.
            const QRect exposed = rect.intersected(event->rect());
            const double sx = image.width() / double(rect.width());
            const double sy = image.height() / double(rect.height());
            const QRectF source((exposed.x() - rect.x()) * sx, (exposed.y() - rect.y()) * sy,
                                exposed.width() * sx, exposed.height() * sy);
            painter.setRenderHint(QPainter::SmoothPixmapTransform,
                                  std::abs(sx - devicePixelRatio()) > 0.01);
            painter.drawImage(QRectF(exposed), image, source);
        } else {
            painter.setPen(QColor(120, 120, 120));
            const QString text = cache_->hasFailed(page)
                                     ? cache_->failure(page)
                                     : tr("Page %1 is being drawn…").arg(page + 1);
            painter.drawText(rect.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                             text);
        }

        const QTransform transform = pageTransform(page);
        for (qsizetype index = 0; index < hits_.size(); ++index) {
            const Hit &hit = hits_.at(index);
            if (hit.page != page) {
                continue;
            }
            const QRectF area = transform.mapRect(hit.rect).adjusted(-1, -1, 1, 1);
            const bool current = index == currentHit_;
            painter.fillRect(area, current ? currentHitColor : hitColor);
            if (current) {
                painter.setPen(QPen(QColor(200, 80, 0), 1.5));
                painter.drawRect(area);
            }
        }
        const QList<int> words = selectedWords(page);
        if (!words.isEmpty()) {
            const QList<pdf::PdfTextBox> &boxes = textBoxes_.value(page);
            for (const int word : words) {
                painter.fillRect(transform.mapRect(boxes.at(word).rect), selection);
            }
        }
    }
}

void PdfView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (fit_ != Fit::None && document_) {
        const int page = currentPage_;
        const int offset = verticalScrollBar()->value() - pageTops_.value(page);
        zoom_ = fitZoom(fit_);
        relayout();
        if (page < pageTops_.size()) {
            verticalScrollBar()->setValue(pageTops_.at(page) + std::max(offset, -margin));
        }
        emit zoomChanged(zoom_);
    } else {
        updateScrollBars();
    }
    updateWanted();
    emit geometryChanged();
}

void PdfView::scrollContentsBy(int, int)
{
    viewport()->update();
    updateCurrentPage();
    updateWanted();
    emit geometryChanged();
}

void PdfView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        viewport()->update();
    }
}

bool PdfView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::DevicePixelRatioChange) {
        updateWanted();
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// --- input ------------------------------------------------------------------------------------

void PdfView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
            fit_ = Fit::None;
            zoomAround(zoom_ * std::pow(1.15, steps), event->position().toPoint());
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *vertical = verticalScrollBar();
    QScrollBar *horizontal = horizontalScrollBar();
    if (event == QKeySequence::ZoomIn
        || (event->key() == Qt::Key_Equal && event->modifiers() & Qt::ControlModifier)) {
        zoomIn();
    } else if (event == QKeySequence::ZoomOut) {
        zoomOut();
    } else if (event->key() == Qt::Key_0 && event->modifiers() & Qt::ControlModifier) {
        setZoom(1.0);
    } else if (event == QKeySequence::Copy) {
        copy();
    } else if (event == QKeySequence::FindNext) {
        findNext();
    } else if (event == QKeySequence::FindPrevious) {
        findPrevious();
    } else {
        switch (event->key()) {
        case Qt::Key_PageDown:
        case Qt::Key_Space:
            vertical->setValue(vertical->value()
                               + (event->modifiers() & Qt::ShiftModifier ? -1 : 1)
                                     * std::max(vertical->pageStep() - lineStep, lineStep));
            break;
        case Qt::Key_PageUp:
            vertical->setValue(vertical->value()
                               - std::max(vertical->pageStep() - lineStep, lineStep));
            break;
        case Qt::Key_Home:
            vertical->setValue(0);
            break;
        case Qt::Key_End:
            vertical->setValue(vertical->maximum());
            break;
        case Qt::Key_Down:
            vertical->setValue(vertical->value() + lineStep);
            break;
        case Qt::Key_Up:
            vertical->setValue(vertical->value() - lineStep);
            break;
        case Qt::Key_Right:
            if (horizontal->maximum() > 0) {
                horizontal->setValue(horizontal->value() + lineStep);
            } else {
                goToPage(currentPage_ + 1);
            }
            break;
        case Qt::Key_Left:
            if (horizontal->maximum() > 0) {
                horizontal->setValue(horizontal->value() - lineStep);
            } else {
                goToPage(currentPage_ - 1);
            }
            break;
        case Qt::Key_Escape:
            if (!hasSelection()) {
                event->ignore();
                return;
            }
            clearSelection();
            break;
        default:
            QAbstractScrollArea::keyPressEvent(event);
            return;
        }
    }
    event->accept();
}

PdfView::Caret PdfView::caretAt(QPoint position) const
{
    if (pageTops_.isEmpty()) {
        return {};
    }
    // Between pages and beside them the nearest page counts, so that a drag can run past it.
    int page = pageAt(position);
    if (page < 0) {
        const int y = position.y() + verticalScrollBar()->value();
        const auto after = std::upper_bound(pageTops_.cbegin(), pageTops_.cend(), y);
        page = std::clamp(int(after - pageTops_.cbegin()) - 1, 0, int(pageTops_.size()) - 1);
    }
    QPointF point = pageTransform(page).inverted().map(QPointF(position));
    const QSizeF size = document_->pageSize(page);
    point.setX(std::clamp(point.x(), 0.0, size.width()));
    point.setY(std::clamp(point.y(), 0.0, size.height()));
    return Caret{.page = page, .point = point};
}

void PdfView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !document_) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    anchor_ = caretAt(event->position().toPoint());
    focus_ = anchor_;
    selecting_ = anchor_.page >= 0;
    if (selecting_) {
        ensureTextBoxes(anchor_.page);
    }
    viewport()->update();
    emit selectionChanged();
}

void PdfView::mouseMoveEvent(QMouseEvent *event)
{
    if (!selecting_) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint position = event->position().toPoint();
    focus_ = caretAt(position);
    for (int page = std::min(anchor_.page, focus_.page);
         page <= std::max(anchor_.page, focus_.page); ++page) {
        ensureTextBoxes(page);
    }
    // Dragging past the edge scrolls on.
    if (position.y() < 0) {
        verticalScrollBar()->setValue(verticalScrollBar()->value() - lineStep / 2);
    } else if (position.y() > viewport()->height()) {
        verticalScrollBar()->setValue(verticalScrollBar()->value() + lineStep / 2);
    }
    viewport()->update();
}

void PdfView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!selecting_) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    selecting_ = false;
    focus_ = caretAt(event->position().toPoint());
    viewport()->update();
    emit selectionChanged();
}

// --- text -------------------------------------------------------------------------------------

void PdfView::ensureTextBoxes(int page)
{
    if (!document_ || page < 0 || textBoxes_.contains(page) || textLoading_.contains(page)) {
        return;
    }
    textLoading_.insert(page);
    auto *watcher = new QFutureWatcher<QList<pdf::PdfTextBox>>(this);
    const std::shared_ptr<const pdf::PdfDocument> document = document_;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, page, document] {
        watcher->deleteLater();
        if (document != document_) {
            return;  // the view shows another document by now
        }
        textLoading_.remove(page);
        textBoxes_.insert(page, watcher->result());
        viewport()->update();
        emit selectionChanged();
    });
    watcher->setFuture(QtConcurrent::run([document, page] { return document->textBoxes(page); }));
}

int PdfView::wordNear(int page, QPointF point) const
{
    const auto found = textBoxes_.constFind(page);
    if (found == textBoxes_.cend() || found->isEmpty()) {
        return -1;
    }
    int best = -1;
    double bestScore = 0;
    for (qsizetype index = 0; index < found->size(); ++index) {
        const QRectF &rect = found->at(index).rect;
        const double dx = point.x() < rect.left()    ? rect.left() - point.x()
                          : point.x() > rect.right() ? point.x() - rect.right()
                                                     : 0;
        const double dy = point.y() < rect.top()      ? rect.top() - point.y()
                          : point.y() > rect.bottom() ? point.y() - rect.bottom()
                                                      : 0;
        // Lines matter more than columns: a point beside a line belongs to that line.
        const double score = dy * 4 + dx;
        if (best < 0 || score < bestScore) {
            best = int(index);
            bestScore = score;
        }
    }
    return best;
}

QList<int> PdfView::selectedWords(int page) const
{
    if (anchor_.page < 0 || focus_.page < 0
        || (anchor_.page == focus_.page && anchor_.point == focus_.point)) {
        return {};
    }
    Caret start = anchor_;
    Caret end = focus_;
    int startWord = wordNear(start.page, start.point);
    int endWord = wordNear(end.page, end.point);
    if (start.page > end.page || (start.page == end.page && startWord > endWord)) {
        std::swap(start, end);
        std::swap(startWord, endWord);
    }
    if (page < start.page || page > end.page || !textBoxes_.contains(page)) {
        return {};
    }
    const int count = int(textBoxes_.value(page).size());
    int first = 0;
    int last = count - 1;
    if (page == start.page) {
        if (startWord < 0) {
            return {};
        }
        first = startWord;
    }
    if (page == end.page) {
        if (endWord < 0) {
            return {};
        }
        last = endWord;
    }
    QList<int> words;
    for (int word = first; word <= last; ++word) {
        words.append(word);
    }
    return words;
}

QString PdfView::selectedText() const
{
    if (anchor_.page < 0 || focus_.page < 0) {
        return {};
    }
    QString text;
    const int from = std::min(anchor_.page, focus_.page);
    const int to = std::max(anchor_.page, focus_.page);
    for (int page = from; page <= to; ++page) {
        const QList<int> words = selectedWords(page);
        if (words.isEmpty()) {
            continue;
        }
        if (!text.isEmpty()) {
            text += QLatin1Char('\n');
        }
        const QList<pdf::PdfTextBox> &boxes = textBoxes_.value(page);
        for (qsizetype index = 0; index < words.size(); ++index) {
            const pdf::PdfTextBox &box = boxes.at(words.at(index));
            text += box.text;
            if (index + 1 < words.size()) {
                const QRectF &next = boxes.at(words.at(index + 1)).rect;
                // The next word starts a new line when it begins below the middle of this one.
                if (next.top() > box.rect.center().y()) {
                    text += QLatin1Char('\n');
                } else if (box.spaceAfter) {
                    text += QLatin1Char(' ');
                }
            }
        }
    }
    return text;
}

void PdfView::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty()) {
        QGuiApplication::clipboard()->setText(text);
    }
}

void PdfView::clearSelection()
{
    anchor_ = {};
    focus_ = {};
    selecting_ = false;
    viewport()->update();
    emit selectionChanged();
}

// --- search -----------------------------------------------------------------------------------

void PdfView::stopSearch()
{
    if (searchCancel_) {
        searchCancel_->store(true);
        searchCancel_.reset();
    }
    ++searchGeneration_;
    searching_ = false;
}

void PdfView::clearFind()
{
    stopSearch();
    findText_.clear();
    hits_.clear();
    currentHit_ = -1;
    viewport()->update();
    emit hitsChanged(-1, 0);
}

void PdfView::find(const QString &text, pdf::PdfSearchOptions options)
{
    clearFind();
    if (!document_ || text.trimmed().isEmpty()) {
        emit searchFinished(0);
        return;
    }
    findText_ = text;
    findOptions_ = options;
    findStartPage_ = currentPage_;
    searching_ = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    searchCancel_ = cancel;
    const quint64 generation = searchGeneration_;
    const QPointer<PdfView> self(this);
    const std::shared_ptr<const pdf::PdfDocument> document = document_;

    // Hits come back page by page through the application object, which outlives the view; the
    // QPointer is only read on the GUI thread.
    const auto deliver = [self, generation](int page, QList<QRectF> rects, bool done) {
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, page, rects = std::move(rects), done] {
                if (!self || self->searchGeneration_ != generation) {
                    return;
                }
                PdfView &view = *self;
                for (const QRectF &rect : rects) {
                    view.hits_.append(Hit{.page = page, .rect = rect});
                }
                if (view.currentHit_ < 0 && !rects.isEmpty() && page >= view.findStartPage_) {
                    view.currentHit_ = int(view.hits_.size() - rects.size());
                    view.scrollToHit();
                }
                if (done) {
                    view.searching_ = false;
                    view.searchCancel_.reset();
                    if (view.currentHit_ < 0 && !view.hits_.isEmpty()) {
                        view.currentHit_ = 0;
                        view.scrollToHit();
                    }
                }
                if (!rects.isEmpty()) {
                    view.viewport()->update();
                }
                emit view.hitsChanged(view.currentHit_, int(view.hits_.size()));
                if (done) {
                    emit view.searchFinished(int(view.hits_.size()));
                }
            },
            Qt::QueuedConnection);
    };
    (void)QtConcurrent::run([document, text, options, cancel, deliver] {
        for (int page = 0; page < document->pageCount() && !cancel->load(); ++page) {
            QList<QRectF> rects = document->searchPage(page, text, options);
            if (!rects.isEmpty()) {
                deliver(page, std::move(rects), false);
            }
        }
        deliver(0, {}, true);
    });
}

void PdfView::scrollToHit()
{
    if (currentHit_ < 0 || currentHit_ >= hits_.size()) {
        return;
    }
    const Hit &hit = hits_.at(currentHit_);
    const QRect area = pageTransform(hit.page).mapRect(hit.rect).toAlignedRect();
    const QRect view = viewport()->rect().adjusted(0, lineStep, 0, -lineStep);
    if (!view.contains(area)) {
        if (area.top() < view.top() || area.bottom() > view.bottom()) {
            verticalScrollBar()->setValue(verticalScrollBar()->value() + area.center().y()
                                          - viewport()->height() / 2);
        }
        if (area.left() < 0 || area.right() > viewport()->width()) {
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + area.center().x()
                                            - viewport()->width() / 2);
        }
    }
    viewport()->update();
}

void PdfView::findNext()
{
    if (hits_.isEmpty()) {
        return;
    }
    currentHit_ = (currentHit_ + 1) % int(hits_.size());
    scrollToHit();
    emit hitsChanged(currentHit_, int(hits_.size()));
}

void PdfView::findPrevious()
{
    if (hits_.isEmpty()) {
        return;
    }
    currentHit_ = currentHit_ <= 0 ? int(hits_.size()) - 1 : currentHit_ - 1;
    scrollToHit();
    emit hitsChanged(currentHit_, int(hits_.size()));
}

}  // namespace workroom::widgets
