#include "PdfForm.h"
#include "SampleForms.h"
#include "Why.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using workroom::pdf::FormError;
using workroom::pdf::FormField;
using workroom::pdf::FormFieldKind;
using workroom::pdf::FormValue;
using workroom::pdf::PdfError;
using workroom::pdf::PdfForm;

namespace {

QString formPath(const QString &fileName)
{
    return QStringLiteral(WORKROOM_FORMS_DIR "/") + fileName;
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// How dark the page is inside a rectangle given in points, rendered by pdftoppm.
double darkness(const QString &pdf, const QRectF &rect, const QString &scratch)
{
    const QString prefix = scratch + QStringLiteral("/render");
    const int dpi = 144;
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
             QStringLiteral("-singlefile"), pdf, prefix});
    const QImage image(prefix + QStringLiteral(".png"));
    if (image.isNull()) {
        return -1;
    }
    const double scale = dpi / 72.0;
    const QRect pixels(QPoint(int(rect.left() * scale) + 3, int(rect.top() * scale) + 3),
                       QPoint(int(rect.right() * scale) - 3, int(rect.bottom() * scale) - 3));
    double sum = 0;
    int count = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            sum += 255 - qGray(image.pixel(x, y));
            ++count;
        }
    }
    return count ? sum / count : -1;
}

}  // namespace

class TestPdfForm : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void committedSampleFormsAreCurrent();
    void sampleFormsListTheirFields_data();
    void sampleFormsListTheirFields();
    void describesFieldsCompletely();
    void fillSaveReloadEveryKind();
    void savedValuesShowInOtherReaders();
    void checkBoxAndRadioExportValues();
    void readOnlyAndSignatureRefused();
    void maxLengthAndOptionsEnforced();
    void setValuesIsAllOrNothing();
    void jsonRoundTrip();
    void jsonRefusesBadShapes();
    void neverSavesOverTheOriginal();
    void detailsSurviveObjectStreamsAndUpdates();
    void encryptedFormsAskForThePassword();
    void badFilesGiveClearProblems();
    void xfaOnlyFormsAreRecognised();
    void tabOrderFollowsTabsEntry();

private:
    QTemporaryDir dir_;
};

void TestPdfForm::initTestCase()
{
    // For looking at the filled files after a failure.
    dir_.setAutoRemove(!qEnvironmentVariableIsSet("WORKROOM_KEEP_TEST_FILES"));
}

void TestPdfForm::committedSampleFormsAreCurrent()
{
    // The generator is the source: whoever changes it must run make-sample-forms again.
    for (const auto &form : workroom::casework::generateSampleForms()) {
        QFile file(formPath(form.fileName));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QVERIFY2(file.readAll() == form.pdf,
                 qPrintable(form.fileName
                            + QStringLiteral(" differs from the generator; run "
                                             "make-sample-forms data/forms")));
    }
}

void TestPdfForm::sampleFormsListTheirFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("melde") << QStringLiteral("meldebescheinigung.pdf")
                           << QStringList{"aktenzeichen",
                                          "familienname",
                                          "vornamen",
                                          "geburtsdatum",
                                          "geburtsort",
                                          "geburtsname",
                                          "strasse",
                                          "hausnummer",
                                          "plz",
                                          "ort",
                                          "art",
                                          "zweck",
                                          "anzahl",
                                          "versand_post",
                                          "gebuehr_kenntnis",
                                          "bemerkungen",
                                          "ort_datum",
                                          "unterschrift",
                                          "bearbeitungsvermerk"};
    QTest::newRow("gewerbe") << QStringLiteral("gewerbeanmeldung.pdf")
                             << QStringList{"aktenzeichen",
                                            "familienname",
                                            "vornamen",
                                            "geburtsdatum",
                                            "geburtsort",
                                            "geburtsname",
                                            "staatsangehoerigkeit",
                                            "rechtsform",
                                            "betrieb_name",
                                            "betrieb_strasse",
                                            "betrieb_hausnummer",
                                            "betrieb_plz",
                                            "betrieb_ort",
                                            "taetigkeit",
                                            "beginn",
                                            "betriebsart",
                                            "grund",
                                            "nebenerwerb",
                                            "erlaubnis",
                                            "ort_datum",
                                            "unterschrift",
                                            "bearbeitungsvermerk"};
    QTest::newRow("parken") << QStringLiteral("bewohnerparkausweis.pdf")
                            << QStringList{"aktenzeichen",  "familienname",  "vornamen",
                                           "strasse",       "hausnummer",    "plz",
                                           "ort",           "hauptwohnsitz", "kennzeichen",
                                           "geltungsdauer", "gebuehr",       "halter",
                                           "zone",          "bemerkungen",   "datenschutz",
                                           "ort_datum",     "unterschrift",  "bearbeitungsvermerk"};
}

