#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace workroom::casework {

// Writes a ZIP archive (deflate, UTF-8 names) entry by entry, streaming each file through
// zlib so that large documents are never held in memory. Archives and entries are limited to
// 4 GiB (no ZIP64): beyond that addFile fails and the caller exports to a folder instead.
class ZipWriter {
public:
    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool open();
    bool addFile(const QString &nameInArchive, const QString &sourcePath);
    bool addData(const QString &nameInArchive, const QByteArray &data);
    // Writes the central directory; the archive is complete only after this returns true.
    bool close();

    QString errorString() const { return error_; }

private:
    struct Entry {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    bool addStream(const QString &nameInArchive, QIODevice &source);

    QFile file_;
    QList<Entry> entries_;
    QString error_;
};

}  // namespace workroom::casework
