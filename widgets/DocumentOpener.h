#pragma once

#include "CaseRecord.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

namespace workroom::widgets {

// Opens a document version in the system's viewer. Blobs are named by their hash and must not
// be touched, so the version is copied (off the GUI thread) to a temporary file with its
// original file name, made read-only, and that copy is opened. The copies go when Workroom
// ends.
class DocumentOpener : public QObject {
    Q_OBJECT

public:
    // How a file URL is opened; QDesktopServices::openUrl unless a test says otherwise.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit DocumentOpener(QString blobRoot, QObject *parent = nullptr);

    void setUrlOpener(UrlOpener opener) { opener_ = std::move(opener); }
    void open(const domain::DocumentVersion &version);

signals:
    void opened(const QString &path);
    void failed(const QString &message);

private:
    QString blobRoot_;
    QTemporaryDir copies_;
    UrlOpener opener_;
};

}  // namespace workroom::widgets
