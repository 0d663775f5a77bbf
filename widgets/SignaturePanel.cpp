#include "SignaturePanel.h"

#include "CertificateDialog.h"
#include "Icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace workroom::widgets {

using models::DocumentTreeModel;
using signing::SignatureStatus;

namespace {

enum Column { StatusColumn, RoleColumn, SignerColumn, TimeColumn, ReasonColumn, ColumnCount };

QString keyOf(const DocumentTreeModel::VersionSignature &signature)
{
    return DocumentTreeModel::badgeKey({signature});
}

QString statusTextOf(const DocumentTreeModel::VersionSignature &signature)
{
    if (!signature.checked) {
        return SignaturePanel::tr("Checking…");
    }
    if (!signature.check.problem.isEmpty()) {
        return SignaturePanel::tr("Not checked");
    }
    const QString label = signing::statusLabel(signature.check.result.status);
    // What was not known stays beside the status, never changes it (see Verifier.h).
    switch (signature.check.result.revocation) {
    case signing::RevocationCheck::Stale:
        return SignaturePanel::tr("%1 – revocation list out of date").arg(label);
    case signing::RevocationCheck::Unavailable:
        return SignaturePanel::tr("%1 – revocation not checked").arg(label);
    case signing::RevocationCheck::NotChecked:
    case signing::RevocationCheck::Checked:
        break;
    }
    return label;
}

QString roleTextOf(const DocumentTreeModel::VersionSignature &signature)
{
    if (signature.embedded) {
        return signature.coversWholeFile
                   ? SignaturePanel::tr("Embedded in the PDF")
                   : SignaturePanel::tr("Embedded in the PDF (does not cover the whole file)");
    }
    const storage::SignatureRecord &record = signature.check.record;
    QString role = storage::signatureRoleDisplayName(record.role);
    if (record.origin == storage::SignatureOrigin::Imported) {
        role = SignaturePanel::tr("%1 (received)").arg(role);
    }
    return role;
}

}  // namespace

QIcon signatureBadgeIcon(const QString &statusKey)
{
    if (statusKey.isEmpty()) {
        return {};
    }
    if (statusKey == QLatin1StringView("checking")) {
        return themedIcon(Icon::SignatureChecking);
    }
    const auto status = signing::statusFromKey(statusKey);
    if (!status) {
        return themedIcon(Icon::SignatureWarning);  // could not be checked
    }
    switch (*status) {
    case SignatureStatus::Valid:
        return themedIcon(Icon::SignatureValid);
    case SignatureStatus::DocumentChanged:
    case SignatureStatus::Malformed:
    case SignatureStatus::Revoked:
        return themedIcon(Icon::SignatureInvalid);
    case SignatureStatus::SignerExpired:
    case SignatureStatus::SignerNotYetValid:
    case SignatureStatus::UntrustedChain:
    case SignatureStatus::KeyUsageNotAllowed:
        break;
    }
    return themedIcon(Icon::SignatureWarning);
}

