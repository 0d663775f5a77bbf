#pragma once

#include "DocumentTreeModel.h"

#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;

namespace workroom::widgets {

// The icon of a signature badge for a status key as DocumentTreeModel::SignatureStatusRole
// gives it ("valid", "document_changed", "checking", …): a check mark for valid, a cross for
// a signature that is broken or revoked, a warning sign for trust and validity problems. The
// text beside it always says the status too.
QIcon signatureBadgeIcon(const QString &statusKey);

// The signatures of the chosen document version, in the document view: for each its status
// (icon and words), role, signer, signing time and the reason of the status; the certificate
// of the chosen one opens in the certificate viewer.
class SignaturePanel : public QWidget {
    Q_OBJECT

public:
    explicit SignaturePanel(QWidget *parent = nullptr);

    // `versionTitle` names the version for the heading ("Bescheid.pdf, version 2").
    void showSignatures(const QString &versionTitle,
                        const QList<models::DocumentTreeModel::VersionSignature> &signatures);
    void clear();

    QTreeWidget *list() const { return list_; }
    QAction *certificateAction() const { return certificateAction_; }
    // The status text shown for row `row` (for tests and screen readers alike).
    QString statusText(int row) const;
    // What the signature is: its role, or that it is embedded in the PDF (and covers what).
    QString roleText(int row) const;

public slots:
    void showCertificate();

private:
    void updateActionState();

    QLabel *heading_ = nullptr;
    QLabel *empty_ = nullptr;
    QTreeWidget *list_ = nullptr;
    QLabel *details_ = nullptr;  // the chosen signature's reason in full
    QAction *certificateAction_ = nullptr;
    QList<models::DocumentTreeModel::VersionSignature> signatures_;
};

}  // namespace workroom::widgets
