#include "Verifier.h"

#include "backend/OpenSsl.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>
#include <QScopeGuard>

#include <openssl/ess.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <vector>

namespace workroom::signing {

namespace {

// A .p7s holds a few certificates and one signature; anything far larger is not one.
constexpr qint64 maxSignatureSize = 16 << 20;
// A .p7m is decoded in memory (see Verifier.h), so its size is bounded.
constexpr qint64 maxEnvelopedSize = qint64(1) << 30;
constexpr int chunkSize = 1 << 16;

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString nameOf(const CertificateDetails &certificate)
{
    return certificate.commonName.isEmpty() ? certificate.subject : certificate.commonName;
}

VerificationResult withStatus(VerificationResult result, SignatureStatus status,
                              const QString &reason)
{
    result.status = status;
    result.reason = reason;
    return result;
}

VerificationResult malformed(const QString &reason)
{
    return withStatus({}, SignatureStatus::Malformed, reason);
}

QString damagedSignature()
{
    return SigningText::tr("The signature is damaged or truncated, or it is not a CMS signature.");
}

// DER from DER, PEM or bare base64, as .p7s and .p7m files come in all three.
QByteArray derOf(const QByteArray &bytes)
{
    const QByteArray text = bytes.trimmed();
    if (text.startsWith("-----BEGIN ")) {
        QByteArray body;
        const QList<QByteArray> lines = text.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (line.startsWith("-----END ")) {
                break;
            }
            body += line;
        }
        auto decoded =
            QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
        return decoded ? decoded.decoded : QByteArray();
    }
    // DER starts with a SEQUENCE tag, which is no base64 character.
    if (!text.isEmpty() && static_cast<unsigned char>(text.at(0)) != 0x30) {
        QByteArray compact = text;
        compact.replace('\n', "").replace('\r', "").replace(' ', "");
        auto decoded =
            QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && !decoded.decoded.isEmpty()) {
            return decoded.decoded;
        }
    }
    return bytes;
}

ossl::CmsPtr parseCms(const QByteArray &bytes)
{
    const QByteArray der = derOf(bytes);
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = begin;
    ossl::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    // Bytes after the structure mean it is not what it claims to be.
    if (cms && p != begin + der.size()) {
        cms.reset();
    }
    ossl::clearErrors();
    return cms;
}

// Frees the BIOs CMS_dataInit put in front of `stop`, but not `stop`, which the caller owns.
void freeUpTo(BIO *chain, BIO *stop)
{
    while (chain && chain != stop) {
        BIO *next = BIO_pop(chain);
        BIO_free(chain);
        chain = next;
    }
}

std::optional<CertificateDetails> detailsOf(X509 *certificate)
{
    auto details = parseCertificate(ossl::toDer(certificate));
    return details ? std::optional(std::move(*details)) : std::nullopt;
}

std::optional<QDateTime> signingTimeOf(CMS_SignerInfo *signerInfo, bool &readable)
{
    readable = true;
    const int index = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_signingTime, -1);
    if (index < 0) {
        return std::nullopt;
    }
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signerInfo, index), 0);
    if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME)) {
        const QDateTime time = ossl::toDateTime(value->value.utctime);
        if (time.isValid()) {
            return time;
        }
    }
    readable = false;
    return std::nullopt;
}

template <typename T>
T *decodeAttribute(CMS_SignerInfo *signerInfo, int nid,
                   T *(*decode)(T **, const unsigned char **, long), bool &readable)
{
    const int index = CMS_signed_get_attr_by_NID(signerInfo, nid, -1);
    if (index < 0) {
        return nullptr;
    }
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signerInfo, index), 0);
    if (!value || value->type != V_ASN1_SEQUENCE) {
        readable = false;
        return nullptr;
    }
    const unsigned char *p = ASN1_STRING_get0_data(value->value.sequence);
    T *decoded = decode(nullptr, &p, ASN1_STRING_length(value->value.sequence));
    readable = decoded != nullptr;
    return decoded;
}

