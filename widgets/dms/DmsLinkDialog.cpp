#include "DmsLinkDialog.h"

#include "DmsCredentialStore.h"
#include "SyncController.h"
#include "SyncJournal.h"
#include "WebDavClient.h"
#include "WorkroomSync.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSslCertificate>
#include <QThread>
#include <QVBoxLayout>

namespace workroom::widgets {

namespace {

QUrl collectionUrl(const QString &text)
{
    QUrl url = QUrl::fromUserInput(text.trimmed());
    if (url.isValid() && !url.path().endsWith(QLatin1Char('/'))) {
        url.setPath(url.path() + QLatin1Char('/'));
    }
    return url;
}

}  // namespace

DmsLinkDialog::DmsLinkDialog(SyncController &controller, DmsLinkSettings settings,
                             QString profileDir, QWidget *parent)
    : QDialog(parent), controller_(controller), settings_(std::move(settings)),
      profileDir_(std::move(profileDir)), url_(new QLineEdit(this)), user_(new QLineEdit(this)),
      password_(new QLineEdit(this)), caFile_(new QLineEdit(this)),
      browse_(new QPushButton(tr("&Browse…"), this)),
      remember_(new QCheckBox(tr("&Remember the password in the keychain"), this)),
      test_(new QPushButton(tr("&Test and Link"), this)), busy_(new QProgressBar(this)),
      result_(new QLabel(this))
{
    setObjectName(QStringLiteral("dmsLinkDialog"));
    setWindowTitle(tr("Link to DMS"));
    setMinimumWidth(560);

    url_->setText(settings_.url);
    url_->setPlaceholderText(QStringLiteral("https://dms.example.org/dav/buergeramt/"));
    url_->setAccessibleName(tr("Address of the DMS collection"));
    user_->setText(settings_.user);
    user_->setAccessibleName(tr("User name"));
    password_->setEchoMode(QLineEdit::Password);
    password_->setAccessibleName(tr("Password"));
    caFile_->setText(settings_.caFile);
    caFile_->setPlaceholderText(tr("Only if the server's certificate is from your own CA"));
    caFile_->setAccessibleName(tr("CA certificate file"));
    browse_->setAccessibleName(tr("Choose a CA certificate file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(caFile_, 1);
    caRow->addWidget(browse_);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), url_);
    form->addRow(tr("&User:"), user_);
    form->addRow(tr("&Password:"), password_);
    // A row with a layout gets no buddy by itself; the mnemonic needs one.
    auto *caLabel = new QLabel(tr("CA &file:"), this);
    caLabel->setBuddy(caFile_);
    form->addRow(caLabel, caRow);
    if (settings_.locked) {
        for (QLineEdit *field : {url_, user_, caFile_}) {
            field->setReadOnly(true);
        }
        browse_->setEnabled(false);
        auto *note = new QLabel(tr("IT has fixed the DMS link on this computer; only the password "
                                   "can be entered here."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
    }

    // Offered only once the keychain has answered that it is there.
    remember_->setChecked(true);
    remember_->hide();
    credentials_ = new dms::DmsCredentialStore(QStringLiteral("Workroom DMS"), this);
    credentials_->readPassword(
        dms::DmsCredentialStore::keyFor(collectionUrl(url_->text()), user_->text()),
        [self = QPointer(this)](dms::Result<QString> stored) {
            if (!self) {
                return;
            }
            const bool works = stored || stored.error().code == dms::DmsErrorCode::NoStoredPassword;
            self->remember_->setVisible(works);
        });

    busy_->setRange(0, 0);
    busy_->setMaximumHeight(8);
    busy_->setTextVisible(false);
    busy_->setAccessibleName(tr("Testing the server"));
    busy_->hide();
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    result_->setObjectName(QStringLiteral("linkResult"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(test_, QDialogButtonBox::ActionRole);
    test_->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(test_, &QPushButton::clicked, this, &DmsLinkDialog::testAndLink);
    connect(browse_, &QPushButton::clicked, this, &DmsLinkDialog::chooseCaFile);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(remember_);
    layout->addWidget(busy_);
    layout->addWidget(result_);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

DmsLinkDialog::~DmsLinkDialog() = default;

void DmsLinkDialog::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("CA Certificate"), QFileInfo(caFile_->text()).path(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty()) {
        caFile_->setText(file);
    }
}

void DmsLinkDialog::setBusy(bool busy)
{
    testing_ = busy;
    busy_->setVisible(busy);
    test_->setEnabled(!busy);
    for (QLineEdit *field : {url_, user_, password_, caFile_}) {
        field->setEnabled(!busy);
    }
}

void DmsLinkDialog::testAndLink()
{
    const QUrl url = collectionUrl(url_->text());
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        result_->setText(tr("Enter the https:// address of the workroom's collection on the DMS."));
        url_->setFocus();
        return;
    }
    if (user_->text().trimmed().isEmpty() || password_->text().isEmpty()) {
        result_->setText(tr("Enter the user name and the password of your DMS account."));
        (user_->text().trimmed().isEmpty() ? user_ : password_)->setFocus();
        return;
    }
    dms::WebDavClient::Options options;
    options.baseUrl = url;
    options.credentials = {user_->text().trimmed(), password_->text()};
    if (!caFile_->text().trimmed().isEmpty()) {
        options.tls.extraCaCertificates = QSslCertificate::fromPath(caFile_->text().trimmed());
        if (options.tls.extraCaCertificates.isEmpty()) {
            result_->setText(tr("No certificate could be read from %1.").arg(caFile_->text()));
            caFile_->setFocus();
            return;
        }
    }
    testedUrl_ = url;
    setBusy(true);
    result_->setText(tr("Testing %1…").arg(url.toDisplayString()));

    // The probe waits in local event loops; on its own thread it keeps the window responsive.
    const QString journalPath = QDir(profileDir_).filePath(QStringLiteral("dms-journal.sqlite"));
    QThread *thread = QThread::create([self = QPointer(this), options, journalPath] {
        dms::WebDavClient client(options);
        dms::Result<dms::DavCapabilities> caps = dms::DavCapabilities::probe(client);
        if (caps) {
            // Kept where the sync finds it, so that it need not probe again.
            auto journal = dms::SyncJournal::open(journalPath);
            if (!journal) {
                caps = std::unexpected(journal.error());
            } else if (auto kept = dms::WorkroomSync::storeCapabilities(**journal, *caps); !kept) {
                caps = std::unexpected(kept.error());
            } else {
                (void)(*journal)->setValue(QStringLiteral("url"), options.baseUrl.toString());
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, caps] {
                if (self) {
                    self->probed(caps);
                }
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void DmsLinkDialog::probed(const dms::Result<dms::DavCapabilities> &result)
{
    setBusy(false);
    if (!result) {
        result_->setText(explain(result.error()));
        Q_EMIT testFinished(false);
        return;
    }
    const QString user = user_->text().trimmed();
    const QString caFile = caFile_->text().trimmed();
    QStringList lines{describe(*result)};
    if (!settings_.locked) {
        if (!settings_.store || !settings_.store(testedUrl_.toString(), user, caFile)) {
            result_->setText(tr("The server works, but the link could not be saved in the "
                                "settings."));
            Q_EMIT testFinished(false);
            return;
        }
    }
    if (!remember_->isHidden() && remember_->isChecked()) {
        credentials_->writePassword(dms::DmsCredentialStore::keyFor(testedUrl_, user),
                                    password_->text(), [](dms::Result<void> kept) {
                                        if (!kept) {
                                            qCInfo(dms::lcDms)
                                                << "password not kept:" << kept.error().message;
                                        }
                                    });
        lines.append(tr("The password is kept in the keychain."));
    } else {
        lines.append(tr("The password is kept until Workroom is closed."));
    }
    linked_ = true;
    lines.prepend(tr("Linked to %1 as %2.").arg(testedUrl_.toDisplayString(), user));
    result_->setText(lines.join(QLatin1Char('\n')));
    controller_.setLink({testedUrl_, user, caFile});
    controller_.setPassword(password_->text(), false);
    Q_EMIT testFinished(true);
}

QString DmsLinkDialog::explain(const dms::DmsError &error)
{
    QString advice;
    switch (error.code) {
    case dms::DmsErrorCode::AuthenticationFailed:
        advice = tr("The DMS refused the user name or the password.");
        break;
    case dms::DmsErrorCode::Tls:
        advice = tr("The server's certificate is not trusted. If your organisation runs its own "
                    "certificate authority, choose its CA file.");
        break;
    case dms::DmsErrorCode::Forbidden:
        advice = tr("The account may not write to this collection.");
        break;
    case dms::DmsErrorCode::NotFound:
    case dms::DmsErrorCode::Conflict:
        advice = tr("There is no collection at this address.");
        break;
    case dms::DmsErrorCode::MethodNotAllowed:
    case dms::DmsErrorCode::MalformedResponse:
    case dms::DmsErrorCode::UnexpectedStatus:
        advice = tr("The address does not look like a WebDAV collection.");
        break;
    case dms::DmsErrorCode::Network:
    case dms::DmsErrorCode::Timeout:
        advice = tr("The server cannot be reached.");
        break;
    default:
        break;
    }
    return advice.isEmpty() ? error.message : tr("%1\n(%2)").arg(advice, error.message);
}

QString DmsLinkDialog::describe(const dms::DavCapabilities &caps)
{
    QStringList parts;
    parts.append(caps.conditionalWrites()
                     ? tr("The server refuses to overwrite a file changed in the meantime.")
                     : tr("The server cannot refuse stale writes; Workroom re-reads before it "
                          "writes."));
    parts.append(caps.locking ? tr("Locking works.") : tr("No locking."));
    parts.append(caps.depthInfinity ? tr("Whole trees can be listed at once.")
                                    : tr("Folders are listed one by one."));
    return tr("The server works with Workroom. %1").arg(parts.join(QLatin1Char(' ')));
}

}  // namespace workroom::widgets
