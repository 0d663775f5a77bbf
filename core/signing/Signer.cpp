#include "Signer.h"

#include "backend/OpenSsl.h"
#include "backend/PrivateKey.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtCrypto>

#include <openssl/pkcs7.h>

namespace workroom::signing {

namespace {

constexpr qint64 chunkSize = 1 << 20;

QString shortDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

SigningError backendError(const QString &what)
{
    const QString detail = ossl::takeErrors();
    qCWarning(lcSigning) << what << detail;
    return {SigningErrorCode::Backend,
            SigningText::tr("The signature could not be made (%1).").arg(what)};
}

// SHA-256 of everything `content` yields, read in chunks through QCA.
Result<QByteArray> digestOf(QIODevice &content, const Signer::Progress &progress)
{
    if (!QCA::isSupported("sha256")) {
        return std::unexpected(SigningError{
            SigningErrorCode::Backend,
            SigningText::tr("SHA-256 is not available: is the crypto runtime running?")});
    }
    QCA::Hash hash(QStringLiteral("sha256"));
    const qint64 total = content.isSequential() ? -1 : content.size() - content.pos();
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 read = content.read(buffer.data(), chunkSize);
        if (read < 0) {
            return std::unexpected(SigningError{
                SigningErrorCode::Io,
                SigningText::tr("The document could not be read: %1").arg(content.errorString())});
        }
        if (read == 0) {
            break;
        }
        hash.update(QByteArray::fromRawData(buffer.constData(), read));
        done += read;
        if (progress && !progress(done, total)) {
            return std::unexpected(SigningError{SigningErrorCode::Cancelled,
                                                SigningText::tr("Signing was cancelled.")});
        }
    }
    return hash.final().toByteArray();
}

// The DER of the signed attributes as a SET OF: the bytes the signature covers (RFC 5652,
// 5.4). PKCS7_ATTR_SIGN sorts the set as DER wants, as OpenSSL does when it writes the
// structure, so both encodings agree; the self-check after signing makes sure of it.
QByteArray signedAttributesDer(CMS_SignerInfo *signerInfo)
{
    STACK_OF(X509_ATTRIBUTE) *attributes = sk_X509_ATTRIBUTE_new_null();
    if (!attributes) {
        return {};
    }
    for (int i = 0; i < CMS_signed_get_attr_count(signerInfo); ++i) {
        sk_X509_ATTRIBUTE_push(attributes, CMS_signed_get_attr(signerInfo, i));
    }
    unsigned char *der = nullptr;
    const int length = ASN1_item_i2d(reinterpret_cast<const ASN1_VALUE *>(attributes), &der,
                                     ASN1_ITEM_rptr(PKCS7_ATTR_SIGN));
    sk_X509_ATTRIBUTE_free(attributes);  // the attributes belong to the signer info
    if (length <= 0) {
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

// Reads the signature back and checks it the way a verifier will: the signature over the
// signed attributes, and the message digest in them.
bool checksOut(const QByteArray &der, const QByteArray &digest)
{
    ossl::BioPtr in = ossl::memoryBio(der);
    ossl::CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms || CMS_set1_signers_certs(cms.get(), nullptr, 0) < 0) {
        return false;
    }
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1) {
        return false;
    }
    CMS_SignerInfo *signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);
    if (CMS_SignerInfo_verify(signerInfo) != 1) {
        return false;
    }
    const auto *attribute = static_cast<const ASN1_OCTET_STRING *>(CMS_signed_get0_data_by_OBJ(
        signerInfo, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    return attribute
           && QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(attribute)),
                         ASN1_STRING_length(attribute))
                  == digest;
}

// Builds the CMS SignedData around `digest` with libcrypto's CMS functions, which QCA does
// not offer: QCA's SecureMessage holds the whole content in memory and cannot add the ESS
// signing-certificate-v2 attribute. The one private-key operation goes to `key`, so that RSA
// keys stay with QCA.
Result<QByteArray> buildSignature(const backend::PrivateKey &key, const QByteArray &digest,
                                  const QDateTime &signingTime)
{
    ossl::clearErrors();
    ossl::X509Ptr signer = ossl::certificateFromDer(key.chain.first());
    if (!signer) {
        return std::unexpected(backendError(QStringLiteral("signer certificate")));
    }
    const unsigned int flags = CMS_PARTIAL | CMS_BINARY | CMS_DETACHED;
    ossl::CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms || CMS_set_detached(cms.get(), 1) != 1) {
        return std::unexpected(backendError(QStringLiteral("SignedData")));
    }
    // The public key stands in for the private one: CMS_add1_signer only needs it to fill in
    // the algorithm identifiers, and CMS_PARTIAL keeps it from signing. CMS_CADES adds the
    // ESS signing-certificate-v2 attribute that binds the signature to this certificate.
    CMS_SignerInfo *signerInfo =
        CMS_add1_signer(cms.get(), signer.get(), X509_get0_pubkey(signer.get()), EVP_sha256(),
                        flags | CMS_NOSMIMECAP | CMS_CADES);
    if (!signerInfo) {
        return std::unexpected(backendError(QStringLiteral("SignerInfo")));
    }
    ossl::Asn1TimePtr time(ASN1_TIME_set(nullptr, time_t(signingTime.toSecsSinceEpoch())));
    if (!time
        || CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_contentType, V_ASN1_OBJECT,
                                       OBJ_nid2obj(NID_pkcs7_data), -1)
               != 1
        || CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_signingTime, time->type, time.get(),
                                       -1)
               != 1
        || CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING,
                                       digest.constData(), int(digest.size()))
               != 1) {
        return std::unexpected(backendError(QStringLiteral("signed attributes")));
    }
    const QByteArray toBeSigned = signedAttributesDer(signerInfo);
    if (toBeSigned.isEmpty()) {
        return std::unexpected(backendError(QStringLiteral("signed attributes encoding")));
    }
    auto signature = key.sign(toBeSigned);
    if (!signature) {
        return std::unexpected(signature.error());
    }
    if (ASN1_STRING_set(CMS_SignerInfo_get0_signature(signerInfo), signature->constData(),
                        int(signature->size()))
        != 1) {
        return std::unexpected(backendError(QStringLiteral("signature value")));
    }
    // The issuers let a verifier build the chain; the root it must have as a trust anchor
    // anyway, so it is left out.
    for (qsizetype i = 1; i < key.chain.size(); ++i) {
        ossl::X509Ptr issuer = ossl::certificateFromDer(key.chain.at(i));
        if (issuer && X509_check_issued(issuer.get(), issuer.get()) != X509_V_OK) {
            CMS_add1_cert(cms.get(), issuer.get());
        }
    }
    ossl::BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || i2d_CMS_bio(out.get(), cms.get()) != 1) {
        return std::unexpected(backendError(QStringLiteral("DER encoding")));
    }
    const QByteArray der = ossl::readAll(out.get());
    if (!checksOut(der, digest)) {
        return std::unexpected(backendError(QStringLiteral("self-check")));
    }
    return der;
}

}  // namespace