// The ESS signing-certificate(-v2) attribute, when present, must name the signer's
// certificate: otherwise the certificate may have been swapped for another with the same key.
bool signingCertificateMatches(CMS_SignerInfo *signerInfo, STACK_OF(X509) * chain)
{
    bool readable = true;
    ESS_SIGNING_CERT *v1 = decodeAttribute(signerInfo, NID_id_smime_aa_signingCertificate,
                                           d2i_ESS_SIGNING_CERT, readable);
    bool readableV2 = true;
    ESS_SIGNING_CERT_V2 *v2 = decodeAttribute(signerInfo, NID_id_smime_aa_signingCertificateV2,
                                              d2i_ESS_SIGNING_CERT_V2, readableV2);
    const bool matches =
        readable && readableV2
        && (!v1 && !v2 ? true : OSSL_ESS_check_signing_certs(v1, v2, chain, 0) > 0);
    ESS_SIGNING_CERT_free(v1);
    ESS_SIGNING_CERT_V2_free(v2);
    ossl::clearErrors();
    return matches;
}

QString untrustedReason(int error, const QString &signer, const QString &endsAt)
{
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
        return SigningText::tr("No trusted certificate vouches for the certificate of %1: its "
                               "chain ends at \"%2\", which is not a trust anchor.")
            .arg(signer, endsAt);
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        return SigningText::tr("A certificate in the chain of %1 carries an invalid signature.")
            .arg(signer);
    case X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION:
        return SigningText::tr("A certificate in the chain of %1 has a critical extension that "
                               "Workroom does not know.")
            .arg(signer);
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_INVALID_NON_CA:
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        return SigningText::tr("A certificate in the chain of %1 is not allowed to issue "
                               "certificates.")
            .arg(signer);
    default:
        return SigningText::tr("The chain of the certificate of %1 is not trusted: %2")
            .arg(signer, QString::fromUtf8(X509_verify_cert_error_string(error)));
    }
}

QString revocationReasonText(const X509_REVOKED *entry)
{
    auto *code = static_cast<ASN1_ENUMERATED *>(
        X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr));
    if (!code) {
        return {};
    }
    const long reason = ASN1_ENUMERATED_get(code);
    ASN1_ENUMERATED_free(code);
    // RFC 5280, 5.3.1; the names stay English like the key-usage names.
    static const char *const names[] = {
        "unspecified",   "keyCompromise",        "cACompromise",    "affiliationChanged",
        "superseded",    "cessationOfOperation", "certificateHold", "",
        "removeFromCRL", "privilegeWithdrawn",   "aACompromise"};
    return reason >= 0 && reason <= 10 ? QString::fromLatin1(names[reason]) : QString();
}

// The algorithm identifiers no signature covers must still agree with what was signed:
// the content type attribute with the encapsulated content type (RFC 5652, 11.1), and the
// signature algorithm with the signer's key and the digest. libcrypto checks neither.
bool identifiersAgree(CMS_ContentInfo *cms, CMS_SignerInfo *signerInfo, X509 *signer)
{
    if (CMS_signed_get_attr_count(signerInfo) >= 0) {
        const auto *signedType = static_cast<const ASN1_OBJECT *>(CMS_signed_get0_data_by_OBJ(
            signerInfo, OBJ_nid2obj(NID_pkcs9_contentType), -3, V_ASN1_OBJECT));
        if (!signedType || OBJ_cmp(signedType, CMS_get0_eContentType(cms)) != 0) {
            return false;
        }
    }
    X509_ALGOR *digest = nullptr;
    X509_ALGOR *signature = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, nullptr, &digest, &signature);
    EVP_PKEY *key = X509_get0_pubkey(signer);
    if (!digest || !signature || !key) {
        return false;
    }
    const int keyNid = EVP_PKEY_is_a(key, "RSA")  ? NID_rsaEncryption
                       : EVP_PKEY_is_a(key, "EC") ? NID_X9_62_id_ecPublicKey
                                                  : OBJ_sn2nid(EVP_PKEY_get0_type_name(key));
    const int signatureNid = OBJ_obj2nid(signature->algorithm);
    if (signatureNid != NID_undef && signatureNid == keyNid) {
        return true;  // rsaEncryption for PKCS #1 v1.5, as CMS usually writes it
    }
    int digestNid = NID_undef;
    int publicKeyNid = NID_undef;
    if (signatureNid == NID_undef
        || !OBJ_find_sigid_algs(signatureNid, &digestNid, &publicKeyNid)) {
        return false;
    }
    const bool keyFits =
        publicKeyNid == keyNid || (publicKeyNid == NID_rsassaPss && keyNid == NID_rsaEncryption);
    return keyFits && (digestNid == NID_undef || digestNid == OBJ_obj2nid(digest->algorithm));
}

