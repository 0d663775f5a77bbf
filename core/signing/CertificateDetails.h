#pragma once

#include "SigningError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace workroom::signing {

// What the certificate viewer shows and what the module's own checks (time validity, key usage,
// revocation) look at. Built from the DER bytes, which it keeps, so that the certificate can be
// handed back to the crypto backends unchanged.
struct CertificateDetails {
    QString subject;  // RFC 4514 order, e.g. "CN=Erika Mustermann, O=Stadt Musterstadt, C=DE"
    QString commonName;
    QString issuer;
    QString serialNumber;          // upper-case hex, as `openssl x509 -serial` prints it
    QDateTime notBefore;           // UTC
    QDateTime notAfter;            // UTC
    bool hasKeyUsage = false;      // false: the certificate has no keyUsage extension
    QStringList keyUsage;          // RFC 5280 names: digitalSignature, nonRepudiation, …
    QStringList extendedKeyUsage;  // short names (emailProtection, …) or dotted OIDs
    bool isCa = false;
    bool selfIssued = false;     // subject and issuer are the same name
    QString publicKeyAlgorithm;  // "RSA 3072", "EC P-256"
    QString subjectKeyId;        // hex; empty without the extension
    QString sha256Fingerprint;   // "AB:CD:…", upper-case
    QString sha1Fingerprint;
    QByteArray der;

    // Signing needs digitalSignature or nonRepudiation; without a keyUsage extension every use
    // is allowed (RFC 5280, 4.2.1.3).
    bool allowsSigning() const;
    bool isValidAt(const QDateTime &time) const;
    // Whole days from `now` until notAfter; negative once expired. For the expiry warning.
    qint64 daysUntilExpiry(const QDateTime &now) const;
    // The SHA-256 fingerprint without colons, lower-case: a stable file name and key.
    QString fingerprintKey() const;
};

// Parses one certificate from DER or PEM bytes.
Result<CertificateDetails> parseCertificate(const QByteArray &derOrPem);
// Reads every certificate of a file: one DER certificate or any number of PEM blocks.
Result<QList<CertificateDetails>> readCertificates(const QString &path);
// The certificates as concatenated PEM blocks, in the given order.
QByteArray toPem(const QList<CertificateDetails> &certificates);

}  // namespace workroom::signing
