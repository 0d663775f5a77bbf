#include "BlobStore.h"
#include "CaseRepository.h"
#include "Database.h"
#include "OneCase.h"
#include "WorkroomContent.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom;
using namespace workroom::dms;

class TestWorkroomContent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsVersionsOncePerCase()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("workroom.sqlite")));
        QVERIFY(db);
        storage::BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
        storage::CaseRepository cases(**db);
        auto created = createOneCase(cases, QStringLiteral("Sondernutzung"));
        QVERIFY(created);

        auto first = blobs.importBytes("first version");
        auto second = blobs.importBytes("second version");
        QVERIFY(first && second);
        storage::CaseRepository::NewVersion version;
        version.caseId = created->id;
        version.title = QStringLiteral("Antrag");
        version.blob = *first;
        version.mimeType = QStringLiteral("text/plain");
        version.originalFileName = QStringLiteral("antrag.txt");
        auto v1 = cases.addDocumentVersion(version, QStringLiteral("a.clerk"));
        QVERIFY(v1);
        version.documentId = v1->documentId;
        version.blob = *second;
        QVERIFY(cases.addDocumentVersion(version, QStringLiteral("a.clerk")));
        // The same bytes as another document of the case: one file on the server.
        version.documentId = 0;
        version.title = QStringLiteral("Kopie");
        version.blob = *first;
        QVERIFY(cases.addDocumentVersion(version, QStringLiteral("a.clerk")));

        // A signature over the first version, its CMS bytes in the blob store as well.
        auto cms = blobs.importBytes("detached CMS signature bytes");
        QVERIFY(cms);
        QSqlQuery sign = (*db)->prepare(QStringLiteral(
            "INSERT INTO signature(version_id, role, sha256, format, signer_name, "
            "signer_fingerprint, added_by, added_at, origin) VALUES (?, 'signed', ?, "
            "'detached', 'Test', ?, 'a.clerk', '2026-11-29T12:00:00Z', 'local')"));
        sign.addBindValue(v1->id);
        sign.addBindValue(cms->sha256);
        sign.addBindValue(QString(64, QLatin1Char('f')));
        QVERIFY2(sign.exec(), qPrintable(sign.lastError().text()));

        auto files = immutableFilesOf(**db, blobs, created->workroomId);
        QVERIFY2(files, files ? "" : files.error().message.toUtf8().constData());
        QCOMPARE(files->size(), 3);
        const ImmutableFile signature = files->takeLast();  // ordered content first
        QCOMPARE(signature.kind, ImmutableFile::Kind::Signature);
        QCOMPARE(signature.sha256, cms->sha256);
        QCOMPARE(signature.size, cms->size);
        QVERIFY(signature.remotePath().endsWith(QLatin1String(".p7s")));
        const QString folder = caseFolderName(created->reference);
        QVERIFY(!folder.contains(QLatin1Char('/')));
        for (const ImmutableFile &file : *files) {
            QCOMPARE(file.caseFolder, folder);
            QCOMPARE(file.kind, ImmutableFile::Kind::Content);
            QVERIFY(file.sha256 == first->sha256 || file.sha256 == second->sha256);
            QCOMPARE(file.localPath, blobs.pathOf(file.sha256));
            QCOMPARE(QFileInfo(file.localPath).size(), file.size);
        }
        QCOMPARE(immutableFilesOf(**db, blobs, created->workroomId + 1)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkroomContent)
#include "tst_workroomcontent.moc"
