#include "DocumentOpener.h"

#include "BlobStore.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrentRun>

namespace workroom::widgets {

namespace {

struct Copy {
    QString path;
    QString error;
};

Copy copyBlob(const QString &source, const QString &folder, const QString &fileName)
{
    const QString target = folder + QLatin1Char('/') + fileName;
    if (QFileInfo::exists(target)) {
        return {target, {}};  // opened before in this session: the same bytes
    }
    if (!QDir().mkpath(folder)) {
        return {{}, DocumentOpener::tr("The folder %1 cannot be created.").arg(folder)};
    }
    // Copied under a temporary name first, so that a viewer never sees half a file.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(source, partial)) {
        return {
            {},
            DocumentOpener::tr("The document cannot be copied for viewing from %1.").arg(source)};
    }
    QFile::setPermissions(partial,
                          QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return {{},
                DocumentOpener::tr("The copy for viewing cannot be written to %1.").arg(target)};
    }
    return {target, {}};
}

}  // namespace

DocumentOpener::DocumentOpener(QString blobRoot, QObject *parent)
    : QObject(parent), blobRoot_(std::move(blobRoot)),
      copies_(QDir::tempPath() + QStringLiteral("/workroom-view-XXXXXX")),
      opener_([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

bool DocumentOpener::isPdf(const domain::DocumentVersion &version)
{
    return version.mimeType == QLatin1StringView("application/pdf")
           || version.originalFileName.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive);
}

void DocumentOpener::open(const domain::DocumentVersion &version)
{
    openCopy(version, pdfViewer_ && isPdf(version));
}

void DocumentOpener::openExternally(const domain::DocumentVersion &version)
{
    openCopy(version, false);
}

void DocumentOpener::openCopy(const domain::DocumentVersion &version, bool inPdfViewer)
{
    if (!copies_.isValid()) {
        emit failed(tr("No temporary folder for viewing documents: %1").arg(copies_.errorString()));
        return;
    }
    const QString source = storage::BlobStore(blobRoot_).pathOf(version.sha256);
    // One folder per version keeps the original file name even when two versions share it.
    const QString folder = copies_.filePath(QString::number(version.id));
    QString fileName = QFileInfo(version.originalFileName).fileName();
    if (fileName.isEmpty()) {
        fileName = version.sha256.left(12);
    }
    auto *watcher = new QFutureWatcher<Copy>(this);
    connect(watcher, &QFutureWatcher<Copy>::finished, this, [this, watcher, version, inPdfViewer] {
        const Copy copy = watcher->result();
        watcher->deleteLater();
        if (!copy.error.isEmpty()) {
            emit failed(copy.error);
            return;
        }
        if (inPdfViewer && pdfViewer_) {
            pdfViewer_(copy.path, version);
            emit opened(copy.path);
            return;
        }
        if (!opener_(QUrl::fromLocalFile(copy.path))) {
            emit failed(
                tr("No program is set up to open %1.").arg(QFileInfo(copy.path).fileName()));
            return;
        }
        emit opened(copy.path);
    });
    watcher->setFuture(QtConcurrent::run(copyBlob, source, folder, fileName));
}

}  // namespace workroom::widgets
