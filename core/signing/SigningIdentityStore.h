#pragma once

#include "Passphrase.h"
#include "SigningError.h"
#include "SigningIdentity.h"

#include <QList>
#include <QString>

namespace workroom::signing {

// The user's signing identities: one folder per identity inside `directory` (a folder of the
// profile, chosen by the caller), holding the PKCS#12 file unchanged, its certificates as PEM
// and a small JSON description. Listing needs no passphrase; importing does, once, to read the
// certificates and to check that the key opens.
class SigningIdentityStore {
public:
    explicit SigningIdentityStore(QString directory);

    const QString &directory() const { return directory_; }

    // Imports a PKCS#12 file under `name` (empty: the file's base name). The passphrase is
    // asked through `ask`, up to maxPassphraseAttempts times while it is wrong.
    Result<SigningIdentity> importPkcs12(const QString &path, const QString &name,
                                         const PassphraseProvider &ask);

    Result<QList<SigningIdentity>> list() const;
    Result<SigningIdentity> identity(const QString &name) const;
    Result<void> remove(const QString &name);

    // Names are folder names: letters, digits, space, '.', '_', '-', '@'; 1 to 64 characters;
    // not starting with a dot or space.
    static bool isValidName(const QString &name);

private:
    QString folderOf(const QString &name) const;

    QString directory_;
};

}  // namespace workroom::signing
