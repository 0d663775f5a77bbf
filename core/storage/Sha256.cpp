#include "Sha256.h"

#include <QIODevice>

#include <openssl/evp.h>

namespace workroom::storage {

struct Sha256::Context {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
};

Sha256::Sha256() : context_(new Context)
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(context_->ctx);
    delete context_;
}

void Sha256::reset()
{
    // Only fails when out of memory, which the next call would report no better.
    EVP_DigestInit_ex(context_->ctx, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView bytes)
{
    EVP_DigestUpdate(context_->ctx, bytes.data(), size_t(bytes.size()));
}

bool Sha256::addData(QIODevice *device)
{
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device->read(chunk.data(), chunk.size());
        if (read < 0) {
            return false;
        }
        if (read == 0) {
            return device->atEnd() || !device->isSequential();
        }
        addData(QByteArrayView(chunk.constData(), read));
    }
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(context_->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    digest.resize(qsizetype(length));
    reset();
    return digest;
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    Sha256 sha;
    sha.addData(bytes);
    return sha.result();
}

}  // namespace workroom::storage
