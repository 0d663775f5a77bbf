#include "ZipWriter.h"

#include <QBuffer>
#include <QtEndian>

#include <zlib.h>

namespace workroom::casework {

namespace {

constexpr quint64 zipLimit = 0xffffffffULL;
constexpr quint16 utf8NamesFlag = 1 << 11;
constexpr quint16 deflated = 8;
// 1980-01-01 00:00 in DOS format: fixed, so the same case exports to the same bytes.
constexpr quint16 dosTime = 0;
constexpr quint16 dosDate = (0 << 9) | (1 << 5) | 1;

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// The Info-ZIP Unicode Path field: readers that ignore the UTF-8 flag (unzip 6.0 among
// them) take the UTF-8 name from here, so umlauts in file names survive everywhere.
QByteArray unicodePathField(const QByteArray &name)
{
    QByteArray field;
    put16(field, 0x7075);
    put16(field, quint16(1 + 4 + name.size()));
    field.append(char(1));
    put32(field,
          quint32(crc32(0, reinterpret_cast<const Bytef *>(name.constData()), uInt(name.size()))));
    return field + name;
}

QByteArray localHeader(const QByteArray &name, quint32 crc, quint32 compressed, quint32 size)
{
    const QByteArray extra = unicodePathField(name);
    QByteArray h;
    put32(h, 0x04034b50);
    put16(h, 20);
    put16(h, utf8NamesFlag);
    put16(h, deflated);
    put16(h, dosTime);
    put16(h, dosDate);
    put32(h, crc);
    put32(h, compressed);
    put32(h, size);
    put16(h, quint16(name.size()));
    put16(h, quint16(extra.size()));
    return h + name + extra;
}

}  // namespace

ZipWriter::ZipWriter(const QString &path) : file_(path) {}

ZipWriter::~ZipWriter() = default;

bool ZipWriter::open()
{
    if (!file_.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        error_ = file_.errorString();
        return false;
    }
    return true;
}

bool ZipWriter::addFile(const QString &nameInArchive, const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        error_ = source.errorString();
        return false;
    }
    return addStream(nameInArchive, source);
}

bool ZipWriter::addData(const QString &nameInArchive, const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return addStream(nameInArchive, buffer);
}

bool ZipWriter::addStream(const QString &nameInArchive, QIODevice &source)
{
    Entry entry;
    entry.name = nameInArchive.toUtf8();
    const qint64 headerAt = file_.pos();
    if (quint64(headerAt) > zipLimit) {
        error_ = QStringLiteral("archive larger than 4 GiB");
        return false;
    }
    entry.offset = quint32(headerAt);
    // Sizes and CRC are known only afterwards: write the header now and patch it later.
    const QByteArray placeholder = localHeader(entry.name, 0, 0, 0);
    if (file_.write(placeholder) != placeholder.size()) {
        error_ = file_.errorString();
        return false;
    }
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        != Z_OK) {
        error_ = QStringLiteral("zlib initialisation failed");
        return false;
    }
    uLong crc = crc32(0, nullptr, 0);
    quint64 size = 0;
    quint64 compressed = 0;
    QByteArray out(1 << 16, Qt::Uninitialized);
    bool ok = true;
    bool finished = false;
    while (ok && !finished) {
        QByteArray in = source.read(1 << 20);
        const int flush = in.isEmpty() ? Z_FINISH : Z_NO_FLUSH;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(in.constData()), uInt(in.size()));
        size += quint64(in.size());
        z.next_in = reinterpret_cast<Bytef *>(in.data());
        z.avail_in = uInt(in.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            const int status = deflate(&z, flush);
            if (status == Z_STREAM_ERROR) {
                ok = false;
                error_ = QStringLiteral("compression failed");
                break;
            }
            const qint64 produced = out.size() - qint64(z.avail_out);
            if (file_.write(out.constData(), produced) != produced) {
                ok = false;
                error_ = file_.errorString();
                break;
            }
            compressed += quint64(produced);
            finished = status == Z_STREAM_END;
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    if (!ok) {
        return false;
    }
    if (size > zipLimit || compressed > zipLimit) {
        error_ = QStringLiteral("entry larger than 4 GiB");
        return false;
    }
    entry.crc = quint32(crc);
    entry.size = quint32(size);
    entry.compressedSize = quint32(compressed);
    const qint64 end = file_.pos();
    const QByteArray header = localHeader(entry.name, entry.crc, entry.compressedSize, entry.size);
    if (!file_.seek(headerAt) || file_.write(header) != header.size() || !file_.seek(end)) {
        error_ = file_.errorString();
        return false;
    }
    entries_.append(entry);
    return true;
}

bool ZipWriter::close()
{
    const qint64 directoryAt = file_.pos();
    QByteArray directory;
    for (const Entry &e : entries_) {
        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, utf8NamesFlag);
        put16(directory, deflated);
        put16(directory, dosTime);
        put16(directory, dosDate);
        put32(directory, e.crc);
        put32(directory, e.compressedSize);
        put32(directory, e.size);
        const QByteArray extra = unicodePathField(e.name);
        put16(directory, quint16(e.name.size()));
        put16(directory, quint16(extra.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, e.offset);
        directory += e.name + extra;
    }
    const auto centralSize = quint32(directory.size());
    put32(directory, 0x06054b50);
    put16(directory, 0);
    put16(directory, 0);
    put16(directory, quint16(entries_.size()));
    put16(directory, quint16(entries_.size()));
    put32(directory, centralSize);
    put32(directory, quint32(directoryAt));
    put16(directory, 0);
    if (file_.write(directory) != directory.size() || !file_.flush()) {
        error_ = file_.errorString();
        return false;
    }
    file_.close();
    return true;
}

}  // namespace workroom::casework
