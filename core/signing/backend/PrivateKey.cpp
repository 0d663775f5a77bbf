#include "backend/PrivateKey.h"

#include "backend/OpenSsl.h"

#include <QtCrypto>

#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/provider.h>

namespace workroom::signing::backend {

namespace {

// RSA: QCA holds the key and makes the PKCS #1 v1.5 signature.
class QcaRsaKey final : public PrivateKey {
public:
    explicit QcaRsaKey(QCA::PrivateKey key) : key_(std::move(key)) {}

    KeyBackend backend() const override { return KeyBackend::Qca; }

    Result<QByteArray> sign(const QByteArray &data) const override
    {
        // signMessage changes the key object's state; a copy keeps sign() const and reentrant.
        QCA::PrivateKey key = key_;
        const QByteArray signature = key.signMessage(data, QCA::EMSA3_SHA256);
        if (signature.isEmpty()) {
            return std::unexpected(
                SigningError{SigningErrorCode::Backend,
                             SigningText::tr("QCA could not make the RSA signature.")});
        }
        return signature;
    }

private:
    QCA::PrivateKey key_;
};

// EC: QCA 2.3.10 cannot load EC keys at all, so libcrypto holds the key.
class OpenSslKey final : public PrivateKey {
public:
    explicit OpenSslKey(ossl::PkeyPtr key) : key_(std::move(key)) {}

    KeyBackend backend() const override { return KeyBackend::OpenSsl; }

    Result<QByteArray> sign(const QByteArray &data) const override
    {
        ossl::MdCtxPtr context(EVP_MD_CTX_new());
        size_t length = 0;
        const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
        if (!context
            || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key_.get()) != 1
            || EVP_DigestSign(context.get(), nullptr, &length, bytes, size_t(data.size())) != 1) {
            return failure();
        }
        QByteArray signature(qsizetype(length), Qt::Uninitialized);
        if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()),
                           &length, bytes, size_t(data.size()))
            != 1) {
            return failure();
        }
        signature.resize(qsizetype(length));
        return signature;
    }

private:
    static std::unexpected<SigningError> failure()
    {
        return std::unexpected(
            SigningError{SigningErrorCode::Backend,
                         SigningText::tr("OpenSSL could not make the EC signature: %1")
                             .arg(ossl::takeErrors())});
    }

    ossl::PkeyPtr key_;
};

SigningError wrongPassphrase(const QString &what)
{
    return {SigningErrorCode::WrongPassphrase,
            SigningText::tr("The passphrase does not open the key %1.").arg(what)};
}

SigningError damaged(const QString &what)
{
    return {SigningErrorCode::Malformed,
            SigningText::tr("The key %1 is damaged or truncated (no readable PKCS #12 file).")
                .arg(what)};
}

bool macMatches(PKCS12 *p12, const QByteArray &passphrase)
{
    if (PKCS12_verify_mac(p12, passphrase.constData(), int(passphrase.size())) == 1) {
        return true;
    }
    // PKCS #12 tells an empty passphrase from none; some tools write one, some the other.
    return passphrase.isEmpty() && PKCS12_verify_mac(p12, nullptr, 0) == 1;
}

// Whether some encrypted part of the file decrypts and parses with the passphrase. A wrong
// passphrase fails here as well as at the MAC; if only the MAC fails, the file was changed.
bool someContentDecrypts(PKCS12 *p12, const QByteArray &passphrase)
{
    STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(p12);
    if (!safes) {
        return false;
    }
    const char *pass = passphrase.constData();
    const int length = int(passphrase.size());
    bool decrypted = false;
    for (int i = 0; i < sk_PKCS7_num(safes) && !decrypted; ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes, i);
        STACK_OF(PKCS12_SAFEBAG) *bags = nullptr;
        if (PKCS7_type_is_encrypted(safe)) {
            bags = PKCS12_unpack_p7encdata(safe, pass, length);
            decrypted = bags != nullptr;
        } else if (PKCS7_type_is_data(safe)) {
            bags = PKCS12_unpack_p7data(safe);
            for (int j = 0; bags && j < sk_PKCS12_SAFEBAG_num(bags) && !decrypted; ++j) {
                const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, j);
                if (PKCS12_SAFEBAG_get_nid(bag) == NID_pkcs8ShroudedKeyBag) {
                    PKCS8_PRIV_KEY_INFO *info = PKCS12_decrypt_skey(bag, pass, length);
                    decrypted = info != nullptr;
                    PKCS8_PRIV_KEY_INFO_free(info);
                }
            }
        }
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    return decrypted;
}

