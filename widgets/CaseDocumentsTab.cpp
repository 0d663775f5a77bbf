#include "CaseDocumentsTab.h"

#include "CrlFetcher.h"
#include "DocumentOpener.h"
#include "DocumentTreeModel.h"
#include "EmbeddedSignatureVerifier.h"
#include "FlowLayout.h"
#include "Icons.h"
#include "PassphraseDialog.h"
#include "SignaturePanel.h"
#include "SignatureService.h"
#include "Signer.h"
#include "SigningIdentityStore.h"
#include "TrustStore.h"
#include "Workspace.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace workroom::widgets {

using models::DocumentTreeModel;
using storage::SignatureRole;

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

// Puts the status icon beside the badge's words in the Signatures column.
class SignatureBadgeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString key = index.data(DocumentTreeModel::SignatureStatusRole).toString();
        if (!key.isEmpty()) {
            option->icon = signatureBadgeIcon(key);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

// What a background check of a case's signatures hands back.
struct CheckOutcome {
    QList<casework::SignatureCheck> checks;
    QList<DocumentTreeModel::VersionSignature> embedded;  // found inside PDF versions
    QString problem;                                      // the checks could not run at all
};

// A PDF version whose own signature fields are checked as well.
struct PdfVersion {
    qint64 versionId = 0;
    QString path;
};

// What the verifiers of this tab need, copied so that a worker thread can build them.
struct VerifierInputs {
    signing::TrustStore trust;
    QStringList crlFiles;
    QStringList crlUrls;
    QString crlCacheDirectory;
    qint64 crlReuseSeconds = 0;
};

VerifierInputs verifierInputs(const SigningSetup &setup)
{
    return {signing::TrustStore(setup.systemTrustDirectory.isEmpty()
                                    ? signing::TrustStore::defaultSystemDirectory()
                                    : setup.systemTrustDirectory,
                                setup.userTrustDirectory),
            setup.crlFiles, setup.crlUrls, setup.crlCacheDirectory, setup.crlReuseSeconds};
}

// Runs on a worker thread: the download of revocation lists waits for the network.
signing::Result<signing::Verifier> makeVerifier(const VerifierInputs &inputs)
{
    QList<signing::FetchedCrl> downloaded;
    if (!inputs.crlUrls.isEmpty() && !inputs.crlCacheDirectory.isEmpty()) {
        downloaded = signing::CrlFetcher(inputs.crlCacheDirectory)
                         .fetch(inputs.crlUrls, inputs.crlReuseSeconds);
    }
    return signing::Verifier::create(inputs.trust, inputs.crlFiles, downloaded);
}

bool isPdf(const domain::DocumentVersion &version)
{
    return version.mimeType == QLatin1StringView("application/pdf")
           || version.originalFileName.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive);
}

// An embedded signature in the words of the panel and the badge: a made-up record (no id;
// the signer as the certificate names it) with the check's result.
DocumentTreeModel::VersionSignature embeddedSignature(qint64 versionId,
                                                      const signing::EmbeddedSignatureResult &found)
{
    DocumentTreeModel::VersionSignature signature;
    signature.checked = true;
    signature.embedded = true;
    signature.coversWholeFile = found.coversWholeFile;
    storage::SignatureRecord &record = signature.check.record;
    record.versionId = versionId;
    record.origin = storage::SignatureOrigin::Imported;
    if (found.verification.signer) {
        record.signerName = found.verification.signer->commonName;
    }
    record.signingTime = found.verification.signingTime;
    signature.check.result = found.verification;
    return signature;
}

struct SignOutcome {
    bool stored = false;
    bool cancelled = false;
    QString message;
};

constexpr int progressSteps = 1000;

}  // namespace

