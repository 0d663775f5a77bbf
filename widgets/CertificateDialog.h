#pragma once

#include "CertificateDetails.h"

#include <QDialog>
#include <QList>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace workroom::widgets {

// Shows a certificate and the chain it came with: the chain as a tree (anchor at the top, the
// signer at the bottom), and for the chosen certificate its subject, issuer, validity, key
// usage, fingerprints and the like, all selectable for copying.
class CertificateDialog : public QDialog {
    Q_OBJECT

public:
    // `chain`: the certificate first, then its issuers up to the anchor (as far as known).
    // `note`: a line above the details, e.g. that the anchor is trusted by the user.
    explicit CertificateDialog(const QList<signing::CertificateDetails> &chain,
                               const QString &note = {}, QWidget *parent = nullptr);

    // The details of the certificate at `position` in the chain (0: the certificate itself).
    void showCertificate(int position);
    int shownPosition() const { return shown_; }
    QTreeWidget *chainView() const { return chainView_; }

private:
    QLabel *addField(const QString &label, const QString &objectName);

    QList<signing::CertificateDetails> chain_;
    int shown_ = -1;
    QTreeWidget *chainView_ = nullptr;
    QFormLayout *form_ = nullptr;
    QLabel *subject_ = nullptr;
    QLabel *issuer_ = nullptr;
    QLabel *serial_ = nullptr;
    QLabel *validity_ = nullptr;
    QLabel *state_ = nullptr;
    QLabel *keyUsage_ = nullptr;
    QLabel *extendedKeyUsage_ = nullptr;
    QLabel *publicKey_ = nullptr;
    QLabel *sha256_ = nullptr;
    QLabel *sha1_ = nullptr;
};

}  // namespace workroom::widgets