void TestPdfForm::sampleFormsListTheirFields()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    auto form = PdfForm::open(formPath(file));
    QVERIFY2(form, why(form).constData());
    QStringList names;
    for (const FormField &field : form->fields()) {
        names.append(field.name);
    }
    // In tab order, which is the order the generator laid them out in.
    QCOMPARE(names, expected);
    QVERIFY(!form->isXfaOnly());
    QCOMPARE(form->pageCount(), 1);
    QCOMPARE(form->pageSize(0), QSizeF(595, 842));
}

void TestPdfForm::describesFieldsCompletely()
{
    auto form = PdfForm::open(formPath(QStringLiteral("meldebescheinigung.pdf")));
    QVERIFY2(form, why(form).constData());

    const FormField *plz = form->field(QStringLiteral("plz"));
    QVERIFY(plz);
    QCOMPARE(plz->kind, FormFieldKind::Text);
    QVERIFY(plz->comb);
    QVERIFY(plz->required);
    QCOMPARE(plz->maxLength, 5);
    QCOMPARE(plz->label, QStringLiteral("Postleitzahl der Hauptwohnung"));
    // Rectangles are in points from the top-left corner: the postal code sits on the left
    // half of the page, below the name fields.
    QCOMPARE(plz->widgets.size(), 1);
    const QRectF rect = plz->widgets.first().rect;
    QCOMPARE(rect.width(), 100.0);
    QCOMPARE(rect.left(), 56.0);
    QVERIFY(rect.top() > form->field(QStringLiteral("familienname"))->widgets.first().rect.top());

    const FormField *remarks = form->field(QStringLiteral("bemerkungen"));
    QVERIFY(remarks->multiLine);
    QVERIFY(!remarks->required);
    QCOMPARE(remarks->maxLength, 300);

    const FormField *reference = form->field(QStringLiteral("aktenzeichen"));
    QVERIFY(reference->readOnly);
    QVERIFY(!reference->fillable());

    const FormField *kind = form->field(QStringLiteral("art"));
    QCOMPARE(kind->kind, FormFieldKind::RadioGroup);
    QVERIFY(kind->required);
    QCOMPARE(kind->widgets.size(), 2);
    QCOMPARE(kind->widgets.at(0).exportValue, QStringLiteral("einfach"));
    QCOMPARE(kind->widgets.at(1).exportValue, QStringLiteral("erweitert"));
    QCOMPARE(kind->value, FormValue(QStringLiteral("Off")));

    const FormField *purpose = form->field(QStringLiteral("zweck"));
    QCOMPARE(purpose->kind, FormFieldKind::ComboBox);
    QVERIFY(purpose->editable);
    QCOMPARE(purpose->options.size(), 4);
    QCOMPARE(purpose->options.at(2).exportValue, QStringLiteral("behoerde"));
    QCOMPARE(purpose->options.at(2).text, QStringLiteral("Vorlage bei einer Behörde"));

    const FormField *count = form->field(QStringLiteral("anzahl"));
    QCOMPARE(count->value, FormValue(QStringLiteral("1")));
    QCOMPARE(count->defaultValue, FormValue(QStringLiteral("1")));

    const FormField *fee = form->field(QStringLiteral("gebuehr_kenntnis"));
    QCOMPARE(fee->kind, FormFieldKind::CheckBox);
    QVERIFY(fee->required);
    QCOMPARE(fee->options.first().exportValue, QStringLiteral("ja"));

    auto trade = PdfForm::open(formPath(QStringLiteral("gewerbeanmeldung.pdf")));
    QVERIFY2(trade, why(trade).constData());
    const FormField *sort = trade->field(QStringLiteral("betriebsart"));
    QCOMPARE(sort->kind, FormFieldKind::ListBox);
    QVERIFY(sort->multiSelect);
    QCOMPARE(sort->value, FormValue(QStringList()));
    const FormField *legal = trade->field(QStringLiteral("rechtsform"));
    QCOMPARE(legal->kind, FormFieldKind::ComboBox);
    QVERIFY(!legal->editable);

    // Tab indices grow through the form.
    int last = -1;
    for (const FormField &field : trade->fields()) {
        QVERIFY(field.tabIndex() > last);
        last = field.tabIndex();
    }
}

