#include "PdfViewerWindow.h"

#include "PdfViewer.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStatusBar>

namespace workroom::widgets {

PdfViewerWindow::PdfViewerWindow(QWidget *parent)
    : QMainWindow(parent, Qt::Window), viewer_(new PdfViewer(this))
{
    setObjectName(QStringLiteral("pdfViewerWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setCentralWidget(viewer_);
    setWindowTitle(tr("PDF Viewer"));
    connect(viewer_, &PdfViewer::titleChanged, this,
            [this](const QString &title) { setWindowTitle(tr("%1 – PDF Viewer").arg(title)); });
    connect(viewer_, &PdfViewer::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    connect(viewer_, &PdfViewer::printFinished, this, [this](bool ok, const QString &) {
        if (ok) {
            statusBar()->showMessage(tr("Printed."), 5000);
        }
    });
    connect(viewer_, &PdfViewer::formSaved, this, [this](const QString &) {
        statusBar()->showMessage(tr("The filled form was saved."), 5000);
    });
    // A page of A4 at "fit width" and the thumbnails, within the screen.
    const QSize wanted(1000, 1100);
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    resize(screen ? wanted.boundedTo(screen->availableSize() * 0.9) : wanted);
}

void PdfViewerWindow::openFile(const QString &path, const QString &displayName)
{
    viewer_->openFile(path, displayName);
}

}  // namespace workroom::widgets
