#include "SampleForms.h"

#include "AcroFormWriter.h"

namespace workroom::casework {

namespace {

using Field = AcroFormWriter::Field;
using Choice = AcroFormWriter::Choice;

constexpr double left = 56;
constexpr double right = 539;
constexpr double fieldHeight = 18;

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Field field(const char *name, const char *label, bool required = false, bool readOnly = false);

// Lays a form out from top to bottom: a letterhead, sections with a grey band, and rows of
// labelled fields. Required fields carry an asterisk in their printed label too, so that the
// paper copy says the same as the screen.
class Sheet {
public:
    Sheet(AcroFormWriter &writer, const char *title, const char *formNumber)
        : w_(writer), page_(writer.addPage())
    {
        w_.text(page_, left, 50, 11, text("Stadt Musterstadt"), true);
        w_.text(page_, left, 63, 8,
                text("Bürgeramt · Musterplatz 1 · 12345 Musterstadt · Telefon 01234 5678-0"));
        w_.text(page_, 420, 50, 8, text("Formular ") + text(formNumber));
        w_.text(page_, 420, 61, 7, text("Fiktives Beispiel – kein amtliches Formular"));
        w_.line(page_, left, 72, right, 72, 0.8);
        w_.text(page_, left, 98, 16, text(title), true);
        y_ = 112;
    }

    int page() const { return page_; }

    void note(const char *line, double size = 8)
    {
        w_.text(page_, left, y_ + size, size, text(line));
        y_ += size + 5;
    }

    void section(const char *title)
    {
        y_ += 6;
        w_.fill(page_, QRectF(left, y_, right - left, 15), 0.88);
        w_.text(page_, left + 4, y_ + 11, 9.5, text(title), true);
        y_ += 21;
    }

    // The field's rectangle below its label at x within the current row.
    QRectF labelled(double x, double width, const char *label, bool required,
                    double height = fieldHeight)
    {
        w_.text(page_, x, y_ + 7, 7.5, text(label) + (required ? text(" *") : QString()));
        rowHeight_ = std::max(rowHeight_, height + 14);
        return QRectF(x, y_ + 10, width, height);
    }

    void endRow()
    {
        y_ += rowHeight_ + 2;
        rowHeight_ = 0;
    }

    // A check box or radio button with its text to the right, on its own line.
    QRectF option(double x, const char *label)
    {
        w_.text(page_, x + 16, y_ + 9, 9, text(label));
        rowHeight_ = std::max(rowHeight_, 14.0);
        return QRectF(x, y_, 11, 11);
    }

    // The line to sign on, to the right of the current row's fields, with a signature field
    // above it for those who sign electronically.
    void signatureLine()
    {
        const double base = y_ + 10 + fieldHeight;
        w_.signatureField(page_, field("unterschrift", "Unterschrift"),
                          QRectF(300, base - 26, right - 300, 26));
        w_.line(page_, 300, base, right, base, 0.5);
        w_.text(page_, 300, base + 9, 7.5,
                text("Unterschrift der Antragstellerin / des Antragstellers"));
        rowHeight_ = std::max(rowHeight_, fieldHeight + 22);
    }

    void footer()
    {
        w_.line(page_, left, 800, right, 800, 0.4);
        w_.text(page_, left, 810, 7,
                text("* Pflichtfeld. Ihre Angaben werden nach Art. 6 Abs. 1 lit. e DSGVO "
                     "zur Bearbeitung Ihres Antrags verarbeitet."));
    }

