#include "CertificateDetails.h"

#include "backend/OpenSsl.h"

#include <QCryptographicHash>
#include <QFile>

#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace workroom::signing {

// Debug messages name identities; they stay off unless asked for (QT_LOGGING_RULES).
Q_LOGGING_CATEGORY(lcSigning, "workroom.signing", QtInfoMsg)

namespace {

// Largest certificate file read: real chains are a few KiB, so anything far larger is not one.
constexpr qint64 maxCertificateFileSize = 4 << 20;

QString colonHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

QString asn1ToString(const ASN1_STRING *string)
{
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, string);
    if (length < 0) {
        return {};
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString commonNameOf(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0) {
        return {};
    }
    return asn1ToString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

QStringList keyUsageNames(uint32_t bits)
{
    // In the order of RFC 5280, 4.2.1.3.
    static const std::pair<uint32_t, const char *> names[] = {
        {KU_DIGITAL_SIGNATURE, "digitalSignature"},
        {KU_NON_REPUDIATION, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
        {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
        {KU_KEY_AGREEMENT, "keyAgreement"},
        {KU_KEY_CERT_SIGN, "keyCertSign"},
        {KU_CRL_SIGN, "cRLSign"},
        {KU_ENCIPHER_ONLY, "encipherOnly"},
        {KU_DECIPHER_ONLY, "decipherOnly"},
    };
    QStringList list;
    for (const auto &[bit, name] : names) {
        if (bits & bit) {
            list.append(QString::fromLatin1(name));
        }
    }
    return list;
}

QStringList extendedKeyUsageNames(X509 *certificate)
{
    QStringList list;
    auto *usages = static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(certificate, NID_ext_key_usage, nullptr, nullptr));
    if (!usages) {
        return list;
    }
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i) {
        const ASN1_OBJECT *object = sk_ASN1_OBJECT_value(usages, i);
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            list.append(QString::fromLatin1(OBJ_nid2sn(nid)));
        } else {
            char oid[128];
            OBJ_obj2txt(oid, sizeof oid, object, 1);
            list.append(QString::fromLatin1(oid));
        }
    }
    sk_ASN1_OBJECT_pop_free(usages, ASN1_OBJECT_free);
    return list;
}

QString publicKeyDescription(X509 *certificate)
{
    // QCA 2.3.10 has no EC public keys, so the description comes from libcrypto for both.
    EVP_PKEY *key = X509_get0_pubkey(certificate);
    if (!key) {
        return {};
    }
    if (EVP_PKEY_is_a(key, "RSA")) {
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1) {
            return QStringLiteral("EC");
        }
        const int nid = OBJ_sn2nid(group);
        const char *nistName = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
        return QStringLiteral("EC %1").arg(QString::fromLatin1(nistName ? nistName : group));
    }
    return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
}

Result<CertificateDetails> detailsOf(X509 *certificate, const QByteArray &der)
{
    CertificateDetails details;
    details.der = der;
    details.subject = ossl::nameToString(X509_get_subject_name(certificate));
    details.issuer = ossl::nameToString(X509_get_issuer_name(certificate));
    details.commonName = commonNameOf(X509_get_subject_name(certificate));

    BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr);
    if (serial) {
        char *hex = BN_bn2hex(serial);
        details.serialNumber = QString::fromLatin1(hex);
        OPENSSL_free(hex);
        BN_free(serial);
    }
    details.notBefore = ossl::toDateTime(X509_get0_notBefore(certificate));
    details.notAfter = ossl::toDateTime(X509_get0_notAfter(certificate));
    if (!details.notBefore.isValid() || !details.notAfter.isValid()) {
        return std::unexpected(SigningError{
            SigningErrorCode::Malformed,
            SigningText::tr("The certificate \"%1\" has an unreadable validity period.")
                .arg(details.subject)});
    }

    // X509_get_extension_flags caches the parsed extensions; a broken extension shows here.
    const uint32_t flags = X509_get_extension_flags(certificate);
    if (flags & EXFLAG_INVALID) {
        return std::unexpected(
            SigningError{SigningErrorCode::Malformed,
                         SigningText::tr("The certificate \"%1\" has a damaged extension.")
                             .arg(details.subject)});
    }
    details.hasKeyUsage = (flags & EXFLAG_KUSAGE) != 0;
    details.keyUsage =
        details.hasKeyUsage ? keyUsageNames(X509_get_key_usage(certificate)) : QStringList();
    details.extendedKeyUsage = extendedKeyUsageNames(certificate);
    details.isCa = (flags & EXFLAG_CA) != 0;
    details.selfIssued =
        X509_NAME_cmp(X509_get_subject_name(certificate), X509_get_issuer_name(certificate)) == 0;
    details.publicKeyAlgorithm = publicKeyDescription(certificate);
    if (const ASN1_OCTET_STRING *keyId = X509_get0_subject_key_id(certificate)) {
        details.subjectKeyId = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(keyId)),
                       ASN1_STRING_length(keyId))
                .toHex());
    }
    details.sha256Fingerprint = colonHex(QCryptographicHash::hash(der, QCryptographicHash::Sha256));
    details.sha1Fingerprint = colonHex(QCryptographicHash::hash(der, QCryptographicHash::Sha1));
    return details;
}

