#include "PdfForm.h"
#include "Why.h"
#include "pdf/FormFieldEditorFactory.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using workroom::pdf::FormField;
using workroom::pdf::FormFieldKind;
using workroom::pdf::FormValue;
using workroom::pdf::PdfForm;
using workroom::widgets::FormFieldEditorFactory;

namespace {

constexpr double scale = 1.5;

// A stand-in for the viewer: a white page with the editors placed over their rectangles.
struct Page {
    QWidget widget;
    QMap<QString, QList<QWidget *>> editors;

    Page(FormFieldEditorFactory &factory, const PdfForm &form)
    {
        widget.resize(int(595 * scale), int(842 * scale));
        QPalette palette = widget.palette();
        palette.setColor(QPalette::Window, Qt::white);
        widget.setPalette(palette);
        widget.setAutoFillBackground(true);
        for (const FormField &field : form.fields()) {
            const QList<QWidget *> created = factory.createEditors(field, &widget);
            for (qsizetype i = 0; i < created.size(); ++i) {
                const QRectF r = field.widgets.at(i).rect;
                created.at(i)->setGeometry(QRectF(r.topLeft() * scale, r.size() * scale).toRect());
                FormFieldEditorFactory::applyScale(field, created.at(i), scale);
                created.at(i)->show();
            }
            editors.insert(field.name, created);
        }
    }

    template <typename T>
    T *editor(const QString &name, int index = 0) const
    {
        return qobject_cast<T *>(editors.value(name).value(index));
    }
};

QString formPath(const char *name)
{
    return QStringLiteral(WORKROOM_FORMS_DIR "/") + QString::fromLatin1(name);
}

}  // namespace

class TestFormFieldEditors : public QObject {
    Q_OBJECT

private slots:
    void editorsMatchTheFields();
    void requiredAndReadOnlyAreShownNotOnlyByColour();
    void editsReportValues();
    void setValueDoesNotReportBack();
    void typeIntoFieldsAndSave();
};

void TestFormFieldEditors::editorsMatchTheFields()
{
    auto form = PdfForm::open(formPath("gewerbeanmeldung.pdf"));
    QVERIFY2(form, why(form).constData());
    FormFieldEditorFactory factory;
    Page page(factory, *form);
    QVERIFY(page.editor<QLineEdit>(QStringLiteral("familienname")));
    QCOMPARE(page.editor<QLineEdit>(QStringLiteral("betrieb_plz"))->maxLength(), 5);
    QCOMPARE(page.editor<QLineEdit>(QStringLiteral("beginn"))->maxLength(), 10);
    QVERIFY(page.editor<QPlainTextEdit>(QStringLiteral("taetigkeit")));
    QVERIFY(page.editor<QCheckBox>(QStringLiteral("nebenerwerb")));
    QCOMPARE(page.editors.value(QStringLiteral("grund")).size(), 3);
    QVERIFY(page.editor<QRadioButton>(QStringLiteral("grund"), 2));
    QVERIFY(!page.editor<QComboBox>(QStringLiteral("rechtsform"))->isEditable());
    QCOMPARE(page.editor<QComboBox>(QStringLiteral("rechtsform"))->count(), 6);  // blank + 5
    const auto *list = page.editor<QListWidget>(QStringLiteral("betriebsart"));
    QCOMPARE(list->selectionMode(), QAbstractItemView::MultiSelection);
    QCOMPARE(list->count(), 4);

    auto melde = PdfForm::open(formPath("meldebescheinigung.pdf"));
    QVERIFY(melde);
    Page meldePage(factory, *melde);
    QVERIFY(meldePage.editor<QComboBox>(QStringLiteral("zweck"))->isEditable());
    QCOMPARE(meldePage.editor<QLineEdit>(QStringLiteral("anzahl"))->text(), QStringLiteral("1"));

    // Tab goes through the editors in the form's order.
    page.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.widget));
    QWidget *first = page.editor<QLineEdit>(QStringLiteral("familienname"));
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), page.editor<QLineEdit>(QStringLiteral("vornamen")));

    if (const QString dir = qEnvironmentVariable("WORKROOM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        page.editor<QLineEdit>(QStringLiteral("familienname"))->setText(QStringLiteral("Muster"));
        page.editor<QLineEdit>(QStringLiteral("betrieb_plz"))->setText(QStringLiteral("12345"));
        page.editor<QCheckBox>(QStringLiteral("nebenerwerb"))->setChecked(true);
        page.widget.grab().save(QDir(dir).filePath(QStringLiteral("form-field-editors.png")));
    }
}