struct Signer::Private {
    SigningIdentity identity;
    std::unique_ptr<backend::PrivateKey> key;
};

Signer::Signer(std::unique_ptr<Private> d) : d_(std::move(d)) {}
Signer::Signer(Signer &&) noexcept = default;
Signer &Signer::operator=(Signer &&) noexcept = default;
Signer::~Signer() = default;

const SigningIdentity &Signer::identity() const
{
    return d_->identity;
}

KeyBackend Signer::backend() const
{
    return d_->key->backend();
}

Result<void> Signer::checkUsable(const CertificateDetails &certificate, const QDateTime &time)
{
    const QString who =
        certificate.commonName.isEmpty() ? certificate.subject : certificate.commonName;
    if (time < certificate.notBefore) {
        return std::unexpected(
            SigningError{SigningErrorCode::CertificateNotYetValid,
                         SigningText::tr("The certificate of %1 is valid only from %2 on.")
                             .arg(who, shortDate(certificate.notBefore))});
    }
    if (time > certificate.notAfter) {
        return std::unexpected(SigningError{SigningErrorCode::CertificateExpired,
                                            SigningText::tr("The certificate of %1 expired on %2.")
                                                .arg(who, shortDate(certificate.notAfter))});
    }
    if (!certificate.allowsSigning()) {
        return std::unexpected(SigningError{
            SigningErrorCode::KeyUsageNotAllowed,
            SigningText::tr("The certificate of %1 does not allow signing (its key usage lacks "
                            "digitalSignature and nonRepudiation).")
                .arg(who)});
    }
    return {};
}

Result<Signer> Signer::open(const SigningIdentityStore &store, const QString &name,
                            const PassphraseProvider &ask)
{
    auto identity = store.identity(name);
    if (!identity) {
        return std::unexpected(identity.error());
    }
    if (auto usable = checkUsable(identity->certificate, QDateTime::currentDateTimeUtc());
        !usable) {
        return std::unexpected(usable.error());
    }
    QFile file(identity->pkcs12Path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(SigningError{
            SigningErrorCode::Io, SigningText::tr("The key of \"%1\" could not be read: %2")
                                      .arg(name, file.errorString())});
    }
    // Messages name the identity, which is what the user chose, not the stored file.
    const QString what = name;
    auto key = backend::openPkcs12(file.readAll(), ask,
                                   PassphraseRequest{name, identity->certificate.subject}, what);
    if (!key) {
        return std::unexpected(key.error());
    }
    // The stored certificates are what the user saw; the key must be theirs.
    if ((*key)->chain.first() != identity->certificate.der) {
        return std::unexpected(SigningError{
            SigningErrorCode::Malformed,
            SigningText::tr("The key of \"%1\" does not match its certificate; import it again.")
                .arg(name)});
    }
    auto d = std::make_unique<Private>();
    d->identity = std::move(*identity);
    d->key = std::move(*key);
    return Signer(std::move(d));
}

Result<QByteArray> Signer::signFile(const SigningIdentityStore &store, const QString &name,
                                    const QString &path, const PassphraseProvider &ask,
                                    const Progress &progress)
{
    auto signer = open(store, name, ask);
    if (!signer) {
        return std::unexpected(signer.error());
    }
    return signer->signFile(path, progress);
}

Result<QByteArray> Signer::signFile(const QString &path, const Progress &progress) const
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            SigningError{file.exists() ? SigningErrorCode::Io : SigningErrorCode::NotFound,
                         SigningText::tr("The document %1 could not be read: %2")
                             .arg(path, file.errorString())});
    }
    return signDevice(file, progress);
}

Result<QByteArray> Signer::signDevice(QIODevice &content, const Progress &progress) const
{
    auto digest = digestOf(content, progress);
    if (!digest) {
        return std::unexpected(digest.error());
    }
    // The time is taken once the content is read: a large file takes a while.
    const QDateTime signingTime = QDateTime::currentDateTimeUtc();
    if (auto usable = checkUsable(d_->identity.certificate, signingTime); !usable) {
        return std::unexpected(usable.error());
    }
    auto signature = buildSignature(*d_->key, *digest, signingTime);
    if (signature) {
        qCDebug(lcSigning) << "signed" << (content.isSequential() ? -1 : content.size())
                           << "bytes as" << d_->identity.name;
    }
    return signature;
}

}  // namespace workroom::signing
