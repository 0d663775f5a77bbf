#include "PageRenderCache.h"
#include "PageRenderer.h"
#include "PdfCorpus.h"
#include "PdfDocument.h"
#include "Why.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrentRun>

#include <memory>

using namespace workroom::pdf;
using namespace workroom::testing;

namespace {

// The share of pixels darker than mid-grey: text leaves some, a blank page none.
double inkShare(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 dark = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            dark += line[x] < 128 ? 1 : 0;
        }
    }
    return double(dark) / double(qint64(grey.width()) * grey.height());
}

}  // namespace

class TestPdfDocument : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensPagesWithTheirGeometry();
    void reportsRotatedPagesAsTheyShow();
    void findsTextAndWords();
    void asksForThePasswordAndTellsAWrongOne();
    void loadsEveryFileOfTheBadInputCorpus();
    void rendersAtResolutionRatioAndRotation();
    void rendersFromManyThreadsAtOnce();
    void cacheRendersInTheWantedOrderWithinItsBound();
    void cacheDropsWorkThatIsNoLongerWanted();
    void destroyingABusyCacheDoesNotWait();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir dir_;
    QList<CorpusFile> corpus_;
};

QString TestPdfDocument::write(const QString &name, const QByteArray &bytes)
{
    const QString path = dir_.filePath(name);
    if (!writeFile(path, bytes)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestPdfDocument::initTestCase()
{
    QVERIFY(dir_.isValid());
    QDir().mkpath(dir_.filePath(QStringLiteral("corpus")));
    corpus_ = makeBadPdfCorpus(dir_.filePath(QStringLiteral("corpus")));
    QVERIFY2(!corpus_.isEmpty(), "the corpus could not be made (is qpdf installed?)");
}

void TestPdfDocument::opensPagesWithTheirGeometry()
{
    QList<TextPage> pages = numberedPages(2);
    pages.append(TextPage{.size = QSizeF(842, 595), .lines = {QStringLiteral("quer")}});
    const auto document = PdfDocument::open(write(QStringLiteral("three.pdf"), textPdf(pages)));
    QVERIFY2(document, why(document));
    QCOMPARE((*document)->pageCount(), 3);
    QCOMPARE((*document)->pageSize(0).toSize(), QSize(595, 842));
    QCOMPARE((*document)->pageSize(2).toSize(), QSize(842, 595));
    QCOMPARE((*document)->pageRotation(0), 0);
    QCOMPARE((*document)->formKind(), PdfFormKind::None);
    QVERIFY(!(*document)->isEncrypted());
    QVERIFY((*document)->notice().isEmpty());

    const auto form = PdfDocument::open(write(QStringLiteral("form.pdf"), formPdf(2)));
    QVERIFY2(form, why(form));
    QCOMPARE((*form)->formKind(), PdfFormKind::AcroForm);
}

void TestPdfDocument::reportsRotatedPagesAsTheyShow()
{
    const auto document = PdfDocument::open(
        write(QStringLiteral("rotated.pdf"),
              textPdf({TextPage{.lines = {QStringLiteral("gedreht")}, .rotate = 90}})));
    QVERIFY2(document, why(document));
    QCOMPARE((*document)->pageRotation(0), 90);
    QCOMPARE((*document)->pageSize(0).toSize(), QSize(842, 595));
    const PageRenderer renderer(*document);
    const auto image = renderer.render({.page = 0, .dpi = 72});
    QVERIFY2(image, why(image));
    QCOMPARE(image->size(), QSize(842, 595));
}

void TestPdfDocument::findsTextAndWords()
{
    const auto document =
        PdfDocument::open(write(QStringLiteral("text.pdf"), textPdf(numberedPages(4))));
    QVERIFY2(document, why(document));
    const PdfDocument &pdf = **document;

    const QList<PdfTextBox> words = pdf.textBoxes(1);
    QStringList texts;
    for (const PdfTextBox &word : words) {
        texts.append(word.text);
        QVERIFY(QRectF(QPointF(0, 0), pdf.pageSize(1)).contains(word.rect));
    }
    QCOMPARE(texts.mid(0, 4), QStringList({QStringLiteral("Seite"), QStringLiteral("2"),
                                           QStringLiteral("von"), QStringLiteral("4")}));
    QVERIFY(words.first().spaceAfter);
    // The first line is drawn 72 pt below the top, so its words sit there (origin top left).
    QVERIFY(words.first().rect.bottom() > 60 && words.first().rect.top() < 80);

    QList<PdfSearchHit> hits;
    pdf.search(QStringLiteral("meldebescheinigung"), {}, [&hits](const PdfSearchHit &hit) {
        hits.append(hit);
        return true;
    });
    QCOMPARE(hits.size(), 4);
    for (int page = 0; page < 4; ++page) {
        QCOMPARE(hits.at(page).page, page);
        QCOMPARE(hits.at(page).rects.size(), 1);
    }
    QVERIFY(
        pdf.searchPage(0, QStringLiteral("meldebescheinigung"), {.caseSensitive = true}).isEmpty());
    QCOMPARE(
        pdf.searchPage(0, QStringLiteral("Meldebescheinigung"), {.caseSensitive = true}).size(), 1);

    int calls = 0;
    pdf.search(QStringLiteral("Seite"), {}, [&calls](const PdfSearchHit &) {
        ++calls;
        return false;  // stops at the first
    });
    QCOMPARE(calls, 1);
}

void TestPdfDocument::asksForThePasswordAndTellsAWrongOne()
{
    const QString path = dir_.filePath(QStringLiteral("corpus/encrypted.pdf"));
    const auto none = PdfDocument::open(path);
    QVERIFY(!none);
    QCOMPARE(none.error().error, PdfError::PasswordRequired);
    QVERIFY(none.error().message.contains(QStringLiteral("encrypted.pdf")));

    const auto wrong = PdfDocument::open(path, "falsch");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().error, PdfError::WrongPassword);

    for (const QByteArray &password : {corpusUserPassword, corpusOwnerPassword}) {
        const auto opened = PdfDocument::open(path, password);
        QVERIFY2(opened, why(opened));
        QVERIFY((*opened)->isEncrypted());
        QCOMPARE((*opened)->pageCount(), 3);
        // The further render threads load the file again with the same password.
        const PageRenderer renderer(*opened);
        QList<QFuture<bool>> renders;
        for (int page = 0; page < 3; ++page) {
            renders.append(QtConcurrent::run(
                [&renderer, page] { return bool(renderer.render({.page = page, .dpi = 30})); }));
        }
        for (auto &render : renders) {
            QVERIFY(render.result());
        }
        QVERIFY(!(*opened)->textBoxes(0).isEmpty());
    }
}

void TestPdfDocument::loadsEveryFileOfTheBadInputCorpus()
{
    for (const CorpusFile &file : std::as_const(corpus_)) {
        const QByteArray name = file.name.toUtf8();
        QElapsedTimer timer;
        timer.start();
        const auto document = PdfDocument::open(file.path);
        if (file.error) {
            QVERIFY2(!document, name.constData());
            QCOMPARE(int(document.error().error), *file.error);
            QVERIFY2(!document.error().message.isEmpty(), name.constData());
            continue;
        }
        QVERIFY2(document, QByteArray(name + ": " + why(document)).constData());
        QCOMPARE((*document)->pageCount(), file.pages);
        QCOMPARE((*document)->formKind() == PdfFormKind::XfaOnly, file.xfaOnly);
        QCOMPARE((*document)->notice().isEmpty(), !file.xfaOnly);

        const PageRenderer renderer(*document);
        const auto image = renderer.render({.page = 0, .dpi = 96, .devicePixelRatio = 2});
        QVERIFY2(image, QByteArray(name + ": " + why(image)).constData());
        QVERIFY2(qint64(image->width()) * image->height() <= PdfDocument::maxPagePixels,
                 name.constData());
        QVERIFY2(inkShare(*image) > 0 || file.name == QStringLiteral("huge-page.pdf"),
                 name.constData());
        QVERIFY2(timer.elapsed() < 30'000, name.constData());
    }
}

void TestPdfDocument::rendersAtResolutionRatioAndRotation()
{
    const auto document =
        PdfDocument::open(write(QStringLiteral("render.pdf"), textPdf(numberedPages(1))));
    QVERIFY2(document, why(document));
    const PageRenderer renderer(*document);

    const auto normal = renderer.render({.page = 0, .dpi = 96});
    QVERIFY2(normal, why(normal));
    QCOMPARE(normal->size(), QSize(794, 1123));
    QCOMPARE(normal->size(), renderer.imageSize({.page = 0, .dpi = 96}));
    QCOMPARE(renderer.imageSize({.page = 0, .dpi = 96, .devicePixelRatio = 2}), QSize(1587, 2245));
    QCOMPARE(normal->devicePixelRatio(), 1.0);
    const double ink = inkShare(*normal);
    QVERIFY(ink > 0.0005 && ink < 0.05);

    const auto sharp = renderer.render({.page = 0, .dpi = 96, .devicePixelRatio = 2});
    QVERIFY2(sharp, why(sharp));
    QCOMPARE(sharp->size(), QSize(1587, 2245));
    QCOMPARE(sharp->devicePixelRatio(), 2.0);

    const auto turned = renderer.render({.page = 0, .dpi = 96, .rotation = 90});
    QVERIFY2(turned, why(turned));
    QCOMPARE(turned->size(), QSize(1123, 794));
    // Text starts at the top left; turned clockwise it starts at the top right.
    const QImage left = turned->copy(0, 0, 561, 794);
    const QImage right = turned->copy(562, 0, 561, 794);
    QVERIFY(inkShare(right) > inkShare(left) * 5);

    const auto missing = renderer.render({.page = 1, .dpi = 96});
    QVERIFY(!missing);
    QCOMPARE(missing.error().error, PdfError::Damaged);
}

void TestPdfDocument::rendersFromManyThreadsAtOnce()
{
    const auto document =
        PdfDocument::open(write(QStringLiteral("threads.pdf"), formPdf(6)), {}, 3);
    QVERIFY2(document, why(document));
    const PageRenderer renderer(*document);
    QList<QImage> reference;
    for (int page = 0; page < 6; ++page) {
        reference.append(renderer.render({.page = page, .dpi = 40}).value_or(QImage()));
        QVERIFY(!reference.last().isNull());
    }
    QList<QFuture<bool>> runs;
    for (int thread = 0; thread < 8; ++thread) {
        runs.append(QtConcurrent::run([&renderer, &reference, &document, thread] {
            for (int round = 0; round < 12; ++round) {
                const int page = (thread + round) % 6;
                const auto image = renderer.render({.page = page, .dpi = 40});
                if (!image || *image != reference.at(page)
                    || (*document)->textBoxes(page).isEmpty()) {
                    return false;
                }
            }
            return true;
        }));
    }
    for (auto &run : runs) {
        QVERIFY(run.result());
    }
}

void TestPdfDocument::cacheRendersInTheWantedOrderWithinItsBound()
{
    const auto document = PdfDocument::open(write(QStringLiteral("cache.pdf"), formPdf(10)), {}, 1);
    QVERIFY2(document, why(document));
    const qint64 pageBytes = qint64(794) * 1123 * 4;
    PageRenderCache cache(*document, 3 * pageBytes + 1000);
    cache.setResolution(96, 1, 0);
    QSignalSpy ready(&cache, &PageRenderCache::pageReady);
    const QList<int> wanted = {4, 5, 3, 6, 2, 7, 1, 8};
    cache.setWanted(wanted);
    QTRY_VERIFY_WITH_TIMEOUT(cache.isIdle(), 30'000);
    QCOMPARE(ready.size(), wanted.size());
    for (qsizetype index = 0; index < wanted.size(); ++index) {
        QCOMPARE(ready.at(index).at(0).toInt(), wanted.at(index));
    }
    QVERIFY(cache.peakBytes() <= cache.maxBytes());
    QVERIFY(cache.usedBytes() >= 3 * pageBytes);
    // The least recently used went: the last three stay.
    QVERIFY(cache.image(4).isNull());
    QVERIFY(!cache.image(8).isNull());
    QCOMPARE(cache.image(8).size(), QSize(794, 1123));

    // Another zoom: the old image stands in until the new one arrives.
    cache.setResolution(48, 1, 0);
    QVERIFY(cache.image(8).isNull());
    QCOMPARE(cache.anyImage(8).size(), QSize(794, 1123));
    cache.request(8);
    QTRY_VERIFY_WITH_TIMEOUT(!cache.image(8).isNull(), 30'000);
    QCOMPARE(cache.image(8).size(), QSize(397, 561));
}

void TestPdfDocument::cacheDropsWorkThatIsNoLongerWanted()
{
    const auto document =
        PdfDocument::open(dir_.filePath(QStringLiteral("corpus/thousand-pages.pdf")), {}, 1);
    QVERIFY2(document, why(document));
    PageRenderCache cache(*document, qint64(64) << 20);
    cache.setResolution(20, 1, 0);
    QList<int> all;
    for (int page = 0; page < 1000; ++page) {
        all.append(page);
    }
    QSignalSpy ready(&cache, &PageRenderCache::pageReady);
    cache.setWanted(all);
    cache.setWanted({999});
    QTRY_VERIFY_WITH_TIMEOUT(cache.isIdle(), 30'000);
    // At most the page a worker had started, then the one still wanted.
    QVERIFY(ready.size() <= 2);
    QVERIFY(!cache.image(999).isNull());
}

void TestPdfDocument::destroyingABusyCacheDoesNotWait()
{
    const auto document =
        PdfDocument::open(dir_.filePath(QStringLiteral("corpus/thousand-pages.pdf")));
    QVERIFY2(document, why(document));
    QElapsedTimer timer;
    timer.start();
    {
        auto cache = std::make_unique<PageRenderCache>(*document, qint64(64) << 20);
        cache->setResolution(300, 2, 0);
        QList<int> all;
        for (int page = 0; page < 1000; ++page) {
            all.append(page);
        }
        cache->setWanted(all);
        QThread::msleep(50);
    }
    QVERIFY(timer.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(TestPdfDocument)
#include "tst_pdfdocument.moc"
