#pragma once

#include <QMainWindow>

namespace workroom::widgets {

class PdfViewer;

// A window of its own for one PDF, so that a document can be read beside the case it belongs
// to. Closing it closes the document.
class PdfViewerWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit PdfViewerWindow(QWidget *parent = nullptr);

    PdfViewer *viewer() const { return viewer_; }
    // Opens a file; `displayName` is the name the user knows it by.
    void openFile(const QString &path, const QString &displayName = {});

private:
    PdfViewer *viewer_;
};

}  // namespace workroom::widgets