void TestFormFieldEditors::requiredAndReadOnlyAreShownNotOnlyByColour()
{
    auto form = PdfForm::open(formPath("bewohnerparkausweis.pdf"));
    QVERIFY2(form, why(form).constData());
    FormFieldEditorFactory factory;
    Page page(factory, *form);
    QWidget *name = page.editor<QLineEdit>(QStringLiteral("familienname"));
    QVERIFY(name->property(FormFieldEditorFactory::requiredProperty).toBool());
    QVERIFY(name->toolTip().contains(QStringLiteral("Required")));
    QVERIFY(name->accessibleDescription().contains(QStringLiteral("Required")));
    QCOMPARE(name->accessibleName(), QStringLiteral("Familienname"));
    // The drawn marker is a child of the editor.
    QCOMPARE(name->findChildren<QWidget *>(Qt::FindDirectChildrenOnly).size()
                 - QLineEdit().findChildren<QWidget *>(Qt::FindDirectChildrenOnly).size(),
             1);
    QWidget *remarks = page.editor<QPlainTextEdit>(QStringLiteral("bemerkungen"));
    QVERIFY(!remarks->property(FormFieldEditorFactory::requiredProperty).toBool());
    QVERIFY(!remarks->accessibleDescription().contains(QStringLiteral("Required")));

    QWidget *fee = page.editor<QLineEdit>(QStringLiteral("gebuehr"));
    QVERIFY(!fee->isEnabled());
    QCOMPARE(qobject_cast<QLineEdit *>(fee)->text(), QStringLiteral("30,70 €"));
    QVERIFY(fee->accessibleDescription().contains(QStringLiteral("Read-only")));
    QCOMPARE(page.editor<QRadioButton>(QStringLiteral("halter"), 1)->accessibleName(),
             QStringLiteral("Verhältnis zum Fahrzeug: firmenwagen"));
}

