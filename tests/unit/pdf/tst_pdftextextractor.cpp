#include "PdfTextExtractor.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

#include <array>
#include <memory>
#include <vector>

using workroom::pdf::extractPdfText;
using workroom::pdf::PdfError;
using workroom::pdf::PdfProblem;
using workroom::pdf::PdfText;

namespace {

const QString userPassword = QStringLiteral("Benutzer-Kennwort 1");
const QString ownerPassword = QStringLiteral("Eigentümer-Kennwort 2");

const QStringList threePages = {
    QStringLiteral("Anmeldung einer Wohnung"),
    QStringLiteral("Vermieterin Straße 12"),
    QStringLiteral("Müller, Größe der Wohnung"),
};

// Qt writes subset fonts whose content streams hold glyph ids, not letters: the words are only
// found if Poppler reads the fonts' ToUnicode maps, umlauts and ß included.
bool writePdf(const QString &path, const QStringList &pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer)) {
        return false;
    }
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    painter.setFont(font);
    for (qsizetype index = 0; index < pages.size(); ++index) {
        if (index > 0 && !writer.newPage()) {
            return false;
        }
        painter.drawText(QPointF(300, 400), pages.at(index));
        painter.drawText(QPointF(300, 600),
                         QStringLiteral("Seite %1 von %2").arg(index + 1).arg(pages.size()));
    }
    return painter.end();
}

// Written by hand because Qt's PDF engine leaves characters beyond U+FFFF out of its ToUnicode
// maps: "Summe: BB" in Helvetica, with B mapped to U+1D400 MATHEMATICAL BOLD CAPITAL A, which
// takes two UTF-16 code units.
QByteArray pdfWithCharacterOutsideTheBasicPlane()
{
    const QByteArray content = "BT /F1 24 Tf 72 700 Td (Summe: BB) Tj ET\n";
    const QByteArray toUnicode = "/CIDInit /ProcSet findresource begin\n"
                                 "12 dict begin\n"
                                 "begincmap\n"
                                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) "
                                 "/Supplement 0 >> def\n"
                                 "/CMapName /Adobe-Identity-UCS def\n"
                                 "/CMapType 2 def\n"
                                 "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                                 "1 beginbfchar\n<42> <D835DC00>\nendbfchar\n"
                                 "endcmap\n"
                                 "CMapName currentdict /CMap defineresource pop\n"
                                 "end\nend\n";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
        "/ToUnicode 6 0 R >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "endstream",
        "<< /Length " + QByteArray::number(toUnicode.size()) + " >>\nstream\n" + toUnicode
            + "endstream",
    };
    QByteArray pdf = "%PDF-1.7\n";
    QList<qsizetype> offsets;
    for (qsizetype index = 0; index < objects.size(); ++index) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(index + 1) + " 0 obj\n" + objects.at(index) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size() && file.flush();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const std::expected<PdfText, PdfProblem> &result)
{
    if (result) {
        return QStringLiteral("text of %1 pages: %2").arg(result->pageCount).arg(result->text);
    }
    return QStringLiteral("error %1: %2")
        .arg(int(result.error().error))
        .arg(result.error().message);
}

}  // namespace