void TestPdfForm::fillSaveReloadEveryKind()
{
    auto form = PdfForm::open(formPath(QStringLiteral("gewerbeanmeldung.pdf")));
    QVERIFY2(form, why(form).constData());
    const QMap<QString, FormValue> values{
        {QStringLiteral("familienname"), FormValue(QStringLiteral("Großmuster"))},
        {QStringLiteral("vornamen"), FormValue(QStringLiteral("Käthe"))},
        {QStringLiteral("taetigkeit"),
         FormValue(QStringLiteral("Einzelhandel mit Blumen\nund Gartenbedarf"))},
        {QStringLiteral("betrieb_plz"), FormValue(QStringLiteral("12345"))},
        {QStringLiteral("nebenerwerb"), FormValue(QStringLiteral("ja"))},
        {QStringLiteral("grund"), FormValue(QStringLiteral("uebernahme"))},
        {QStringLiteral("rechtsform"), FormValue(QStringLiteral("gbr"))},
        {QStringLiteral("staatsangehoerigkeit"), FormValue(QStringLiteral("eu"))},
        {QStringLiteral("betriebsart"),
         FormValue(QStringList{QStringLiteral("handwerk"), QStringLiteral("handel")})},
    };
    const auto set = form->setValues(values);
    QVERIFY2(set, why(set).constData());
    QVERIFY(form->isModified());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QCOMPARE(form->field(it.key())->value, it.value());
    }
    const QString saved = dir_.filePath(QStringLiteral("gewerbe-filled.pdf"));
    const auto written = form->saveAs(saved);
    QVERIFY2(written, why(written).constData());

    auto reloaded = PdfForm::open(saved);
    QVERIFY2(reloaded, why(reloaded).constData());
    QVERIFY(!reloaded->isModified());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QCOMPARE(reloaded->field(it.key())->value, it.value());
    }
    QCOMPARE(reloaded->field(QStringLiteral("erlaubnis"))->value, FormValue(QStringLiteral("Off")));

    // An editable combo box takes free text, and a single-select list box one entry.
    auto melde = PdfForm::open(formPath(QStringLiteral("meldebescheinigung.pdf")));
    QVERIFY2(melde, why(melde).constData());
    QVERIFY(
        melde->setValue(QStringLiteral("zweck"), FormValue(QStringLiteral("Vorlage beim Verein"))));
    QVERIFY(melde->setValue(QStringLiteral("art"), FormValue(QStringLiteral("erweitert"))));
    auto parking = PdfForm::open(formPath(QStringLiteral("bewohnerparkausweis.pdf")));
    QVERIFY2(parking, why(parking).constData());
    QVERIFY(parking->setValue(QStringLiteral("zone"), FormValue(QStringList{QStringLiteral("B")})));
    QVERIFY(parking->setValue(QStringLiteral("geltungsdauer"), FormValue(QStringLiteral("24"))));
    QVERIFY(parking->setValue(QStringLiteral("halter"), FormValue(QStringLiteral("leasing"))));
    const QString meldeSaved = dir_.filePath(QStringLiteral("melde-filled.pdf"));
    const QString parkingSaved = dir_.filePath(QStringLiteral("parken-filled.pdf"));
    QVERIFY(melde->saveAs(meldeSaved));
    QVERIFY(parking->saveAs(parkingSaved));
    auto meldeAgain = PdfForm::open(meldeSaved);
    auto parkingAgain = PdfForm::open(parkingSaved);
    QVERIFY(meldeAgain && parkingAgain);
    QCOMPARE(meldeAgain->field(QStringLiteral("zweck"))->value,
             FormValue(QStringLiteral("Vorlage beim Verein")));
    QCOMPARE(meldeAgain->field(QStringLiteral("art"))->value,
             FormValue(QStringLiteral("erweitert")));
    QCOMPARE(parkingAgain->field(QStringLiteral("zone"))->value,
             FormValue(QStringList{QStringLiteral("B")}));
    QCOMPARE(parkingAgain->field(QStringLiteral("geltungsdauer"))->value,
             FormValue(QStringLiteral("24")));
    QCOMPARE(parkingAgain->field(QStringLiteral("halter"))->value,
             FormValue(QStringLiteral("leasing")));
}

