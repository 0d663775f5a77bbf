#pragma once

#include "Passphrase.h"
#include "SigningError.h"
#include "SigningIdentityStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace workroom::signing {

// Makes detached CMS signatures (CAdES-BES style) over the exact bytes of a document: SHA-256,
// signing time, content type, message digest, the ESS signing-certificate-v2 attribute, the
// signer's certificate and its issuers below the root. The content is streamed in 1 MiB
// chunks, so memory use does not grow with the file. Whose signature it is (signed, co-signed,
// final) is the caller's record; the signature is only the DER bytes of a .p7s file.
//
// A Signer holds an opened key for as long as it lives (for a batch of documents) and never
// the passphrase. Needs a live CryptoRuntime. open() calls the passphrase provider on the
// calling thread, so the GUI opens the key on its own thread (passphrase dialog) and moves the
// Signer to a worker for signFile(). One Signer may be used from one thread at a time.
class Signer {
public:
    // Called with bytes done and total (-1 when unknown). Return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Opens the key of the identity `name`. The certificate is checked first (valid now,
    // allows signing), so that nobody types a passphrase for a key that may not sign.
    static Result<Signer> open(const SigningIdentityStore &store, const QString &name,
                               const PassphraseProvider &ask);

    // open() and signFile() in one, for a single document.
    static Result<QByteArray> signFile(const SigningIdentityStore &store, const QString &name,
                                       const QString &path, const PassphraseProvider &ask,
                                       const Progress &progress = {});

    Signer(Signer &&) noexcept;
    Signer &operator=(Signer &&) noexcept;
    ~Signer();

    const SigningIdentity &identity() const;
    KeyBackend backend() const;

    Result<QByteArray> signFile(const QString &path, const Progress &progress = {}) const;
    // Signs what `content` yields from its current position to its end.
    Result<QByteArray> signDevice(QIODevice &content, const Progress &progress = {}) const;

    // Whether `certificate` may sign at `time`: CertificateNotYetValid, CertificateExpired or
    // KeyUsageNotAllowed if not.
    static Result<void> checkUsable(const CertificateDetails &certificate, const QDateTime &time);

private:
    struct Private;
    explicit Signer(std::unique_ptr<Private> d);

    std::unique_ptr<Private> d_;
};

}  // namespace workroom::signing
