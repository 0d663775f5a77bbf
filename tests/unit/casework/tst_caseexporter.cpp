#include "CaseExporter.h"
#include "DemoWorkroom.h"
#include "SignatureRepository.h"
#include "Why.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom;

class TestCaseExporter : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    std::unique_ptr<casework::Workspace> ws_;
    qint64 caseWithDocument_ = 0;
    QByteArray detached_;  // the signature files as stored
    QByteArray enveloped_;

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(),
                 "unzip is missing: install the Debian package unzip");
        ws_ = std::move(
            casework::Workspace::open(tmp_.filePath(QStringLiteral("p")), QStringLiteral("t"))
                .value());
        QVERIFY(casework::createDemoWorkroom(*ws_, QDate(2026, 11, 29)).has_value());
        const auto rows = ws_->cases().listCases({}, 0, 100).value();
        for (const auto &row : rows) {
            if (!ws_->cases().documents(row.id).value().isEmpty()) {
                caseWithDocument_ = row.id;
                break;
            }
        }
        QVERIFY(caseWithDocument_ != 0);
        // Two signatures on the first version. The exporter copies the CMS files as they are
        // stored without reading them, so distinct bytes are enough to tell them apart.
        const auto first = ws_->cases().documents(caseWithDocument_).value().first();
        storage::SignatureRepository signatures(ws_->database());
        detached_ = QByteArrayLiteral("CMS: detached signature");
        enveloped_ = QByteArrayLiteral("CMS: enveloped signature");
        storage::SignatureRepository::NewSignature sig;
        sig.versionId = first.versions.first().id;
        sig.blob = ws_->blobs().importBytes(detached_).value();
        sig.signerName = QStringLiteral("Erika Mustermann");
        sig.signerFingerprint = QString(64, QLatin1Char('a'));
        QVERIFY(signatures.add(sig, QStringLiteral("t")).has_value());
        sig.blob = ws_->blobs().importBytes(enveloped_).value();
        sig.format = storage::SignatureFormat::Enveloped;
        sig.role = storage::SignatureRole::Final;
        sig.signerFingerprint = QString(64, QLatin1Char('b'));
        sig.origin = storage::SignatureOrigin::Imported;
        QVERIFY(signatures.add(sig, QStringLiteral("t")).has_value());
    }

    // The signature files lie beside their version, named after it, and case.json lists them.
    static void checkSignatureFiles(const QString &root, const QJsonObject &version,
                                    const QByteArray &detached, const QByteArray &enveloped)
    {
        const QString file = version.value(QStringLiteral("file")).toString();
        const QJsonArray sigs = version.value(QStringLiteral("signatures")).toArray();
        QCOMPARE(sigs.size(), 2);
        QCOMPARE(sigs.at(0).toObject().value(QStringLiteral("file")).toString(),
                 file + QStringLiteral(".sig1.p7s"));
        QCOMPARE(sigs.at(1).toObject().value(QStringLiteral("file")).toString(),
                 file + QStringLiteral(".sig2.p7m"));
        QCOMPARE(sigs.at(1).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("final"));
        QFile p7s(root + QLatin1Char('/') + file + QStringLiteral(".sig1.p7s"));
        QVERIFY(p7s.open(QIODevice::ReadOnly));
        QCOMPARE(p7s.readAll(), detached);
        QFile p7m(root + QLatin1Char('/') + file + QStringLiteral(".sig2.p7m"));
        QVERIFY(p7m.open(QIODevice::ReadOnly));
        QCOMPARE(p7m.readAll(), enveloped);
    }

    void exportsToAFolder()
    {
        casework::CaseExporter exporter(*ws_);
        // A parent that is a file cannot take the export: a clear error, nothing written.
        QFile blocker(tmp_.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto blocked = exporter.exportToFolder(caseWithDocument_, blocker.fileName());
        QVERIFY(!blocked.has_value());
        QCOMPARE(blocked.error().code, storage::StorageErrorCode::Io);
        auto folder =
            exporter.exportToFolder(caseWithDocument_, tmp_.filePath(QStringLiteral("out")));
        QVERIFY2(folder.has_value(), why(folder).constData());
        QFile json(*folder + QStringLiteral("/case.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        const auto record = ws_->cases().caseById(caseWithDocument_).value();
        QCOMPARE(root.value(QStringLiteral("reference")).toString(), record.reference);
        const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
        QVERIFY(!documents.isEmpty());
        const QJsonObject version = documents.first()
                                        .toObject()
                                        .value(QStringLiteral("versions"))
                                        .toArray()
                                        .first()
                                        .toObject();
        // The exported file has exactly the stored bytes.
        QFile exported(*folder + QLatin1Char('/')
                       + version.value(QStringLiteral("file")).toString());
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(
            QString::fromLatin1(
                QCryptographicHash::hash(exported.readAll(), QCryptographicHash::Sha256).toHex()),
            version.value(QStringLiteral("sha256")).toString());
        QVERIFY(!root.value(QStringLiteral("history")).toArray().isEmpty());
        checkSignatureFiles(*folder, version, detached_, enveloped_);
        if (QTest::currentTestFailed()) {
            return;
        }
        // Exporting again into the same place is refused rather than mixed.
        QCOMPARE(exporter.exportToFolder(caseWithDocument_, tmp_.filePath(QStringLiteral("out")))
                     .error()
                     .code,
                 storage::StorageErrorCode::Duplicate);
    }

    void exportsAZipThatUnzipAccepts()
    {
        casework::CaseExporter exporter(*ws_);
        const QString zip = tmp_.filePath(QStringLiteral("Vorgang.zip"));
        auto written = exporter.exportToZip(caseWithDocument_, zip);
        QVERIFY2(written.has_value(), why(written).constData());
        QProcess test;
        test.start(QStringLiteral("unzip"), {QStringLiteral("-t"), zip});
        QVERIFY(test.waitForFinished(30000));
        const QString out = QString::fromUtf8(test.readAllStandardOutput());
        QVERIFY2(test.exitCode() == 0, qUtf8Printable(out));
        QVERIFY(out.contains(QLatin1StringView("case.json")));
        QVERIFY(out.contains(QLatin1StringView(".pdf")));
        QVERIFY(!QFile::exists(zip + QStringLiteral(".partial")));
        // Extracted, the PDF is byte for byte the stored one.
        const QString into = tmp_.filePath(QStringLiteral("unzipped"));
        QCOMPARE(QProcess::execute(QStringLiteral("unzip"),
                                   {QStringLiteral("-q"), zip, QStringLiteral("-d"), into}),
                 0);
        QString extracted;
        QDirIterator it(into, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext() && extracted.isEmpty()) {
            const QString path = it.next();
            extracted = path.endsWith(QLatin1StringView(".pdf")) ? path : QString();
        }
        QVERIFY(!extracted.isEmpty());
        QFile pdf(extracted);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(pdf.readAll(), QCryptographicHash::Sha256).toHex());
        QVERIFY(ws_->blobs().contains(sha));
        // The signatures are in the archive too, beside the version.
        QVERIFY2(out.contains(QLatin1StringView(".sig1.p7s")), qUtf8Printable(out));
        QDirIterator dirs(into, QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(dirs.hasNext());
        const QString exportRoot = dirs.next();
        QFile json(exportRoot + QStringLiteral("/case.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject version = QJsonDocument::fromJson(json.readAll())
                                        .object()
                                        .value(QStringLiteral("documents"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("versions"))
                                        .toArray()
                                        .first()
                                        .toObject();
        checkSignatureFiles(exportRoot, version, detached_, enveloped_);
    }

    void refusesAnUnwritableTarget()
    {
        casework::CaseExporter exporter(*ws_);
        auto written = exporter.exportToZip(caseWithDocument_,
                                            tmp_.filePath(QStringLiteral("no/such/dir/x.zip")));
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, storage::StorageErrorCode::Io);
    }

    void makesSafeFileNames()
    {
        QCOMPARE(casework::CaseExporter::safeFileName(QStringLiteral("32.10-0001/2026 A: B?")),
                 QStringLiteral("32.10-0001_2026 A_ B_"));
        QCOMPARE(casework::CaseExporter::safeFileName(QStringLiteral("ende...")),
                 QStringLiteral("ende"));
    }
};

QTEST_GUILESS_MAIN(TestCaseExporter)
#include "tst_caseexporter.moc"
