#include "DocumentImporter.h"
#include "SearchIndex.h"
#include "SimplePdf.h"
#include "Why.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom;
using casework::DocumentImporter;
using casework::ImportOutcome;

namespace {

QString write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

}  // namespace

class TestDocumentImporter : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    std::unique_ptr<casework::Workspace> ws_;
    qint64 case_ = 0;

    QList<qint64> found(const QString &words)
    {
        return storage::SearchIndex(ws_->database())
            .matchingCases(words, 10)
            .value_or(QList<qint64>{-1});
    }

private slots:
    void init()
    {
        ws_.reset();
        QDir(tmp_.filePath(QStringLiteral("profile"))).removeRecursively();
        auto opened = casework::Workspace::open(tmp_.filePath(QStringLiteral("profile")),
                                                QStringLiteral("a.becker"));
        QVERIFY2(opened.has_value(), why(opened).constData());
        ws_ = std::move(*opened);
        auto room = ws_->cases().createWorkroom(QStringLiteral("Test"),
                                                QStringLiteral("{plan}-{seq}/{year}"), false,
                                                QStringLiteral("t"));
        QVERIFY(room.has_value());
        domain::CaseRecord draft;
        draft.workroomId = room->id;
        draft.filePlanCode = QStringLiteral("32.10");
        draft.year = 2026;
        draft.subject = QStringLiteral("Anmeldung");
        case_ = ws_->cases().createCase(draft, {}, QStringLiteral("t")).value().id;
    }

    void importsAPdfAndIndexesItsText()
    {
        const QString pdf =
            write(tmp_.filePath(QStringLiteral("in/Antrag.pdf")),
                  casework::SimplePdf::fromPages(QStringLiteral("Antrag"),
                                                 {{QStringLiteral("Antrag auf Bewohnerparkausweis"),
                                                   QStringLiteral("Halter: Jörg Weißbeispiel")}}));
        DocumentImporter importer(*ws_);
        const auto report = importer.importFiles(case_, {pdf}, domain::DocumentKind::Application);
        QCOMPARE(report.count(ImportOutcome::Kind::Added), 1);
        const auto documents = ws_->cases().documents(case_).value();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first().title, QStringLiteral("Antrag"));
        QCOMPARE(documents.first().kind, domain::DocumentKind::Application);
        const auto &version = documents.first().versions.first();
        QCOMPARE(version.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(version.originalFileName, QStringLiteral("Antrag.pdf"));
        QVERIFY(ws_->blobs().contains(version.sha256));
        QCOMPARE(found(QStringLiteral("bewohnerparkausweis")), QList<qint64>{case_});
        QCOMPARE(found(QStringLiteral("weissbeispiel")), QList<qint64>{case_});
    }

    void importsTextInUtf8AndLatin1()
    {
        const QString utf8 = write(tmp_.filePath(QStringLiteral("in/notiz.txt")),
                                   QStringLiteral("Größenangabe der Hütte").toUtf8());
        const QString latin1 = write(tmp_.filePath(QStringLiteral("in/alt.txt")),
                                     QStringLiteral("Übergabeprotokoll").toLatin1());
        const auto report = DocumentImporter(*ws_).importFiles(case_, {utf8, latin1});
        QCOMPARE(report.count(ImportOutcome::Kind::Added), 2);
        QCOMPARE(found(QStringLiteral("grossenangabe hutte")), QList<qint64>{case_});
        QCOMPARE(found(QStringLiteral("übergabeprotokoll")), QList<qint64>{case_});
    }

    void tellsAboutTheSameFileTwice()
    {
        const QString a = write(tmp_.filePath(QStringLiteral("in/a.txt")), "gleich");
        const QString b = write(tmp_.filePath(QStringLiteral("in/kopie.txt")), "gleich");
        const auto report = DocumentImporter(*ws_).importFiles(case_, {a, b});
        QCOMPARE(report.count(ImportOutcome::Kind::Added), 1);
        QCOMPARE(report.count(ImportOutcome::Kind::Duplicate), 1);
        QVERIFY(report.outcomes.at(1).message.contains(QLatin1StringView("kopie.txt")));
        QCOMPARE(ws_->cases().documents(case_).value().size(), 1);
        QCOMPARE(ws_->blobs().list().size(), 1);
    }

    void refusesBadFilesAndGoesOn()
    {
        const QString empty = write(tmp_.filePath(QStringLiteral("in/leer.pdf")), {});
        const QString fake = write(tmp_.filePath(QStringLiteral("in/kaputt.pdf")), "kein PDF");
        const QString good = write(tmp_.filePath(QStringLiteral("in/gut.txt")), "Inhalt");
        const QString missing = tmp_.filePath(QStringLiteral("in/fehlt.pdf"));
        const auto report = DocumentImporter(*ws_).importFiles(case_, {empty, missing, fake, good});
        QCOMPARE(report.outcomes.size(), 4);
        QCOMPARE(report.outcomes.at(0).kind, ImportOutcome::Kind::Failed);
        QVERIFY(report.outcomes.at(0).message.contains(QLatin1StringView("empty")));
        QCOMPARE(report.outcomes.at(1).kind, ImportOutcome::Kind::Failed);
        QVERIFY(report.outcomes.at(1).message.contains(QLatin1StringView("fehlt.pdf")));
        // A damaged PDF is still a document of the case, only its text is not searchable.
        QCOMPARE(report.outcomes.at(2).kind, ImportOutcome::Kind::Added);
        QCOMPARE(report.outcomes.at(3).kind, ImportOutcome::Kind::Added);
        QCOMPARE(ws_->cases().documents(case_).value().size(), 2);
    }

    void expandsFoldersRecursively()
    {
        write(tmp_.filePath(QStringLiteral("tree/b.txt")), "b");
        write(tmp_.filePath(QStringLiteral("tree/sub/a.txt")), "a");
        write(tmp_.filePath(QStringLiteral("tree/sub/deeper/c.txt")), "c");
        const QStringList files = DocumentImporter::expand({tmp_.filePath(QStringLiteral("tree"))});
        QCOMPARE(files.size(), 3);
        const auto report =
            DocumentImporter(*ws_).importFiles(case_, {tmp_.filePath(QStringLiteral("tree"))});
        QCOMPARE(report.count(ImportOutcome::Kind::Added), 3);
    }

    void cancelsBetweenAndWithinFiles()
    {
        const QString one = write(tmp_.filePath(QStringLiteral("in/1.txt")), "eins");
        const QString two = write(tmp_.filePath(QStringLiteral("in/2.txt")), "zwei");
        const auto report = DocumentImporter(*ws_).importFiles(
            case_, {one, two}, domain::DocumentKind::Attachment,
            [](int index, int, const QString &, qint64, qint64) { return index < 1; });
        QVERIFY(report.cancelled);
        QCOMPARE(report.count(ImportOutcome::Kind::Added), 1);
        QCOMPARE(ws_->cases().documents(case_).value().size(), 1);
    }

    void addsANewVersionToADocument()
    {
        const QString v1 = write(tmp_.filePath(QStringLiteral("in/bescheid.txt")), "Entwurf");
        const QString v2 = write(tmp_.filePath(QStringLiteral("in/bescheid2.txt")), "Endfassung");
        DocumentImporter importer(*ws_);
        auto first = importer.importFile(case_, v1, 0, domain::DocumentKind::Notice);
        QVERIFY2(first.has_value(), why(first).constData());
        auto second =
            importer.importFile(case_, v2, first->documentId, domain::DocumentKind::Notice);
        QVERIFY2(second.has_value(), why(second).constData());
        QCOMPARE(second->number, 2);
        QCOMPARE(found(QStringLiteral("endfassung")), QList<qint64>{case_});
        QCOMPARE(found(QStringLiteral("entwurf")), QList<qint64>{});
    }
};

QTEST_GUILESS_MAIN(TestDocumentImporter)
#include "tst_documentimporter.moc"
