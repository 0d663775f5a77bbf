#pragma once

#include "PdfDocument.h"

#include <QListView>

#include <memory>

namespace workroom::pdf {
class PageRenderCache;
}

namespace workroom::widgets {

class PdfThumbnailModel;

// Small images of the pages beside the view, rendered on demand for the rows in sight (its own
// small cache); choosing one goes to that page.
class PdfThumbnailBar : public QListView {
    Q_OBJECT

public:
    explicit PdfThumbnailBar(QWidget *parent = nullptr);
    ~PdfThumbnailBar() override;

    void setDocument(std::shared_ptr<const pdf::PdfDocument> document);
    void setCurrentPage(int page);
    void setRotation(int rotation);
    // Pages whose thumbnail is drawn (for tests and the benchmark).
    int thumbnailCount() const;

signals:
    void pageChosen(int page);

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateWanted();

    PdfThumbnailModel *model_ = nullptr;
};

}  // namespace workroom::widgets
