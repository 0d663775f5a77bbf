#pragma once

// Internal to core/signing: owning handles and conversions for OpenSSL's libcrypto, used where
// QCA falls short (see ../README.md). Never include this from a public header.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace workroom::signing::ossl {

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T *p) const noexcept
    {
        Free(p);
    }
};

struct X509StackDeleter {
    void operator()(STACK_OF(X509) * stack) const noexcept { sk_X509_pop_free(stack, X509_free); }
};

using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;
using CrlPtr = std::unique_ptr<X509_CRL, Deleter<X509_CRL_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME_free>>;

// Everything in OpenSSL's error queue of this thread as one line, and the queue emptied: an
// old entry must not be mistaken for the reason of the next failure.
QString takeErrors();
// Empties the error queue without reading it.
void clearErrors();

BioPtr memoryBio(const QByteArray &bytes);  // reads `bytes`, which must outlive the BIO
QByteArray readAll(BIO *bio);

X509Ptr certificateFromDer(const QByteArray &der);
QByteArray toDer(X509 *certificate);
X509StackPtr newStack();
// Adds an up-referenced certificate to a stack.
bool push(STACK_OF(X509) * stack, X509 *certificate);

QDateTime toDateTime(const ASN1_TIME *time);
QString nameToString(const X509_NAME *name);
// Whether two certificates are the same bytes.
bool sameCertificate(X509 *a, X509 *b);

}  // namespace workroom::signing::ossl