// The issuers of `leaf` among `others`, nearest first; certificates outside the chain are
// left out, since they would only be noise in a signature.
QList<QByteArray> orderedChain(X509 *leaf, STACK_OF(X509) * others)
{
    QList<QByteArray> chain{ossl::toDer(leaf)};
    QList<X509 *> remaining;
    for (int i = 0; others && i < sk_X509_num(others); ++i) {
        remaining.append(sk_X509_value(others, i));
    }
    X509 *current = leaf;
    while (!remaining.isEmpty()) {
        const auto issuer = std::ranges::find_if(remaining, [current](X509 *candidate) {
            return !ossl::sameCertificate(candidate, current)
                   && X509_check_issued(candidate, current) == X509_V_OK;
        });
        if (issuer == remaining.end() || X509_check_issued(current, current) == X509_V_OK) {
            break;
        }
        current = *issuer;
        chain.append(ossl::toDer(current));
        remaining.erase(issuer);
    }
    if (!remaining.isEmpty()) {
        qCDebug(lcSigning) << remaining.size() << "certificates of the PKCS #12 file are not"
                           << "in the signer's chain and are left out";
    }
    return chain;
}

// Whether the last failure was an algorithm libcrypto does not offer; empties the queue.
bool failedAsUnsupported()
{
    bool unsupported = false;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        unsupported = unsupported || ERR_GET_REASON(code) == ERR_R_UNSUPPORTED;
        qCDebug(lcSigning) << "PKCS #12:" << ERR_reason_error_string(code);
    }
    return unsupported;
}

// Older PKCS #12 files (RC2-40 or 3DES, as Windows and many CAs exported them until recently)
// need OpenSSL 3's legacy provider. It is loaded the first time such a file is opened, with
// the default provider beside it: once one provider is loaded explicitly, OpenSSL loads no
// other implicitly.
bool loadLegacyProvider()
{
    static const bool loaded = [] {
        if (!OSSL_PROVIDER_load(nullptr, "legacy")) {
            ossl::clearErrors();
            qCWarning(lcSigning) << "OpenSSL's legacy provider is not available";
            return false;
        }
        OSSL_PROVIDER_load(nullptr, "default");
        qCInfo(lcSigning) << "loaded OpenSSL's legacy provider to read an old PKCS #12 file";
        return true;
    }();
    return loaded;
}

}  // namespace

