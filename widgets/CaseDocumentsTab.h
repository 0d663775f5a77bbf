#pragma once

#include "SignatureRepository.h"
#include "SigningSetup.h"

#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace workroom::casework {
class Workspace;
}

namespace workroom::models {
class DocumentTreeModel;
}

namespace workroom::widgets {

class DocumentOpener;
class SignaturePanel;

// The Documents tab of a case: each document with its versions (number, signature badge, file
// name, size, when and by whom added, SHA-256), and below them the signatures of the chosen
// version. Enter or a double click opens a read-only copy of a version in the system's viewer.
// Sign…, Co-sign… and Final signature… sign the chosen version: the key is opened here (the
// passphrase dialog belongs to the GUI thread), the signing itself runs on a worker thread
// with progress. Signatures are checked on a worker thread too; until then they say so.
class CaseDocumentsTab : public QWidget {
    Q_OBJECT

public:
    // `addDocuments` is the case's action, shown as a button here.
    CaseDocumentsTab(casework::Workspace &workspace, QAction *addDocuments,
                     QWidget *parent = nullptr);
    ~CaseDocumentsTab() override;

    // Where identities and trust anchors are, and the user's role; until this is called the
    // signing actions stay disabled.
    void setSigningSetup(const SigningSetup &setup);

    void showCase(qint64 caseId);
    int documentCount() const;
    QAction *openAction() const { return openAction_; }
    QAction *signAction() const { return signAction_; }
    QAction *coSignAction() const { return coSignAction_; }
    QAction *finalSignAction() const { return finalSignAction_; }
    QAction *addReceivedSignatureAction() const { return receivedAction_; }
    DocumentOpener &opener() { return *opener_; }
    models::DocumentTreeModel *model() const { return model_; }
    QTreeView *tree() const { return tree_; }
    SignaturePanel *signaturePanel() const { return signaturePanel_; }

    // Reads the case's signatures again and checks them in the background.
    void refreshSignatures();
    bool isCheckingSignatures() const { return checking_ > 0; }
    bool isSigning() const { return signing_; }

public slots:
    // Signs the chosen version in `role`: chooses the identity, asks the passphrase, signs.
    void signCurrent(storage::SignatureRole role);
    // Takes in a signature received from elsewhere, in the background: a detached .p7s for
    // the chosen version, or a signed .p7m whose content becomes a new document of the case.
    void addReceivedSignature(const QString &path);

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // The case's signatures were checked (after refreshSignatures()).
    void signaturesChecked();
    // A signing ended: stored, failed or cancelled (with the message shown).
    void signingFinished(bool stored, const QString &message);

private:
    void openCurrent();
    void updateActionState();
    void updateSignaturePanel();

    casework::Workspace &workspace_;
    SigningSetup setup_;
    models::DocumentTreeModel *model_ = nullptr;
    DocumentOpener *opener_ = nullptr;
    QTreeView *tree_ = nullptr;
    QLabel *empty_ = nullptr;
    SignaturePanel *signaturePanel_ = nullptr;
    QAction *openAction_ = nullptr;
    QAction *signAction_ = nullptr;
    QAction *coSignAction_ = nullptr;
    QAction *finalSignAction_ = nullptr;
    QAction *receivedAction_ = nullptr;
    qint64 keepVersion_ = 0;  // the version to choose again after the list is read anew
    int checkGeneration_ = 0;
    int checking_ = 0;
    bool signing_ = false;
};

}  // namespace workroom::widgets