void TestPdfForm::savedValuesShowInOtherReaders()
{
    auto form = PdfForm::open(formPath(QStringLiteral("gewerbeanmeldung.pdf")));
    QVERIFY2(form, why(form).constData());
    QVERIFY(form->setValues({
        {QStringLiteral("familienname"), FormValue(QStringLiteral("Weißbeispiel"))},
        {QStringLiteral("taetigkeit"), FormValue(QStringLiteral("Reparatur von Fahrrädern"))},
        {QStringLiteral("betrieb_plz"), FormValue(QStringLiteral("54321"))},
        {QStringLiteral("rechtsform"), FormValue(QStringLiteral("ug"))},
        {QStringLiteral("betriebsart"), FormValue(QStringList{QStringLiteral("handwerk")})},
        {QStringLiteral("nebenerwerb"), FormValue(QStringLiteral("ja"))},
        {QStringLiteral("grund"), FormValue(QStringLiteral("zuzug"))},
    }));
    const QString saved = dir_.filePath(QStringLiteral("visible.pdf"));
    QVERIFY(form->saveAs(saved));

    // pdftotext reads the appearance streams, not the field values: the text is only there
    // if the appearances were regenerated.
    const QString text = runTool(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-layout"), saved, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("Weißbeispiel")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reparatur von Fahrrädern")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("UG (haftungsbeschränkt)")), qPrintable(text));
    // The comb puts each digit into its own cell, so they come out spaced.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("5\\s*4\\s*3\\s*2\\s*1"))),
             qPrintable(text));

    // A check box has no text: its mark must show when rendered.
    const QRectF box = form->field(QStringLiteral("nebenerwerb"))->widgets.first().rect;
    const QRectF other = form->field(QStringLiteral("erlaubnis"))->widgets.first().rect;
    const double ticked = darkness(saved, box, dir_.path());
    const double empty = darkness(saved, other, dir_.path());
    const double before =
        darkness(formPath(QStringLiteral("gewerbeanmeldung.pdf")), box, dir_.path());
    QVERIFY2(
        ticked > empty + 30 && ticked > before + 30,
        qPrintable(
            QStringLiteral("ticked %1, empty %2, before %3").arg(ticked).arg(empty).arg(before)));
    // So must the dot of the chosen radio button, and only that one.
    const FormField *reason = form->field(QStringLiteral("grund"));
    const double chosen = darkness(saved, reason->widgets.at(2).rect, dir_.path());
    const double unchosen = darkness(saved, reason->widgets.at(0).rect, dir_.path());
    QVERIFY2(chosen > unchosen + 30,
             qPrintable(QStringLiteral("chosen %1, other %2").arg(chosen).arg(unchosen)));
}

void TestPdfForm::checkBoxAndRadioExportValues()
{
    auto form = PdfForm::open(formPath(QStringLiteral("bewohnerparkausweis.pdf")));
    QVERIFY2(form, why(form).constData());
    // The generator pre-selects "halter"; the default value says so too.
    QCOMPARE(form->field(QStringLiteral("halter"))->value, FormValue(QStringLiteral("halter")));
    QCOMPARE(form->field(QStringLiteral("halter"))->defaultValue,
             FormValue(QStringLiteral("halter")));
    QVERIFY(form->setValue(QStringLiteral("halter"), FormValue(QStringLiteral("firmenwagen"))));
    QVERIFY(form->setValue(QStringLiteral("datenschutz"), FormValue(QStringLiteral("ja"))));
    QCOMPARE(form->valuesToJson().value(QStringLiteral("halter")).toString(),
             QStringLiteral("firmenwagen"));
    QCOMPARE(form->valuesToJson().value(QStringLiteral("datenschutz")).toString(),
             QStringLiteral("ja"));
    QCOMPARE(form->valuesToJson().value(QStringLiteral("hauptwohnsitz")).toString(),
             QStringLiteral("Off"));
    // Export values are what the file defines, not "Yes" or "true".
    const auto wrong =
        form->setValue(QStringLiteral("datenschutz"), FormValue(QStringLiteral("Yes")));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().error, FormError::NotAnOption);
    QVERIFY(!form->setValue(QStringLiteral("halter"), FormValue(QStringLiteral("Fahrrad"))));
    // Unticking works too.
    QVERIFY(form->setValue(QStringLiteral("datenschutz"), FormValue(QStringLiteral("Off"))));
    const QString saved = dir_.filePath(QStringLiteral("radio.pdf"));
    QVERIFY(form->saveAs(saved));
    auto reloaded = PdfForm::open(saved);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->field(QStringLiteral("halter"))->value,
             FormValue(QStringLiteral("firmenwagen")));
    QCOMPARE(reloaded->field(QStringLiteral("datenschutz"))->value,
             FormValue(QStringLiteral("Off")));
}

