#pragma once

#include "CaseRecord.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

namespace workroom::widgets {

// Opens a document version in the system's viewer, or a PDF in Workroom's own viewer when one
// is set. Blobs are named by their hash and must not be touched, so the version is copied (off
// the GUI thread) to a temporary file with its original file name, made read-only, and that
// copy is opened. The copies go when Workroom ends.
class DocumentOpener : public QObject {
    Q_OBJECT

public:
    // How a file URL is opened; QDesktopServices::openUrl unless a test says otherwise.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit DocumentOpener(QString blobRoot, QObject *parent = nullptr);

    void setUrlOpener(UrlOpener opener) { opener_ = std::move(opener); }
    // Where PDFs open instead of the system's viewer: the read-only copy and its version.
    using PdfViewer =
        std::function<void(const QString &path, const domain::DocumentVersion &version)>;
    void setPdfViewer(PdfViewer viewer) { pdfViewer_ = std::move(viewer); }
    static bool isPdf(const domain::DocumentVersion &version);

    // A PDF in the PDF viewer if there is one, anything else in the system's viewer.
    void open(const domain::DocumentVersion &version);
    // Always in the system's viewer.
    void openExternally(const domain::DocumentVersion &version);

signals:
    void opened(const QString &path);
    void failed(const QString &message);

private:
    QString blobRoot_;
    QTemporaryDir copies_;
    UrlOpener opener_;
    PdfViewer pdfViewer_;

    void openCopy(const domain::DocumentVersion &version, bool inPdfViewer);
};

}  // namespace workroom::widgets
