#pragma once

#include "Passphrase.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace workroom::widgets {

// Asks for the passphrase of a signing key, each time the key is opened; nothing is kept.
// After a wrong passphrase it says so and asks again (the signing module allows
// signing::maxPassphraseAttempts tries).
class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    explicit PassphraseDialog(const signing::PassphraseRequest &request, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    // The passphrase as typed, as UTF-8; the field is cleared.
    QByteArray takePassphrase();
    QLineEdit *passphraseEdit() const { return edit_; }

    // A provider for signing::Signer and the identity store that shows this dialog, modal
    // over `parent`, on the calling (GUI) thread.
    static signing::PassphraseProvider provider(QWidget *parent);

private:
    QLineEdit *edit_ = nullptr;
};

}  // namespace workroom::widgets
