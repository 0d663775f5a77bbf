#include "PageRenderCache.h"
#include "PdfCorpus.h"
#include "pdf/PdfThumbnailBar.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace workroom::testing;
using workroom::widgets::PdfThumbnailBar;
using workroom::widgets::PdfView;
using workroom::widgets::PdfViewer;

namespace {

// The longest time the event loop did not turn while `work` ran, measured by a 1 ms timer.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        timer_.setInterval(1);
        timer_.setTimerType(Qt::PreciseTimer);
        connect(&timer_, &QTimer::timeout, this, [this] {
            const qint64 now = clock_.elapsed();
            longest_ = std::max(longest_, now - last_);
            last_ = now;
        });
        clock_.start();
        timer_.start();
    }
    qint64 longest() const { return longest_; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    qint64 longest_ = 0;
};

}  // namespace

class TestPdfView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsPagesAtTheScreensResolution();
    void zoomsAndFits();
    void navigatesWithTheKeyboard();
    void searchesAndHighlightsHits();
    void selectsAndCopiesText();
    void rotates();
    void showsThumbnails();
    void asksForThePasswordAgainAfterAWrongOne();
    void opensEveryFileOfTheCorpusWithoutFreezing();
    void prints();

private:
    bool open(PdfViewer &viewer, const QString &path);
    void screenshot(QWidget &widget, const QString &name);

    QTemporaryDir dir_;
    QString text_;
    QList<CorpusFile> corpus_;
};

void TestPdfView::initTestCase()
{
    QVERIFY(dir_.isValid());
    text_ = dir_.filePath(QStringLiteral("antrag.pdf"));
    QVERIFY(writeFile(text_, formPdf(5)));
    QDir().mkpath(dir_.filePath(QStringLiteral("corpus")));
    corpus_ = makeBadPdfCorpus(dir_.filePath(QStringLiteral("corpus")));
    QVERIFY(!corpus_.isEmpty());
}

bool TestPdfView::open(PdfViewer &viewer, const QString &path)
{
    viewer.openFile(path);
    return QTest::qWaitFor([&viewer] { return viewer.state() != PdfViewer::State::Loading; },
                           20'000);
}

void TestPdfView::screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WORKROOM_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }
}

