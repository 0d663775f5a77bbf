#include "SigningIdentitiesDialog.h"

#include "CertificateDialog.h"
#include "Icons.h"
#include "PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace workroom::widgets {

namespace {

QString commonNameOf(const signing::CertificateDetails &certificate)
{
    return certificate.commonName.isEmpty() ? certificate.subject : certificate.commonName;
}

QTreeWidget *makeList(const QStringList &headers, const QString &name, const QString &accessible,
                      QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    for (int column = 0; column < int(headers.size()) - 1; ++column) {
        list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    return list;
}

}  // namespace

SigningIdentitiesDialog::SigningIdentitiesDialog(const SigningSetup &setup, QWidget *parent)
    : QDialog(parent), setup_(setup), store_(setup.identityDirectory),
      trust_(setup.systemTrustDirectory, setup.userTrustDirectory)
{
    setObjectName(QStringLiteral("signingIdentitiesDialog"));
    setWindowTitle(tr("Signing Identities"));

    messageIcon_ = new QLabel(this);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("identitiesMessage"));
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(messageIcon_, 0, Qt::AlignTop);
    messageRow->addWidget(message_, 1);

    auto *identityBox = new QGroupBox(tr("Your signing identities"), this);
    identities_ =
        makeList({tr("Name"), tr("Certificate"), tr("Valid until"), tr("Note")},
                 QStringLiteral("identityList"), tr("Your signing identities"), identityBox);
    auto *importButton = new QPushButton(tr("&Import…"), identityBox);
    importButton->setObjectName(QStringLiteral("importIdentityButton"));
    importButton->setToolTip(tr("Import a soft token (PKCS #12, .p12 or .pfx)"));
    showIdentity_ =
        new QPushButton(themedIcon(Icon::Certificate), tr("&Certificate…"), identityBox);
    removeIdentity_ = new QPushButton(themedIcon(Icon::Remove), tr("&Remove"), identityBox);
    connect(importButton, &QPushButton::clicked, this, &SigningIdentitiesDialog::chooseAndImport);
    connect(showIdentity_, &QPushButton::clicked, this, &SigningIdentitiesDialog::showIdentity);
    connect(removeIdentity_, &QPushButton::clicked, this, &SigningIdentitiesDialog::removeIdentity);
    connect(identities_, &QTreeWidget::itemActivated, this, &SigningIdentitiesDialog::showIdentity);
    connect(identities_, &QTreeWidget::currentItemChanged, this,
            &SigningIdentitiesDialog::updateButtons);
    auto *identityButtons = new QHBoxLayout;
    identityButtons->addWidget(importButton);
    identityButtons->addWidget(showIdentity_);
    identityButtons->addWidget(removeIdentity_);
    identityButtons->addStretch();
    auto *identityLayout = new QVBoxLayout(identityBox);
    identityLayout->addWidget(identities_);
    identityLayout->addLayout(identityButtons);

