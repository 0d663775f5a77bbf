#include "SyntheticCaseFiles.h"

#include "SeededDice.h"
#include "SimplePdf.h"

#include <array>

namespace workroom::bench {

using domain::CaseStatus;
using domain::DocumentKind;
using domain::Party;

namespace {

using Dice = casework::SeededDice;

// Each case gets dice of its own, so that case 70,000 is the same whatever came before.
Dice diceFor(int index, quint64 salt)
{
    return Dice(0x5eedca5e0000ULL ^ (quint64(index) * 0x100000001b3ULL) ^ salt);
}

enum class Area {
    Registration,
    Identity,
    Trade,
    Traffic,
    LostProperty,
    Tax,
    Social,
    Building,
    Events
};

struct CaseType {
    const char *filePlanCode;
    const char *subject;
    const char *form;  // the application the citizen handed in
    Area area;
};

constexpr std::array caseTypes{
    CaseType{"32.10", "Anmeldung einer Wohnung", "Anmeldung bei der Meldebehörde",
             Area::Registration},
    CaseType{"32.10", "Ummeldung innerhalb der Gemeinde", "Anmeldung bei der Meldebehörde",
             Area::Registration},
    CaseType{"32.10", "Antrag auf Meldebescheinigung", "Antrag auf Meldebescheinigung",
             Area::Registration},
    CaseType{"32.10", "Auskunftssperre nach § 51 BMG", "Antrag auf Auskunftssperre",
             Area::Registration},
    CaseType{"32.10", "Abmeldung ins Ausland", "Abmeldung bei der Meldebehörde",
             Area::Registration},
    CaseType{"32.20", "Antrag auf Personalausweis", "Antrag auf Personalausweis", Area::Identity},
    CaseType{"32.20", "Verlust des Personalausweises", "Verlustanzeige Personalausweis",
             Area::Identity},
    CaseType{"32.20", "Antrag auf Reisepass für ein Kind", "Antrag auf Kinderreisepass",
             Area::Identity},
    CaseType{"32.30", "Gewerbeanmeldung Einzelhandel", "Gewerbeanmeldung (GewA 1)", Area::Trade},
    CaseType{"32.30", "Gewerbeanmeldung Gastronomie", "Gewerbeanmeldung (GewA 1)", Area::Trade},
    CaseType{"32.30", "Gewerbeummeldung wegen Umzug", "Gewerbeummeldung (GewA 2)", Area::Trade},
    CaseType{"32.30", "Gewerbeabmeldung", "Gewerbeabmeldung (GewA 3)", Area::Trade},
    CaseType{"32.40", "Bewohnerparkausweis", "Antrag auf Bewohnerparkausweis", Area::Traffic},
    CaseType{"32.40", "Sondernutzung öffentlicher Verkehrsflächen",
             "Antrag auf Sondernutzungserlaubnis", Area::Traffic},
    CaseType{"32.40", "Parkerleichterung für Schwerbehinderte", "Antrag auf Parkausweis",
             Area::Traffic},
    CaseType{"32.50", "Fundsache Geldbörse", "Fundanzeige", Area::LostProperty},
    CaseType{"32.50", "Fundsache Fahrrad", "Fundanzeige", Area::LostProperty},
    CaseType{"32.60", "Antrag auf Führungszeugnis", "Antrag auf Führungszeugnis", Area::Identity},
    CaseType{"20.30", "Anmeldung zur Hundesteuer", "Anmeldung eines Hundes", Area::Tax},
    CaseType{"20.30", "Abmeldung von der Hundesteuer", "Abmeldung eines Hundes", Area::Tax},
    CaseType{"50.10", "Antrag auf Wohngeld", "Wohngeldantrag (Mietzuschuss)", Area::Social},
    CaseType{"51.20", "Antrag auf Elterngeld", "Antrag auf Elterngeld", Area::Social},
    CaseType{"63.10", "Bauvoranfrage Einfamilienhaus", "Bauvoranfrage", Area::Building},
    CaseType{"63.20", "Baugenehmigung Carport", "Bauantrag", Area::Building},
    CaseType{"63.20", "Baugenehmigung Gartenhaus", "Bauantrag", Area::Building},
    CaseType{"32.70", "Anzeige einer Veranstaltung", "Veranstaltungsanzeige", Area::Events},
};

constexpr std::array givenNames{
    "Anna",   "Lukas",   "Mia",     "Jonas",     "Lea",        "Felix",      "Emma",
    "Paul",   "Sofia",   "Elias",   "Hanna",     "Noah",       "Jörg",       "Sören",
    "Bärbel", "Günter",  "Käthe",   "Jürgen",    "Ursula",     "Wolfgang",   "Petra",
    "Thomas", "Sabine",  "Michael", "Andrea",    "Stefan",     "Claudia",    "Andreas",
    "Monika", "Frank",   "Birgit",  "Uwe",       "Gabriele",   "Klaus",      "Renate",
    "Dieter", "Heike",   "Bernd",   "Karin",     "Matthias",   "Jana",       "Tobias",
    "Katrin", "Florian", "Nicole",  "Sebastian", "Julia",      "Maximilian", "Laura",
    "Niklas", "Lena",    "Leon",    "Marie",     "Ben",        "Zoë",        "Björn",
    "Ömer",   "Ayse",    "Mehmet",  "Fatma",     "Aleksandra", "Piotr",      "Giuseppe",
    "Chantal"};
constexpr std::array familyNames{
    "Müller",     "Schmidt",  "Schneider", "Fischer", "Weber",    "Meyer",      "Wagner",
    "Becker",     "Schulz",   "Hoffmann",  "Schäfer", "Koch",     "Bauer",      "Richter",
    "Klein",      "Wolf",     "Schröder",  "Neumann", "Schwarz",  "Zimmermann", "Braun",
    "Krüger",     "Hofmann",  "Hartmann",  "Lange",   "Schmitt",  "Werner",     "Schmitz",
    "Krause",     "Meier",    "Lehmann",   "Schmid",  "Schulze",  "Maier",      "Köhler",
    "Herrmann",   "König",    "Walter",    "Mayer",   "Huber",    "Kaiser",     "Fuchs",
    "Peters",     "Lang",     "Scholz",    "Möller",  "Weiß",     "Jung",       "Hahn",
    "Schubert",   "Vogel",    "Friedrich", "Keller",  "Günther",  "Frank",      "Berger",
    "Winkler",    "Roth",     "Beck",      "Lorenz",  "Baumann",  "Franke",     "Albrecht",
    "Schuster",   "Simon",    "Ludwig",    "Böhm",    "Winter",   "Kraus",      "Martin",
    "Schumacher", "Krämer",   "Vogt",      "Stein",   "Jäger",    "Otto",       "Sommer",
    "Groß",       "Seidel",   "Heinrich",  "Brandt",  "Haas",     "Schreiber",  "Graf",
    "Dietrich",   "Ziegler",  "Kuhn",      "Kühn",    "Pohl",     "Engel",      "Horn",
    "Busch",      "Bergmann", "Thomas",    "Voigt",   "Sauer",    "Arnold",     "Wolff",
    "Pfeiffer",   "Yilmaz",   "Kaya",      "Nowak",   "Kowalski", "Rossi",      "Petrovic"};
constexpr std::array streets{"Hauptstraße",
                             "Bahnhofstraße",
                             "Schulstraße",
                             "Gartenstraße",
                             "Dorfstraße",
                             "Bergstraße",
                             "Lindenstraße",
                             "Kirchstraße",
                             "Waldstraße",
                             "Ringstraße",
                             "Mühlenweg",
                             "Am Sportplatz",
                             "Saarbrücker Straße",
                             "Kaiserstraße",
                             "Goethestraße",
                             "Schillerstraße",
                             "Rosenweg",
                             "Wiesenweg",
                             "Talstraße",
                             "Friedhofstraße",
                             "Im Winkel",
                             "Eisenbahnstraße",
                             "Grubenweg",
                             "Hüttenstraße",
                             "Am Schloßberg",
                             "Blumenstraße",
                             "Birkenweg",
                             "Ahornweg",
                             "Kastanienallee",
                             "Parkstraße",
                             "Neue Straße",
                             "Marktplatz",
                             "Sulzbachstraße",
                             "Mainzer Straße",
                             "Großherzog-Friedrich-Straße",
                             "Dudweilerstraße",
                             "Lebacher Straße",
                             "Metzer Straße",
                             "Trierer Straße",
                             "Ludwigstraße",
                             "Mozartstraße",
                             "Beethovenstraße",
                             "Am Weiher",
                             "Zum Steinbruch",
                             "Rathausstraße",
                             "Feldstraße",
                             "Brunnenstraße",
                             "Wilhelmstraße",
                             "Luisenstraße",
                             "Uhlandstraße"};
struct Town {
    const char *name;
    const char *postalCode;
};
constexpr std::array towns{Town{"Saarbrücken", "66111"},    Town{"Saarbrücken", "66117"},
                           Town{"Saarbrücken", "66121"},    Town{"Völklingen", "66333"},
                           Town{"Neunkirchen", "66538"},    Town{"Homburg", "66424"},
                           Town{"St. Ingbert", "66386"},    Town{"Saarlouis", "66740"},
                           Town{"Merzig", "66663"},         Town{"Dillingen", "66763"},
                           Town{"Lebach", "66822"},         Town{"Blieskastel", "66440"},
                           Town{"Sulzbach", "66280"},       Town{"Püttlingen", "66346"},
                           Town{"Heusweiler", "66265"},     Town{"Friedrichsthal", "66299"},
                           Town{"Quierschied", "66287"},    Town{"Ottweiler", "66564"},
                           Town{"St. Wendel", "66606"},     Town{"Wadern", "66687"},
                           Town{"Losheim am See", "66679"}, Town{"Mettlach", "66693"},
                           Town{"Perl", "66706"},           Town{"Kirkel", "66459"},
                           Town{"Mandelbachtal", "66399"},  Town{"Gersheim", "66453"},
                           Town{"Schiffweiler", "66578"},   Town{"Illingen", "66557"},
                           Town{"Eppelborn", "66571"},      Town{"Marpingen", "66646"},
                           Town{"Tholey", "66636"},         Town{"Nohfelden", "66625"},
                           Town{"Riegelsberg", "66292"},    Town{"Großrosseln", "66352"},
                           Town{"Bexbach", "66450"},        Town{"Spiesen-Elversberg", "66583"}};
constexpr std::array companySuffixes{
    "GmbH", "GmbH & Co. KG", "e. K.", "UG (haftungsbeschränkt)", "GbR", "OHG"};
constexpr std::array companyTrades{
    "Bäckerei",     "Metzgerei",     "Friseursalon", "Elektro",        "Sanitär",  "Gaststätte",
    "Blumenhaus",   "Kfz-Werkstatt", "Malerbetrieb", "Getränkehandel", "Imbiss",   "Reisebüro",
    "Pflegedienst", "Dachdeckerei",  "Schreinerei",  "Optik",          "Apotheke", "Fahrschule"};
constexpr std::array clerks{"a.becker",  "m.schneider", "j.wagner", "s.hoffmann",
                            "k.schmitt", "t.klein",     "n.weber",  "p.jung",
                            "r.lorenz",  "c.meyer",     "d.krause", "e.peters"};
constexpr std::array offices{
    "Bürgeramt",   "Ordnungsamt",           "Gewerbeamt", "Steueramt", "Sozialamt",
    "Bauaufsicht", "Straßenverkehrsbehörde"};

// Sentences of the application's body. {G} given name, {F} family name, {S} street, {T} town,
// {D} a date, {E} a sum in euros, {N} a number, {C} the clerk.
constexpr std::array commonSentences{
    "Die Angaben wurden vom Antragsteller vollständig und wahrheitsgemäß gemacht.",
    "Dem Antrag liegen eine Kopie des Personalausweises und eine Vollmacht bei.",
    "Der Antrag ist am {D} über das Serviceportal des Zweckverbands eingegangen.",
    "Die Gebühr in Höhe von {E} Euro wurde per Überweisung entrichtet.",
    "Die Gebühr von {E} Euro ist innerhalb von zwei Wochen nach Zugang des Bescheids fällig.",
    "Es wird gebeten, den Bescheid an die Anschrift {S} {N} in {T} zu senden.",
    "Rückfragen bitte telefonisch an Frau {F} unter der Rufnummer 0681 {N}.",
    "Die Unterlagen sind unvollständig; der Nachweis wird bis zum {D} nachgereicht.",
    "Eine Bestätigung über den Eingang der Unterlagen wurde am {D} versandt.",
    "Die Prüfung durch {C} hat keine Bedenken ergeben.",
    "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben "
    "werden.",
    "Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadtverwaltung {T} "
    "einzulegen.",
    "Die Daten werden nach der Datenschutz-Grundverordnung verarbeitet und nach Fristablauf "
    "gelöscht.",
    "Der Antragsteller wurde über die Mitwirkungspflichten nach § 60 SGB I belehrt.",
    "Eine Wiedervorlage ist für den {D} vorgesehen.",
    "Die Sachbearbeitung erfolgt durch {C}, Zimmer {N}, Rathaus {T}.",
    "Herr {F} hat telefonisch mitgeteilt, dass sich die Anschrift geändert hat.",
    "Die Zahlung erfolgt auf das Konto der Stadtkasse {T}, Verwendungszweck {N}.",
    "Der Vorgang wurde am {D} zur Mitzeichnung an die Teamleitung gegeben.",
    "Nach Aktenlage bestehen keine Hinderungsgründe; der Antrag kann bewilligt werden.",
    "Die Frist zur Stellungnahme endet am {D}.",
    "Eine Anhörung nach § 28 VwVfG ist erfolgt; eine Äußerung ging nicht ein.",
    "Die Zustellung erfolgt mit Postzustellungsurkunde an {G} {F}, {S} {N}, {T}.",
    "Es handelt sich um einen Folgeantrag zum Vorgang vom {D}.",
    "Die beglaubigte Abschrift der Geburtsurkunde liegt im Original vor.",
    "Die Unterschrift auf dem Formular stimmt mit dem Ausweisdokument überein.",
    "Das Formular wurde elektronisch signiert und mit qualifiziertem Zeitstempel versehen.",
    "Der Bescheid ergeht unter dem Vorbehalt des Widerrufs.",
    "Die Angelegenheit ist dringlich, da der Termin am {D} ansteht.",
    "Der Vorgang wird nach Abschluss an das Archiv abgegeben."};

constexpr std::array registrationSentences{
    "Die Wohnungsgeberbestätigung nach § 19 BMG des Vermieters {F} liegt vor.",
    "Der Einzug in die Wohnung {S} {N} erfolgte am {D}.",
    "Die bisherige Wohnung in {T} wird als Nebenwohnung beibehalten.",
    "Mit umziehende Familienangehörige: Ehegatte und zwei minderjährige Kinder.",
    "Eine Auskunftssperre wird wegen Gefahr für Leib und Leben beantragt.",
    "Die Meldebescheinigung wird für die Vorlage beim Arbeitgeber benötigt.",
    "Der Wegzug ins Ausland erfolgt zum {D}; neue Anschrift in Frankreich liegt vor."};
constexpr std::array identitySentences{
    "Der bisherige Personalausweis mit der Nummer L{N} wurde am {D} als verloren gemeldet.",
    "Das biometrische Lichtbild entspricht den Anforderungen der Passverordnung.",
    "Die Fingerabdrücke wurden am {D} im Bürgeramt erfasst.",
    "Für den Kinderreisepass liegt die Zustimmung beider Sorgeberechtigter vor.",
    "Das Führungszeugnis wird zur Vorlage bei einer Behörde beantragt.",
    "Eine Verlustanzeige bei der Polizeiinspektion {T} wurde erstattet."};
constexpr std::array tradeSentences{
    "Angemeldet wird ein Einzelhandel mit Lebensmitteln und Getränken in {S} {N}.",
    "Die Betriebsstätte befindet sich in {T}; Beginn der Tätigkeit am {D}.",
    "Eine Gaststättenerlaubnis ist nach dem Saarländischen Gaststättengesetz nicht erforderlich.",
    "Der Eintrag im Handelsregister beim Amtsgericht Saarbrücken unter HRB {N} liegt vor.",
    "Die Gewerbeanmeldung wird an das Finanzamt und die Industrie- und Handelskammer übermittelt.",
    "Die Betriebsaufgabe erfolgt wegen Eintritts in den Ruhestand zum {D}.",
    "Für die Gaststätte wurde eine Unterrichtung nach § 4 Gaststättengesetz nachgewiesen."};
constexpr std::array trafficSentences{
    "Der Bewohnerparkausweis gilt für die Zone B und das Kennzeichen SB-{N}.",
    "Die Sondernutzung des Gehwegs vor dem Anwesen {S} {N} ist vom {D} an vorgesehen.",
    "Ein Lageplan mit der Aufstellung des Gerüsts liegt bei.",
    "Der Schwerbehindertenausweis mit dem Merkzeichen aG liegt in Kopie vor.",
    "Die Straßenverkehrsbehörde wurde um Stellungnahme gebeten."};
constexpr std::array lostSentences{
    "Die Fundsache wurde am {D} in der Bahnhofstraße in {T} gefunden.",
    "Der Finder verzichtet nicht auf seine Rechte nach § 973 BGB.",
    "Die Geldbörse enthielt Bargeld in Höhe von {E} Euro und eine Bankkarte.",
    "Das Fahrrad mit der Rahmennummer {N} wird im Fundbüro verwahrt."};
constexpr std::array taxSentences{
    "Angemeldet wird ein Hund der Rasse Labrador, gehalten seit dem {D}.",
    "Die Hundesteuer beträgt jährlich {E} Euro; die Steuermarke Nummer {N} wurde ausgegeben.",
    "Eine Steuerermäßigung für Rettungshunde wird beantragt.",
    "Der Hund ist am {D} verstorben; die Steuermarke wurde zurückgegeben."};
constexpr std::array socialSentences{
    "Beantragt wird Wohngeld als Mietzuschuss für die Wohnung {S} {N}.",
    "Die monatliche Bruttokaltmiete beträgt {E} Euro laut Mietvertrag vom {D}.",
    "Die Einkommensnachweise der letzten zwölf Monate liegen vor.",
    "Das Elterngeld wird für das am {D} geborene Kind beantragt.",
    "Die Bescheinigung der Krankenkasse über das Mutterschaftsgeld fehlt noch."};
constexpr std::array buildingSentences{
    "Geplant ist die Errichtung eines Carports auf dem Grundstück Flur {N} in {T}.",
    "Die Bauvorlagen wurden von der Architektin {F} als Entwurfsverfasserin unterzeichnet.",
    "Der Abstand zur Grundstücksgrenze beträgt mindestens drei Meter.",
    "Der Bebauungsplan Nummer {N} setzt eine offene Bauweise fest.",
    "Die Nachbarn haben den Lageplan am {D} unterschrieben.",
    "Das Gartenhaus hat einen umbauten Raum von {N} Kubikmetern."};
constexpr std::array eventSentences{
    "Angezeigt wird ein Straßenfest in der {S} am {D} mit etwa {N} Besuchern.",
    "Ein Sanitätsdienst und ein Sicherheitskonzept liegen vor.",
    "Der Ausschank alkoholischer Getränke ist von 14 bis 22 Uhr vorgesehen."};

// Topic words clerks search for, as written in the texts above.
constexpr std::array topicWords{"Anmeldung",       "Meldebescheinigung",
                                "Auskunftssperre", "Personalausweis",
                                "Reisepass",       "Gewerbeanmeldung",
                                "Gaststätte",      "Hundesteuer",
                                "Wohngeld",        "Elterngeld",
                                "Baugenehmigung",  "Carport",
                                "Gartenhaus",      "Bewohnerparkausweis",
                                "Sondernutzung",   "Fundsache",
                                "Führungszeugnis", "Wohnungsgeberbestätigung",
                                "Gebühr",          "Widerspruch",
                                "Nachweis",        "Mietvertrag",
                                "Geburtsurkunde",  "Verlustanzeige",
                                "Straßenfest",     "Gewerbeabmeldung",
                                "Kinderreisepass", "Bauvoranfrage",
                                "Fahrrad",         "Geldbörse"};

QString pickSentence(Dice &dice, Area area)
{
    // Two in five sentences speak of the case's own area, the rest are the office's prose.
    if (dice.below(5) < 2) {
        switch (area) {
        case Area::Registration:
            return dice.pick(registrationSentences);
        case Area::Identity:
            return dice.pick(identitySentences);
        case Area::Trade:
            return dice.pick(tradeSentences);
        case Area::Traffic:
            return dice.pick(trafficSentences);
        case Area::LostProperty:
            return dice.pick(lostSentences);
        case Area::Tax:
            return dice.pick(taxSentences);
        case Area::Social:
            return dice.pick(socialSentences);
        case Area::Building:
            return dice.pick(buildingSentences);
        case Area::Events:
            return dice.pick(eventSentences);
        }
    }
    return dice.pick(commonSentences);
}

QString germanDate(QDate date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString fillIn(QString sentence, Dice &dice, const Party &person, const QString &clerk,
               QDate around)
{
    sentence.replace(QStringLiteral("{G}"),
                     person.givenName.isEmpty() ? dice.pick(givenNames) : person.givenName);
    sentence.replace(QStringLiteral("{F}"), dice.below(3) == 0            ? dice.pick(familyNames)
                                            : person.familyName.isEmpty() ? dice.pick(familyNames)
                                                                          : person.familyName);
    sentence.replace(QStringLiteral("{S}"), dice.pick(streets));
    sentence.replace(QStringLiteral("{T}"),
                     QString::fromUtf8(towns[size_t(dice.below(int(towns.size())))].name));
    sentence.replace(QStringLiteral("{D}"), germanDate(around.addDays(dice.below(120) - 60)));
    sentence.replace(QStringLiteral("{E}"), QStringLiteral("%1,%2")
                                                .arg(5 + dice.below(900))
                                                .arg(dice.below(100), 2, 10, QLatin1Char('0')));
    sentence.replace(QStringLiteral("{N}"), QString::number(10 + dice.below(99990)));
    sentence.replace(QStringLiteral("{C}"), clerk);
    return sentence;
}

// Lines of at most `width` characters, broken between words.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    return lines;
}

// Filler bytes that differ from case to case, behind a header that names the kind.
QByteArray distinctBytes(const QByteArray &magic, int index, int version, Dice &dice, int size)
{
    QByteArray bytes = magic;
    bytes += "workroom-bench case " + QByteArray::number(index) + " version "
             + QByteArray::number(version) + '\n';
    while (bytes.size() < size) {
        const quint64 value = dice.next();
        bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    bytes.truncate(size);
    return bytes;
}

}  // namespace

int SyntheticCaseFiles::versionsOfCase(int index)
{
    constexpr std::array pattern{3, 1, 4, 2, 5};
    return pattern[size_t(index) % pattern.size()];
}

SyntheticCase SyntheticCaseFiles::makeCase(int index, QDate today)
{
    Dice dice = diceFor(index, 0);
    const CaseType &type = caseTypes[size_t(dice.below(int(caseTypes.size())))];
    SyntheticCase result;
    result.clerk = dice.pick(clerks);

    const Town &home = towns[size_t(dice.below(int(towns.size())))];
    Party applicant;
    applicant.role = QStringLiteral("Antragsteller/in");
    const bool company = type.area == Area::Trade && dice.below(3) == 0;
    if (company) {
        applicant.kind = domain::PartyKind::Company;
        // One draw a statement: the order in which operands are evaluated is unspecified.
        const QString trade = dice.pick(companyTrades);
        const QString owner = dice.pick(familyNames);
        applicant.companyName =
            trade + QLatin1Char(' ') + owner + QLatin1Char(' ') + dice.pick(companySuffixes);
    }
    // A company's application is signed by a person too: the name is in the text either way.
    Party person;
    person.givenName = dice.pick(givenNames);
    person.familyName = dice.pick(familyNames);
    if (dice.below(8) == 0) {
        person.familyName += QLatin1Char('-') + dice.pick(familyNames);
    }
    if (!company) {
        applicant.givenName = person.givenName;
        applicant.familyName = person.familyName;
    }
    applicant.street = dice.pick(streets);
    applicant.street += QLatin1Char(' ') + QString::number(1 + dice.below(140));
    applicant.postalCode = QString::fromLatin1(home.postalCode);
    applicant.city = QString::fromUtf8(home.name);
    result.parties.append(applicant);
    if (dice.below(10) < 3) {
        // A representative, a landlord or the other parent.
        Party other;
        other.role =
            dice.below(2) ? QStringLiteral("Bevollmächtigte/r") : QStringLiteral("Beteiligte/r");
        other.givenName = dice.pick(givenNames);
        other.familyName = dice.pick(familyNames);
        const Town &town = towns[size_t(dice.below(int(towns.size())))];
        other.street = dice.pick(streets);
        other.street += QLatin1Char(' ') + QString::number(1 + dice.below(80));
        other.postalCode = QString::fromLatin1(town.postalCode);
        other.city = QString::fromUtf8(town.name);
        result.parties.append(other);
    }

    domain::CaseRecord &draft = result.draft;
    draft.filePlanCode = QString::fromLatin1(type.filePlanCode);
    // Older years hold fewer cases: rooms grow, and closed cases are handed to the archive.
    const int ageA = dice.below(4);
    const int age = std::min(ageA, dice.below(7));
    draft.year = today.year() - age;
    draft.subject =
        QString::fromUtf8(type.subject) + QStringLiteral(" – ") + applicant.displayName();
    draft.assignee = result.clerk;
    // Most cases of earlier years are closed; this year's are spread over the life of a case.
    const int roll = dice.below(100);
    if (age > 0) {
        draft.status = roll < 92 ? CaseStatus::Closed : CaseStatus::Approved;
    } else {
        draft.status = roll < 15   ? CaseStatus::New
                       : roll < 55 ? CaseStatus::InProgress
                       : roll < 67 ? CaseStatus::InReview
                       : roll < 70 ? CaseStatus::Returned
                       : roll < 78 ? CaseStatus::Approved
                                   : CaseStatus::Closed;
    }
    const QDate received =
        QDate(draft.year, 1, 1).addDays(dice.below(age > 0 ? 365 : today.dayOfYear()));
    if (draft.status != CaseStatus::Closed && dice.below(10) < 8) {
        draft.deadline = today.addDays(dice.below(70) - 20);
    }
    if (draft.status != CaseStatus::Closed && dice.below(10) < 3) {
        draft.resubmission = today.addDays(dice.below(30) - 10);
    }
    if (dice.below(12) == 0) {
        draft.tags = {QStringLiteral("eilig")};
    } else if (dice.below(20) == 0) {
        draft.tags = {QStringLiteral("Nachforderung")};
    }

    // The application: about 2 KB of text on a one-page PDF.
    const QString office = dice.pick(offices);
    const int birthYear = 1940 + dice.below(65);
    const int birthMonth = 1 + dice.below(12);
    const QDate birthday(birthYear, birthMonth, 1 + dice.below(28));
    const QString form = QString::fromUtf8(type.form);
    QStringList text{QStringLiteral("Stadt %1 - %2").arg(applicant.city, office),
                     form,
                     QStringLiteral("Eingangsnummer E-%1-%2")
                         .arg(draft.year)
                         .arg(index + 1, 6, 10, QLatin1Char('0')),
                     QStringLiteral("Antragsteller/in: %1 %2, geboren am %3")
                         .arg(person.givenName, person.familyName, germanDate(birthday)),
                     QStringLiteral("Anschrift: %1, %2 %3")
                         .arg(applicant.street, applicant.postalCode, applicant.city),
                     QStringLiteral("Eingegangen am %1").arg(germanDate(received)),
                     QStringLiteral("Anliegen: %1").arg(QString::fromUtf8(type.subject))};
    if (company) {
        text.insert(4, QStringLiteral("Firma: %1").arg(applicant.companyName));
    }
    QString body;
    while (body.size() < 1600) {
        body += fillIn(pickSentence(dice, type.area), dice, person, result.clerk, received)
                + QLatin1Char(' ');
    }
    text.append(wrap(body.trimmed(), 92));
    SyntheticDocument application;
    application.title = form;
    application.kind = DocumentKind::Application;
    SyntheticVersion pdf;
    // The extracted text keeps the line breaks of the page, as Poppler gives them.
    pdf.text = text.join(QLatin1Char('\n'));
    pdf.bytes = casework::SimplePdf::fromPages(form, {text});
    pdf.mimeType = QStringLiteral("application/pdf");
    pdf.fileName = form;
    pdf.fileName.replace(QLatin1Char(' '), QLatin1Char('_'));
    pdf.fileName += QStringLiteral(".pdf");
    pdf.textState = QStringLiteral("indexed");
    application.versions.append(pdf);
    result.documents.append(application);

    // The rest: a notice draft in up to two revisions, then attachments (scans, photos).
    int remaining = versionsOfCase(index) - 1;
    if (remaining > 0) {
        SyntheticDocument notice;
        notice.title = QStringLiteral("Bescheid %1").arg(QString::fromUtf8(type.subject));
        notice.kind = DocumentKind::Notice;
        const int revisions = std::min(remaining, 2);
        for (int v = 0; v < revisions; ++v) {
            SyntheticVersion draftVersion;
            draftVersion.bytes =
                distinctBytes("PK\x03\x04", index, v + 1, dice, 600 + dice.below(1500));
            draftVersion.mimeType = QStringLiteral("application/vnd.oasis.opendocument.text");
            draftVersion.fileName = QStringLiteral("Bescheid_Entwurf_v%1.odt").arg(v + 1);
            draftVersion.textState = QStringLiteral("none");
            notice.versions.append(draftVersion);
        }
        result.documents.append(notice);
        remaining -= revisions;
    }
    constexpr std::array attachments{"Kopie Personalausweis", "Mietvertrag",    "Lageplan",
                                     "Nachweis Einkommen",    "Foto Fundsache", "Vollmacht"};
    for (int a = 0; a < remaining; ++a) {
        SyntheticDocument attachment;
        attachment.title = dice.pick(attachments);
        attachment.kind = DocumentKind::Attachment;
        SyntheticVersion scan;
        scan.bytes = distinctBytes("\xFF\xD8\xFF\xE0", index, 10 + a, dice, 800 + dice.below(2400));
        scan.mimeType = QStringLiteral("image/jpeg");
        scan.fileName = QStringLiteral("Scan_%1.jpg").arg(a + 1);
        scan.textState = QStringLiteral("none");
        attachment.versions.append(scan);
        result.documents.append(attachment);
    }
    return result;
}

QByteArray SyntheticCaseFiles::longPdf(int index, qsizetype targetBytes)
{
    Dice dice = diceFor(index, 0x1f0);
    Party person;
    person.givenName = dice.pick(givenNames);
    person.familyName = dice.pick(familyNames);
    const QString clerk = dice.pick(clerks);
    const QDate around(2025, 3, 1);
    constexpr std::array chapters{"Baubeschreibung",
                                  "Lageplan und Abstandsflächen",
                                  "Statische Berechnung",
                                  "Entwässerungsplan",
                                  "Stellungnahme des Nachbarn",
                                  "Nachweis Stellplätze",
                                  "Brandschutzkonzept",
                                  "Kostenaufstellung",
                                  "Schriftwechsel mit der Bauaufsicht"};
    const QString title = QStringLiteral("Bauantrag %1 %2 mit Anlagen (Vorgang %3)")
                              .arg(person.givenName, person.familyName)
                              .arg(index + 1);
    QList<QStringList> pages;
    QByteArray pdf;
    // A page at a time until the file is big enough; SimplePdf fits 42 lines on a page.
    while (pdf.size() < targetBytes) {
        QStringList page{
            QStringLiteral("Anlage %1: %2")
                .arg(pages.size() + 1)
                .arg(QString::fromUtf8(chapters[size_t(pages.size()) % chapters.size()]))};
        QString body;
        while (body.size() < 41 * 88) {
            body +=
                fillIn(dice.below(2) ? dice.pick(buildingSentences) : dice.pick(commonSentences),
                       dice, person, clerk, around)
                + QLatin1Char(' ');
        }
        page.append(wrap(body, 92).mid(0, 41));
        pages.append(page);
        pdf = casework::SimplePdf::fromPages(title, pages);
    }
    return pdf;
}

QList<SyntheticCaseFiles::Query> SyntheticCaseFiles::queries(int count)
{
    Dice dice(0x9e4e7);
    // ae/oe/ue and ss as people type when the keyboard has no umlauts.
    const auto plain = [](QString word) {
        word.replace(QStringLiteral("ä"), QStringLiteral("ae"));
        word.replace(QStringLiteral("ö"), QStringLiteral("oe"));
        word.replace(QStringLiteral("ü"), QStringLiteral("ue"));
        word.replace(QStringLiteral("ß"), QStringLiteral("ss"));
        return word;
    };
    const auto firstWord = [](const QString &text) { return text.section(QLatin1Char(' '), 0, 0); };
    const auto townWord = [&dice] {
        // The last word of a town's name: "St. Ingbert" is searched as "Ingbert".
        return QString::fromUtf8(towns[size_t(dice.below(int(towns.size())))].name)
            .section(QLatin1Char(' '), -1);
    };
    QList<Query> list;
    for (int i = 0; i < count; ++i) {
        // The first word is drawn before the second: one draw a statement keeps the order fixed.
        QString first;
        QString second;
        QString kind;
        switch (i % 7) {
        case 0:
            first = dice.pick(familyNames);
            second = dice.pick(givenNames);
            kind = QStringLiteral("family + given name");
            break;
        case 1:
            first = dice.pick(familyNames);
            second = dice.pick(topicWords);
            kind = QStringLiteral("name + topic");
            break;
        case 2:
            first = firstWord(dice.pick(streets));
            second = townWord();
            kind = QStringLiteral("street + town");
            break;
        case 3:
            first = dice.pick(topicWords);
            second = townWord();
            kind = QStringLiteral("topic + town");
            break;
        case 4:
            // Only words with an umlaut or ß show what the ae/oe/ue variants cost.
            do {
                first = dice.pick(familyNames);
            } while (plain(first) == first);
            first = plain(first);
            second = plain(dice.pick(topicWords));
            kind = QStringLiteral("without umlauts");
            break;
        case 5: {
            // As typed: the second word is two to four letters so far.
            first = dice.pick(familyNames);
            const QString next = dice.pick(topicWords);
            second = next.left(2 + dice.below(3));
            kind = QStringLiteral("as you type");
            break;
        }
        default:
            first = dice.pick(topicWords);
            second = dice.pick(topicWords);
            kind = QStringLiteral("two topics");
            break;
        }
        list.append({first + QLatin1Char(' ') + second, kind});
    }
    return list;
}

}  // namespace workroom::bench