struct LoadedCrl {
    ossl::CrlPtr crl;
    QString file;
    QString source;  // how the user knows it: the configured file, or the URL it came from
};

// The content of a detached signature as a BIO that reads a QIODevice, so that content from
// anywhere (a range of a file, a buffer) streams through libcrypto's digests.
int deviceRead(BIO *bio, char *out, int size)
{
    auto *device = static_cast<QIODevice *>(BIO_get_data(bio));
    const qint64 read = device->read(out, size);
    return read < 0 ? -1 : int(read);
}

long deviceControl(BIO *bio, int command, long, void *)
{
    auto *device = static_cast<QIODevice *>(BIO_get_data(bio));
    switch (command) {
    case BIO_CTRL_EOF:
        return device->atEnd() ? 1 : 0;
    case BIO_CTRL_FLUSH:
        return 1;
    default:
        return 0;
    }
}

int deviceCreate(BIO *bio)
{
    BIO_set_init(bio, 1);
    return 1;
}

ossl::BioPtr deviceBio(QIODevice &device)
{
    static BIO_METHOD *const method = [] {
        BIO_METHOD *m =
            BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "workroom QIODevice");
        if (m) {
            BIO_meth_set_read(m, deviceRead);
            BIO_meth_set_ctrl(m, deviceControl);
            BIO_meth_set_create(m, deviceCreate);
        }
        return m;
    }();
    if (!method) {
        return {};
    }
    ossl::BioPtr bio(BIO_new(method));
    if (bio) {
        BIO_set_data(bio.get(), &device);
    }
    return bio;
}

// Reads the given ranges of a file one after the other, as one sequential stream.
class RangesDevice : public QIODevice {
public:
    RangesDevice(const QString &path, QList<FileRange> ranges)
        : file_(path), ranges_(std::move(ranges))
    {
    }

    bool open() { return file_.open(QIODevice::ReadOnly) && QIODevice::open(QIODevice::ReadOnly); }
    QString fileError() const { return file_.errorString(); }
    qint64 fileSize() const { return file_.size(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        while (index_ < ranges_.size() && within_ >= ranges_.at(index_).length) {
            ++index_;
            within_ = 0;
        }
        if (index_ >= ranges_.size()) {
            return 0;  // the end; -1 would be an error to deviceRead()
        }
        const FileRange &range = ranges_.at(index_);
        if (!file_.seek(range.offset + within_)) {
            return -1;
        }
        const qint64 read = file_.read(data, std::min(maxSize, range.length - within_));
        if (read <= 0) {
            return -1;
        }
        within_ += read;
        return read;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile file_;
    QList<FileRange> ranges_;
    qsizetype index_ = 0;
    qint64 within_ = 0;
};

Result<std::vector<LoadedCrl>> loadCrls(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            SigningError{file.exists() ? SigningErrorCode::Io : SigningErrorCode::NotFound,
                         SigningText::tr("The revocation list %1 could not be read: %2")
                             .arg(path, file.errorString())});
    }
    const QByteArray bytes = file.readAll();
    std::vector<LoadedCrl> crls;
    ossl::BioPtr bio = ossl::memoryBio(bytes);
    if (bytes.contains("-----BEGIN X509 CRL-----")) {
        while (X509_CRL *crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr)) {
            crls.push_back({ossl::CrlPtr(crl), path, path});
        }
    } else if (X509_CRL *crl = d2i_X509_CRL_bio(bio.get(), nullptr)) {
        crls.push_back({ossl::CrlPtr(crl), path, path});
    }
    ossl::clearErrors();
    if (crls.empty()) {
        return std::unexpected(SigningError{
            SigningErrorCode::Malformed,
            SigningText::tr("%1 is not a revocation list, or a damaged one.").arg(path)});
    }
    return crls;
}

}  // namespace