void TestPdfForm::readOnlyAndSignatureRefused()
{
    {
        // Signature fields are listed, so that the user sees them, but never filled here.
        auto melde = PdfForm::open(formPath(QStringLiteral("meldebescheinigung.pdf")));
        QVERIFY2(melde, why(melde).constData());
        const FormField *signature = melde->field(QStringLiteral("unterschrift"));
        QVERIFY(signature);
        QCOMPARE(signature->kind, FormFieldKind::Signature);
        QVERIFY(!signature->fillable());
        QCOMPARE(melde
                     ->setValue(QStringLiteral("unterschrift"), FormValue(QStringLiteral("x")),
                                PdfForm::FillAs::Office)
                     .error()
                     .error,
                 FormError::ReadOnly);
        QVERIFY(!melde->valuesToJson().contains(QStringLiteral("unterschrift")));
        QVERIFY(!melde->values().contains(QStringLiteral("unterschrift")));
    }

    auto form = PdfForm::open(formPath(QStringLiteral("bewohnerparkausweis.pdf")));
    QVERIFY2(form, why(form).constData());
    const auto refused =
        form->setValue(QStringLiteral("gebuehr"), FormValue(QStringLiteral("0 €")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().error, FormError::ReadOnly);
    QCOMPARE(refused.error().field, QStringLiteral("gebuehr"));
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(form->field(QStringLiteral("gebuehr"))->value, FormValue(QStringLiteral("30,70 €")));
    QVERIFY(!form->isModified());
    const auto unknown = form->setValue(QStringLiteral("gibtsnicht"), FormValue(QString()));
    QCOMPARE(unknown.error().error, FormError::UnknownField);
}

void TestPdfForm::maxLengthAndOptionsEnforced()
{
    auto form = PdfForm::open(formPath(QStringLiteral("meldebescheinigung.pdf")));
    QVERIFY2(form, why(form).constData());
    const auto tooLong = form->setValue(QStringLiteral("plz"), FormValue(QStringLiteral("123456")));
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().error, FormError::TooLong);
    QVERIFY(form->setValue(QStringLiteral("plz"), FormValue(QStringLiteral("12345"))));
    const QString limit(10, u'1');
    QVERIFY(form->setValue(QStringLiteral("geburtsdatum"), FormValue(limit)));
    QCOMPARE(form->setValue(QStringLiteral("geburtsdatum"), FormValue(limit + u'1')).error().error,
             FormError::TooLong);
    QCOMPARE(form->setValue(QStringLiteral("familienname"), FormValue(QStringLiteral("a\nb")))
                 .error()
                 .error,
             FormError::WrongShape);

    auto trade = PdfForm::open(formPath(QStringLiteral("gewerbeanmeldung.pdf")));
    QVERIFY2(trade, why(trade).constData());
    QCOMPARE(trade->setValue(QStringLiteral("rechtsform"), FormValue(QStringLiteral("AG")))
                 .error()
                 .error,
             FormError::NotAnOption);
    QCOMPARE(trade
                 ->setValue(QStringLiteral("betriebsart"),
                            FormValue(QStringList{QStringLiteral("handel"), QStringLiteral("x")}))
                 .error()
                 .error,
             FormError::NotAnOption);
    QCOMPARE(trade
                 ->setValue(QStringLiteral("familienname"),
                            FormValue(QStringList{QStringLiteral("a"), QStringLiteral("b")}))
                 .error()
                 .error,
             FormError::WrongShape);
    auto parking = PdfForm::open(formPath(QStringLiteral("bewohnerparkausweis.pdf")));
    QVERIFY(parking);
    QCOMPARE(parking
                 ->setValue(QStringLiteral("zone"),
                            FormValue(QStringList{QStringLiteral("A"), QStringLiteral("B")}))
                 .error()
                 .error,
             FormError::WrongShape);
}