CaseDocumentsTab::CaseDocumentsTab(casework::Workspace &workspace, QAction *addDocuments,
                                   QWidget *parent)
    : QWidget(parent), workspace_(workspace),
      model_(new DocumentTreeModel(workspace.cases(), this)),
      opener_(new DocumentOpener(workspace.blobs().root(), this))
{
    openAction_ = new QAction(themedIcon(Icon::OpenDocument), tr("&Open Document"), this);
    openAction_->setObjectName(QStringLiteral("openDocumentAction"));
    openAction_->setStatusTip(
        tr("Open a read-only copy of the chosen version in the system's viewer"));
    connect(openAction_, &QAction::triggered, this, &CaseDocumentsTab::openCurrent);

    signAction_ = new QAction(themedIcon(Icon::Sign), tr("&Sign…"), this);
    signAction_->setObjectName(QStringLiteral("signAction"));
    signAction_->setStatusTip(tr("Sign the chosen version with your signing identity"));
    coSignAction_ = new QAction(tr("&Co-sign…"), this);
    coSignAction_->setObjectName(QStringLiteral("coSignAction"));
    coSignAction_->setStatusTip(tr("Co-sign the chosen version (team leaders)"));
    finalSignAction_ = new QAction(tr("&Final Signature…"), this);
    finalSignAction_->setObjectName(QStringLiteral("finalSignAction"));
    finalSignAction_->setStatusTip(
        tr("Give the chosen version the final signature (team leaders)"));
    receivedAction_ = new QAction(tr("Add &Received Signature…"), this);
    receivedAction_->setObjectName(QStringLiteral("addReceivedSignatureAction"));
    receivedAction_->setStatusTip(tr("Check and keep a signature received with a document: a "
                                     ".p7s for the chosen version, or a signed .p7m file"));
    connect(receivedAction_, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Add Received Signature"), QString(),
                                         tr("Signatures (*.p7s *.p7m);;All files (*)"));
        if (!path.isEmpty()) {
            addReceivedSignature(path);
        }
    });
    connect(signAction_, &QAction::triggered, this, [this] { signCurrent(SignatureRole::Signed); });
    connect(coSignAction_, &QAction::triggered, this,
            [this] { signCurrent(SignatureRole::CoSigned); });
    connect(finalSignAction_, &QAction::triggered, this,
            [this] { signCurrent(SignatureRole::Final); });

    auto *layout = new QVBoxLayout(this);
    auto *buttons = new FlowLayout;
    buttons->addWidget(buttonFor(addDocuments, this));
    buttons->addWidget(buttonFor(openAction_, this));
    // PDFs open in Workroom's viewer (issue 4); the system's viewer stays a choice away.
    auto *openExternally = new QAction(tr("Open in S&ystem Viewer"), this);
    openExternally->setObjectName(QStringLiteral("openExternallyAction"));
    connect(openExternally, &QAction::triggered, this, [this] {
        if (const auto version = model_->versionAt(tree_->currentIndex())) {
            opener_->openExternally(*version);
        }
    });
    buttons->addWidget(buttonFor(openExternally, this));
    buttons->addWidget(buttonFor(signAction_, this));
    buttons->addWidget(buttonFor(coSignAction_, this));
    buttons->addWidget(buttonFor(finalSignAction_, this));
    buttons->addWidget(buttonFor(receivedAction_, this));

    tree_ = new QTreeView(this);
    tree_->setObjectName(QStringLiteral("documentTree"));
    tree_->setAccessibleName(tr("Documents and their versions"));
    tree_->setModel(model_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->setItemDelegateForColumn(DocumentTreeModel::Signatures,
                                    new SignatureBadgeDelegate(tree_));
    // In a narrow pane the file names stay readable and the list scrolls sideways, rather
    // than the names shrinking to nothing beside the badges and sizes.
    tree_->header()->setStretchLastSection(true);
    tree_->header()->setSectionResizeMode(DocumentTreeModel::Name, QHeaderView::Interactive);
    tree_->header()->resizeSection(DocumentTreeModel::Name,
                                   tree_->fontMetrics().averageCharWidth() * 24);
    for (int column = DocumentTreeModel::Version; column < DocumentTreeModel::Sha256; ++column) {
        tree_->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    // Enter and double-click both "activate": open the version.
    connect(tree_, &QTreeView::activated, this, &CaseDocumentsTab::openCurrent);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActionState();
        updateSignaturePanel();
    });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        tree_->expandAll();
        // The version chosen before a re-read stays chosen; otherwise the newest document's
        // latest version is current, so that Enter opens it at once.
        QModelIndex chosen;
        for (int row = 0; row < model_->rowCount() && keepVersion_ != 0; ++row) {
            const QModelIndex document = model_->index(row, 0);
            for (int v = 0; v < model_->rowCount(document); ++v) {
                const QModelIndex version = model_->index(v, 0, document);
                if (version.data(DocumentTreeModel::VersionIdRole).toLongLong() == keepVersion_) {
                    chosen = version;
                }
            }
        }
        keepVersion_ = 0;
        const int last = model_->rowCount() - 1;
        if (!chosen.isValid() && last >= 0) {
            const QModelIndex document = model_->index(last, 0);
            const int versions = model_->rowCount(document);
            chosen = versions > 0 ? model_->index(versions - 1, 0, document) : document;
        }
        if (chosen.isValid()) {
            tree_->setCurrentIndex(chosen);
        }
        empty_->setVisible(model_->rowCount() == 0);
        updateActionState();
        refreshSignatures();
    });
    connect(model_, &QAbstractItemModel::dataChanged, this,
            &CaseDocumentsTab::updateSignaturePanel);
    connect(model_, &DocumentTreeModel::errorOccurred, this, &CaseDocumentsTab::errorOccurred);

    empty_ = new QLabel(tr("No documents yet. Add them with “Add Documents…” or drop "
                           "files and folders here."),
                        tree_->viewport());
    empty_->setObjectName(QStringLiteral("documentsEmpty"));
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setForegroundRole(QPalette::PlaceholderText);
    empty_->setMargin(16);
    auto *emptyLayout = new QVBoxLayout(tree_->viewport());
    emptyLayout->addWidget(empty_);

    signaturePanel_ = new SignaturePanel(this);

    auto *dropHint =
        new QLabel(tr("Files and folders dropped onto the case are added to it."), this);
    dropHint->setWordWrap(true);
    dropHint->setForegroundRole(QPalette::PlaceholderText);

    connect(opener_, &DocumentOpener::failed, this, &CaseDocumentsTab::errorOccurred);
    connect(opener_, &DocumentOpener::opened, this, [this](const QString &path) {
        emit statusMessage(tr("Opened a read-only copy: %1").arg(path));
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("documentsSplitter"));
    splitter->addWidget(tree_);
    splitter->addWidget(signaturePanel_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Room for a few signatures from the start; the splitter scales these to its height.
    splitter->setSizes({300, 200});
    splitter->setChildrenCollapsible(false);

    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(dropHint);
    updateActionState();
}

CaseDocumentsTab::~CaseDocumentsTab() = default;

void CaseDocumentsTab::setSigningSetup(const SigningSetup &setup)
{
    setup_ = setup;
    updateActionState();
    refreshSignatures();
}

void CaseDocumentsTab::showCase(qint64 caseId)
{
    model_->setCase(caseId);
}

int CaseDocumentsTab::documentCount() const
{
    return model_->documentCount();
}

void CaseDocumentsTab::updateActionState()
{
    const bool hasVersion = model_->versionAt(tree_->currentIndex()).has_value();
    openAction_->setEnabled(hasVersion);
    const bool maySign = hasVersion && setup_.isConfigured() && !signing_;
    signAction_->setEnabled(
        maySign && casework::SignatureService::mayAdd(setup_.role, SignatureRole::Signed));
    coSignAction_->setEnabled(
        maySign && casework::SignatureService::mayAdd(setup_.role, SignatureRole::CoSigned));
    finalSignAction_->setEnabled(
        maySign && casework::SignatureService::mayAdd(setup_.role, SignatureRole::Final));
    // A received .p7m needs no chosen version: its content becomes one.
    receivedAction_->setEnabled(
        model_->caseId() != 0 && setup_.isConfigured() && !signing_
        && casework::SignatureService::mayAdd(setup_.role, SignatureRole::Signed));
    // Team leaders' actions are not offered to those who may not use them.
    coSignAction_->setVisible(
        casework::SignatureService::mayAdd(setup_.role, SignatureRole::CoSigned));
    finalSignAction_->setVisible(
        casework::SignatureService::mayAdd(setup_.role, SignatureRole::Final));
}

void CaseDocumentsTab::updateSignaturePanel()
{
    const auto version = model_->versionAt(tree_->currentIndex());
    if (!version) {
        signaturePanel_->clear();
        return;
    }
    signaturePanel_->showSignatures(
        tr("%1, version %2").arg(version->originalFileName).arg(version->number),
        model_->signaturesOf(version->id));
}

void CaseDocumentsTab::refreshSignatures()
{
    const int generation = ++checkGeneration_;
    if (model_->caseId() == 0) {
        model_->setSignatures({});
        return;
    }
    auto rows = storage::SignatureRepository(workspace_.database()).forCase(model_->caseId());
    if (!rows) {
        emit errorOccurred(rows.error().message);
        return;
    }
    // The stored signatures show at once, as being checked; the checks follow.
    QHash<qint64, QString> versionSha;
    QList<PdfVersion> pdfs;
    for (int row = 0; row < model_->rowCount(); ++row) {
        const QModelIndex document = model_->index(row, 0);
        for (int v = 0; v < model_->rowCount(document); ++v) {
            if (auto version = model_->versionAt(model_->index(v, 0, document))) {
                versionSha.insert(version->id, version->sha256);
                if (isPdf(*version)) {
                    pdfs.append({version->id, workspace_.blobs().pathOf(version->sha256)});
                }
            }
        }
    }
    QHash<qint64, QList<DocumentTreeModel::VersionSignature>> pending;
    QList<casework::SignatureCheckInput> inputs;
    for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
        const QString sha = versionSha.value(it.key());
        for (const storage::SignatureRecord &record : it.value()) {
            pending[it.key()].append({casework::SignatureCheck{record, {}, {}}, false});
            inputs.append({record, workspace_.blobs().pathOf(sha), sha,
                           workspace_.blobs().pathOf(record.sha256)});
        }
    }
    model_->setSignatures(pending);
    if (inputs.isEmpty() && pdfs.isEmpty()) {
        emit signaturesChecked();
        return;
    }
    ++checking_;
    const VerifierInputs verifierSetup = verifierInputs(setup_);
    auto *watcher = new QFutureWatcher<CheckOutcome>(this);
    connect(watcher, &QFutureWatcher<CheckOutcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --checking_;
        if (generation != checkGeneration_) {
            return;  // the case or its signatures changed meanwhile; a newer check follows
        }
        const CheckOutcome outcome = watcher->result();
        if (!outcome.problem.isEmpty()) {
            emit errorOccurred(outcome.problem);
        }
        QHash<qint64, QList<DocumentTreeModel::VersionSignature>> checked;
        for (const casework::SignatureCheck &check : outcome.checks) {
            checked[check.record.versionId].append({check, true});
        }
        for (const DocumentTreeModel::VersionSignature &signature : outcome.embedded) {
            checked[signature.check.record.versionId].append(signature);
        }
        model_->setSignatures(checked);
        emit signaturesChecked();
    });
    watcher->setFuture(QtConcurrent::run([verifierSetup, inputs, pdfs]() -> CheckOutcome {
        CheckOutcome outcome;
        auto verifier = makeVerifier(verifierSetup);
        for (const casework::SignatureCheckInput &input : inputs) {
            if (!verifier) {
                outcome.checks.append({input.record, {}, verifier.error().message});
                continue;
            }
            outcome.checks.append(casework::SignatureService::check(input, *verifier));
        }
        if (!verifier) {
            outcome.problem = verifier.error().message;
            return outcome;
        }
        const signing::EmbeddedSignatureVerifier embedded(*verifier);
        for (const PdfVersion &pdf : pdfs) {
            // A PDF that cannot be read here was opened before; its stored signatures say
            // enough, and the viewer reports a damaged file.
            auto found = embedded.verifyPdf(pdf.path);
            if (!found) {
                continue;
            }
            for (const signing::EmbeddedSignatureResult &result : std::as_const(*found)) {
                outcome.embedded.append(embeddedSignature(pdf.versionId, result));
            }
        }
        return outcome;
    }));
}