QString revocationCheckKey(RevocationCheck check)
{
    switch (check) {
    case RevocationCheck::Checked:
        return QStringLiteral("checked");
    case RevocationCheck::Stale:
        return QStringLiteral("stale");
    case RevocationCheck::Unavailable:
        return QStringLiteral("unavailable");
    case RevocationCheck::NotChecked:
        break;
    }
    return QStringLiteral("not_checked");
}

struct Verifier::Private {
    QList<TrustAnchor> anchors;
    ossl::StorePtr store;
    ossl::X509StackPtr anchorCertificates;
    std::vector<LoadedCrl> crls;
    // Configured URLs that neither downloaded nor had a cached copy, with the problem.
    QList<FetchedCrl> unavailable;

    Result<VerificationResult> check(CMS_ContentInfo *cms, BIO *detachedContent, QIODevice *sink,
                                     qint64 total, const Progress &progress) const;
    Result<VerificationResult> checkSigner(CMS_ContentInfo *cms, CMS_SignerInfo *signerInfo,
                                           BIO *digests) const;
    bool isUserTrusted(const CertificateDetails &certificate) const;
};

Verifier::Verifier(std::unique_ptr<Private> d) : d_(std::move(d)) {}
Verifier::Verifier(Verifier &&) noexcept = default;
Verifier &Verifier::operator=(Verifier &&) noexcept = default;
Verifier::~Verifier() = default;

const QList<TrustAnchor> &Verifier::anchors() const
{
    return d_->anchors;
}

Result<Verifier> Verifier::create(const TrustStore &trust, const QStringList &crlFiles)
{
    return create(trust, crlFiles, {});
}

Result<Verifier> Verifier::create(const TrustStore &trust, const QStringList &crlFiles,
                                  const QList<FetchedCrl> &downloaded)
{
    auto d = std::make_unique<Private>();
    d->anchors = trust.anchors();
    // A store of our own, without X509_STORE_set_default_paths: the operating system's
    // certificates are not trusted implicitly.
    d->store.reset(X509_STORE_new());
    d->anchorCertificates = ossl::newStack();
    if (!d->store || !d->anchorCertificates) {
        return std::unexpected(
            SigningError{SigningErrorCode::Backend, SigningText::tr("Out of memory.")});
    }
    for (const TrustAnchor &anchor : std::as_const(d->anchors)) {
        ossl::X509Ptr certificate = ossl::certificateFromDer(anchor.certificate.der);
        if (certificate) {
            X509_STORE_add_cert(d->store.get(), certificate.get());
            ossl::push(d->anchorCertificates.get(), certificate.get());
        }
    }
    for (const QString &path : crlFiles) {
        auto crls = loadCrls(path);
        if (!crls) {
            return std::unexpected(crls.error());
        }
        std::ranges::move(*crls, std::back_inserter(d->crls));
    }
    for (const FetchedCrl &fetched : downloaded) {
        auto crls = fetched.usable() ? loadCrls(fetched.file) : Result<std::vector<LoadedCrl>>();
        if (!fetched.usable() || !crls) {
            // The cache is the fetcher's; a damaged copy there is as good as none.
            FetchedCrl missing = fetched;
            if (!crls) {
                missing.problem = crls.error().message;
            }
            d->unavailable.append(missing);
            continue;
        }
        for (LoadedCrl &crl : *crls) {
            crl.source = fetched.url;
            d->crls.push_back(std::move(crl));
        }
    }
    ossl::clearErrors();
    return Verifier(std::move(d));
}

bool Verifier::Private::isUserTrusted(const CertificateDetails &certificate) const
{
    const QString key = certificate.fingerprintKey();
    return std::ranges::any_of(anchors, [&key](const TrustAnchor &anchor) {
        return anchor.userTrusted && anchor.certificate.fingerprintKey() == key;
    });
}

