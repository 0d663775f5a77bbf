#pragma once

#include "CertificateDetails.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace workroom::signing {

// Which code path holds the private key while signing (see README.md).
enum class KeyBackend {
    Qca,      // RSA keys: QCA opens the PKCS#12 file and makes the signature
    OpenSsl,  // EC keys: QCA 2.3.10 cannot load them, so libcrypto does
};

// One imported soft token: the PKCS#12 file as it was (still encrypted) and its certificates.
struct SigningIdentity {
    QString name;
    CertificateDetails certificate;   // the signer's own certificate
    QList<CertificateDetails> chain;  // its issuers from the PKCS#12 file, nearest first
    KeyBackend backend = KeyBackend::Qca;
    QDateTime importedAt;  // UTC
    QString pkcs12Path;    // the stored copy
    QString originalFileName;

    // Whether the user should be warned that the certificate expires soon.
    bool expiresWithin(int days, const QDateTime &now) const
    {
        return certificate.daysUntilExpiry(now) < days;
    }
};

}  // namespace workroom::signing