void TestPdfForm::setValuesIsAllOrNothing()
{
    auto form = PdfForm::open(formPath(QStringLiteral("meldebescheinigung.pdf")));
    QVERIFY2(form, why(form).constData());
    const auto result = form->setValues({
        {QStringLiteral("familienname"), FormValue(QStringLiteral("Muster"))},
        {QStringLiteral("plz"), FormValue(QStringLiteral("1234567"))},
    });
    QVERIFY(!result);
    QCOMPARE(result.error().field, QStringLiteral("plz"));
    QCOMPARE(form->field(QStringLiteral("familienname"))->value, FormValue(QString()));
    QVERIFY(!form->isModified());
}

void TestPdfForm::jsonRoundTrip()
{
    auto form = PdfForm::open(formPath(QStringLiteral("gewerbeanmeldung.pdf")));
    QVERIFY2(form, why(form).constData());
    QVERIFY(form->setValues({
        {QStringLiteral("familienname"), FormValue(QStringLiteral("Übermann"))},
        {QStringLiteral("grund"), FormValue(QStringLiteral("zuzug"))},
        {QStringLiteral("erlaubnis"), FormValue(QStringLiteral("ja"))},
        {QStringLiteral("staatsangehoerigkeit"), FormValue(QStringLiteral("deutsch"))},
        {QStringLiteral("betriebsart"),
         FormValue(QStringList{QStringLiteral("industrie"), QStringLiteral("sonstiges")})},
    }));
    const QJsonObject json = form->valuesToJson();
    QCOMPARE(json.value(QStringLiteral("betriebsart")).toArray(),
             QJsonArray({QStringLiteral("industrie"), QStringLiteral("sonstiges")}));
    QCOMPARE(json.value(QStringLiteral("grund")).toString(), QStringLiteral("zuzug"));
    QCOMPARE(json.value(QStringLiteral("nebenerwerb")).toString(), QStringLiteral("Off"));
    QVERIFY(json.contains(QStringLiteral("aktenzeichen")));  // read-only fields export too

    // Through text, as a file would carry it, into a fresh copy of the form.
    const QByteArray bytes = QJsonDocument(json).toJson();
    auto fresh = PdfForm::open(formPath(QStringLiteral("gewerbeanmeldung.pdf")));
    QVERIFY(fresh);
    const auto imported = fresh->setValuesFromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY2(imported, why(imported).constData());
    QCOMPARE(fresh->values(), form->values());
    QCOMPARE(fresh->valuesToJson(), json);
}

void TestPdfForm::jsonRefusesBadShapes()
{
    auto form = PdfForm::open(formPath(QStringLiteral("gewerbeanmeldung.pdf")));
    QVERIFY(form);
    const auto number = form->setValuesFromJson(QJsonObject{{QStringLiteral("familienname"), 42}});
    QCOMPARE(number.error().error, FormError::InvalidJson);
    const auto typo = form->setValuesFromJson(
        QJsonObject{{QStringLiteral("familienname"), QStringLiteral("Muster")},
                    {QStringLiteral("famlienname"), QStringLiteral("Muster")}});
    QCOMPARE(typo.error().error, FormError::UnknownField);
    QCOMPARE(form->field(QStringLiteral("familienname"))->value, FormValue(QString()));
    // A different value for a read-only field is refused, the same value passes.
    QCOMPARE(form->setValuesFromJson(QJsonObject{{QStringLiteral("aktenzeichen"),
                                                  QStringLiteral("32.30-0001/2026")}})
                 .error()
                 .error,
             FormError::ReadOnly);
    QVERIFY(form->setValuesFromJson(
        QJsonObject{{QStringLiteral("aktenzeichen"), QString()},
                    {QStringLiteral("betriebsart"), QStringLiteral("handel")}}));
    QCOMPARE(form->field(QStringLiteral("betriebsart"))->value,
             FormValue(QStringList{QStringLiteral("handel")}));
}

void TestPdfForm::neverSavesOverTheOriginal()
{
    const QString copy = dir_.filePath(QStringLiteral("original.pdf"));
    QVERIFY(QFile::copy(formPath(QStringLiteral("meldebescheinigung.pdf")), copy));
    auto form = PdfForm::open(copy);
    QVERIFY(form);
    QVERIFY(form->setValue(QStringLiteral("ort"), FormValue(QStringLiteral("Musterstadt"))));
    const auto result = form->saveAs(copy);
    QCOMPARE(result.error().error, FormError::SaveFailed);
    QFile original(formPath(QStringLiteral("meldebescheinigung.pdf")));
    QFile kept(copy);
    QVERIFY(original.open(QIODevice::ReadOnly) && kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), original.readAll());
    // A failed save into a missing folder leaves nothing behind.
    const QString nowhere = dir_.filePath(QStringLiteral("missing/out.pdf"));
    QCOMPARE(form->saveAs(nowhere).error().error, FormError::SaveFailed);
    QVERIFY(!QFile::exists(nowhere));
}