// The DER of every "CERTIFICATE" PEM block in `pem`, in order.
QList<QByteArray> pemBlocks(const QByteArray &pem)
{
    QList<QByteArray> blocks;
    ossl::BioPtr bio = ossl::memoryBio(pem);
    for (;;) {
        X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
        if (!certificate) {
            break;
        }
        blocks.append(ossl::toDer(certificate));
        X509_free(certificate);
    }
    // The loop ends on "no start line" when the text is used up; that is not an error.
    ossl::clearErrors();
    return blocks;
}

bool looksLikePem(const QByteArray &bytes)
{
    return bytes.contains("-----BEGIN ");
}

}  // namespace

bool CertificateDetails::allowsSigning() const
{
    return !hasKeyUsage || keyUsage.contains(QStringLiteral("digitalSignature"))
           || keyUsage.contains(QStringLiteral("nonRepudiation"));
}

bool CertificateDetails::isValidAt(const QDateTime &time) const
{
    return time >= notBefore && time <= notAfter;
}

qint64 CertificateDetails::daysUntilExpiry(const QDateTime &now) const
{
    return now.secsTo(notAfter) / 86400;
}

QString CertificateDetails::fingerprintKey() const
{
    return sha256Fingerprint.toLower().remove(QLatin1Char(':'));
}

Result<CertificateDetails> parseCertificate(const QByteArray &derOrPem)
{
    QByteArray der = derOrPem;
    if (looksLikePem(derOrPem)) {
        const QList<QByteArray> blocks = pemBlocks(derOrPem);
        if (blocks.size() != 1) {
            return std::unexpected(SigningError{
                SigningErrorCode::Malformed,
                blocks.isEmpty()
                    ? SigningText::tr("The text holds no readable certificate.")
                    : SigningText::tr("The text holds %1 certificates where one was expected.")
                          .arg(blocks.size())});
        }
        der = blocks.first();
    }
    ossl::X509Ptr certificate = ossl::certificateFromDer(der);
    if (!certificate) {
        qCDebug(lcSigning) << "certificate does not parse:" << ossl::takeErrors();
        return std::unexpected(
            SigningError{SigningErrorCode::Malformed,
                         SigningText::tr("The data are not a certificate, or a damaged one.")});
    }
    return detailsOf(certificate.get(), der);
}

Result<QList<CertificateDetails>> readCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            SigningError{file.exists() ? SigningErrorCode::Io : SigningErrorCode::NotFound,
                         SigningText::tr("The certificate file %1 could not be read: %2")
                             .arg(path, file.errorString())});
    }
    if (file.size() > maxCertificateFileSize) {
        return std::unexpected(SigningError{
            SigningErrorCode::Malformed,
            SigningText::tr("The file %1 is too large to be a certificate.").arg(path)});
    }
    const QByteArray bytes = file.readAll();
    QList<QByteArray> ders;
    if (looksLikePem(bytes)) {
        ders = pemBlocks(bytes);
    } else {
        ders.append(bytes);
    }
    QList<CertificateDetails> certificates;
    for (const QByteArray &der : std::as_const(ders)) {
        auto parsed = parseCertificate(der);
        if (!parsed) {
            return std::unexpected(SigningError{
                SigningErrorCode::Malformed,
                SigningText::tr("The file %1 holds a damaged certificate.").arg(path)});
        }
        certificates.append(std::move(*parsed));
    }
    if (certificates.isEmpty()) {
        return std::unexpected(
            SigningError{SigningErrorCode::Malformed,
                         SigningText::tr("The file %1 holds no certificate.").arg(path)});
    }
    return certificates;
}

QByteArray toPem(const QList<CertificateDetails> &certificates)
{
    QByteArray pem;
    for (const CertificateDetails &certificate : certificates) {
        pem += "-----BEGIN CERTIFICATE-----\n";
        const QByteArray base64 = certificate.der.toBase64();
        for (qsizetype i = 0; i < base64.size(); i += 64) {
            pem += base64.mid(i, 64) + '\n';
        }
        pem += "-----END CERTIFICATE-----\n";
    }
    return pem;
}

}  // namespace workroom::signing
