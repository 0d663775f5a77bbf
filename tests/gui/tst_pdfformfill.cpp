#include "PdfCorpus.h"
#include "PdfForm.h"
#include "Why.h"
#include "pdf/FormFieldEditorFactory.h"
#include "pdf/PdfFormOverlay.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::testing;
using workroom::pdf::FormValue;
using workroom::pdf::PdfForm;
using workroom::widgets::FormFieldEditorFactory;
using workroom::widgets::PdfViewer;

namespace {

// Types text as a keyboard would, umlauts included (QTest::keyClicks knows only ASCII).
void type(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(character),
                            Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(character),
                            Qt::NoModifier);
    }
}

}  // namespace

class TestPdfFormFill : public QObject {
    Q_OBJECT

private slots:
    void typesIntoTheFormOverThePageAndSaves();
    void placesEditorsOverTheirFieldsAtAnyZoom();

private:
    QTemporaryDir dir_;
};

void TestPdfFormFill::typesIntoTheFormOverThePageAndSaves()
{
    const QString source = dir_.filePath(QStringLiteral("antrag.pdf"));
    QVERIFY(writeFile(source, formPdf(2)));
    PdfViewer viewer;
    viewer.resize(900, 800);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.openFile(source, QStringLiteral("Antrag auf Meldebescheinigung.pdf"));
    QTRY_VERIFY_WITH_TIMEOUT(viewer.form()->hasFields(), 20'000);
    QVERIFY(viewer.saveFormAction()->isVisible());

    // Tab order as in the form: the first text field, then the next ones of page 1.
    const QList<QWidget *> editors = viewer.form()->editors();
    QCOMPARE(editors.size(), 18);  // eight text fields and a check box on each page
    QCOMPARE(editors.first()->property(FormFieldEditorFactory::fieldNameProperty).toString(),
             QStringLiteral("p1_feld1"));

    auto *name =
        qobject_cast<QLineEdit *>(viewer.form()->editorsOf(QStringLiteral("p1_feld1")).value(0));
    QVERIFY(name);
    QVERIFY(name->isVisible());
    name->setFocus();
    type(name, QStringLiteral("Großmuster"));
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(
        QApplication::focusWidget()->property(FormFieldEditorFactory::fieldNameProperty).toString(),
        QStringLiteral("p1_feld2"));
    type(QApplication::focusWidget(), QStringLiteral("Käthe"));

    auto *check = qobject_cast<QCheckBox *>(
        viewer.form()->editorsOf(QStringLiteral("p1_bestaetigt")).value(0));
    QVERIFY(check);
    viewer.view()->verticalScrollBar()->setValue(viewer.view()->verticalScrollBar()->value()
                                                 + check->y() - 200);
    QTRY_VERIFY(check->geometry().intersects(viewer.view()->viewport()->rect()));
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(check->width() / 2, check->height() / 2));
    QVERIFY(check->isChecked());
    QCOMPARE(viewer.form()->changedValues().size(), 3);

    // A field on page 2 is reached with Tab although it is outside the view: it scrolls in.
    auto *later = viewer.form()->editorsOf(QStringLiteral("p2_feld3")).value(0);
    QVERIFY(later);
    later->setFocus();
    QTRY_VERIFY(later->geometry().intersects(viewer.view()->viewport()->rect()));

    QString saved;
    viewer.setFormSaveHandler([&saved](const QString &path) { saved = path; });
    viewer.saveFormAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 30'000);
    QVERIFY(saved.endsWith(QStringLiteral("Antrag auf Meldebescheinigung.pdf")));

    // The saved file has the values for PdfForm and for other readers.
    const auto reloaded = PdfForm::open(saved);
    QVERIFY2(reloaded, why(reloaded));
    QCOMPARE(reloaded->field(QStringLiteral("p1_feld1"))->value,
             FormValue(QStringLiteral("Großmuster")));
    QCOMPARE(reloaded->field(QStringLiteral("p1_feld2"))->value,
             FormValue(QStringLiteral("Käthe")));
    QCOMPARE(reloaded->field(QStringLiteral("p1_bestaetigt"))->value,
             FormValue(QStringLiteral("Yes")));
    QCOMPARE(reloaded->field(QStringLiteral("p2_feld1"))->value.text(), QString());

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {saved, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30'000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Großmuster")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Käthe")));

    // The original is untouched.
    const auto original = PdfForm::open(source);
    QVERIFY(original);
    QCOMPARE(original->field(QStringLiteral("p1_feld1"))->value.text(), QString());
}

void TestPdfFormFill::placesEditorsOverTheirFieldsAtAnyZoom()
{
    const QString source = dir_.filePath(QStringLiteral("zoom.pdf"));
    QVERIFY(writeFile(source, formPdf(1)));
    PdfViewer viewer;
    viewer.resize(900, 800);
    viewer.show();
    viewer.openFile(source);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.form()->hasFields(), 20'000);
    QWidget *first = viewer.form()->editorsOf(QStringLiteral("p1_feld1")).value(0);
    QVERIFY(first);
    for (const double zoom : {0.5, 1.0, 2.0}) {
        viewer.view()->setZoom(zoom);
        viewer.view()->goToPage(0);
        // The field is at [56 720 356 740] in PDF space, y up from the bottom of 841.89 pt.
        const QRect expected = viewer.view()
                                   ->pageTransform(0)
                                   .mapRect(QRectF(56, 841.89 - 740, 300, 20))
                                   .toAlignedRect();
        QVERIFY2((first->geometry().topLeft() - expected.topLeft()).manhattanLength() <= 2,
                 qPrintable(QStringLiteral("%1: %2,%3 instead of %4,%5")
                                .arg(zoom)
                                .arg(first->x())
                                .arg(first->y())
                                .arg(expected.x())
                                .arg(expected.y())));
        QVERIFY(qAbs(first->width() - expected.width()) <= 2);
    }
    viewer.view()->setZoom(0.5);
    viewer.view()->rotateRight();
    const QRect turned =
        viewer.view()->pageTransform(0).mapRect(QRectF(56, 841.89 - 740, 300, 20)).toAlignedRect();
    QTRY_VERIFY((first->geometry().topLeft() - turned.topLeft()).manhattanLength() <= 2);
    QVERIFY(first->height() > first->width());
}

QTEST_MAIN(TestPdfFormFill)
#include "tst_pdfformfill.moc"