Result<VerificationResult> Verifier::Private::check(CMS_ContentInfo *cms, BIO *detachedContent,
                                                    QIODevice *sink, qint64 total,
                                                    const Progress &progress) const
{
    ossl::clearErrors();
    if (OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed) {
        return malformed(SigningText::tr("The file is a CMS structure, but not a signature."));
    }
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms);
    const int count = signerInfos ? sk_CMS_SignerInfo_num(signerInfos) : 0;
    if (count <= 0) {
        return malformed(SigningText::tr("The file holds no signature."));
    }
    if (!detachedContent && CMS_is_detached(cms)) {
        return malformed(SigningText::tr("The file holds no signed content: it is a detached "
                                         "signature (.p7s) and needs its document."));
    }
    // Signers' certificates come from the signature, else from the trust anchors.
    CMS_set1_signers_certs(cms, anchorCertificates.get(), 0);
    ossl::clearErrors();

    // One pass over the content feeds the digests of every signer.
    BIO *digests = CMS_dataInit(cms, detachedContent);
    if (!digests) {
        qCDebug(lcSigning) << "CMS_dataInit:" << ossl::takeErrors();
        return malformed(
            SigningText::tr("The signature uses a digest algorithm Workroom does not know."));
    }
    const auto freeDigests = qScopeGuard([&] { freeUpTo(digests, detachedContent); });
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const int read = BIO_read(digests, buffer.data(), chunkSize);
        if (read == 0) {
            break;
        }
        if (read < 0) {
            return std::unexpected(
                SigningError{SigningErrorCode::Io,
                             SigningText::tr("The document could not be read to the end.")});
        }
        if (sink && sink->write(buffer.constData(), read) != read) {
            return std::unexpected(SigningError{
                SigningErrorCode::Io,
                SigningText::tr("The content could not be written: %1").arg(sink->errorString())});
        }
        done += read;
        if (progress && !progress(done, total)) {
            return std::unexpected(SigningError{SigningErrorCode::Cancelled,
                                                SigningText::tr("Verification was cancelled.")});
        }
    }

    // Every signature in the file must hold; the first that does not decides.
    VerificationResult overall;
    for (int i = 0; i < count; ++i) {
        auto result = checkSigner(cms, sk_CMS_SignerInfo_value(signerInfos, i), digests);
        if (!result) {
            return result;
        }
        result->signerCount = count;
        if (i == 0 || !result->isValid()) {
            overall = std::move(*result);
        }
        if (!overall.isValid()) {
            break;
        }
    }
    return overall;
}