void TestFormFieldEditors::editsReportValues()
{
    auto form = PdfForm::open(formPath("gewerbeanmeldung.pdf"));
    QVERIFY(form);
    FormFieldEditorFactory factory;
    Page page(factory, *form);
    page.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.widget));
    QSignalSpy spy(&factory, &FormFieldEditorFactory::valueChanged);

    auto *plz = page.editor<QLineEdit>(QStringLiteral("betrieb_plz"));
    QTest::keyClicks(plz, QStringLiteral("1234567"));
    QCOMPARE(plz->text(), QStringLiteral("12345"));  // the comb has five cells
    QCOMPARE(spy.last().at(0).toString(), QStringLiteral("betrieb_plz"));
    QCOMPARE(spy.last().at(1).value<FormValue>(), FormValue(QStringLiteral("12345")));

    QTest::mouseClick(page.editor<QRadioButton>(QStringLiteral("grund"), 1), Qt::LeftButton);
    QCOMPARE(spy.last().at(1).value<FormValue>(), FormValue(QStringLiteral("uebernahme")));
    QTest::mouseClick(page.editor<QCheckBox>(QStringLiteral("erlaubnis")), Qt::LeftButton);
    QCOMPARE(spy.last().at(1).value<FormValue>(), FormValue(QStringLiteral("ja")));
    QTest::mouseClick(page.editor<QCheckBox>(QStringLiteral("erlaubnis")), Qt::LeftButton);
    QCOMPARE(spy.last().at(1).value<FormValue>(), FormValue(QStringLiteral("Off")));

    auto *list = page.editor<QListWidget>(QStringLiteral("betriebsart"));
    list->item(1)->setSelected(true);
    list->item(2)->setSelected(true);
    QCOMPARE(spy.last().at(1).value<FormValue>(),
             FormValue(QStringList{QStringLiteral("handwerk"), QStringLiteral("handel")}));

    auto *combo = page.editor<QComboBox>(QStringLiteral("rechtsform"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_COMPARE(spy.last().at(0).toString(), QStringLiteral("rechtsform"));
    QCOMPARE(spy.last().at(1).value<FormValue>(), FormValue(QStringLiteral("einzel")));
    QCOMPARE(factory.value(QStringLiteral("rechtsform")), FormValue(QStringLiteral("einzel")));
}

void TestFormFieldEditors::setValueDoesNotReportBack()
{
    auto form = PdfForm::open(formPath("bewohnerparkausweis.pdf"));
    QVERIFY(form);
    FormFieldEditorFactory factory;
    Page page(factory, *form);
    QSignalSpy spy(&factory, &FormFieldEditorFactory::valueChanged);
    factory.setValue(QStringLiteral("halter"), FormValue(QStringLiteral("Off")));
    factory.setValue(QStringLiteral("zone"), FormValue(QStringList{QStringLiteral("C")}));
    factory.setValue(QStringLiteral("kennzeichen"), FormValue(QStringLiteral("MS-A 1")));
    QCOMPARE(spy.count(), 0);
    QVERIFY(!page.editor<QRadioButton>(QStringLiteral("halter"), 0)->isChecked());
    QCOMPARE(factory.value(QStringLiteral("halter")), FormValue(QStringLiteral("Off")));
    QCOMPARE(factory.value(QStringLiteral("zone")), FormValue(QStringList{QStringLiteral("C")}));
    QCOMPARE(page.editor<QLineEdit>(QStringLiteral("kennzeichen"))->text(),
             QStringLiteral("MS-A 1"));
}

void TestFormFieldEditors::typeIntoFieldsAndSave()
{
    // The editors drive the form as the viewer wires them: every reported change is set on
    // the PdfForm, which then saves a file that shows the values.
    auto form = PdfForm::open(formPath("meldebescheinigung.pdf"));
    QVERIFY(form);
    FormFieldEditorFactory factory;
    Page page(factory, *form);
    QStringList problems;
    connect(&factory, &FormFieldEditorFactory::valueChanged, this,
            [&](const QString &name, const FormValue &value) {
                if (auto set = form->setValue(name, value); !set) {
                    problems.append(set.error().message);
                }
            });
    page.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.widget));
    QTest::keyClicks(page.editor<QLineEdit>(QStringLiteral("familienname")),
                     QStringLiteral("Übermann"));
    QTest::keyClicks(page.editor<QPlainTextEdit>(QStringLiteral("bemerkungen")),
                     QStringLiteral("Bitte bis Freitag"));
    QTest::mouseClick(page.editor<QRadioButton>(QStringLiteral("art"), 0), Qt::LeftButton);
    QTest::mouseClick(page.editor<QCheckBox>(QStringLiteral("gebuehr_kenntnis")), Qt::LeftButton);
    auto *purpose = page.editor<QComboBox>(QStringLiteral("zweck"));
    purpose->setFocus();
    purpose->lineEdit()->selectAll();
    QTest::keyClicks(purpose, QStringLiteral("Kindergeldkasse"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("typed.pdf"));
    QVERIFY(form->saveAs(saved));
    auto reloaded = PdfForm::open(saved);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->field(QStringLiteral("familienname"))->value,
             FormValue(QStringLiteral("Übermann")));
    QCOMPARE(reloaded->field(QStringLiteral("bemerkungen"))->value,
             FormValue(QStringLiteral("Bitte bis Freitag")));
    QCOMPARE(reloaded->field(QStringLiteral("art"))->value, FormValue(QStringLiteral("einfach")));
    QCOMPARE(reloaded->field(QStringLiteral("gebuehr_kenntnis"))->value,
             FormValue(QStringLiteral("ja")));
    QCOMPARE(reloaded->field(QStringLiteral("zweck"))->value,
             FormValue(QStringLiteral("Kindergeldkasse")));
}

QTEST_MAIN(TestFormFieldEditors)
#include "tst_formfieldeditors.moc"
