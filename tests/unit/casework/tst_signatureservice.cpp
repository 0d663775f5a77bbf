#include "AuditLog.h"
#include "CryptoRuntime.h"
#include "DocumentImporter.h"
#include "OneCase.h"
#include "SignatureService.h"
#include "Signer.h"
#include "SigningIdentityStore.h"
#include "TestPki.h"
#include "TrustStore.h"
#include "Why.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace workroom;
using casework::SignatureService;
using domain::Role;
using signing::SignatureStatus;
using storage::SignatureRole;

// Signatures of stored document versions, with a real throw-away PKI, a real store and real
// CMS files: signing in roles, the live status, imports of .p7s and .p7m, the audit entries
// and the blob store's garbage collection.
class TestSignatureService : public QObject {
    Q_OBJECT

    signing::CryptoRuntime runtime_;
    TestPki pki_;
    QTemporaryDir tmp_;
    std::unique_ptr<casework::Workspace> ws_;
    std::unique_ptr<signing::SigningIdentityStore> identities_;
    std::unique_ptr<signing::Verifier> verifier_;
    qint64 caseId_ = 0;
    qint64 versionId_ = 0;
    QString documentPath_;

    signing::Signer open(const QString &identity)
    {
        auto signer = signing::Signer::open(*identities_, identity, pki_.right());
        if (!signer) {
            qFatal("cannot open %s: %s", qPrintable(identity), qPrintable(signer.error().message));
        }
        return std::move(*signer);
    }

    qint64 addDocument(const QString &name, const QByteArray &bytes)
    {
        const QString path = pki_.scratch(name);
        if (!writeBytes(path, bytes)) {
            return 0;
        }
        auto added = casework::DocumentImporter(*ws_).importFile(caseId_, path, 0,
                                                                 domain::DocumentKind::Notice);
        return added ? added->id : 0;
    }

    QList<SignatureStatus> statuses(qint64 versionId)
    {
        SignatureService service(*ws_, Role::Reader);
        const QList<casework::SignatureCheck> checks =
            service.verify(versionId, *verifier_).value();
        QList<SignatureStatus> list;
        for (const casework::SignatureCheck &check : checks) {
            list.append(check.problem.isEmpty() ? check.result.status : SignatureStatus::Malformed);
        }
        return list;
    }