Result<VerificationResult>
Verifier::Private::checkSigner(CMS_ContentInfo *cms, CMS_SignerInfo *signerInfo, BIO *digests) const
{
    ossl::clearErrors();
    VerificationResult result;
    X509 *signer = nullptr;
    X509_ALGOR *digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, &signer, &digestAlgorithm, nullptr);
    if (digestAlgorithm) {
        result.digestAlgorithm =
            QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(digestAlgorithm->algorithm))).toLower();
    }
    bool timeReadable = true;
    result.signingTime = signingTimeOf(signerInfo, timeReadable);
    if (!timeReadable) {
        return malformed(SigningText::tr("The signing time in the signature is unreadable."));
    }
    if (!signer) {
        return withStatus(result, SignatureStatus::UntrustedChain,
                          SigningText::tr("The signature does not include the signer's "
                                          "certificate, and no trusted certificate fits it."));
    }
    result.signer = detailsOf(signer);
    if (!result.signer) {
        return malformed(SigningText::tr("The signer's certificate in the signature is damaged."));
    }
    const QString who = nameOf(*result.signer);

    // The document first: a signature for another document is the common case.
    if (CMS_SignerInfo_verify_content(signerInfo, digests) != 1) {
        qCDebug(lcSigning) << "content check failed:" << ossl::takeErrors();
        return withStatus(result, SignatureStatus::DocumentChanged,
                          SigningText::tr("The document differs from the one %1 signed: it was "
                                          "changed, or the signature belongs to another "
                                          "document.")
                              .arg(who));
    }
    if ((CMS_signed_get_attr_count(signerInfo) >= 0 && CMS_SignerInfo_verify(signerInfo) != 1)
        || !identifiersAgree(cms, signerInfo, signer)) {
        qCDebug(lcSigning) << "signature check failed:" << ossl::takeErrors();
        return withStatus(result, SignatureStatus::DocumentChanged,
                          SigningText::tr("The signature data were altered, or they do not "
                                          "belong to the certificate of %1.")
                              .arg(who));
    }

    // The chain, against the trust anchors only. Times are checked below at the signing
    // time, which libcrypto would check against today instead.
    ossl::X509StackPtr included(CMS_get1_certs(cms));
    ossl::StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), signer, included.get()) != 1) {
        return std::unexpected(
            SigningError{SigningErrorCode::Backend, SigningText::tr("Out of memory.")});
    }
    X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(context.get()),
                                X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_NO_CHECK_TIME);
    const bool chained = X509_verify_cert(context.get()) == 1;
    const int chainError = X509_STORE_CTX_get_error(context.get());
    ossl::X509StackPtr built(X509_STORE_CTX_get1_chain(context.get()));
    ossl::clearErrors();
    for (int i = 0; built && i < sk_X509_num(built.get()); ++i) {
        if (auto details = detailsOf(sk_X509_value(built.get(), i))) {
            result.chain.append(std::move(*details));
        }
    }
    if (result.chain.isEmpty()) {
        result.chain.append(*result.signer);
    }
    if (!chained) {
        return withStatus(result, SignatureStatus::UntrustedChain,
                          untrustedReason(chainError, who, result.chain.last().subject));
    }
    const CertificateDetails &anchor = result.chain.last();
    result.anchorUserTrusted = isUserTrusted(anchor);
    if (!signingCertificateMatches(signerInfo, built.get())) {
        return withStatus(result, SignatureStatus::UntrustedChain,
                          SigningText::tr("The signature names another signing certificate than "
                                          "the one it includes."));
    }

    // Revocation, for every certificate below the anchor, from the lists its issuer signed.
    // A list past its next update still counts when it names a certificate; that it is old
    // is said with the result (RevocationCheck::Stale).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool signerChecked = false;
    QString staleSource;
    for (int i = 0; i + 1 < sk_X509_num(built.get()); ++i) {
        X509 *certificate = sk_X509_value(built.get(), i);
        X509 *issuer = sk_X509_value(built.get(), i + 1);
        for (const LoadedCrl &loaded : crls) {
            if (X509_NAME_cmp(X509_CRL_get_issuer(loaded.crl.get()),
                              X509_get_issuer_name(certificate))
                != 0) {
                continue;
            }
            const ASN1_TIME *nextUpdate = X509_CRL_get0_nextUpdate(loaded.crl.get());
            if (nextUpdate && ossl::toDateTime(nextUpdate) < now && staleSource.isEmpty()) {
                staleSource = loaded.source;
            }
            signerChecked = signerChecked || i == 0;
            if (X509_CRL_verify(loaded.crl.get(), X509_get0_pubkey(issuer)) != 1) {
                ossl::clearErrors();
                return std::unexpected(SigningError{
                    SigningErrorCode::Malformed,
                    SigningText::tr("The revocation list %1 is not signed by \"%2\": it cannot "
                                    "be relied on.")
                        .arg(loaded.file, result.chain.value(i + 1).subject)});
            }
            X509_REVOKED *entry = nullptr;
            if (X509_CRL_get0_by_cert(loaded.crl.get(), &entry, certificate) == 1) {
                result.revocation =
                    staleSource.isEmpty() ? RevocationCheck::Checked : RevocationCheck::Stale;
                const QDateTime revokedAt =
                    ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
                const QString reason = revocationReasonText(entry);
                const QString whose = nameOf(result.chain.value(i));
                return withStatus(
                    result, SignatureStatus::Revoked,
                    reason.isEmpty()
                        ? SigningText::tr("The certificate of %1 was revoked on %2.")
                              .arg(whose, when(revokedAt))
                        : SigningText::tr("The certificate of %1 was revoked on %2 (%3).")
                              .arg(whose, when(revokedAt), reason));
            }
        }
    }

    if (!staleSource.isEmpty()) {
        result.revocation = RevocationCheck::Stale;
        result.revocationNote =
            SigningText::tr("Revocation was checked against an outdated list (%1): a newer one "
                            "could not be had.")
                .arg(staleSource);
    } else if (signerChecked) {
        result.revocation = RevocationCheck::Checked;
    } else if (!unavailable.isEmpty()) {
        result.revocation = RevocationCheck::Unavailable;
        result.revocationNote =
            SigningText::tr("Revocation could not be checked: the revocation list %1 could not "
                            "be downloaded (%2) and no copy is stored.")
                .arg(unavailable.first().url, unavailable.first().problem);
    }

    // Validity at the time the signature claims; today when it claims none.
    const QDateTime at = result.signingTime.value_or(QDateTime::currentDateTimeUtc());
    const CertificateDetails &own = result.chain.first();
    if (at < own.notBefore) {
        return withStatus(result, SignatureStatus::SignerNotYetValid,
                          SigningText::tr("The certificate of %1 was not yet valid when the "
                                          "signature was made (%2); it is valid from %3.")
                              .arg(who, when(at), when(own.notBefore)));
    }
    if (at > own.notAfter) {
        return withStatus(result, SignatureStatus::SignerExpired,
                          SigningText::tr("The certificate of %1 had expired when the signature "
                                          "was made (%2); it was valid until %3.")
                              .arg(who, when(at), when(own.notAfter)));
    }
    for (qsizetype i = 1; i < result.chain.size(); ++i) {
        if (!result.chain.at(i).isValidAt(at)) {
            return withStatus(result, SignatureStatus::UntrustedChain,
                              SigningText::tr("The issuing certificate \"%1\" was not valid when "
                                              "the signature was made (%2).")
                                  .arg(result.chain.at(i).subject, when(at)));
        }
    }
    if (!own.allowsSigning()) {
        return withStatus(result, SignatureStatus::KeyUsageNotAllowed,
                          SigningText::tr("The certificate of %1 does not allow signing (its key "
                                          "usage lacks digitalSignature and nonRepudiation).")
                              .arg(who));
    }
    const QString signedWhen =
        result.signingTime ? when(*result.signingTime) : SigningText::tr("no signing time given");
    QString reason = result.anchorUserTrusted
                         ? SigningText::tr("Signed by %1 (%2); trusted through \"%3\", a "
                                           "certificate you imported yourself.")
                               .arg(who, signedWhen, nameOf(anchor))
                         : SigningText::tr("Signed by %1 (%2); trusted through \"%3\".")
                               .arg(who, signedWhen, nameOf(anchor));
    if (!result.revocationNote.isEmpty()) {
        reason += QLatin1Char(' ') + result.revocationNote;
    }
    return withStatus(result, SignatureStatus::Valid, reason);
}