void TestPdfForm::detailsSurviveObjectStreamsAndUpdates()
{
    // Other producers pack objects into compressed object streams with a cross-reference
    // stream; the required and comb flags and the defaults must still be found.
    const QString packed = dir_.filePath(QStringLiteral("packed.pdf"));
    const QString result = runTool(QStringLiteral("qpdf"),
                                   {QStringLiteral("--object-streams=generate"),
                                    QStringLiteral("--compress-streams=y"),
                                    formPath(QStringLiteral("bewohnerparkausweis.pdf")), packed});
    QVERIFY2(!result.startsWith(u'<'), qPrintable(result));
    QFile file(packed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("/ObjStm"));
    auto form = PdfForm::open(packed);
    QVERIFY2(form, why(form).constData());
    QVERIFY(form->field(QStringLiteral("plz"))->comb);
    QVERIFY(form->field(QStringLiteral("plz"))->required);
    QVERIFY(!form->field(QStringLiteral("bemerkungen"))->required);
    QCOMPARE(form->field(QStringLiteral("halter"))->defaultValue,
             FormValue(QStringLiteral("halter")));
    QCOMPARE(form->field(QStringLiteral("halter"))->label,
             QStringLiteral("Verhältnis zum Fahrzeug"));

    // Poppler saves as an incremental update; filling the saved file again appends another.
    QVERIFY(form->setValue(QStringLiteral("plz"), FormValue(QStringLiteral("12345"))));
    const QString once = dir_.filePath(QStringLiteral("once.pdf"));
    QVERIFY(form->saveAs(once));
    auto again = PdfForm::open(once);
    QVERIFY(again);
    QVERIFY(again->field(QStringLiteral("plz"))->comb);
    QVERIFY(again->setValue(QStringLiteral("ort"), FormValue(QStringLiteral("Musterstadt"))));
    const QString twice = dir_.filePath(QStringLiteral("twice.pdf"));
    QVERIFY(again->saveAs(twice));
    auto third = PdfForm::open(twice);
    QVERIFY(third);
    QVERIFY(third->field(QStringLiteral("plz"))->required);
    QCOMPARE(third->field(QStringLiteral("plz"))->value, FormValue(QStringLiteral("12345")));
    QCOMPARE(third->field(QStringLiteral("ort"))->value, FormValue(QStringLiteral("Musterstadt")));
}

void TestPdfForm::encryptedFormsAskForThePassword()
{
    const QString locked = dir_.filePath(QStringLiteral("locked.pdf"));
    const QString result =
        runTool(QStringLiteral("qpdf"),
                {QStringLiteral("--encrypt"), QStringLiteral("geheim"),
                 QStringLiteral("eigentuemer"), QStringLiteral("256"), QStringLiteral("--"),
                 formPath(QStringLiteral("meldebescheinigung.pdf")), locked});
    QVERIFY2(!result.startsWith(u'<'), qPrintable(result));
    QCOMPARE(PdfForm::open(locked).error().error, PdfError::PasswordRequired);
    QCOMPARE(PdfForm::open(locked, "falsch").error().error, PdfError::WrongPassword);
    auto form = PdfForm::open(locked, "geheim");
    QVERIFY2(form, why(form).constData());
    QCOMPARE(form->fields().size(), 19);
    QVERIFY(form->setValue(QStringLiteral("familienname"), FormValue(QStringLiteral("Probst"))));
    const QString saved = dir_.filePath(QStringLiteral("locked-filled.pdf"));
    QVERIFY(form->saveAs(saved));
    auto reloaded = PdfForm::open(saved, "geheim");
    QVERIFY2(reloaded, why(reloaded).constData());
    QCOMPARE(reloaded->field(QStringLiteral("familienname"))->value,
             FormValue(QStringLiteral("Probst")));
}