    double y() const { return y_; }

private:
    AcroFormWriter &w_;
    int page_;
    double y_ = 0;
    double rowHeight_ = 0;
};

Field field(const char *name, const char *label, bool required, bool readOnly)
{
    return Field{.name = QString::fromLatin1(name),
                 .label = text(label),
                 .required = required,
                 .readOnly = readOnly};
}

// A field whose name starts with `prefix`, for blocks a form has more than once.
Field prefixedField(const QString &prefix, const char *name, const QString &label, bool required)
{
    return Field{.name = prefix + QString::fromLatin1(name),
                 .label = label,
                 .required = required,
                 .readOnly = false};
}

// A check box ticked as "ja", with its statement beside it, on a row of its own.
void statementBox(AcroFormWriter &w, Sheet &s, const Field &box, const char *statement)
{
    w.checkBox(s.page(), box, s.option(left, statement), QStringLiteral("ja"));
    s.endRow();
}

// Fields every sample has: the case reference (filled by the office, read-only for the
// citizen) and the applicant's name and address.
void officeBlock(AcroFormWriter &w, Sheet &s)
{
    const QRectF ref = s.labelled(right - 170, 170, "Aktenzeichen (vom Amt auszufüllen)", false);
    w.textField(s.page(), field("aktenzeichen", "Aktenzeichen", false, true), ref);
    s.note("Bitte in Druckbuchstaben ausfüllen oder am Bildschirm ausfüllen und ausdrucken.");
    s.endRow();
}

void personBlock(AcroFormWriter &w, Sheet &s, const char *prefix = "")
{
    const QString p = QString::fromLatin1(prefix);
    auto named = [&](const char *name, const char *label, bool required) {
        return prefixedField(p, name, text(label), required);
    };
    w.textField(s.page(), named("familienname", "Familienname", true),
                s.labelled(left, 230, "Familienname", true));
    w.textField(s.page(), named("vornamen", "Vornamen", true),
                s.labelled(left + 243, right - left - 243, "Vornamen", true));
    s.endRow();
    w.textField(s.page(), named("geburtsdatum", "Geburtsdatum (TT.MM.JJJJ)", true),
                s.labelled(left, 110, "Geburtsdatum (TT.MM.JJJJ)", true), {}, false, 10);
    w.textField(s.page(), named("geburtsort", "Geburtsort", false),
                s.labelled(left + 123, 180, "Geburtsort", false));
    w.textField(
        s.page(), named("geburtsname", "Geburtsname", false),
        s.labelled(left + 316, right - left - 316, "Geburtsname (falls abweichend)", false));
    s.endRow();
}

void addressBlock(AcroFormWriter &w, Sheet &s, const char *prefix, const char *what)
{
    const QString p = QString::fromLatin1(prefix);
    auto named = [&](const char *name, const QString &label, bool required) {
        return prefixedField(p, name, label, required);
    };
    const QString of = text(what);
    w.textField(s.page(), named("strasse", text("Straße ") + of, true),
                s.labelled(left, 330, "Straße", true));
    w.textField(s.page(), named("hausnummer", text("Hausnummer ") + of, true),
                s.labelled(left + 343, right - left - 343, "Hausnummer", true), {}, false, 6);
    s.endRow();
    // Postal codes are five digits, one in each cell as on the paper form.
    w.textField(s.page(), named("plz", text("Postleitzahl ") + of, true),
                s.labelled(left, 100, "Postleitzahl", true), {}, false, 5, true, 12);
    w.textField(s.page(), named("ort", text("Ort ") + of, true),
                s.labelled(left + 113, right - left - 113, "Ort", true));
    s.endRow();
}

void closingBlock(AcroFormWriter &w, Sheet &s)
{
    s.section("Erklärung");
    s.note("Ich versichere, dass meine Angaben vollständig und richtig sind.", 8.5);
    w.textField(s.page(), field("ort_datum", "Ort, Datum", true),
                s.labelled(left, 200, "Ort, Datum", true));
    s.signatureLine();
    s.endRow();
    s.section("Vermerke des Amtes");
    w.textField(s.page(), field("bearbeitungsvermerk", "Bearbeitungsvermerk", false, true),
                s.labelled(left, right - left, "Bearbeitungsvermerk", false, 26), {}, true);
    s.endRow();
    s.footer();
}

QByteArray meldebescheinigung()
{
    AcroFormWriter w(text("Antrag auf Meldebescheinigung"));
    Sheet s(w, "Antrag auf Meldebescheinigung", "BA-32.10-04");
    const int page = s.page();
    officeBlock(w, s);
    s.section("1. Angaben zur Person");
    personBlock(w, s);
    s.section("2. Derzeitige Anschrift (Hauptwohnung)");
    addressBlock(w, s, "", "der Hauptwohnung");
    s.section("3. Art der Bescheinigung");
    const QRectF simple = s.option(left, "Einfache Meldebescheinigung (§ 18 Abs. 1 BMG)");
    s.endRow();
    const QRectF extended =
        s.option(left, "Erweiterte Meldebescheinigung mit früheren Anschriften (§ 18 Abs. 2 BMG)");
    s.endRow();
    w.radioGroup(page, field("art", "Art der Bescheinigung", true),
                 {{.rect = simple, .exportValue = QStringLiteral("einfach")},
                  {.rect = extended, .exportValue = QStringLiteral("erweitert")}});
    w.comboBox(page, field("zweck", "Verwendungszweck"),
               s.labelled(left, 230, "Verwendungszweck (Auswahl oder eigene Angabe)", false),
               {{QStringLiteral("arbeitgeber"), text("Vorlage beim Arbeitgeber")},
                {QStringLiteral("vermieter"), text("Vorlage beim Vermieter")},
                {QStringLiteral("behoerde"), text("Vorlage bei einer Behörde")},
                {QStringLiteral("bank"), text("Vorlage bei einer Bank")}},
               {}, true);
    w.textField(page, field("anzahl", "Anzahl der Ausfertigungen"),
                s.labelled(left + 243, 60, "Anzahl", false), QStringLiteral("1"), false, 2);
    s.endRow();
    s.section("4. Zustellung und Gebühr");
    statementBox(w, s, field("versand_post", "Zusendung per Post"),
                 "Bitte per Post zusenden (zuzüglich Porto)");
    statementBox(w, s, field("gebuehr_kenntnis", "Gebühr zur Kenntnis genommen", true),
                 "Die Gebühr von 10,00 € je Bescheinigung habe ich zur Kenntnis genommen. *");
    w.textField(page, field("bemerkungen", "Bemerkungen"),
                s.labelled(left, right - left, "Bemerkungen", false, 40), {}, true, 300, false, 9);
    s.endRow();
    closingBlock(w, s);
    return w.toPdf();
}

QByteArray gewerbeanmeldung()
{
    AcroFormWriter w(text("Gewerbeanmeldung (vereinfacht)"));
    Sheet s(w, "Gewerbeanmeldung (vereinfacht)", "BA-32.30-01");
    const int page = s.page();
    officeBlock(w, s);
    s.section("1. Inhaberin / Inhaber");
    personBlock(w, s);
    w.comboBox(page, field("staatsangehoerigkeit", "Staatsangehörigkeit", true),
               s.labelled(left, 200, "Staatsangehörigkeit", true),
               {{QStringLiteral("deutsch"), text("deutsch")},
                {QStringLiteral("eu"), text("Staat der EU / des EWR")},
                {QStringLiteral("sonstige"), text("sonstige")}});
    w.comboBox(page, field("rechtsform", "Rechtsform", true),
               s.labelled(left + 213, right - left - 213, "Rechtsform", true),
               {{QStringLiteral("einzel"), text("Einzelunternehmen")},
                {QStringLiteral("ek"), text("eingetragene Kauffrau / eingetragener Kaufmann")},
                {QStringLiteral("gbr"), text("Gesellschaft bürgerlichen Rechts")},
                {QStringLiteral("gmbh"), text("GmbH")},
                {QStringLiteral("ug"), text("UG (haftungsbeschränkt)")}});
    s.endRow();
    s.section("2. Betriebsstätte");
    w.textField(page, field("betrieb_name", "Name des Betriebs"),
                s.labelled(left, right - left, "Name des Betriebs (falls vorhanden)", false));
    s.endRow();
    addressBlock(w, s, "betrieb_", "der Betriebsstätte");
    s.section("3. Angemeldete Tätigkeit");
    w.textField(page, field("taetigkeit", "Angemeldete Tätigkeit", true),
                s.labelled(left, right - left,
                           "Genaue Beschreibung der Tätigkeit (höchstens 400 Zeichen)", true, 38),
                {}, true, 400, false, 9);
    s.endRow();
    w.textField(page, field("beginn", "Beginn der Tätigkeit (TT.MM.JJJJ)", true),
                s.labelled(left, 120, "Beginn (TT.MM.JJJJ)", true), {}, false, 10);
    w.listBox(page, field("betriebsart", "Art des Betriebs"),
              s.labelled(left + 243, 200, "Art des Betriebs (Mehrfachauswahl)", false, 56),
              {{QStringLiteral("industrie"), text("Industrie")},
               {QStringLiteral("handwerk"), text("Handwerk")},
               {QStringLiteral("handel"), text("Handel")},
               {QStringLiteral("sonstiges"), text("Sonstiges")}},
              {}, true);
    s.endRow();
    s.section("4. Grund der Anmeldung");
    const QRectF neu = s.option(left, "Neugründung");
    const QRectF uebernahme = s.option(left + 140, "Übernahme");
    const QRectF zuzug = s.option(left + 280, "Zuzug aus einer anderen Gemeinde");
    s.endRow();
    w.radioGroup(page, field("grund", "Grund der Anmeldung", true),
                 {{.rect = neu, .exportValue = QStringLiteral("neugruendung")},
                  {.rect = uebernahme, .exportValue = QStringLiteral("uebernahme")},
                  {.rect = zuzug, .exportValue = QStringLiteral("zuzug")}});
    statementBox(w, s, field("nebenerwerb", "Im Nebenerwerb"),
                 "Die Tätigkeit wird im Nebenerwerb ausgeübt");
    statementBox(w, s, field("erlaubnis", "Erlaubnis liegt vor"),
                 "Für die Tätigkeit ist eine Erlaubnis nötig; sie liegt bei");
    closingBlock(w, s);
    return w.toPdf();
}

QByteArray bewohnerparken()
{
    AcroFormWriter w(text("Antrag auf Bewohnerparkausweis"));
    Sheet s(w, "Antrag auf Bewohnerparkausweis", "BA-32.40-07");
    const int page = s.page();
    officeBlock(w, s);
    s.section("1. Antragstellerin / Antragsteller");
    w.textField(page, field("familienname", "Familienname", true),
                s.labelled(left, 230, "Familienname", true));
    w.textField(page, field("vornamen", "Vornamen", true),
                s.labelled(left + 243, right - left - 243, "Vornamen", true));
    s.endRow();
    addressBlock(w, s, "", "der Wohnung");
    statementBox(w, s, field("hauptwohnsitz", "Anschrift ist Hauptwohnsitz", true),
                 "Die Anschrift ist meine Hauptwohnung (Hauptwohnsitz). *");
    s.section("2. Fahrzeug");
    w.textField(page, field("kennzeichen", "Amtliches Kennzeichen", true),
                s.labelled(left, 150, "Amtliches Kennzeichen", true), {}, false, 12);
    w.comboBox(page, field("geltungsdauer", "Geltungsdauer", true),
               s.labelled(left + 163, 150, "Geltungsdauer", true),
               {{QStringLiteral("6"), text("6 Monate")},
                {QStringLiteral("12"), text("12 Monate")},
                {QStringLiteral("24"), text("24 Monate")}},
               QStringLiteral("12"));
    w.textField(page, field("gebuehr", "Gebühr je Jahr", false, true),
                s.labelled(left + 326, right - left - 326, "Gebühr je Jahr", false),
                text("30,70 €"));
    s.endRow();
    const QRectF own = s.option(left, "Ich bin Halterin / Halter");
    const QRectF company = s.option(left + 160, "Firmenwagen");
    const QRectF lease = s.option(left + 280, "Leasing- oder Mietfahrzeug");
    s.endRow();
    w.radioGroup(page, field("halter", "Verhältnis zum Fahrzeug", true),
                 {{.rect = own, .exportValue = QStringLiteral("halter")},
                  {.rect = company, .exportValue = QStringLiteral("firmenwagen")},
                  {.rect = lease, .exportValue = QStringLiteral("leasing")}},
                 QStringLiteral("halter"));
    s.section("3. Parkzone");
    w.listBox(page, field("zone", "Bewohnerparkzone", true),
              s.labelled(left, 250, "Bewohnerparkzone", true, 44),
              {{QStringLiteral("A"), text("Zone A – Altstadt")},
               {QStringLiteral("B"), text("Zone B – Bahnhofsviertel")},
               {QStringLiteral("C"), text("Zone C – Schlossberg")}});
    w.textField(page, field("bemerkungen", "Bemerkungen"),
                s.labelled(left + 263, right - left - 263, "Bemerkungen", false, 44), {}, true, 200,
                false, 9);
    s.endRow();
    statementBox(w, s, field("datenschutz", "Datenschutzhinweise gelesen", true),
                 "Die Hinweise zum Datenschutz habe ich gelesen. *");
    closingBlock(w, s);
    return w.toPdf();
}

}  // namespace

QList<SampleForm> generateSampleForms()
{
    return {
        {.fileName = QStringLiteral("meldebescheinigung.pdf"),
         .title = text("Antrag auf Meldebescheinigung"),
         .pdf = meldebescheinigung()},
        {.fileName = QStringLiteral("gewerbeanmeldung.pdf"),
         .title = text("Gewerbeanmeldung (vereinfacht)"),
         .pdf = gewerbeanmeldung()},
        {.fileName = QStringLiteral("bewohnerparkausweis.pdf"),
         .title = text("Antrag auf Bewohnerparkausweis"),
         .pdf = bewohnerparken()},
    };
}

}  // namespace workroom::casework
