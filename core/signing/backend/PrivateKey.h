#pragma once

// Internal to core/signing: an opened private key from a PKCS#12 file, behind one interface
// whichever backend holds it (RSA: QCA; EC: libcrypto, see ../README.md).

#include "Passphrase.h"
#include "SigningError.h"
#include "SigningIdentity.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace workroom::signing::backend {

class PrivateKey {
public:
    virtual ~PrivateKey() = default;

    virtual KeyBackend backend() const = 0;
    // Signs `data` with SHA-256 in the form CMS expects for the key type: PKCS #1 v1.5 for
    // RSA, a DER ECDSA-Sig-Value for EC.
    virtual Result<QByteArray> sign(const QByteArray &data) const = 0;

    // DER certificates: the key's own first, then its issuers from the file, nearest first.
    QList<QByteArray> chain;
};

// Opens a PKCS#12 file with one passphrase. WrongPassphrase when it does not open the file,
// Malformed when the file is damaged or truncated, UnsupportedKey for keys other than RSA
// and EC. `what` names the file or identity in messages.
Result<std::unique_ptr<PrivateKey>> openPkcs12(const QByteArray &pkcs12,
                                               const QByteArray &passphrase, const QString &what);

// Asks `ask` for the passphrase and opens the file, asking again while the passphrase is
// wrong (up to maxPassphraseAttempts times).
Result<std::unique_ptr<PrivateKey>> openPkcs12(const QByteArray &pkcs12,
                                               const PassphraseProvider &ask,
                                               PassphraseRequest request, const QString &what);

}  // namespace workroom::signing::backend
