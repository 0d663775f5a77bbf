#include "CertificateDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace workroom::widgets {

namespace {

QString dateTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat)
                          : QStringLiteral("–");
}

QString shortName(const signing::CertificateDetails &certificate)
{
    return certificate.commonName.isEmpty() ? certificate.subject : certificate.commonName;
}

}  // namespace

CertificateDialog::CertificateDialog(const QList<signing::CertificateDetails> &chain,
                                     const QString &note, QWidget *parent)
    : QDialog(parent), chain_(chain)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(chain.isEmpty() ? tr("Certificate")
                                   : tr("Certificate of %1").arg(shortName(chain.first())));

    chainView_ = new QTreeWidget(this);
    chainView_->setObjectName(QStringLiteral("certificateChain"));
    chainView_->setAccessibleName(tr("Certificate chain"));
    chainView_->setHeaderLabel(tr("Chain"));
    chainView_->setRootIsDecorated(false);
    // The anchor on top, each certificate beneath the one that issued it.
    QTreeWidgetItem *parentItem = nullptr;
    QTreeWidgetItem *leaf = nullptr;
    for (qsizetype i = chain_.size() - 1; i >= 0; --i) {
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(chainView_);
        item->setText(0, shortName(chain_.at(i)));
        item->setToolTip(0, chain_.at(i).subject);
        item->setData(0, Qt::UserRole, int(i));
        parentItem = item;
        leaf = item;
    }
    chainView_->expandAll();

    auto *details = new QWidget(this);
    form_ = new QFormLayout(details);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    subject_ = addField(tr("Subject:"), QStringLiteral("subject"));
    issuer_ = addField(tr("Issuer:"), QStringLiteral("issuer"));
    serial_ = addField(tr("Serial number:"), QStringLiteral("serial"));
    validity_ = addField(tr("Valid:"), QStringLiteral("validity"));
    state_ = addField(tr("Now:"), QStringLiteral("state"));
    keyUsage_ = addField(tr("Key usage:"), QStringLiteral("keyUsage"));
    extendedKeyUsage_ = addField(tr("Extended key usage:"), QStringLiteral("extendedKeyUsage"));
    publicKey_ = addField(tr("Public key:"), QStringLiteral("publicKey"));
    sha256_ = addField(tr("SHA-256 fingerprint:"), QStringLiteral("sha256"));
    sha1_ = addField(tr("SHA-1 fingerprint:"), QStringLiteral("sha1"));
    // Fingerprints are compared character by character: fixed pitch, never broken up.
    for (QLabel *fingerprint : {sha256_, sha1_}) {
        fingerprint->setWordWrap(false);
        fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }

    auto *splitter = new QSplitter(this);
    splitter->addWidget(chainView_);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 720});
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (!note.isEmpty()) {
        auto *noteLabel = new QLabel(note, this);
        noteLabel->setObjectName(QStringLiteral("certificateNote"));
        noteLabel->setWordWrap(true);
        layout->addWidget(noteLabel);
    }
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(980, 440);

    connect(chainView_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current) {
            showCertificate(current->data(0, Qt::UserRole).toInt());
        }
    });
    if (leaf) {
        chainView_->setCurrentItem(leaf);  // the certificate itself first
    }
}

QLabel *CertificateDialog::addField(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    value->setFocusPolicy(Qt::StrongFocus);  // reachable by Tab, to read and copy
    form_->addRow(label, value);
    if (auto *caption = qobject_cast<QLabel *>(form_->labelForField(value))) {
        caption->setBuddy(value);
        value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    }
    return value;
}

void CertificateDialog::showCertificate(int position)
{
    if (position < 0 || position >= chain_.size()) {
        return;
    }
    shown_ = position;
    const signing::CertificateDetails &c = chain_.at(position);
    subject_->setText(c.subject);
    issuer_->setText(c.selfIssued ? tr("%1 (self-issued)").arg(c.issuer) : c.issuer);
    serial_->setText(c.serialNumber);
    validity_->setText(tr("%1 to %2").arg(dateTime(c.notBefore), dateTime(c.notAfter)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now < c.notBefore) {
        state_->setText(tr("Not valid yet"));
    } else if (!c.isValidAt(now)) {
        state_->setText(tr("Expired"));
    } else {
        state_->setText(tr("Valid; expires in %n day(s)", nullptr, int(c.daysUntilExpiry(now))));
    }
    QString usage = c.hasKeyUsage ? c.keyUsage.join(QStringLiteral(", "))
                                  : tr("any (the certificate does not restrict it)");
    if (!c.isCa && !c.allowsSigning()) {
        usage += QLatin1Char('\n') + tr("This certificate may not sign documents.");
    }
    keyUsage_->setText(usage);
    extendedKeyUsage_->setText(c.extendedKeyUsage.isEmpty()
                                   ? QStringLiteral("–")
                                   : c.extendedKeyUsage.join(QStringLiteral(", ")));
    publicKey_->setText(c.isCa ? tr("%1 (certification authority)").arg(c.publicKeyAlgorithm)
                               : c.publicKeyAlgorithm);
    sha256_->setText(c.sha256Fingerprint);
    sha1_->setText(c.sha1Fingerprint);
}

}  // namespace workroom::widgets
