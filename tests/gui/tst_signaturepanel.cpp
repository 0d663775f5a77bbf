#include "CaseDetailView.h"
#include "CaseDocumentsTab.h"
#include "CaseHistoryModel.h"
#include "CaseService.h"
#include "CertificateDialog.h"
#include "CryptoRuntime.h"
#include "DocumentImporter.h"
#include "DocumentTreeModel.h"
#include "MainWindow.h"
#include "OneCase.h"
#include "SignaturePanel.h"
#include "SignatureStatus.h"
#include "SignedPdfMaker.h"
#include "SigningIdentitiesDialog.h"
#include "TestPki.h"
#include "Why.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace workroom;
using models::DocumentTreeModel;
using signing::SignatureStatus;
using widgets::CaseDocumentsTab;

// The signing GUI with a real throw-away PKI and a real store: importing an identity, signing
// the chosen version through the actions with the passphrase dialog, the badge in the document
// list and the signature panel, a wrong passphrase, the role rules, a changed document and the
// certificate viewer.
class TestSignaturePanel : public QObject {
    Q_OBJECT

    signing::CryptoRuntime runtime_;
    TestPki pki_;
    QTemporaryDir tmp_;
    std::unique_ptr<casework::Workspace> ws_;
    widgets::SigningSetup setup_;
    qint64 caseId_ = 0;
    QAction *addDocuments_ = nullptr;
    std::unique_ptr<CaseDocumentsTab> tab_;
    // What the passphrase dialogs told the user, one entry per dialog.
    QStringList dialogsSeen_;