    auto *anchorBox = new QGroupBox(tr("Trusted certificates"), this);
    anchors_ = makeList({tr("Certificate"), tr("Valid until"), tr("Trusted by")},
                        QStringLiteral("anchorList"), tr("Trusted certificates"), anchorBox);
    auto *trustButton = new QPushButton(tr("&Trust a Certificate…"), anchorBox);
    trustButton->setObjectName(QStringLiteral("trustCertificateButton"));
    trustButton->setToolTip(tr("Trust a certificate yourself, e.g. the root of a partner "
                               "authority (user-trusted)"));
    showAnchor_ = new QPushButton(themedIcon(Icon::Certificate), tr("C&ertificate…"), anchorBox);
    removeTrusted_ = new QPushButton(themedIcon(Icon::Remove), tr("&Stop Trusting"), anchorBox);
    connect(trustButton, &QPushButton::clicked, this, &SigningIdentitiesDialog::chooseAndTrust);
    connect(showAnchor_, &QPushButton::clicked, this, &SigningIdentitiesDialog::showAnchor);
    connect(removeTrusted_, &QPushButton::clicked, this, &SigningIdentitiesDialog::removeTrusted);
    connect(anchors_, &QTreeWidget::itemActivated, this, &SigningIdentitiesDialog::showAnchor);
    connect(anchors_, &QTreeWidget::currentItemChanged, this,
            &SigningIdentitiesDialog::updateButtons);
    auto *anchorButtons = new QHBoxLayout;
    anchorButtons->addWidget(trustButton);
    anchorButtons->addWidget(showAnchor_);
    anchorButtons->addWidget(removeTrusted_);
    anchorButtons->addStretch();
    auto *anchorLayout = new QVBoxLayout(anchorBox);
    anchorLayout->addWidget(anchors_);
    anchorLayout->addLayout(anchorButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(messageRow);
    layout->addWidget(identityBox, 3);
    layout->addWidget(anchorBox, 2);
    layout->addWidget(buttons);
    resize(820, 560);
    reload();
}

QString SigningIdentitiesDialog::message() const
{
    return message_->text();
}

void SigningIdentitiesDialog::showMessage(const QString &text, bool problem)
{
    message_->setText(text);
    const QIcon icon = problem ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                               : style()->standardIcon(QStyle::SP_MessageBoxInformation);
    messageIcon_->setPixmap(text.isEmpty() ? QPixmap() : icon.pixmap(20, 20));
    messageIcon_->setVisible(!text.isEmpty());
    message_->setVisible(!text.isEmpty());
}

void SigningIdentitiesDialog::reload()
{
    identities_->clear();
    anchors_->clear();
    identityData_.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList expiring;
    auto listed = store_.list();
    if (!listed) {
        showMessage(listed.error().message, true);
    } else {
        identityData_ = *listed;
        for (const signing::SigningIdentity &identity : std::as_const(identityData_)) {
            const signing::CertificateDetails &c = identity.certificate;
            auto *item = new QTreeWidgetItem(identities_);
            item->setText(0, identity.name);
            item->setText(1, commonNameOf(c));
            item->setToolTip(1, c.subject);
            item->setText(
                2, QLocale().toString(c.notAfter.toLocalTime().date(), QLocale::ShortFormat));
            QString note;
            bool warn = true;
            if (!c.isValidAt(now)) {
                note = now < c.notBefore ? tr("Not valid yet") : tr("Expired");
            } else if (!c.allowsSigning()) {
                note = tr("May not sign");
            } else if (identity.expiresWithin(setup_.expiryWarningDays, now)) {
                note = tr("Expires in %n day(s)", nullptr, int(c.daysUntilExpiry(now)));
                expiring.append(identity.name);
            } else {
                warn = false;
            }
            if (warn) {
                item->setIcon(3, themedIcon(Icon::SignatureWarning));
                item->setText(3, note);
            }
        }
    }
    if (listed) {
        if (!expiring.isEmpty()) {
            showMessage(tr("The certificate of %1 expires soon. Ask for a new one in time.")
                            .arg(expiring.join(QStringLiteral(", "))),
                        true);
        } else if (identityData_.isEmpty()) {
            showMessage(tr("You have no signing identity yet. Import the .p12 or .pfx file "
                           "you received with your signature card or from your IT."),
                        false);
        } else {
            showMessage({}, false);
        }
    }
    anchorData_ = trust_.anchors();
    for (const signing::TrustAnchor &anchor : std::as_const(anchorData_)) {
        auto *item = new QTreeWidgetItem(anchors_);
        item->setText(0, commonNameOf(anchor.certificate));
        item->setToolTip(0, anchor.certificate.subject);
        item->setText(1, QLocale().toString(anchor.certificate.notAfter.toLocalTime().date(),
                                            QLocale::ShortFormat));
        item->setText(2, anchor.userTrusted ? tr("You (user-trusted)") : tr("IT (system-wide)"));
    }
    if (identities_->topLevelItemCount() > 0) {
        identities_->setCurrentItem(identities_->topLevelItem(0));
    }
    if (anchors_->topLevelItemCount() > 0) {
        anchors_->setCurrentItem(anchors_->topLevelItem(0));
    }
    updateButtons();
}

void SigningIdentitiesDialog::updateButtons()
{
    const bool identityChosen = identities_->currentItem() != nullptr;
    showIdentity_->setEnabled(identityChosen);
    removeIdentity_->setEnabled(identityChosen);
    const int row =
        anchors_->currentItem() ? anchors_->indexOfTopLevelItem(anchors_->currentItem()) : -1;
    showAnchor_->setEnabled(row >= 0);
    removeTrusted_->setEnabled(row >= 0 && row < anchorData_.size()
                               && anchorData_.at(row).userTrusted);
}

bool SigningIdentitiesDialog::importIdentity(const QString &path, const QString &name)
{
    auto imported = store_.importPkcs12(path, name, PassphraseDialog::provider(this));
    if (!imported) {
        if (imported.error().code != signing::SigningErrorCode::Cancelled) {
            showMessage(imported.error().message, true);
        }
        return false;
    }
    reload();
    if (message_->text().isEmpty()) {
        showMessage(
            tr("Imported %1 (%2).").arg(imported->name, commonNameOf(imported->certificate)),
            false);
    }
    return true;
}

bool SigningIdentitiesDialog::trustCertificate(const QString &path)
{
    auto anchor = trust_.importUserCertificate(path);
    if (!anchor) {
        showMessage(anchor.error().message, true);
        return false;
    }
    reload();
    showMessage(tr("You now trust %1 (SHA-256 %2).")
                    .arg(anchor->certificate.subject, anchor->certificate.sha256Fingerprint),
                false);
    return true;
}

void SigningIdentitiesDialog::chooseAndImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Signing Identity"), QString(),
                                     tr("Soft tokens (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Import Signing Identity"), tr("Name of the identity:"),
                              QLineEdit::Normal, QFileInfo(path).completeBaseName(), &ok);
    if (ok) {
        importIdentity(path, name.trimmed());
    }
}