class TestPdfTextExtractor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_qpdf;

    QString pathOf(const QString &name) const { return m_dir.filePath(name); }

    QString threePagePdf() const { return pathOf(QStringLiteral("drei-seiten.pdf")); }

    // qpdf, because Qt's PDF writer cannot encrypt; AES-256 (revision 6) is what current PDF
    // producers write.
    bool encrypt(const QString &in, const QString &out, const QString &user, const QString &owner)
    {
        QProcess qpdf;
        qpdf.start(m_qpdf, {QStringLiteral("--encrypt"), user, owner, QStringLiteral("256"),
                            QStringLiteral("--"), in, out});
        if (!qpdf.waitForFinished(60'000)) {
            qWarning() << "qpdf did not finish:" << qpdf.errorString();
            return false;
        }
        // qpdf's exit code 3 means success with warnings.
        if (qpdf.exitStatus() != QProcess::NormalExit
            || (qpdf.exitCode() != 0 && qpdf.exitCode() != 3)) {
            qWarning() << "qpdf failed:" << qpdf.readAllStandardError();
            return false;
        }
        return true;
    }

    void verifyProblem(const QString &path, PdfError expected,
                       const QByteArray &password = QByteArray())
    {
        const auto result = extractPdfText(path, 2'000'000, password);
        QVERIFY2(!result, qPrintable(describe(result)));
        QCOMPARE(result.error().error, expected);
        QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(result.error().message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (m_qpdf.isEmpty()) {
            QFAIL("qpdf was not found: install the Debian package 'qpdf' (it is listed in "
                  "tools/packages.txt, so tools/dev installs it).");
        }
        QVERIFY(writePdf(threePagePdf(), threePages));
    }

    void extractsGermanTextFromOnePage()
    {
        // A name with umlauts: Poppler gets the path as QString, not as bytes.
        const QString path = pathOf(QStringLiteral("Anmeldung Müller.pdf"));
        QVERIFY(writePdf(path, {QStringLiteral("Anmeldung einer Wohnung: Müller, Straße, "
                                               "Größe")}));

        const auto result = extractPdfText(path);
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result->pageCount, 1);
        QVERIFY(!result->truncated);
        const QStringList words = {QStringLiteral("Anmeldung einer Wohnung"),
                                   QStringLiteral("Müller"), QStringLiteral("Straße"),
                                   QStringLiteral("Größe"), QStringLiteral("Seite 1 von 1")};
        for (const QString &word : words) {
            QVERIFY2(result->text.contains(word),
                     qPrintable(word + u" missing in: " + result->text));
        }
    }

    void extractsEveryPageInReadingOrder()
    {
        const auto result = extractPdfText(threePagePdf());
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result->pageCount, 3);
        QVERIFY(!result->truncated);

        const QStringList wordsInOrder = {QStringLiteral("Anmeldung einer Wohnung"),
                                          QStringLiteral("Seite 1 von 3"),
                                          QStringLiteral("Straße"),
                                          QStringLiteral("Seite 2 von 3"),
                                          QStringLiteral("Müller"),
                                          QStringLiteral("Größe"),
                                          QStringLiteral("Seite 3 von 3")};
        qsizetype previous = -1;
        for (const QString &word : wordsInOrder) {
            const qsizetype at = result->text.indexOf(word);
            QVERIFY2(at > previous,
                     qPrintable(word + u" missing or out of order in: " + result->text));
            previous = at;
        }
        // The pages are separated, so a search never finds words glued across a page break.
        const QString lastOfFirst = QStringLiteral("Seite 1 von 3");
        const qsizetype endOfFirst = result->text.indexOf(lastOfFirst) + lastOfFirst.size();
        const qsizetype startOfSecond = result->text.indexOf(u"Vermieterin");
        QVERIFY(result->text.sliced(endOfFirst, startOfSecond - endOfFirst).contains(u'\n'));
    }

    void stopsAfterMaxChars()
    {
        const QString path = threePagePdf();
        const auto full = extractPdfText(path);
        QVERIFY2(full, qPrintable(describe(full)));
        const qint64 length = full->text.size();
        QVERIFY(length > 40);

        const auto exact = extractPdfText(path, length);
        QVERIFY(exact);
        QCOMPARE(exact->text, full->text);
        QVERIFY(!exact->truncated);

        const auto oneShort = extractPdfText(path, length - 1);
        QVERIFY(oneShort);
        QCOMPARE(oneShort->text, full->text.first(length - 1));
        QVERIFY(oneShort->truncated);

        const auto short10 = extractPdfText(path, 10);
        QVERIFY(short10);
        QCOMPARE(short10->text, full->text.first(10));
        QVERIFY(short10->truncated);
        // The page count describes the document, not the part of it that was read.
        QCOMPARE(short10->pageCount, 3);

        const auto nothing = extractPdfText(path, 0);
        QVERIFY(nothing);
        QVERIFY(nothing->text.isEmpty());
        QVERIFY(nothing->truncated);
    }

    void neverSplitsACharacterOutsideTheBasicPlane()
    {
        const QString path = pathOf(QStringLiteral("formel.pdf"));
        QVERIFY(writeBytes(path, pdfWithCharacterOutsideTheBasicPlane()));
        const auto full = extractPdfText(path);
        QVERIFY2(full, qPrintable(describe(full)));
        const QString bold = QString::fromUcs4(U"\U0001D400");
        const qsizetype at = full->text.indexOf(bold + bold);
        QVERIFY2(at > 0, qPrintable(full->text));

        const auto cut = extractPdfText(path, at + 1);
        QVERIFY(cut);
        QCOMPARE(cut->text, full->text.first(at));
        QVERIFY(cut->truncated);

        const auto whole = extractPdfText(path, at + 3);
        QVERIFY(whole);
        QCOMPARE(whole->text, full->text.first(at + 2));
        QVERIFY(whole->truncated);
    }

    void refusesAnEmptyFile()
    {
        const QString path = pathOf(QStringLiteral("leer.pdf"));
        QVERIFY(writeBytes(path, {}));
        verifyProblem(path, PdfError::NotAPdf);
    }

    void refusesRandomBytes()
    {
        const QString path = pathOf(QStringLiteral("zufall.pdf"));
        QRandomGenerator random(20250301);  // fixed, so that a failure can be reproduced
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        for (char &byte : bytes) {
            byte = char(random.bounded(256));
        }
        QVERIFY(!bytes.first(1024).contains("%PDF-"));
        QVERIFY(writeBytes(path, bytes));
        verifyProblem(path, PdfError::NotAPdf);
    }

    void refusesATextFileNamedPdf()
    {
        const QString path = pathOf(QStringLiteral("notiz.pdf"));
        QVERIFY(writeBytes(
            path,
            QStringLiteral("Anmeldung einer Wohnung, Straße 1, Müller\n").toUtf8().repeated(100)));
        verifyProblem(path, PdfError::NotAPdf);
    }

    void findsTheHeaderOnlyInTheFirstKilobyte()
    {
        const QByteArray pdf = readBytes(threePagePdf());
        QVERIFY(pdf.startsWith("%PDF-"));

        // Acrobat and Poppler accept bytes before the header, so the check must too.
        const QString shifted = pathOf(QStringLiteral("mit-vorspann.pdf"));
        QVERIFY(writeBytes(shifted, QByteArray(100, ' ') + pdf));
        const auto result = extractPdfText(shifted);
        QVERIFY2(result, qPrintable(describe(result)));
        QVERIFY(result->text.contains(u"Größe"));

        const QString late = pathOf(QStringLiteral("zu-spaet.pdf"));
        QVERIFY(writeBytes(late, QByteArray(1024, ' ') + pdf));
        verifyProblem(late, PdfError::NotAPdf);
    }

    void survivesATruncatedPdf_data()
    {
        QTest::addColumn<int>("percent");
        for (const int percent : {1, 10, 50, 90, 99}) {
            QTest::addRow("%d%%", percent) << percent;
        }
    }

    void survivesATruncatedPdf()
    {
        QFETCH(int, percent);
        const QByteArray pdf = readBytes(threePagePdf());
        const QString path = pathOf(QStringLiteral("abgeschnitten-%1.pdf").arg(percent));
        QVERIFY(writeBytes(path, pdf.first(pdf.size() * percent / 100)));

        const auto intact = extractPdfText(threePagePdf());
        QVERIFY2(intact, qPrintable(describe(intact)));

        const auto result = extractPdfText(path);
        if (result) {
            // Poppler may rebuild enough of the file to read some of it; what it reads is real.
            QVERIFY(result->pageCount >= 0 && result->pageCount <= 3);
            for (const QString &line : result->text.split(u'\n', Qt::SkipEmptyParts)) {
                QVERIFY2(intact->text.contains(line), qPrintable(line));
            }
        } else {
            QCOMPARE(result.error().error, PdfError::Damaged);
            QVERIFY(result.error().message.contains(QDir::toNativeSeparators(path)));
        }
    }

    void reportsAMissingFile()
    {
        verifyProblem(pathOf(QStringLiteral("gibt-es-nicht.pdf")), PdfError::FileNotFound);
    }

    void reportsAFolderAsUnreadable()
    {
        const QString path = pathOf(QStringLiteral("ordner.pdf"));
        QVERIFY(QDir().mkpath(path));
        verifyProblem(path, PdfError::Unreadable);
    }

    void reportsAFileWithoutReadPermission()
    {
        if (::geteuid() == 0) {
            QSKIP("root reads files regardless of their permissions");
        }
        const QString path = pathOf(QStringLiteral("gesperrt.pdf"));
        QVERIFY(QFile::copy(threePagePdf(), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        verifyProblem(path, PdfError::Unreadable);
    }

    void refusesAFileBeyondTheSizeLimit()
    {
        const QString path = pathOf(QStringLiteral("riesig.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("%PDF-1.7\n") == 9);
        // Sparse on the file systems that temporary directories live on: no gigabyte is written.
        QVERIFY(file.resize(workroom::pdf::maxPdfFileSize + 1));
        file.close();
        verifyProblem(path, PdfError::TooLarge);
        QVERIFY(QFile::remove(path));
    }

    void asksForAMissingPassword()
    {
        const QString path = pathOf(QStringLiteral("verschluesselt-ohne.pdf"));
        QVERIFY(encrypt(threePagePdf(), path, userPassword, ownerPassword));
        verifyProblem(path, PdfError::PasswordRequired);
    }

    void rejectsAWrongPassword()
    {
        const QString path = pathOf(QStringLiteral("verschluesselt-falsch.pdf"));
        QVERIFY(encrypt(threePagePdf(), path, userPassword, ownerPassword));
        verifyProblem(path, PdfError::WrongPassword, "falsches Kennwort");
        // Close is not enough: a password is compared as a whole.
        verifyProblem(path, PdfError::WrongPassword, userPassword.chopped(1).toUtf8());
    }

    void opensWithTheUserOrTheOwnerPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("user") << userPassword;
        QTest::newRow("owner") << ownerPassword;
    }

    void opensWithTheUserOrTheOwnerPassword()
    {
        QFETCH(QString, password);
        const QString path = pathOf(QStringLiteral("verschluesselt-richtig.pdf"));
        if (!QFile::exists(path)) {
            QVERIFY(encrypt(threePagePdf(), path, userPassword, ownerPassword));
        }
        QVERIFY(readBytes(path).contains("/Encrypt"));

        const auto result = extractPdfText(path, 2'000'000, password.toUtf8());
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result->pageCount, 3);
        const QStringList words = {QStringLiteral("Anmeldung einer Wohnung"),
                                   QStringLiteral("Straße"), QStringLiteral("Müller"),
                                   QStringLiteral("Größe")};
        for (const QString &word : words) {
            QVERIFY2(result->text.contains(word),
                     qPrintable(word + u" missing in: " + result->text));
        }
    }

    void opensAFileThatOnlyHasAnOwnerPassword()
    {
        // Encrypted only to restrict printing or copying: every reader opens it without asking,
        // also when the caller passes a password that does not belong to it.
        const QString path = pathOf(QStringLiteral("nur-eigentuemer.pdf"));
        QVERIFY(encrypt(threePagePdf(), path, QString(), ownerPassword));
        for (const QByteArray &password : {QByteArray(), QByteArray("irgendein Kennwort")}) {
            const auto result = extractPdfText(path, 2'000'000, password);
            QVERIFY2(result, qPrintable(describe(result)));
            QCOMPARE(result->pageCount, 3);
            QVERIFY(result->text.contains(u"Größe"));
        }
    }

    void extractsInParallelWorkerThreads()
    {
        const QString path = threePagePdf();
        const auto expected = extractPdfText(path);
        QVERIFY2(expected, qPrintable(describe(expected)));

        constexpr int threadCount = 4;
        std::array<QString, threadCount> texts;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int index = 0; index < threadCount; ++index) {
            threads.emplace_back(QThread::create([&texts, index, path] {
                for (int round = 0; round < 5; ++round) {
                    const auto result = extractPdfText(path);
                    texts.at(index) = result ? result->text : describe(result);
                }
            }));
            threads.back()->start();
        }
        for (const auto &thread : threads) {
            QVERIFY(thread->wait(QDeadlineTimer(120'000)));
        }
        for (const QString &text : texts) {
            QCOMPARE(text, expected->text);
        }
    }
};

// Not QTEST_GUILESS_MAIN: QPdfWriter needs a QGuiApplication for its fonts.
QTEST_MAIN(TestPdfTextExtractor)
#include "tst_pdftextextractor.moc"
