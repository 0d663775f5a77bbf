#include "DocumentImporter.h"
#include "DocumentTreeModel.h"
#include "OneCase.h"
#include "Why.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom;
using models::DocumentTreeModel;
using signing::SignatureStatus;

namespace {

DocumentTreeModel::VersionSignature signature(qint64 versionId, storage::SignatureRole role,
                                              const QString &signer,
                                              std::optional<SignatureStatus> status,
                                              const QString &problem = {})
{
    DocumentTreeModel::VersionSignature entry;
    entry.check.record.versionId = versionId;
    entry.check.record.role = role;
    entry.check.record.signerName = signer;
    entry.checked = status.has_value() || !problem.isEmpty();
    entry.check.result.status = status.value_or(SignatureStatus::Malformed);
    entry.check.problem = problem;
    return entry;
}

}  // namespace

// The signature badge of a version in the document list: one word for all its signatures
// (the first that is not valid decides), "checking" until they are checked, and a tool tip
// naming each signature.
class TestSignatureBadges : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    std::unique_ptr<casework::Workspace> ws_;
    qint64 caseId_ = 0;
    qint64 versionId_ = 0;

private slots:
    void initTestCase()
    {
        ws_ = std::move(casework::Workspace::open(tmp_.path(), QStringLiteral("t")).value());
        auto created = createOneCase(ws_->cases(), QStringLiteral("Badges"));
        QVERIFY2(created.has_value(), why(created).constData());
        caseId_ = created->id;
        const QString file = tmp_.filePath(QStringLiteral("Bescheid.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Bescheid\n");
        out.close();
        auto added = casework::DocumentImporter(*ws_).importFile(caseId_, file, 0,
                                                                 domain::DocumentKind::Notice);
        QVERIFY2(added.has_value(), why(added).constData());
        versionId_ = added->id;
    }

    void aggregatesTheStatuses()
    {
        using R = storage::SignatureRole;
        QCOMPARE(DocumentTreeModel::badgeKey({}), QString());
        QCOMPARE(DocumentTreeModel::badgeKey({signature(1, R::Signed, {}, SignatureStatus::Valid)}),
                 QStringLiteral("valid"));
        QCOMPARE(DocumentTreeModel::badgeKey(
                     {signature(1, R::Signed, {}, SignatureStatus::Valid),
                      signature(1, R::CoSigned, {}, SignatureStatus::UntrustedChain),
                      signature(1, R::Final, {}, SignatureStatus::Revoked)}),
                 QStringLiteral("untrusted_chain"));
        QCOMPARE(DocumentTreeModel::badgeKey({signature(1, R::Signed, {}, SignatureStatus::Valid),
                                              signature(1, R::Final, {}, std::nullopt)}),
                 QStringLiteral("checking"));
        QCOMPARE(DocumentTreeModel::badgeKey(
                     {signature(1, R::Signed, {}, std::nullopt, QStringLiteral("gone"))}),
                 QStringLiteral("unchecked"));
    }

    void showsTheBadgeInWordsAndTellsEachSignature()
    {
        DocumentTreeModel model(ws_->cases());
        model.setCase(caseId_);
        const QModelIndex document = model.index(0, 0);
        const QModelIndex badge = model.index(0, DocumentTreeModel::Signatures, document);
        QVERIFY(badge.isValid());
        QVERIFY(badge.data().toString().isEmpty());
        QVERIFY(badge.data(DocumentTreeModel::SignatureStatusRole).toString().isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSignatures(
            {{versionId_,
              {signature(versionId_, storage::SignatureRole::Signed, QStringLiteral("Erika"),
                         SignatureStatus::Valid),
               signature(versionId_, storage::SignatureRole::Final, QStringLiteral("Max"),
                         SignatureStatus::DocumentChanged)}}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(badge.data(DocumentTreeModel::SignatureStatusRole).toString(),
                 QStringLiteral("document_changed"));
        QCOMPARE(badge.data().toString(), QStringLiteral("%1 (2)").arg(signing::statusLabel(
                                              SignatureStatus::DocumentChanged)));
        const QString tip = badge.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1StringView("Erika")) && tip.contains(QLatin1StringView("Max")),
                 qUtf8Printable(tip));
        QVERIFY(tip.contains(storage::signatureRoleDisplayName(storage::SignatureRole::Final)));
        QVERIFY(badge.data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(signing::statusLabel(SignatureStatus::DocumentChanged)));
        QCOMPARE(model.signaturesOf(versionId_).size(), 2);

        // Another case shows none of these.
        model.setCase(0);
        QVERIFY(model.signaturesOf(versionId_).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignatureBadges)
#include "tst_signaturebadges.moc"