void SigningIdentitiesDialog::removeIdentity()
{
    const int row = identities_->currentItem()
                        ? identities_->indexOfTopLevelItem(identities_->currentItem())
                        : -1;
    if (row < 0 || row >= identityData_.size()) {
        return;
    }
    const QString name = identityData_.at(row).name;
    if (QMessageBox::question(this, tr("Remove Signing Identity"),
                              tr("Remove the signing identity %1? Its key file is deleted from "
                                 "this profile; signatures made with it stay valid.")
                                  .arg(name))
        != QMessageBox::Yes) {
        return;
    }
    if (auto removed = store_.remove(name); !removed) {
        showMessage(removed.error().message, true);
        return;
    }
    reload();
}

void SigningIdentitiesDialog::showIdentity()
{
    const int row = identities_->currentItem()
                        ? identities_->indexOfTopLevelItem(identities_->currentItem())
                        : -1;
    if (row < 0 || row >= identityData_.size()) {
        return;
    }
    QList<signing::CertificateDetails> chain{identityData_.at(row).certificate};
    chain += identityData_.at(row).chain;
    auto *dialog = new CertificateDialog(chain, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SigningIdentitiesDialog::chooseAndTrust()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Trust a Certificate"), QString(),
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty()) {
        trustCertificate(path);
    }
}

void SigningIdentitiesDialog::removeTrusted()
{
    const int row =
        anchors_->currentItem() ? anchors_->indexOfTopLevelItem(anchors_->currentItem()) : -1;
    if (row < 0 || row >= anchorData_.size() || !anchorData_.at(row).userTrusted) {
        return;
    }
    if (auto removed =
            trust_.removeUserCertificate(anchorData_.at(row).certificate.sha256Fingerprint);
        !removed) {
        showMessage(removed.error().message, true);
        return;
    }
    reload();
}

void SigningIdentitiesDialog::showAnchor()
{
    const int row =
        anchors_->currentItem() ? anchors_->indexOfTopLevelItem(anchors_->currentItem()) : -1;
    if (row < 0 || row >= anchorData_.size()) {
        return;
    }
    auto *dialog = new CertificateDialog(
        {anchorData_.at(row).certificate},
        anchorData_.at(row).userTrusted ? tr("You trust this certificate yourself.")
                                        : tr("IT set this certificate as trusted for everyone."),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace workroom::widgets