SignaturePanel::SignaturePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePanel"));
    heading_ = new QLabel(this);
    heading_->setObjectName(QStringLiteral("signatureHeading"));
    heading_->setTextFormat(Qt::PlainText);
    heading_->setWordWrap(true);
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);

    certificateAction_ = new QAction(themedIcon(Icon::Certificate), tr("&Certificate…"), this);
    certificateAction_->setObjectName(QStringLiteral("showCertificateAction"));
    certificateAction_->setStatusTip(tr("Show the certificate of the chosen signature's signer"));
    connect(certificateAction_, &QAction::triggered, this, &SignaturePanel::showCertificate);
    auto *certificateButton = new QToolButton(this);
    certificateButton->setDefaultAction(certificateAction_);
    certificateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("signatureList"));
    list_->setAccessibleName(tr("Signatures of the chosen version"));
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setColumnCount(ColumnCount);
    list_->setHeaderLabels({tr("Status"), tr("Role"), tr("Signer"), tr("Signed at"), tr("Reason")});
    list_->header()->setStretchLastSection(true);
    for (int column = StatusColumn; column < ReasonColumn; ++column) {
        list_->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    list_->setWordWrap(false);
    connect(list_, &QTreeWidget::currentItemChanged, this, &SignaturePanel::updateActionState);
    connect(list_, &QTreeWidget::itemActivated, this, &SignaturePanel::showCertificate);

    details_ = new QLabel(this);
    details_->setObjectName(QStringLiteral("signatureDetails"));
    details_->setTextFormat(Qt::PlainText);
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    empty_ = new QLabel(tr("This version is not signed."), this);
    empty_->setObjectName(QStringLiteral("signaturesEmpty"));
    empty_->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(heading_, 1);
    top->addWidget(certificateButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(empty_);
    layout->addWidget(list_, 1);
    layout->addWidget(details_);
    clear();
}

void SignaturePanel::clear()
{
    showSignatures(QString(), {});
    heading_->setText(tr("Signatures"));
}

void SignaturePanel::showSignatures(const QString &versionTitle,
                                    const QList<DocumentTreeModel::VersionSignature> &signatures)
{
    const int previous =
        list_->currentItem() ? list_->indexOfTopLevelItem(list_->currentItem()) : 0;
    signatures_ = signatures;
    heading_->setText(versionTitle.isEmpty() ? tr("Signatures")
                                             : tr("Signatures of %1").arg(versionTitle));
    list_->clear();
    for (const DocumentTreeModel::VersionSignature &signature : signatures) {
        const storage::SignatureRecord &record = signature.check.record;
        auto *item = new QTreeWidgetItem(list_);
        const QString status = statusTextOf(signature);
        item->setIcon(StatusColumn, signatureBadgeIcon(keyOf(signature)));
        item->setText(StatusColumn, status);
        item->setData(StatusColumn, Qt::UserRole, keyOf(signature));
        if (!signature.check.result.revocationNote.isEmpty()) {
            item->setToolTip(StatusColumn, signature.check.result.revocationNote);
        }
        item->setText(RoleColumn, roleTextOf(signature));
        item->setText(SignerColumn, record.signerName);
        const std::optional<QDateTime> time =
            signature.checked && signature.check.result.signingTime
                ? signature.check.result.signingTime
                : record.signingTime;
        item->setText(TimeColumn,
                      time ? QLocale().toString(time->toLocalTime(), QLocale::ShortFormat)
                           : QStringLiteral("–"));
        QString reason;
        if (signature.checked) {
            reason = signature.check.problem.isEmpty() ? signature.check.result.reason
                                                       : signature.check.problem;
            if (signature.check.result.anchorUserTrusted && signature.check.result.isValid()) {
                reason += QLatin1Char(' ')
                          + tr("(The chain ends at a certificate you trust "
                               "yourself.)");
            }
        }
        item->setText(ReasonColumn, reason);
        item->setToolTip(ReasonColumn, reason);
        item->setToolTip(SignerColumn, signature.checked && signature.check.result.signer
                                           ? signature.check.result.signer->subject
                                           : record.signerName);
    }
    empty_->setVisible(signatures.isEmpty() && !versionTitle.isEmpty());
    list_->setVisible(!signatures.isEmpty());
    if (list_->topLevelItemCount() > 0) {
        list_->setCurrentItem(
            list_->topLevelItem(std::clamp(previous, 0, list_->topLevelItemCount() - 1)));
    }
    updateActionState();
}

QString SignaturePanel::statusText(int row) const
{
    const QTreeWidgetItem *item = list_->topLevelItem(row);
    return item ? item->text(StatusColumn) : QString();
}

QString SignaturePanel::roleText(int row) const
{
    const QTreeWidgetItem *item = list_->topLevelItem(row);
    return item ? item->text(RoleColumn) : QString();
}

void SignaturePanel::updateActionState()
{
    const int row = list_->currentItem() ? list_->indexOfTopLevelItem(list_->currentItem()) : -1;
    const bool hasCertificate = row >= 0 && row < signatures_.size() && signatures_.at(row).checked
                                && signatures_.at(row).check.result.signer.has_value();
    certificateAction_->setEnabled(hasCertificate);
    const QTreeWidgetItem *item = list_->currentItem();
    details_->setText(
        item ? QStringLiteral("%1: %2").arg(item->text(StatusColumn), item->text(ReasonColumn))
             : QString());
    details_->setVisible(item && !item->text(ReasonColumn).isEmpty());
}

void SignaturePanel::showCertificate()
{
    const int row = list_->currentItem() ? list_->indexOfTopLevelItem(list_->currentItem()) : -1;
    if (row < 0 || row >= signatures_.size() || !signatures_.at(row).checked) {
        return;
    }
    const signing::VerificationResult &result = signatures_.at(row).check.result;
    if (!result.signer) {
        return;
    }
    QList<signing::CertificateDetails> chain = result.chain;
    if (chain.isEmpty() || chain.first().sha256Fingerprint != result.signer->sha256Fingerprint) {
        chain.prepend(*result.signer);
    }
    const QString note = result.anchorUserTrusted
                             ? tr("The chain ends at a certificate you trust yourself "
                                  "(user-trusted), not at one set by IT.")
                             : QString();
    auto *dialog = new CertificateDialog(chain, note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace workroom::widgets