    QList<storage::AuditEntry> signatureEntries()
    {
        QList<storage::AuditEntry> entries;
        const QList<storage::AuditEntry> history = ws_->cases().history(caseId_).value();
        for (const storage::AuditEntry &entry : history) {
            if (entry.action == QLatin1StringView("signature.add")) {
                entries.append(entry);
            }
        }
        return entries;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error()));
        auto opened = casework::Workspace::open(tmp_.filePath(QStringLiteral("profile")),
                                                QStringLiteral("a.clerk"));
        QVERIFY2(opened.has_value(), why(opened).constData());
        ws_ = std::move(*opened);
        auto created = createOneCase(ws_->cases(), QStringLiteral("Sondernutzung"));
        QVERIFY2(created.has_value(), why(created).constData());
        caseId_ = created->id;
        versionId_ =
            addDocument(QStringLiteral("Bescheid.txt"), "Bescheid über die Sondernutzung\n");
        QVERIFY(versionId_ != 0);

        identities_ = std::make_unique<signing::SigningIdentityStore>(
            tmp_.filePath(QStringLiteral("identities")));
        for (const auto &[file, name] :
             {std::pair{"signer-rsa.p12", "erika"}, std::pair{"signer-ec.p12", "leader"}}) {
            auto imported = identities_->importPkcs12(pki_.path(QString::fromLatin1(file)),
                                                      QString::fromLatin1(name), pki_.right());
            QVERIFY2(imported.has_value(), why(imported).constData());
        }
        const QString anchors = tmp_.filePath(QStringLiteral("anchors"));
        QVERIFY(QDir().mkpath(anchors));
        QVERIFY(QFile::copy(pki_.path(QStringLiteral("root.pem")),
                            anchors + QStringLiteral("/root.pem")));
        auto verifier = signing::Verifier::create(
            signing::TrustStore(anchors, tmp_.filePath(QStringLiteral("trusted"))));
        QVERIFY2(verifier.has_value(), why(verifier).constData());
        verifier_ = std::make_unique<signing::Verifier>(std::move(*verifier));
    }

    void signsListsAndVerifies()
    {
        SignatureService clerk(*ws_, Role::Clerk);
        const signing::Signer erika = open(QStringLiteral("erika"));
        qint64 lastDone = 0;
        auto signed_ =
            clerk.sign(versionId_, SignatureRole::Signed, erika, [&lastDone](qint64 done, qint64) {
                lastDone = done;
                return true;
            });
        QVERIFY2(signed_.has_value(), why(signed_).constData());
        QVERIFY(lastDone > 0);
        QCOMPARE(signed_->origin, storage::SignatureOrigin::Local);
        QCOMPARE(signed_->signerName, QStringLiteral("Erika Mustermann"));
        QCOMPARE(signed_->signerFingerprint, erika.identity().certificate.fingerprintKey());
        QVERIFY(ws_->blobs().contains(signed_->sha256));

        auto listed = clerk.signatures(versionId_);
        QVERIFY2(listed.has_value(), why(listed).constData());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().role, SignatureRole::Signed);
        QCOMPARE(listed->first().addedBy, QStringLiteral("a.clerk"));

        auto checks = clerk.verify(versionId_, *verifier_);
        QVERIFY2(checks.has_value(), why(checks).constData());
        QCOMPARE(checks->size(), 1);
        QVERIFY2(checks->first().isValid(),
                 qUtf8Printable(checks->first().result.reason + checks->first().problem));
        QCOMPARE(checks->first().result.signer->commonName, QStringLiteral("Erika Mustermann"));

        // The stored file is a detached CMS signature that openssl accepts too.
        QByteArray output;
        const int verified = TestPki::openssl(
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
             QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
             ws_->blobs().pathOf(signed_->sha256), QStringLiteral("-content"),
             ws_->blobs().pathOf(ws_->cases().documents(caseId_)->first().versions.first().sha256),
             QStringLiteral("-CAfile"), pki_.path(QStringLiteral("root.pem")),
             QStringLiteral("-out"), QStringLiteral("/dev/null")},
            &output);
        QVERIFY2(verified == 0, output.constData());
    }

    void cancellingStoresNothing()
    {
        const qint64 version = addDocument(QStringLiteral("Groß.bin"), QByteArray(3 << 20, 'x'));
        QVERIFY(version != 0);
        const signing::Signer erika = open(QStringLiteral("erika"));
        const int blobsBefore = int(ws_->blobs().list().size());
        auto cancelled = SignatureService(*ws_, Role::Clerk)
                             .sign(version, SignatureRole::Signed, erika,
                                   [](qint64 done, qint64) { return done < (1 << 20); });
        QVERIFY(!cancelled.has_value());
        QCOMPARE(cancelled.error().code, storage::StorageErrorCode::Cancelled);
        QVERIFY(SignatureService(*ws_, Role::Clerk).signatures(version)->isEmpty());
        QCOMPARE(int(ws_->blobs().list().size()), blobsBefore);
    }

    void auditsEverySignature()
    {
        const QList<storage::AuditEntry> entries = signatureEntries();
        QCOMPARE(entries.size(), 1);
        const QJsonObject detail = entries.first().detail;
        QCOMPARE(detail.value(QStringLiteral("role")).toString(), QStringLiteral("signed"));
        QCOMPARE(detail.value(QStringLiteral("versionId")).toInteger(), versionId_);
        QCOMPARE(detail.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(detail.value(QStringLiteral("origin")).toString(), QStringLiteral("local"));
        QCOMPARE(detail.value(QStringLiteral("signer")).toString().size(), 64);
        // No names in the audit detail: the signer is named by certificate fingerprint.
        QVERIFY(!QJsonDocument(detail).toJson().contains("Erika"));
        QCOMPARE(entries.first().actor, QStringLiteral("a.clerk"));
        auto chain = storage::AuditLog(ws_->database()).verify();
        QVERIFY2(chain.has_value() && chain->intact, qUtf8Printable(chain->problem));
    }

    void refusesTheSameSignerTwiceInOneRole()
    {
        SignatureService clerk(*ws_, Role::Clerk);
        const signing::Signer erika = open(QStringLiteral("erika"));
        auto before = clerk.checkMayAdd(versionId_, SignatureRole::Signed,
                                        erika.identity().certificate.sha256Fingerprint);
        QVERIFY(!before.has_value());
        QCOMPARE(before.error().code, storage::StorageErrorCode::Duplicate);
        auto again = clerk.sign(versionId_, SignatureRole::Signed, erika);
        QVERIFY(!again.has_value());
        QCOMPARE(again.error().code, storage::StorageErrorCode::Duplicate);
        QCOMPARE(clerk.signatures(versionId_)->size(), 1);
        QCOMPARE(signatureEntries().size(), 1);
    }

    void keepsCoSigningAndTheFinalSignatureForTeamLeaders()
    {
        const signing::Signer leaderKey = open(QStringLiteral("leader"));
        SignatureService clerk(*ws_, Role::Clerk);
        SignatureService reader(*ws_, Role::Reader);
        SignatureService leader(*ws_, Role::TeamLeader);
        for (SignatureRole role : {SignatureRole::CoSigned, SignatureRole::Final}) {
            auto refused = clerk.sign(versionId_, role, leaderKey);
            QVERIFY(!refused.has_value());
            QCOMPARE(refused.error().code, storage::StorageErrorCode::Invalid);
            QVERIFY(!SignatureService::mayAdd(Role::Clerk, role));
        }
        auto byReader = reader.sign(versionId_, SignatureRole::Signed, leaderKey);
        QVERIFY(!byReader.has_value());
        QVERIFY2(byReader.error().message.contains(QLatin1StringView("Readers")),
                 qUtf8Printable(byReader.error().message));
        QCOMPARE(reader.signatures(versionId_)->size(), 1);

        // Co-signature and final signature on the same version, by the same team leader.
        auto coSigned = leader.sign(versionId_, SignatureRole::CoSigned, leaderKey);
        QVERIFY2(coSigned.has_value(), why(coSigned).constData());
        auto final = leader.sign(versionId_, SignatureRole::Final, leaderKey);
        QVERIFY2(final.has_value(), why(final).constData());
        QCOMPARE(statuses(versionId_),
                 (QList<SignatureStatus>{SignatureStatus::Valid, SignatureStatus::Valid,
                                         SignatureStatus::Valid}));
        const QList<storage::AuditEntry> entries = signatureEntries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(1).detail.value(QStringLiteral("role")).toString(),
                 QStringLiteral("co_signed"));
        QCOMPARE(entries.at(2).detail.value(QStringLiteral("role")).toString(),
                 QStringLiteral("final"));
        QVERIFY(storage::AuditLog(ws_->database()).verify()->intact);
    }

    void garbageCollectionKeepsSignatureFiles()
    {
        auto records = SignatureService(*ws_, Role::Reader).signatures(versionId_);
        QCOMPARE(records->size(), 3);
        // An unreferenced blob goes, the signature files stay.
        auto stray = ws_->blobs().importBytes("nobody refers to this");
        QVERIFY(stray.has_value());
        auto report = ws_->collectGarbage(0);
        QVERIFY2(report.has_value(), why(report).constData());
        QCOMPARE(report->blobsRemoved, 1);
        QVERIFY(!ws_->blobs().contains(stray->sha256));
        for (const storage::SignatureRecord &record : std::as_const(*records)) {
            QVERIFY(ws_->blobs().contains(record.sha256));
        }
        auto consistent = ws_->checkConsistency();
        QVERIFY2(consistent.has_value(), why(consistent).constData());
        QCOMPARE(statuses(versionId_).count(SignatureStatus::Valid), 3);
    }

    void importsADetachedSignatureMadeElsewhere()
    {
        const qint64 version = addDocument(QStringLiteral("Antrag.txt"), "Antrag\n");
        QVERIFY(version != 0);
        const QString document = pki_.scratch(QStringLiteral("Antrag.txt"));
        const QString signature = pki_.scratch(QStringLiteral("Antrag.txt.p7s"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-rsa"), QStringLiteral("chain-rsa.pem"),
                                 document, signature));
        SignatureService clerk(*ws_, Role::Clerk);
        auto imported = clerk.importDetached(version, signature, SignatureRole::Signed, *verifier_);
        QVERIFY2(imported.has_value(), why(imported).constData());
        QVERIFY(imported->isValid());
        QCOMPARE(imported->record.origin, storage::SignatureOrigin::Imported);
        QVERIFY(imported->record.signingTime.has_value());
        QCOMPARE(statuses(version), QList<SignatureStatus>{SignatureStatus::Valid});
        QCOMPARE(signatureEntries().last().detail.value(QStringLiteral("origin")).toString(),
                 QStringLiteral("imported"));

        // The same signature once more is the same signer in the same role: refused.
        auto twice = clerk.importDetached(version, signature, SignatureRole::Signed, *verifier_);
        QVERIFY(!twice.has_value());
        QCOMPARE(twice.error().code, storage::StorageErrorCode::Duplicate);
    }

    void refusesTheSignatureOfAnotherDocument()
    {
        const QString other = pki_.scratch(QStringLiteral("Anderes.txt"));
        QVERIFY(writeBytes(other, "Ein anderes Schreiben\n"));
        const QString signature = pki_.scratch(QStringLiteral("Anderes.txt.p7s"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-rsa"), QStringLiteral("chain-rsa.pem"),
                                 other, signature));
        SignatureService clerk(*ws_, Role::Clerk);
        auto checked = clerk.checkDetached(versionId_, signature, *verifier_);
        QVERIFY2(checked.has_value(), why(checked).constData());
        QCOMPARE(checked->status, SignatureStatus::DocumentChanged);
        const int before = int(clerk.signatures(versionId_)->size());
        auto imported =
            clerk.importDetached(versionId_, signature, SignatureRole::Signed, *verifier_);
        QVERIFY(!imported.has_value());
        QCOMPARE(imported.error().code, storage::StorageErrorCode::Invalid);
        QCOMPARE(int(clerk.signatures(versionId_)->size()), before);

        const QString garbage = pki_.scratch(QStringLiteral("kaputt.p7s"));
        QVERIFY(writeBytes(garbage, "-----BEGIN PKCS7-----\nnot really\n"));
        auto broken = clerk.importDetached(versionId_, garbage, SignatureRole::Signed, *verifier_);
        QVERIFY(!broken.has_value());
    }

    void takesInASignedFileAsADocument()
    {
        const QString content = pki_.scratch(QStringLiteral("Widerspruch.txt"));
        QVERIFY(writeBytes(content, "Widerspruch gegen den Bescheid\n"));
        const QString enveloped = pki_.scratch(QStringLiteral("Widerspruch.txt.p7m"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-ec"), QStringLiteral("chain-ec.pem"),
                                 content, enveloped, {QStringLiteral("-nodetach")}));
        const int documentsBefore = int(ws_->cases().documents(caseId_)->size());
        SignatureService clerk(*ws_, Role::Clerk);
        auto imported =
            clerk.importEnveloped(caseId_, enveloped, 0, domain::DocumentKind::Application,
                                  SignatureRole::Signed, *verifier_);
        QVERIFY2(imported.has_value(), why(imported).constData());
        QVERIFY(imported->newVersion);
        QCOMPARE(imported->version.originalFileName, QStringLiteral("Widerspruch.txt"));
        QCOMPARE(readBytes(ws_->blobs().pathOf(imported->version.sha256)), readBytes(content));
        QCOMPARE(int(ws_->cases().documents(caseId_)->size()), documentsBefore + 1);
        QCOMPARE(imported->signature.record.format, storage::SignatureFormat::Enveloped);
        QCOMPARE(statuses(imported->version.id), QList<SignatureStatus>{SignatureStatus::Valid});

        // A damaged .p7m adds nothing.
        QByteArray bytes = readBytes(enveloped);
        bytes.truncate(bytes.size() / 2);
        const QString truncated = pki_.scratch(QStringLiteral("Kaputt.txt.p7m"));
        QVERIFY(writeBytes(truncated, bytes));
        auto refused =
            clerk.importEnveloped(caseId_, truncated, 0, domain::DocumentKind::Application,
                                  SignatureRole::Signed, *verifier_);
        QVERIFY(!refused.has_value());
        QCOMPARE(int(ws_->cases().documents(caseId_)->size()), documentsBefore + 1);
    }

    void noticesAChangedDocument()
    {
        // Nobody should write into the store; someone did.
        auto documents = ws_->cases().documents(caseId_);
        const QString blob = ws_->blobs().pathOf(documents->first().versions.first().sha256);
        QFile::setPermissions(blob, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(writeBytes(blob, "Bescheid über die Sondernutzung (geändert)\n"));
        QCOMPARE(statuses(versionId_), (QList<SignatureStatus>{SignatureStatus::DocumentChanged,
                                                               SignatureStatus::DocumentChanged,
                                                               SignatureStatus::DocumentChanged}));
        // The enveloped signature of the other document notices it too.
        qint64 envelopedVersion = 0;
        for (const domain::Document &document : std::as_const(*documents)) {
            if (document.title == QLatin1StringView("Widerspruch")) {
                envelopedVersion = document.versions.first().id;
                const QString path = ws_->blobs().pathOf(document.versions.first().sha256);
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                QVERIFY(writeBytes(path, "Widerspruch zurückgenommen\n"));
            }
        }
        QVERIFY(envelopedVersion != 0);
        QCOMPARE(statuses(envelopedVersion),
                 QList<SignatureStatus>{SignatureStatus::DocumentChanged});
    }

    void checkNoticesADamagedSignatureFile()
    {
        auto records = SignatureService(*ws_, Role::Reader).signatures(versionId_);
        const QString path = ws_->blobs().pathOf(records->first().sha256);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(writeBytes(path, "x"));
        auto consistent = ws_->checkConsistency();
        QVERIFY(!consistent.has_value());
        QCOMPARE(consistent.error().code, storage::StorageErrorCode::Corrupt);
        QVERIFY2(consistent.error().message.contains(QLatin1StringView("signature")),
                 qUtf8Printable(consistent.error().message));
        QCOMPARE(statuses(versionId_).first(), SignatureStatus::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestSignatureService)
#include "tst_signatureservice.moc"
