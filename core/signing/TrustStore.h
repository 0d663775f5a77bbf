#pragma once

#include "CertificateDetails.h"
#include "SigningError.h"

#include <QList>
#include <QString>

namespace workroom::signing {

struct TrustAnchor {
    CertificateDetails certificate;
    bool userTrusted = false;  // imported by the user, not set by IT: the viewer says so
    QString file;
};

// The certificates that signatures may chain up to, and nothing else: the operating system's
// store is not consulted. Two sources: a system-wide folder of PEM (or DER) files that IT
// fills, read-only here; and a folder in the profile with the certificates the user imported.
// Any certificate in either is an anchor, also an intermediate CA that IT chose to trust.
// The folders are read on each call to anchors(), so that a change takes effect at once.
class TrustStore {
public:
    TrustStore(QString systemDirectory, QString userDirectory);

    // Where IT places the system-wide anchors unless the settings name another folder.
    static QString defaultSystemDirectory();

    const QString &systemDirectory() const { return systemDirectory_; }
    const QString &userDirectory() const { return userDirectory_; }

    // Every anchor; one the system folder holds too is listed once, as a system anchor.
    // Unreadable files are skipped (and logged): one bad file must not void the others.
    QList<TrustAnchor> anchors() const;

    // Imports one certificate (PEM or DER) as user-trusted.
    Result<TrustAnchor> importUserCertificate(const QString &path);
    // Removes a user-trusted certificate, given its SHA-256 fingerprint (with or without colons).
    Result<void> removeUserCertificate(const QString &sha256Fingerprint);

private:
    QString systemDirectory_;
    QString userDirectory_;
};

}  // namespace workroom::signing