void TestPdfForm::badFilesGiveClearProblems()
{
    QCOMPARE(PdfForm::open(dir_.filePath(QStringLiteral("nothing.pdf"))).error().error,
             PdfError::FileNotFound);
    const QString text = dir_.filePath(QStringLiteral("text.pdf"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Das ist kein PDF.\n");
    file.close();
    QCOMPARE(PdfForm::open(text).error().error, PdfError::NotAPdf);
    const QString truncated = dir_.filePath(QStringLiteral("truncated.pdf"));
    QFile source(formPath(QStringLiteral("meldebescheinigung.pdf")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile cut(truncated);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(source.read(300));
    cut.close();
    const auto damaged = PdfForm::open(truncated);
    // Poppler may reconstruct what is left; either it fails clearly or opens without fields.
    QVERIFY(!damaged ? damaged.error().error == PdfError::Damaged : damaged->fields().isEmpty());
}

void TestPdfForm::xfaOnlyFormsAreRecognised()
{
    // An XFA form keeps its fields in XML that Poppler does not fill; the AcroForm has none.
    QByteArray pdf = "%PDF-1.7\n";
    QList<qsizetype> offsets;
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 4 0 R >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Length 44 >>\nstream\n<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>\nendstream"};
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf +=
        "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    const QString path = dir_.filePath(QStringLiteral("xfa.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    auto form = PdfForm::open(path);
    QVERIFY2(form, why(form).constData());
    QVERIFY(form->isXfaOnly());
    QVERIFY(form->fields().isEmpty());
    QCOMPARE(form->pageCount(), 1);
    QVERIFY(form->valuesToJson().isEmpty());
}

void TestPdfForm::tabOrderFollowsTabsEntry()
{
    // The same form with its widget annotations in reverse order: without /Tabs the tab order
    // is that annotation order; /Tabs /R asks for rows (top to bottom, left to right) instead.
    QFile source(formPath(QStringLiteral("bewohnerparkausweis.pdf")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray original = source.readAll();
    const qsizetype start = original.indexOf("/Annots [") + 9;
    const qsizetype end = original.indexOf(']', start);
    QList<QByteArray> annotations;
    for (const QByteArray &part : original.mid(start, end - start).split(' ')) {
        annotations.append(part);
    }
    QList<QByteArray> references;
    for (qsizetype i = 0; i + 2 < annotations.size() + 1; i += 3) {
        references.prepend(annotations.mid(i, 3).join(' '));
    }
    const QByteArray reversed = original.left(start) + references.join(' ') + original.mid(end);
    auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString raw = dir_.filePath(name + QStringLiteral("-raw.pdf"));
        QFile file(raw);
        if (!file.open(QIODevice::WriteOnly)) {
            return QString();
        }
        file.write(bytes);
        file.close();
        // qpdf rewrites the cross-reference table that the edit moved.
        const QString path = dir_.filePath(name + QStringLiteral(".pdf"));
        QProcess qpdf;
        qpdf.start(QStringLiteral("qpdf"), {raw, path});
        qpdf.waitForFinished();
        return path;
    };
    QByteArray rows = reversed;
    rows.replace("/Type /Page /Parent", "/Type /Page /Tabs /R /Parent");

    auto byAnnotations = PdfForm::open(write(QStringLiteral("reversed"), reversed));
    QVERIFY2(byAnnotations, why(byAnnotations).constData());
    auto byRows = PdfForm::open(write(QStringLiteral("rows"), rows));
    QVERIFY2(byRows, why(byRows).constData());
    auto names = [](const PdfForm &form) {
        QStringList list;
        for (const FormField &field : form.fields()) {
            list.append(field.name);
        }
        return list;
    };
    QCOMPARE(names(*byAnnotations).first(), QStringLiteral("bearbeitungsvermerk"));
    QCOMPARE(names(*byAnnotations).last(), QStringLiteral("aktenzeichen"));
    const QStringList rowOrder = names(*byRows);
    QCOMPARE(rowOrder.first(), QStringLiteral("aktenzeichen"));
    QVERIFY(rowOrder.indexOf(QStringLiteral("familienname"))
            < rowOrder.indexOf(QStringLiteral("vornamen")));
    QVERIFY(rowOrder.indexOf(QStringLiteral("vornamen"))
            < rowOrder.indexOf(QStringLiteral("strasse")));
    QCOMPARE(rowOrder.last(), QStringLiteral("bearbeitungsvermerk"));
}

QTEST_GUILESS_MAIN(TestPdfForm)
#include "tst_pdfform.moc"
