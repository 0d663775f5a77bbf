#pragma once

#include "SigningIdentityStore.h"
#include "SigningSetup.h"
#include "TrustStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace workroom::widgets {

// "Signing identities": the user's PKCS #12 soft tokens (import with the passphrase, list,
// show the certificate, remove), with a warning for certificates that expire soon; and the
// trust anchors, where the user can add a certificate of their own (user-trusted) beside
// those IT set.
class SigningIdentitiesDialog : public QDialog {
    Q_OBJECT

public:
    explicit SigningIdentitiesDialog(const SigningSetup &setup, QWidget *parent = nullptr);

    void reload();
    // Imports without asking for the file (the passphrase is asked); false after an error,
    // which the dialog shows.
    bool importIdentity(const QString &path, const QString &name);
    bool trustCertificate(const QString &path);

    QTreeWidget *identityList() const { return identities_; }
    QTreeWidget *anchorList() const { return anchors_; }
    QString message() const;

private:
    void chooseAndImport();
    void removeIdentity();
    void showIdentity();
    void chooseAndTrust();
    void removeTrusted();
    void showAnchor();
    void updateButtons();
    void showMessage(const QString &text, bool problem);

    SigningSetup setup_;
    signing::SigningIdentityStore store_;
    signing::TrustStore trust_;
    QList<signing::SigningIdentity> identityData_;
    QList<signing::TrustAnchor> anchorData_;

    QLabel *messageIcon_ = nullptr;
    QLabel *message_ = nullptr;
    QTreeWidget *identities_ = nullptr;
    QTreeWidget *anchors_ = nullptr;
    QPushButton *removeIdentity_ = nullptr;
    QPushButton *showIdentity_ = nullptr;
    QPushButton *removeTrusted_ = nullptr;
    QPushButton *showAnchor_ = nullptr;
};

}  // namespace workroom::widgets
