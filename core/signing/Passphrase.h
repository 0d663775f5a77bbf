#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace workroom::signing {

// What the passphrase prompt can tell the user.
struct PassphraseRequest {
    QString identityName;  // the identity, or the file name while importing
    QString subject;       // the certificate's subject when it is known before unlocking
    int attempt = 1;       // 1 on the first ask
    bool previousWasWrong = false;
};

// Asked each time a key is opened; the passphrase is never stored. Returns the passphrase as
// UTF-8, or nothing to cancel. The module overwrites its own copy once the key is open; the
// caller should do the same with its copy.
using PassphraseProvider = std::function<std::optional<QByteArray>(const PassphraseRequest &)>;

// How often a wrong passphrase is asked again before the operation fails with WrongPassphrase.
inline constexpr int maxPassphraseAttempts = 3;

}  // namespace workroom::signing
