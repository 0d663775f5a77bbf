#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace workroom::storage {

// Streaming SHA-256 on OpenSSL's libcrypto. Every document byte that enters or leaves the
// store is hashed (imports, downloads, checks), and QCryptographicHash in Debian's Qt 6.8 does
// not use the CPU's SHA extensions: 175 MB/s here against 1.1 GB/s through libcrypto, which
// made hashing the slowest part of downloading a large file. Same interface as the Qt class
// where the two overlap.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(QByteArrayView bytes);
    // Reads `device` to its end in 1 MiB chunks; false if reading failed.
    bool addData(QIODevice *device);
    // The 32-byte digest; the hash starts over afterwards.
    QByteArray result();
    // Lower-case hex of result().
    QByteArray hexResult() { return result().toHex(); }

    static QByteArray hash(QByteArrayView bytes);

private:
    struct Context;
    Context *context_;
};

}  // namespace workroom::storage