Result<VerificationResult> Verifier::verifyDetached(const QString &documentPath,
                                                    const QString &signaturePath,
                                                    const Progress &progress) const
{
    QFile file(signaturePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            SigningError{file.exists() ? SigningErrorCode::Io : SigningErrorCode::NotFound,
                         SigningText::tr("The signature %1 could not be read: %2")
                             .arg(signaturePath, file.errorString())});
    }
    if (file.size() > maxSignatureSize) {
        return malformed(
            SigningText::tr("The file %1 is far too large to be a signature.").arg(signaturePath));
    }
    return verifyDetachedData(documentPath, file.readAll(), progress);
}

Result<VerificationResult> Verifier::verifyDetachedData(const QString &documentPath,
                                                        const QByteArray &signature,
                                                        const Progress &progress) const
{
    const QFileInfo info(documentPath);
    if (!info.isFile()) {
        return std::unexpected(SigningError{
            info.exists() ? SigningErrorCode::Io : SigningErrorCode::NotFound,
            SigningText::tr("The document %1 does not exist or is no file.").arg(documentPath)});
    }
    ossl::CmsPtr cms = parseCms(signature);
    if (!cms) {
        return malformed(damagedSignature());
    }
    ossl::BioPtr document(BIO_new_file(QFile::encodeName(documentPath).constData(), "rb"));
    if (!document) {
        ossl::clearErrors();
        return std::unexpected(SigningError{
            SigningErrorCode::Io,
            SigningText::tr("The document %1 could not be opened.").arg(documentPath)});
    }
    return d_->check(cms.get(), document.get(), nullptr, info.size(), progress);
}

