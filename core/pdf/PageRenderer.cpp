#include "PageRenderer.h"

#include "PopplerPool.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QVariant>

#include <cmath>

namespace workroom::pdf {

namespace {

Q_LOGGING_CATEGORY(lcPageRenderer, "workroom.pdf")

Poppler::Page::Rotation popplerRotation(int degrees)
{
    switch (((degrees % 360) + 360) % 360) {
    case 90:
        return Poppler::Page::Rotate90;
    case 180:
        return Poppler::Page::Rotate180;
    case 270:
        return Poppler::Page::Rotate270;
    default:
        return Poppler::Page::Rotate0;
    }
}

bool quarterTurn(int degrees)
{
    const int normal = ((degrees % 360) + 360) % 360;
    return normal == 90 || normal == 270;
}

// Pixels per inch actually drawn: the asked resolution, lowered so that the image stays within
// the pixel limit (a 200 × 200 inch poster page would otherwise need gigabytes).
double effectiveDpi(QSizeF points, const RenderRequest &request)
{
    const double dpi = std::max(request.dpi, 1.0) * std::max(request.devicePixelRatio, 0.1);
    const double pixels = (points.width() / 72.0 * dpi) * (points.height() / 72.0 * dpi);
    if (pixels <= double(PdfDocument::maxPagePixels)) {
        return dpi;
    }
    // A little under the limit, so that Poppler's rounding of the size cannot cross it.
    return dpi * std::sqrt(double(PdfDocument::maxPagePixels) / pixels) * 0.999;
}

bool shouldAbort(const QVariant &closure)
{
    const auto *cancel = reinterpret_cast<const std::atomic_bool *>(closure.value<quintptr>());
    return cancel && cancel->load(std::memory_order_relaxed);
}

}  // namespace

PageRenderer::PageRenderer(std::shared_ptr<const PdfDocument> document)
    : document_(std::move(document))
{
}

QSize PageRenderer::imageSize(const RenderRequest &request) const
{
    QSizeF points = document_->pageSize(request.page);
    if (quarterTurn(request.rotation)) {
        points.transpose();
    }
    const double dpi = effectiveDpi(points, request);
    // Splash rounds to the nearest pixel.
    return QSize(int(std::lround(points.width() / 72.0 * dpi)),
                 int(std::lround(points.height() / 72.0 * dpi)));
}

std::expected<QImage, PdfProblem> PageRenderer::render(const RenderRequest &request,
                                                       const std::atomic_bool *cancel) const
{
    const auto damaged = [&request] {
        return std::unexpected(
            PdfProblem{.error = PdfError::Damaged,
                       .message = QCoreApplication::translate(
                                      "workroom::pdf", "Page %1 is damaged and cannot be shown.")
                                      .arg(request.page + 1)});
    };
    if (request.page < 0 || request.page >= document_->pageCount()) {
        return damaged();
    }
    const double dpi = effectiveDpi(document_->pageSize(request.page), request);
    const PopplerPool::Lease lease = document_->pool_->acquire();
    if (!lease) {
        return damaged();
    }
    const std::unique_ptr<Poppler::Page> page = lease.document()->page(request.page);
    if (!page) {
        return damaged();
    }
    QImage image =
        page->renderToImage(dpi, dpi, -1, -1, -1, -1, popplerRotation(request.rotation), nullptr,
                            nullptr, shouldAbort, QVariant::fromValue(quintptr(cancel)));
    if (cancel && cancel->load()) {
        return std::unexpected(PdfProblem{.error = PdfError::Damaged, .message = {}});
    }
    if (image.isNull()) {
        qCWarning(lcPageRenderer) << "page" << request.page + 1 << "could not be rendered";
        return damaged();
    }
    image.setDevicePixelRatio(std::max(request.devicePixelRatio, 0.1));
    return image;
}

}  // namespace workroom::pdf
