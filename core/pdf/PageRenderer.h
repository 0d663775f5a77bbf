#pragma once

#include "PdfDocument.h"

#include <QImage>

#include <atomic>
#include <expected>
#include <memory>

namespace workroom::pdf {

struct RenderRequest {
    int page = 0;
    double dpi = 96;  // logical dots per inch: 72 × zoom on a 72-dpi scale, 96 for "100 %"
    double devicePixelRatio = 1;  // the image has dpi × ratio pixels per inch and this ratio
    int rotation = 0;             // added to the page's own, clockwise: 0, 90, 180, 270
};

// Renders pages of a PdfDocument into images. Thread-safe: any number of threads may call
// render() at once; as many render in parallel as the document has render threads.
class PageRenderer {
public:
    explicit PageRenderer(std::shared_ptr<const PdfDocument> document);

    const PdfDocument &document() const { return *document_; }

    // The image of a page in RGB32/ARGB32-premultiplied, its device pixel ratio set. A page
    // whose image would exceed PdfDocument::maxPagePixels is drawn at a lower resolution (the
    // image is then smaller than asked for; the viewer scales it). Fails with Damaged when
    // Poppler cannot draw the page. When `cancel` turns true, rendering stops early and the
    // result is an error that nobody needs to show.
    std::expected<QImage, PdfProblem> render(const RenderRequest &request,
                                             const std::atomic_bool *cancel = nullptr) const;

    // The pixel size render() gives for the request (after the pixel limit).
    QSize imageSize(const RenderRequest &request) const;

private:
    std::shared_ptr<const PdfDocument> document_;
};

}  // namespace workroom::pdf