void CaseDocumentsTab::openCurrent()
{
    const auto version = model_->versionAt(tree_->currentIndex());
    if (!version) {
        return;
    }
    emit statusMessage(tr("Opening %1…").arg(version->originalFileName));
    opener_->open(*version);
}

void CaseDocumentsTab::signCurrent(SignatureRole role)
{
    const auto version = model_->versionAt(tree_->currentIndex());
    if (!version || signing_ || !setup_.isConfigured()) {
        return;
    }
    const signing::SigningIdentityStore store(setup_.identityDirectory);
    auto identities = store.list();
    if (!identities) {
        emit errorOccurred(identities.error().message);
        return;
    }
    if (identities->isEmpty()) {
        QMessageBox::information(this, tr("No Signing Identity"),
                                 tr("You have no signing identity yet. Import one with "
                                    "File › Signing Identities…"));
        return;
    }
    signing::SigningIdentity identity = identities->first();
    if (identities->size() > 1) {
        QStringList choices;
        for (const signing::SigningIdentity &candidate : std::as_const(*identities)) {
            choices.append(tr("%1 – %2 (valid until %3)")
                               .arg(candidate.name, candidate.certificate.commonName,
                                    QLocale().toString(candidate.certificate.notAfter.date(),
                                                       QLocale::ShortFormat)));
        }
        bool ok = false;
        const QString choice = QInputDialog::getItem(
            this, tr("Choose Signing Identity"), tr("Sign %1 with:").arg(version->originalFileName),
            choices, 0, false, &ok);
        if (!ok) {
            return;
        }
        identity = identities->at(choices.indexOf(choice));
    }
    // Rules first, so that nobody types a passphrase for a signature that would be refused.
    casework::SignatureService service(workspace_, setup_.role);
    if (auto allowed =
            service.checkMayAdd(version->id, role, identity.certificate.sha256Fingerprint);
        !allowed) {
        emit errorOccurred(allowed.error().message);
        emit signingFinished(false, allowed.error().message);
        return;
    }
    auto opened = signing::Signer::open(store, identity.name, PassphraseDialog::provider(this));
    if (!opened) {
        if (opened.error().code != signing::SigningErrorCode::Cancelled) {
            emit errorOccurred(opened.error().message);
        }
        emit signingFinished(false, opened.error().message);
        return;
    }
    signing_ = true;
    updateActionState();
    auto signer = std::make_shared<signing::Signer>(std::move(*opened));
    const QString profile = workspace_.profileDir();
    const QString actor = workspace_.actor();
    const domain::Role memberRole = setup_.role;
    const qint64 versionId = version->id;
    keepVersion_ = versionId;

    auto *progress = new QProgressDialog(tr("Signing %1…").arg(version->originalFileName),
                                         tr("Cancel"), 0, progressSteps, this);
    progress->setObjectName(QStringLiteral("signingProgress"));
    progress->setWindowTitle(tr("Signing"));
    progress->setMinimumDuration(500);  // small files are done before it would show
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);

    auto *watcher = new QFutureWatcher<SignOutcome>(this);
    connect(watcher, &QFutureWatcher<SignOutcome>::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcher<SignOutcome>::cancel);
    connect(watcher, &QFutureWatcher<SignOutcome>::finished, this, [this, watcher, progress] {
        watcher->deleteLater();
        progress->deleteLater();
        signing_ = false;
        const SignOutcome outcome = watcher->future().resultCount() > 0
                                        ? watcher->result()
                                        : SignOutcome{false, true, tr("Signing was cancelled.")};
        if (outcome.stored) {
            emit statusMessage(outcome.message);
        } else if (!outcome.cancelled) {
            emit errorOccurred(outcome.message);
        } else {
            emit statusMessage(outcome.message);
        }
        model_->refresh();  // reads the signatures again and checks them
        updateActionState();
        emit signingFinished(outcome.stored, outcome.message);
    });
    watcher->setFuture(QtConcurrent::run(
        [profile, actor, memberRole, versionId, role, signer](QPromise<SignOutcome> &promise) {
            promise.setProgressRange(0, progressSteps);
            // The worker's own connection: a database connection belongs to one thread.
            auto workspace = casework::Workspace::open(profile, actor);
            if (!workspace) {
                promise.addResult(SignOutcome{false, false, workspace.error().message});
                return;
            }
            casework::SignatureService signatures(**workspace, memberRole);
            auto stored =
                signatures.sign(versionId, role, *signer, [&promise](qint64 done, qint64 total) {
                    if (total > 0) {
                        promise.setProgressValue(int(done * progressSteps / total));
                    }
                    return !promise.isCanceled();
                });
            if (!stored) {
                const bool cancelled = stored.error().code == storage::StorageErrorCode::Cancelled;
                promise.addResult(SignOutcome{
                    false, cancelled,
                    cancelled ? CaseDocumentsTab::tr("Signing was cancelled; nothing was stored.")
                              : stored.error().message});
                return;
            }
            promise.addResult(SignOutcome{
                true, false,
                CaseDocumentsTab::tr("Signed: %1 by %2.")
                    .arg(storage::signatureRoleDisplayName(stored->role), stored->signerName)});
        }));
}