void TestPdfView::showsPagesAtTheScreensResolution()
{
    PdfViewer viewer;
    viewer.resize(900, 800);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(open(viewer, text_));
    QCOMPARE(viewer.state(), PdfViewer::State::Showing);
    PdfView *view = viewer.view();
    QCOMPARE(view->pageCount(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(!view->cache()->image(0).isNull(), 20'000);

    // Rendered at the device pixel ratio (the test runs with QT_SCALE_FACTOR=2): twice as many
    // pixels as the page has logical pixels on screen.
    const double ratio = view->viewport()->devicePixelRatioF();
    QCOMPARE(ratio, 2.0);
    const QImage image = view->cache()->image(0);
    QVERIFY(qAbs(image.width() - view->pageRect(0).width() * ratio) <= 2);
    QCOMPARE(image.devicePixelRatio(), ratio);
    // The page on screen shows the rendered image: dark text on white paper.
    const QImage shown = view->viewport()->grab().toImage();
    QVERIFY(!shown.isNull());
    const QRect page = view->pageRect(0);
    QCOMPARE(QColor(shown.pixel(QPoint(page.center().x(), page.top() + 4) * ratio)),
             QColor(Qt::white));
    QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("pdfPageCount"))->text(),
             QStringLiteral("of 5"));
    screenshot(viewer, QStringLiteral("pdfview-form"));
}

void TestPdfView::zoomsAndFits()
{
    PdfViewer viewer;
    viewer.resize(900, 800);
    viewer.show();
    QVERIFY(open(viewer, text_));
    PdfView *view = viewer.view();
    QCOMPARE(view->fit(), PdfView::Fit::Width);
    const int width = view->viewport()->width();
    QVERIFY(qAbs(view->pageRect(0).width() - (width - 24)) <= 2);
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);

    view->setFit(PdfView::Fit::Page);
    QVERIFY(view->pageRect(0).height() <= view->viewport()->height() - 24 + 2);

    view->setZoom(1.0);
    QCOMPARE(view->pageRect(0).width(), 794);  // A4 at 96 dpi
    view->setZoom(2.0);
    QCOMPARE(view->pageRect(0).width(), 1587);
    view->setZoom(10);
    QCOMPARE(view->zoom(), PdfView::maxZoom);
    view->setZoom(0.01);
    QCOMPARE(view->zoom(), PdfView::minZoom);

    view->setZoom(1.0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(view->zoom() > 1.0);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->zoom() < 1.0);

    // Ctrl+wheel zooms around the mouse: the point under it stays (where the pages are larger
    // than the view, so that there is room to scroll to either side).
    view->setZoom(2.0);
    view->verticalScrollBar()->setValue(600);
    view->horizontalScrollBar()->setValue(300);
    const QPoint at(200, 300);
    const QPointF before = view->pageTransform(0).inverted().map(QPointF(at));
    QWheelEvent wheel(QPointF(at), view->viewport()->mapToGlobal(QPointF(at)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() > 2.2);
    const QPointF after = view->pageTransform(0).inverted().map(QPointF(at));
    QVERIFY2((before - after).manhattanLength() < 2, "the point under the mouse moved");

    // The combo box shows and sets the zoom.
    auto *combo = viewer.findChild<QComboBox *>(QStringLiteral("pdfZoomCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(400));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(view->zoom(), 4.0);
    QCOMPARE(combo->currentText(), QStringLiteral("400 %"));
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    QCOMPARE(view->fit(), PdfView::Fit::Width);
}

void TestPdfView::navigatesWithTheKeyboard()
{
    PdfViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    QVERIFY(open(viewer, text_));
    PdfView *view = viewer.view();
    view->setFocus();
    QSignalSpy pages(view, &PdfView::currentPageChanged);
    QCOMPARE(view->currentPage(), 0);
    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(view->currentPage(), 4);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->currentPage(), 0);
    const int top = view->verticalScrollBar()->value();
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(view->verticalScrollBar()->value() > top);
    QTest::keyClick(view, Qt::Key_PageDown);
    QTest::keyClick(view, Qt::Key_PageDown);
    QVERIFY(view->currentPage() >= 1);
    QTest::keyClick(view, Qt::Key_PageUp);
    QTest::keyClick(view, Qt::Key_PageUp);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->currentPage(), 0);
    QVERIFY(!pages.isEmpty());

    auto *spin = viewer.findChild<QSpinBox *>(QStringLiteral("pdfPageSpin"));
    spin->setValue(3);
    QCOMPARE(view->currentPage(), 2);
    view->goToPage(1);
    QCOMPARE(spin->value(), 2);
}

void TestPdfView::searchesAndHighlightsHits()
{
    PdfViewer viewer;
    viewer.resize(900, 800);
    viewer.show();
    QVERIFY(open(viewer, text_));
    PdfView *view = viewer.view();
    view->setFocus();
    QTest::keyClick(&viewer, Qt::Key_F, Qt::ControlModifier);
    auto *edit = viewer.findChild<QLineEdit *>(QStringLiteral("pdfSearchEdit"));
    QVERIFY(edit->isVisible());
    QTRY_VERIFY(edit->hasFocus());
    QSignalSpy finished(view, &PdfView::searchFinished);
    QTest::keyClicks(edit, QStringLiteral("bundesmeldegesetz"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
    // Twelve notes on each of the five pages name the law.
    QCOMPARE(view->hitCount(), 60);
    QCOMPARE(view->currentHit(), 0);
    auto *hits = viewer.findChild<QLabel *>(QStringLiteral("pdfHitLabel"));
    QCOMPARE(hits->text(), QStringLiteral("1 of 60"));

    QTest::keyClick(edit, Qt::Key_F3);
    QCOMPARE(view->currentHit(), 1);
    QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->currentHit(), 59);  // wraps to the last, on page 5
    QCOMPARE(view->currentPage(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(!view->cache()->image(4).isNull(), 20'000);

    // The current hit is drawn in its colour where Poppler found the word.
    const QImage shown = view->viewport()->grab().toImage();
    const QList<int> visible = view->visiblePages();
    QVERIFY(visible.contains(4));
    const QRectF hit = view->pageTransform(4).mapRect(
        view->document()->searchPage(4, QStringLiteral("bundesmeldegesetz"), {}).last());
    const double ratio = view->viewport()->devicePixelRatioF();
    int orange = 0;
    int pixels = 0;
    const QRect area((hit.topLeft() * ratio).toPoint(), (hit.bottomRight() * ratio).toPoint());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor colour = shown.pixelColor(x, y);
            orange += colour.red() > 200 && colour.blue() < 150 ? 1 : 0;
            ++pixels;
        }
    }
    QVERIFY2(orange > pixels / 3, qPrintable(QStringLiteral("%1 of %2").arg(orange).arg(pixels)));
    screenshot(viewer, QStringLiteral("pdfview-search"));

    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!edit->isVisible());
    QCOMPARE(view->hitCount(), 0);

    view->find(QStringLiteral("nirgends zu finden"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20'000);
    QCOMPARE(view->hitCount(), 0);
}

void TestPdfView::selectsAndCopiesText()
{
    PdfViewer viewer;
    viewer.resize(900, 800);
    viewer.show();
    QVERIFY(open(viewer, text_));
    PdfView *view = viewer.view();
    view->setZoom(1.0);
    view->goToPage(0);
    // The title line: 16 pt Helvetica at 56 pt from the left, 780 pt up from the bottom.
    const QTransform toView = view->pageTransform(0);
    const QPoint from = toView.map(QPointF(57, 842 - 784)).toPoint();
    const QPoint to = toView.map(QPointF(300, 842 - 784)).toPoint();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTRY_VERIFY(!view->document()->textBoxes(0).isEmpty());
    QTest::qWait(100);  // the words of the page arrive from a worker
    QMouseEvent move(QEvent::MouseMove, QPointF(to), view->viewport()->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QTRY_VERIFY(view->hasSelection());
    const QString selected = view->selectedText();
    QVERIFY2(selected.startsWith(QStringLiteral("Antrag auf Meldebescheinigung")),
             qPrintable(selected));
    QVERIFY(!selected.contains(QLatin1Char('\n')));

    view->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), selected);

    // A drag from the title to below the label line selects across lines.
    const QPoint below = toView.map(QPointF(200, 842 - 740)).toPoint();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent down(QEvent::MouseMove, QPointF(below),
                     view->viewport()->mapToGlobal(QPointF(below)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &down);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, below);
    QTRY_VERIFY(view->selectedText().contains(QLatin1Char('\n')));
    QVERIFY(view->selectedText().contains(QStringLiteral("Familienname")));
    screenshot(viewer, QStringLiteral("pdfview-selection"));

    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!view->hasSelection());
}

void TestPdfView::rotates()
{
    PdfViewer viewer;
    viewer.resize(900, 800);
    viewer.show();
    QVERIFY(open(viewer, text_));
    PdfView *view = viewer.view();
    view->setZoom(1.0);
    QVERIFY(view->pageRect(0).height() > view->pageRect(0).width());
    viewer.findChild<QAction *>(QStringLiteral("pdfRotateRightAction"))->trigger();
    QCOMPARE(view->rotation(), 90);
    QCOMPARE(view->pageRect(0).size(), QSize(1123, 794));
    QTRY_VERIFY_WITH_TIMEOUT(!view->cache()->image(view->currentPage()).isNull(), 20'000);
    const QImage image = view->cache()->image(view->currentPage());
    QVERIFY(image.width() > image.height());
    // The page's top left corner is at the top right now.
    const QPointF corner = view->pageTransform(0).map(QPointF(0, 0));
    QCOMPARE(corner.toPoint(), view->pageRect(0).topRight() + QPoint(1, 0));
    viewer.findChild<QAction *>(QStringLiteral("pdfRotateLeftAction"))->trigger();
    viewer.findChild<QAction *>(QStringLiteral("pdfRotateLeftAction"))->trigger();
    QCOMPARE(view->rotation(), 270);
}

void TestPdfView::showsThumbnails()
{
    PdfViewer viewer;
    viewer.resize(1000, 800);
    viewer.show();
    QVERIFY(open(viewer, dir_.filePath(QStringLiteral("corpus/thousand-pages.pdf"))));
    PdfThumbnailBar *thumbnails = viewer.thumbnails();
    QVERIFY(!thumbnails->isVisible());
    viewer.findChild<QAction *>(QStringLiteral("pdfThumbnailsAction"))->trigger();
    QVERIFY(thumbnails->isVisible());
    QCOMPARE(thumbnails->model()->rowCount(), 1000);
    QTRY_VERIFY_WITH_TIMEOUT(thumbnails->thumbnailCount() >= 3, 20'000);
    // Only the rows in sight are drawn, not a thousand.
    QVERIFY(thumbnails->thumbnailCount() < 30);
    thumbnails->setCurrentIndex(thumbnails->model()->index(500, 0));
    emit thumbnails->clicked(thumbnails->model()->index(500, 0));
    QCOMPARE(viewer.view()->currentPage(), 500);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.view()->cache()->image(500).isNull(), 20'000);
    viewer.view()->goToPage(0);
    QTRY_COMPARE(thumbnails->currentIndex().row(), 0);
    // Fitting the width beside the thumbnails leaves no horizontal scroll bar.
    QTRY_COMPARE(viewer.view()->horizontalScrollBar()->maximum(), 0);
    QTest::qWait(300);
    screenshot(viewer, QStringLiteral("pdfview-thumbnails"));
}

void TestPdfView::asksForThePasswordAgainAfterAWrongOne()
{
    PdfViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    QVERIFY(open(viewer, dir_.filePath(QStringLiteral("corpus/encrypted.pdf"))));
    QCOMPARE(viewer.state(), PdfViewer::State::NeedsPassword);
    QVERIFY(viewer.message().contains(QStringLiteral("password")));
    auto *password = viewer.findChild<QLineEdit *>(QStringLiteral("pdfPassword"));
    QVERIFY(password->isVisible());
    QTest::keyClicks(password, QStringLiteral("falsch"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(viewer.state() != PdfViewer::State::Loading);
    QCOMPARE(viewer.state(), PdfViewer::State::NeedsPassword);
    QVERIFY2(viewer.message().contains(QStringLiteral("not correct")),
             qPrintable(viewer.message()));
    QVERIFY(password->text().isEmpty());
    screenshot(viewer, QStringLiteral("pdfview-wrong-password"));
    QTest::keyClicks(password, QString::fromLatin1(corpusUserPassword));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(viewer.state() != PdfViewer::State::Loading);
    QCOMPARE(viewer.state(), PdfViewer::State::Showing);
    QCOMPARE(viewer.view()->pageCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.view()->cache()->image(0).isNull(), 20'000);
}

void TestPdfView::opensEveryFileOfTheCorpusWithoutFreezing()
{
    PdfViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTest::qWait(200);
    for (const CorpusFile &file : std::as_const(corpus_)) {
        const QByteArray name = file.name.toUtf8();
        StallMeter meter;
        viewer.openFile(file.path);
        QVERIFY2(QTest::qWaitFor([&viewer] { return viewer.state() != PdfViewer::State::Loading; },
                                 20'000),
                 name.constData());
        if (!file.error) {
            QCOMPARE(viewer.state(), PdfViewer::State::Showing);
            QTRY_VERIFY_WITH_TIMEOUT(!viewer.view()->cache()->image(0).isNull(), 30'000);
            QCOMPARE(viewer.message().isEmpty(), !file.xfaOnly);
            if (file.xfaOnly) {
                QVERIFY(viewer.message().contains(QStringLiteral("XFA")));
                screenshot(viewer, QStringLiteral("pdfview-xfa"));
            }
            viewer.view()->setZoom(4.0);  // the huge page at 400 %: still bounded
            QTest::qWait(50);
            QTRY_VERIFY_WITH_TIMEOUT(viewer.view()->cache()->isIdle(), 30'000);
            QVERIFY(viewer.view()->cache()->peakBytes() <= viewer.view()->cache()->maxBytes()
                    || viewer.view()->cache()->usedBytes()
                           <= workroom::pdf::PdfDocument::maxPagePixels * 4);
            viewer.view()->setFit(PdfView::Fit::Width);
        } else if (*file.error == corpus::passwordRequired) {
            QCOMPARE(viewer.state(), PdfViewer::State::NeedsPassword);
        } else {
            QCOMPARE(viewer.state(), PdfViewer::State::Failed);
            QVERIFY2(viewer.message().contains(file.name), qPrintable(viewer.message()));
            if (file.name == QStringLiteral("page.html.pdf")) {
                screenshot(viewer, QStringLiteral("pdfview-not-a-pdf"));
            }
        }
        // Opening and drawing happen on workers: the event loop kept turning.
        QVERIFY2(
            meter.longest() < 250,
            qPrintable(QStringLiteral("%1: stalled %2 ms").arg(file.name).arg(meter.longest())));
    }
}

void TestPdfView::prints()
{
    PdfViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    QVERIFY(open(viewer, text_));
    const QString output = dir_.filePath(QStringLiteral("printed.pdf"));
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(output);
    printer->setResolution(100);
    QSignalSpy finished(&viewer, &PdfViewer::printFinished);
    viewer.printTo(printer);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const auto printed = workroom::pdf::PdfDocument::open(output);
    QVERIFY(printed);
    QCOMPARE((*printed)->pageCount(), 5);
}

int main(int argc, char *argv[])
{
    // Every test here runs on a "HiDPI screen", so that rendering at the device pixel ratio is
    // checked, not assumed.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestPdfView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdfview.moc"