Result<std::unique_ptr<PrivateKey>> openPkcs12(const QByteArray &pkcs12,
                                               const QByteArray &passphrase, const QString &what)
{
    ossl::clearErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(pkcs12.constData());
    ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(pkcs12.size())));
    if (!p12) {
        ossl::clearErrors();
        return std::unexpected(damaged(what));
    }

    // QCA reports a wrong passphrase and a damaged file alike as a decode error, so the MAC is
    // checked first: it tells a wrong passphrase from everything else.
    const bool hasMac = PKCS12_mac_present(p12.get()) == 1;
    if (hasMac && !macMatches(p12.get(), passphrase)) {
        const bool changed = someContentDecrypts(p12.get(), passphrase);
        ossl::clearErrors();
        return std::unexpected(changed ? damaged(what) : wrongPassphrase(what));
    }

    // libcrypto reads the file once to learn the key type and the certificates.
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    STACK_OF(X509) *rawOthers = nullptr;
    const auto parse = [&] {
        return PKCS12_parse(p12.get(), passphrase.constData(), &rawKey, &rawCertificate, &rawOthers)
               == 1;
    };
    bool parsed = parse();
    bool unsupported = !parsed && failedAsUnsupported();
    if (unsupported && loadLegacyProvider()) {
        parsed = parse();
        unsupported = !parsed && failedAsUnsupported();
    }
    if (!parsed) {
        if (unsupported) {
            return std::unexpected(SigningError{
                SigningErrorCode::UnsupportedKey,
                SigningText::tr("The key %1 is encrypted with an outdated method (such as RC2) "
                                "that cannot be read here. Export it again with AES.")
                    .arg(what)});
        }
        // Without a MAC nothing else tells a wrong passphrase from a damaged file.
        return std::unexpected(hasMac ? damaged(what) : wrongPassphrase(what));
    }
    ossl::PkeyPtr key(rawKey);
    ossl::X509Ptr certificate(rawCertificate);
    ossl::X509StackPtr others(rawOthers);
    if (!key || !certificate) {
        return std::unexpected(SigningError{
            SigningErrorCode::Malformed,
            SigningText::tr("The PKCS #12 file of %1 holds no private key with its certificate.")
                .arg(what)});
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ossl::clearErrors();
        return std::unexpected(SigningError{
            SigningErrorCode::Malformed,
            SigningText::tr(
                "In the PKCS #12 file of %1 the private key does not belong to the certificate.")
                .arg(what)});
    }
    const QList<QByteArray> chain = orderedChain(certificate.get(), others.get());

    std::unique_ptr<PrivateKey> opened;
    if (EVP_PKEY_is_a(key.get(), "RSA")) {
        // Only QCA keeps the RSA key: libcrypto's copy is dropped right away.
        key.reset();
        QCA::ConvertResult result = QCA::ErrorDecode;
        const QCA::KeyBundle bundle =
            QCA::KeyBundle::fromArray(pkcs12, QCA::SecureArray(passphrase), &result);
        if (result != QCA::ConvertGood || bundle.isNull() || !bundle.privateKey().isRSA()) {
            return std::unexpected(
                SigningError{SigningErrorCode::Backend,
                             SigningText::tr("QCA could not open the RSA key %1.").arg(what)});
        }
        opened = std::make_unique<QcaRsaKey>(bundle.privateKey());
    } else if (EVP_PKEY_is_a(key.get(), "EC")) {
        opened = std::make_unique<OpenSslKey>(std::move(key));
    } else {
        return std::unexpected(SigningError{
            SigningErrorCode::UnsupportedKey,
            SigningText::tr("The key %1 is a %2 key; Workroom signs with RSA and EC keys only.")
                .arg(what, QString::fromLatin1(EVP_PKEY_get0_type_name(key.get())))});
    }
    opened->chain = chain;
    return opened;
}

Result<std::unique_ptr<PrivateKey>> openPkcs12(const QByteArray &pkcs12,
                                               const PassphraseProvider &ask,
                                               PassphraseRequest request, const QString &what)
{
    SigningError last{SigningErrorCode::Cancelled,
                      SigningText::tr("No passphrase was given for the key %1.").arg(what)};
    for (int attempt = 1; attempt <= maxPassphraseAttempts; ++attempt) {
        request.attempt = attempt;
        request.previousWasWrong = attempt > 1;
        std::optional<QByteArray> passphrase = ask ? ask(request) : std::nullopt;
        if (!passphrase) {
            // Declining after a wrong passphrase still leaves the passphrase wrong.
            return std::unexpected(last);
        }
        auto opened = openPkcs12(pkcs12, *passphrase, what);
        passphrase->fill('\0');
        if (opened || opened.error().code != SigningErrorCode::WrongPassphrase) {
            return opened;
        }
        last = opened.error();
    }
    return std::unexpected(last);
}

}  // namespace workroom::signing::backend