void CaseDocumentsTab::addReceivedSignature(const QString &path)
{
    const bool enveloped = path.endsWith(QLatin1StringView(".p7m"), Qt::CaseInsensitive);
    const auto version = model_->versionAt(tree_->currentIndex());
    if (signing_ || model_->caseId() == 0 || (!enveloped && !version)) {
        return;
    }
    signing_ = true;
    updateActionState();
    keepVersion_ = version ? version->id : 0;
    const QString profile = workspace_.profileDir();
    const QString actor = workspace_.actor();
    const domain::Role memberRole = setup_.role;
    const qint64 caseId = model_->caseId();
    const qint64 versionId = version ? version->id : 0;
    const VerifierInputs verifierSetup = verifierInputs(setup_);
    emit statusMessage(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<SignOutcome>(this);
    connect(watcher, &QFutureWatcher<SignOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        signing_ = false;
        const SignOutcome outcome = watcher->result();
        if (outcome.stored) {
            emit statusMessage(outcome.message);
        } else {
            emit errorOccurred(outcome.message);
        }
        model_->refresh();
        updateActionState();
        emit signingFinished(outcome.stored, outcome.message);
    });
    watcher->setFuture(QtConcurrent::run([=]() -> SignOutcome {
        auto verifier = makeVerifier(verifierSetup);
        if (!verifier) {
            return {false, false, verifier.error().message};
        }
        auto workspace = casework::Workspace::open(profile, actor);
        if (!workspace) {
            return {false, false, workspace.error().message};
        }
        casework::SignatureService service(**workspace, memberRole);
        if (enveloped) {
            auto imported =
                service.importEnveloped(caseId, path, 0, domain::DocumentKind::Attachment,
                                        SignatureRole::Signed, *verifier);
            if (!imported) {
                return {false, false, imported.error().message};
            }
            return {true, false,
                    CaseDocumentsTab::tr("%1 was added to the case with its signature: %2.")
                        .arg(imported->version.originalFileName,
                             signing::statusLabel(imported->signature.result.status))};
        }
        auto imported = service.importDetached(versionId, path, SignatureRole::Signed, *verifier);
        if (!imported) {
            return {false, false, imported.error().message};
        }
        return {
            true, false,
            CaseDocumentsTab::tr("The signature of %1 was added: %2.")
                .arg(imported->record.signerName, signing::statusLabel(imported->result.status))};
    }));
}

}  // namespace workroom::widgets