Result<VerificationResult> Verifier::verifyDetachedDevice(QIODevice &content,
                                                          const QByteArray &signature, qint64 total,
                                                          const Progress &progress) const
{
    if (!content.isReadable()) {
        return std::unexpected(SigningError{
            SigningErrorCode::Io, SigningText::tr("The signed content could not be read.")});
    }
    ossl::CmsPtr cms = parseCms(signature);
    if (!cms) {
        return malformed(damagedSignature());
    }
    ossl::BioPtr bio = deviceBio(content);
    if (!bio) {
        return std::unexpected(
            SigningError{SigningErrorCode::Backend, SigningText::tr("Out of memory.")});
    }
    return d_->check(cms.get(), bio.get(), nullptr, total, progress);
}

Result<VerificationResult> Verifier::verifyDetachedRanges(const QString &path,
                                                          const QList<FileRange> &ranges,
                                                          const QByteArray &signature,
                                                          const Progress &progress) const
{
    RangesDevice device(path, ranges);
    if (!device.open()) {
        return std::unexpected(SigningError{QFileInfo::exists(path) ? SigningErrorCode::Io
                                                                    : SigningErrorCode::NotFound,
                                            SigningText::tr("The document %1 could not be read: %2")
                                                .arg(path, device.fileError())});
    }
    qint64 total = 0;
    for (const FileRange &range : ranges) {
        if (range.offset < 0 || range.length < 0
            || range.offset > device.fileSize() - range.length) {
            // Checked before the signature, which is otherwise the first thing looked at: the
            // file is shorter than what was signed, so it was changed whatever the signature.
            auto result = malformed(damagedSignature());
            if (parseCms(signature)) {
                result.status = SignatureStatus::DocumentChanged;
                result.reason = SigningText::tr("The signed part of %1 reaches beyond the end of "
                                                "the file: it was cut short or changed.")
                                    .arg(QFileInfo(path).fileName());
            }
            return result;
        }
        total += range.length;
    }
    return verifyDetachedDevice(device, signature, total, progress);
}

Result<VerificationResult> Verifier::verifyEnveloped(const QString &envelopedPath,
                                                     const QString &contentPath,
                                                     const Progress &progress) const
{
    QFile file(envelopedPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            SigningError{file.exists() ? SigningErrorCode::Io : SigningErrorCode::NotFound,
                         SigningText::tr("The signed file %1 could not be read: %2")
                             .arg(envelopedPath, file.errorString())});
    }
    if (file.size() > maxEnvelopedSize) {
        return std::unexpected(SigningError{
            SigningErrorCode::Invalid,
            SigningText::tr("The signed file %1 is larger than 1 GiB, the most Workroom reads.")
                .arg(envelopedPath)});
    }
    ossl::CmsPtr cms = parseCms(file.readAll());
    file.close();
    if (!cms) {
        return malformed(damagedSignature());
    }
    const ASN1_OCTET_STRING *const *content = CMS_get0_content(cms.get());
    const qint64 total = content && *content ? ASN1_STRING_length(*content) : -1;

    std::optional<QSaveFile> sink;
    if (!contentPath.isEmpty()) {
        sink.emplace(contentPath);
        if (!sink->open(QIODevice::WriteOnly)) {
            return std::unexpected(
                SigningError{SigningErrorCode::Io, SigningText::tr("%1 could not be written: %2")
                                                       .arg(contentPath, sink->errorString())});
        }
    }
    auto result = d_->check(cms.get(), nullptr, sink ? &*sink : nullptr, total, progress);
    if (sink) {
        if (result && result->status != SignatureStatus::Malformed) {
            if (!sink->commit()) {
                return std::unexpected(SigningError{SigningErrorCode::Io,
                                                    SigningText::tr("%1 could not be written: %2")
                                                        .arg(contentPath, sink->errorString())});
            }
        } else {
            sink->cancelWriting();
        }
    }
    return result;
}

}  // namespace workroom::signing