    // Answers the next identity choice with the second entry, taken with the keyboard (the
    // entries are sorted: "Bald" comes before "Erika").
    void chooseSecondIdentity()
    {
        auto *chooser = new QTimer(this);
        chooser->setInterval(20);
        connect(chooser, &QTimer::timeout, this, [chooser] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (dialog && dialog->objectName() != QLatin1StringView("passphraseDialog")) {
                QTest::keyClick(dialog->focusWidget(), Qt::Key_Down);
                dialog->accept();
                chooser->deleteLater();
            }
        });
        chooser->start();
    }

    // Answers the next passphrase dialogs with `answers`, in turn.
    void answerPassphrases(const QList<QByteArray> &answers)
    {
        auto queue = std::make_shared<QList<QByteArray>>(answers);
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer, queue] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1StringView("passphraseDialog")
                || dialog->property("answered").toBool()) {
                return;
            }
            dialog->setProperty("answered", true);
            auto *wrong = dialog->findChild<QLabel *>(QStringLiteral("wrongPassphrase"));
            dialogsSeen_.append(wrong ? wrong->text() : QStringLiteral("first"));
            if (queue->isEmpty()) {
                dialog->reject();
                timer->deleteLater();
                return;
            }
            dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))
                ->setText(QString::fromUtf8(queue->takeFirst()));
            dialog->accept();
            if (queue->isEmpty()) {
                timer->deleteLater();
            }
        });
        timer->start();
    }

    QModelIndex latestVersion() const
    {
        const DocumentTreeModel *model = tab_->model();
        const QModelIndex document = model->index(model->rowCount() - 1, 0);
        return model->index(model->rowCount(document) - 1, DocumentTreeModel::Signatures, document);
    }

    bool sign(QAction *action)
    {
        QSignalSpy finished(tab_.get(), &CaseDocumentsTab::signingFinished);
        action->trigger();
        if (finished.isEmpty() && !finished.wait(60000)) {
            return false;
        }
        return finished.first().at(0).toBool();
    }

    static void saveScreenshot(QWidget &widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("WORKROOM_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(widget.grab().save(dir + QLatin1Char('/') + QLatin1StringView(name)
                                       + QStringLiteral(".png")));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error()));
        const QString profile = tmp_.filePath(QStringLiteral("profile"));
        auto opened = casework::Workspace::open(profile, QStringLiteral("t.leitung"));
        QVERIFY2(opened.has_value(), why(opened).constData());
        ws_ = std::move(*opened);
        auto created = createOneCase(ws_->cases(), QStringLiteral("Sondernutzung Straßenfest"));
        QVERIFY2(created.has_value(), why(created).constData());
        caseId_ = created->id;
        const QString notice = pki_.scratch(QStringLiteral("Bescheid Sondernutzung.txt"));
        QVERIFY(writeBytes(notice, "Bescheid: Die Sondernutzung wird genehmigt.\n"));
        auto added = casework::DocumentImporter(*ws_).importFile(caseId_, notice, 0,
                                                                 domain::DocumentKind::Notice);
        QVERIFY2(added.has_value(), why(added).constData());

        const QString anchors = tmp_.filePath(QStringLiteral("anchors"));
        QVERIFY(QDir().mkpath(anchors));
        QVERIFY(QFile::copy(pki_.path(QStringLiteral("root.pem")),
                            anchors + QStringLiteral("/root.pem")));
        setup_ = {.identityDirectory = profile + QStringLiteral("/signing/identities"),
                  .userTrustDirectory = profile + QStringLiteral("/signing/trusted"),
                  .systemTrustDirectory = anchors,
                  .crlFiles = {},
                  .role = domain::Role::TeamLeader,
                  .crlUrls = {},
                  .crlCacheDirectory = {}};
        addDocuments_ = new QAction(QStringLiteral("Add Documents…"), this);
    }

    void importsAnIdentityWithItsPassphrase()
    {
        widgets::SigningIdentitiesDialog dialog(setup_);
        dialog.show();
        QCOMPARE(dialog.identityList()->topLevelItemCount(), 0);
        QVERIFY(!dialog.message().isEmpty());  // tells how to get one
        answerPassphrases({"falsch", pki_.passphrase()});
        QVERIFY(dialog.importIdentity(pki_.path(QStringLiteral("signer-rsa.p12")),
                                      QStringLiteral("Erika")));
        QCOMPARE(dialogsSeen_.size(), 2);
        QVERIFY2(dialogsSeen_.at(1).contains(QLatin1StringView("wrong")),
                 qUtf8Printable(dialogsSeen_.at(1)));
        // The expiring certificate is imported too and warned about, in words and with an icon.
        answerPassphrases({pki_.passphrase()});
        QVERIFY(dialog.importIdentity(pki_.path(QStringLiteral("expiring-rsa.p12")),
                                      QStringLiteral("Bald")));
        QCOMPARE(dialog.identityList()->topLevelItemCount(), 2);
        QVERIFY2(dialog.message().contains(QLatin1StringView("Bald")),
                 qUtf8Printable(dialog.message()));
        const QTreeWidgetItem *expiring = dialog.identityList()->topLevelItem(0);
        QCOMPARE(expiring->text(0), QStringLiteral("Bald"));
        QVERIFY(expiring->text(3).contains(QLatin1StringView("day")));
        QVERIFY(!expiring->icon(3).isNull());
        // IT's anchor is listed as such.
        QCOMPARE(dialog.anchorList()->topLevelItemCount(), 1);
        QVERIFY(dialog.anchorList()->topLevelItem(0)->text(2).contains(QLatin1StringView("IT")));
        saveScreenshot(dialog, "signing-identities");
    }

    void signsTheChosenVersionAndShowsTheBadge()
    {
        tab_ = std::make_unique<CaseDocumentsTab>(*ws_, addDocuments_);
        tab_->resize(1000, 640);
        tab_->setSigningSetup(setup_);
        tab_->showCase(caseId_);
        tab_->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab_.get()));
        QVERIFY(tab_->signAction()->isEnabled());
        QVERIFY(tab_->finalSignAction()->isVisible());
        QVERIFY(latestVersion().data().toString().isEmpty());  // nothing signed yet

        // Two identities: the choice comes up first, then the passphrase.
        chooseSecondIdentity();
        answerPassphrases({pki_.passphrase()});
        QVERIFY(sign(tab_->signAction()));

        const QString valid = signing::statusLabel(SignatureStatus::Valid);
        QTRY_COMPARE_WITH_TIMEOUT(
            latestVersion().data(DocumentTreeModel::SignatureStatusRole).toString(),
            QStringLiteral("valid"), 30000);
        QCOMPARE(latestVersion().data().toString(), valid);
        QVERIFY(latestVersion()
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1StringView("Erika Mustermann")));
        widgets::SignaturePanel *panel = tab_->signaturePanel();
        QCOMPARE(panel->list()->topLevelItemCount(), 1);
        QCOMPARE(panel->statusText(0), valid);
        QVERIFY(!panel->list()->topLevelItem(0)->icon(0).isNull());
        QCOMPARE(panel->list()->topLevelItem(0)->text(2), QStringLiteral("Erika Mustermann"));
    }

    void coSignsAndGivesTheFinalSignature()
    {
        for (QAction *action : {tab_->coSignAction(), tab_->finalSignAction()}) {
            chooseSecondIdentity();
            answerPassphrases({pki_.passphrase()});
            QVERIFY(sign(action));
        }
        QTRY_COMPARE_WITH_TIMEOUT(tab_->signaturePanel()->list()->topLevelItemCount(), 3, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            latestVersion().data(DocumentTreeModel::SignatureStatusRole).toString(),
            QStringLiteral("valid"), 30000);
        QCOMPARE(latestVersion().data().toString(),
                 QStringLiteral("%1 (3)").arg(signing::statusLabel(SignatureStatus::Valid)));
        saveScreenshot(*tab_, "documents-signed");
    }

    void showsTheSignersCertificate()
    {
        widgets::SignaturePanel *panel = tab_->signaturePanel();
        panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
        QVERIFY(panel->certificateAction()->isEnabled());
        panel->certificateAction()->trigger();
        auto *dialog = panel->findChild<widgets::CertificateDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->shownPosition(), 0);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("subject"))
                    ->text()
                    .contains(QLatin1StringView("Erika Mustermann")));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("sha256"))->text().size(), 95);
        // Signer, intermediate and root, the root at the top.
        QTreeWidgetItem *root = dialog->chainView()->topLevelItem(0);
        QVERIFY(root->text(0).contains(QLatin1StringView("Root")));
        QCOMPARE(root->child(0)->childCount(), 1);
        saveScreenshot(*dialog, "certificate");
        dialog->close();
    }

    void offersClerksOnlyTheirOwnSignature()
    {
        widgets::SigningSetup clerk = setup_;
        clerk.role = domain::Role::Clerk;
        CaseDocumentsTab tab(*ws_, addDocuments_);
        tab.setSigningSetup(clerk);
        tab.showCase(caseId_);
        QVERIFY(tab.signAction()->isEnabled());
        QVERIFY(!tab.coSignAction()->isEnabled());
        QVERIFY(!tab.finalSignAction()->isEnabled());
        QVERIFY(!tab.coSignAction()->isVisible());
        widgets::SigningSetup reader = setup_;
        reader.role = domain::Role::Reader;
        tab.setSigningSetup(reader);
        QVERIFY(!tab.signAction()->isEnabled());
    }

    void showsAChangedDocument()
    {
        const auto documents = ws_->cases().documents(caseId_);
        const QString blob = ws_->blobs().pathOf(documents->first().versions.first().sha256);
        QFile::setPermissions(blob, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(writeBytes(blob, "Bescheid: Die Sondernutzung wird abgelehnt.\n"));
        tab_->refreshSignatures();
        QTRY_COMPARE_WITH_TIMEOUT(
            latestVersion().data(DocumentTreeModel::SignatureStatusRole).toString(),
            QStringLiteral("document_changed"), 30000);
        const QString changed = signing::statusLabel(SignatureStatus::DocumentChanged);
        QVERIFY(latestVersion().data().toString().startsWith(changed));
        QTRY_COMPARE(tab_->signaturePanel()->statusText(0), changed);
        QCOMPARE(tab_->signaturePanel()->statusText(2), changed);
        saveScreenshot(*tab_, "documents-changed");
    }

    void mainWindowOffersSigning()
    {
        casework::CaseService service(*ws_, domain::Role::TeamLeader);
        QSettings settings(tmp_.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        widgets::MainWindow window({}, *ws_, service, settings);
        auto *identities = window.findChild<QAction *>(QStringLiteral("signingIdentitiesAction"));
        QVERIFY(identities);
        QVERIFY(!identities->isEnabled());
        window.setSigningSetup(setup_);
        QVERIFY(identities->isEnabled());
        // The identity that expires in ten days is mentioned at once.
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1StringView("Bald")),
                 qUtf8Printable(window.statusBar()->currentMessage()));
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectWorkroom(ws_->cases().caseById(caseId_)->workroomId);
        window.selectCase(caseId_);
        window.caseDetailView()->showTab(widgets::CaseDetailView::Tab::Documents);
        CaseDocumentsTab *tab = window.caseDetailView()->documentsTab();
        QVERIFY(tab->finalSignAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(tab->signaturePanel()->list()->topLevelItemCount(), 3, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isCheckingSignatures(), 30000);
        saveScreenshot(window, "main-window-signatures");

        // A signature taken in shows in the history and the tab's count at once, without
        // choosing the case again.
        const QString content = pki_.scratch(QStringLiteral("Stellungnahme.txt"));
        QVERIFY(writeBytes(content, "Stellungnahme zum Antrag\n"));
        const QString enveloped = pki_.scratch(QStringLiteral("Stellungnahme.txt.p7m"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-ec"), QStringLiteral("chain-ec.pem"),
                                 content, enveloped, {QStringLiteral("-nodetach")}));
        auto *history =
            window.caseDetailView()->findChild<QTreeView *>(QStringLiteral("historyView"));
        QVERIFY(history);
        QVERIFY(history->model()
                    ->index(0, models::CaseHistoryModel::What)
                    .data()
                    .toString()
                    .startsWith(QLatin1StringView("Signature added")));
        auto *tabs = window.caseDetailView()->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        QVERIFY(tabs);
        const int documentsTab = static_cast<int>(widgets::CaseDetailView::Tab::Documents);
        QVERIFY2(tabs->tabText(documentsTab).contains(QLatin1StringView("(1)")),
                 qUtf8Printable(tabs->tabText(documentsTab)));
        QSignalSpy changed(window.caseDetailView(), &widgets::CaseDetailView::caseChanged);
        QSignalSpy finished(tab, &CaseDocumentsTab::signingFinished);
        tab->addReceivedSignature(enveloped);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(),
                 qUtf8Printable(finished.first().at(1).toString()));
        QCOMPARE(history->model()->index(0, models::CaseHistoryModel::What).data().toString(),
                 QStringLiteral("Signature imported"));
        QVERIFY2(tabs->tabText(documentsTab).contains(QLatin1StringView("(2)")),
                 qUtf8Printable(tabs->tabText(documentsTab)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), caseId_);
    }

    void takesInASignedFile()
    {
        const QString content = pki_.scratch(QStringLiteral("Widerspruch.txt"));
        QVERIFY(writeBytes(content, "Widerspruch gegen den Bescheid\n"));
        const QString enveloped = pki_.scratch(QStringLiteral("Widerspruch.txt.p7m"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-ec"), QStringLiteral("chain-ec.pem"),
                                 content, enveloped, {QStringLiteral("-nodetach")}));
        QVERIFY(tab_->addReceivedSignatureAction()->isEnabled());
        QSignalSpy finished(tab_.get(), &CaseDocumentsTab::signingFinished);
        tab_->addReceivedSignature(enveloped);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(),
                 qUtf8Printable(finished.first().at(1).toString()));
        // The notice, the statement taken in through the main window, and this one.
        QCOMPARE(tab_->model()->rowCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(
            latestVersion().data(DocumentTreeModel::SignatureStatusRole).toString(),
            QStringLiteral("valid"), 30000);
        QCOMPARE(latestVersion().siblingAtColumn(DocumentTreeModel::Name).data().toString(),
                 QStringLiteral("Widerspruch.txt"));

        // A damaged one adds nothing and says why.
        const QString broken = pki_.scratch(QStringLiteral("Kaputt.p7m"));
        QVERIFY(writeBytes(broken, "no CMS at all"));
        QSignalSpy refused(tab_.get(), &CaseDocumentsTab::signingFinished);
        QSignalSpy error(tab_.get(), &CaseDocumentsTab::errorOccurred);
        tab_->addReceivedSignature(broken);
        QVERIFY(refused.wait(60000));
        QVERIFY(!refused.first().at(0).toBool());
        QVERIFY(!error.isEmpty());
        QCOMPARE(tab_->model()->rowCount(), 3);
    }

    // A PDF that arrived signed: its own signature fields are listed beside the stored ones,
    // in the same words, marked as embedded; the badge counts them.
    void listsSignaturesEmbeddedInAPdf()
    {
        domain::CaseRecord draft;
        draft.workroomId = ws_->cases().caseById(caseId_)->workroomId;
        draft.filePlanCode = QStringLiteral("32.10");
        draft.year = 2026;
        draft.subject = QStringLiteral("Eingang signiert");
        auto created = ws_->cases().createCase(draft, {}, QStringLiteral("t.leitung"));
        QVERIFY2(created.has_value(), why(created).constData());
        const auto byOpenssl = [this](const QString &signer, const QString &chain) {
            return [this, signer, chain](const QByteArray &content) -> std::optional<QByteArray> {
                const QString in = pki_.scratch(QStringLiteral("pdf-content.bin"));
                const QString out = pki_.scratch(QStringLiteral("pdf-content.p7s"));
                QFile::remove(out);
                if (!writeBytes(in, content) || !pki_.opensslSign(signer, chain, in, out)) {
                    return std::optional<QByteArray>();
                }
                return std::optional<QByteArray>(readBytes(out));
            };
        };
        // Two signatures: the first one no longer covers the whole file.
        SignedPdfMaker maker;
        QVERIFY(maker.addSignature(
            byOpenssl(QStringLiteral("signer-rsa"), QStringLiteral("chain-rsa.pem")), "Erst"));
        QVERIFY(maker.addSignature(
            byOpenssl(QStringLiteral("signer-ec"), QStringLiteral("chain-ec.pem")), "Zweit"));
        const QString pdf = pki_.scratch(QStringLiteral("Antrag signiert.pdf"));
        QVERIFY(writeBytes(pdf, maker.bytes()));
        auto added = casework::DocumentImporter(*ws_).importFile(created->id, pdf, 0,
                                                                 domain::DocumentKind::Application);
        QVERIFY2(added.has_value(), why(added).constData());

        CaseDocumentsTab tab(*ws_, addDocuments_);
        tab.resize(1000, 640);
        tab.setSigningSetup(setup_);
        tab.showCase(created->id);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const DocumentTreeModel *model = tab.model();
        const QModelIndex document = model->index(0, 0);
        const QModelIndex badge = model->index(0, DocumentTreeModel::Signatures, document);
        QTRY_COMPARE_WITH_TIMEOUT(badge.data(DocumentTreeModel::SignatureStatusRole).toString(),
                                  QStringLiteral("valid"), 60000);
        const QString valid = signing::statusLabel(SignatureStatus::Valid);
        QCOMPARE(badge.data().toString(), QStringLiteral("%1 (2)").arg(valid));
        QVERIFY(badge.data(Qt::ToolTipRole).toString().contains(QLatin1StringView("Embedded")));

        tab.tree()->setCurrentIndex(model->index(0, 0, document));
        widgets::SignaturePanel *panel = tab.signaturePanel();
        QTRY_COMPARE(panel->list()->topLevelItemCount(), 2);
        QCOMPARE(panel->statusText(0), valid);
        QCOMPARE(panel->statusText(1), valid);
        QCOMPARE(panel->roleText(0),
                 widgets::SignaturePanel::tr("Embedded in the PDF (does not cover the whole "
                                             "file)"));
        QCOMPARE(panel->roleText(1), widgets::SignaturePanel::tr("Embedded in the PDF"));
        QCOMPARE(panel->list()->topLevelItem(0)->text(2), QStringLiteral("Erika Mustermann"));
        // The certificate of an embedded signature opens like any other.
        panel->list()->setCurrentItem(panel->list()->topLevelItem(1));
        QVERIFY(panel->certificateAction()->isEnabled());
        saveScreenshot(tab, "documents-embedded");

        // A revocation list that cannot be downloaded (nothing listens there) and has no cached
        // copy: the status stays, and the note says revocation was not checked.
        widgets::SigningSetup offline = setup_;
        offline.crlUrls = {QStringLiteral("http://127.0.0.1:1/inter-rsa.crl")};
        offline.crlCacheDirectory = tmp_.filePath(QStringLiteral("crl-cache"));
        tab.setSigningSetup(offline);
        tab.refreshSignatures();
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText(0).contains(QLatin1StringView("revocation")),
                                 60000);
        QVERIFY(panel->statusText(0).startsWith(valid));
        QVERIFY(!panel->list()->topLevelItem(0)->toolTip(0).isEmpty());
        QCOMPARE(badge.data(DocumentTreeModel::SignatureStatusRole).toString(),
                 QStringLiteral("valid"));
    }
};

QTEST_MAIN(TestSignaturePanel)
#include "tst_signaturepanel.moc"
