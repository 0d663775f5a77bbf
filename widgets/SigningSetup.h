#pragma once

#include "CaseStatus.h"

#include <QString>
#include <QStringList>

namespace workroom::widgets {

// Where the signing widgets find identities and trust, as the app's settings say (app/ reads
// them and hands them in; widgets read no settings of their own).
struct SigningSetup {
    QString identityDirectory;     // the user's PKCS #12 identities (PROFILE/signing/identities)
    QString userTrustDirectory;    // certificates the user trusts (PROFILE/signing/trusted)
    QString systemTrustDirectory;  // IT's trust anchors
    QStringList crlFiles;          // revocation lists to check
    int expiryWarningDays = 30;    // warn this many days ahead of a certificate's expiry
    domain::Role role = domain::Role::Clerk;
    QStringList crlUrls;            // revocation lists to download (off the GUI thread) and cache
    QString crlCacheDirectory;      // where downloaded lists are kept (PROFILE/signing/crl-cache)
    qint64 crlReuseSeconds = 3600;  // a cached list younger than this is not downloaded again

    bool isConfigured() const { return !identityDirectory.isEmpty(); }
};

}  // namespace workroom::widgets
