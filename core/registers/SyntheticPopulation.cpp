#include "SyntheticPopulation.h"

#include <array>

namespace workroom::registers {

namespace {

// splitmix64: the same numbers on every platform and compiler (std:: distributions are not),
// so that the same seed gives the same people everywhere.
class Dice {
public:
    explicit Dice(quint64 seed) : state_(seed) {}
    quint64 next()
    {
        quint64 z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int perMille) { return below(1000) < perMille; }

private:
    quint64 state_;
};

template <std::size_t N>
QList<QString> table(const std::array<const char *, N> &items)
{
    QList<QString> strings;
    strings.reserve(qsizetype(N));
    for (const char *item : items) {
        strings.append(QString::fromUtf8(item));
    }
    return strings;
}

const std::array familyNames = {
    "Müller",     "Schmidt",    "Schneider",  "Fischer",  "Weber",        "Meyer",     "Maier",
    "Mayer",      "Meier",      "Wagner",     "Becker",   "Schulz",       "Hoffmann",  "Schäfer",
    "Koch",       "Bauer",      "Richter",    "Klein",    "Wolf",         "Schröder",  "Neumann",
    "Schwarz",    "Zimmermann", "Braun",      "Krüger",   "Hofmann",      "Hartmann",  "Lange",
    "Schmitt",    "Werner",     "Schmitz",    "Krause",   "Lehmann",      "Schmid",    "Schulze",
    "Köhler",     "Herrmann",   "König",      "Walter",   "Huber",        "Kaiser",    "Fuchs",
    "Peters",     "Lang",       "Scholz",     "Möller",   "Weiß",         "Jung",      "Hahn",
    "Schubert",   "Vogel",      "Friedrich",  "Keller",   "Günther",      "Frank",     "Berger",
    "Winkler",    "Roth",       "Beck",       "Lorenz",   "Baumann",      "Franke",    "Albrecht",
    "Schuster",   "Simon",      "Ludwig",     "Böhm",     "Winter",       "Kraus",     "Martin",
    "Schumacher", "Krämer",     "Vogt",       "Stein",    "Jäger",        "Otto",      "Sommer",
    "Groß",       "Seidel",     "Heinrich",   "Brandt",   "Haas",         "Schreiber", "Graf",
    "Schulte",    "Dietrich",   "Ziegler",    "Kuhn",     "Kühn",         "Pohl",      "Engel",
    "Horn",       "Busch",      "Bergmann",   "Thomas",   "Voigt",        "Sauer",     "Arnold",
    "Wolff",      "Pfeiffer",   "Strauß",     "Großmann", "Süßmuth",      "Nußbaum",   "Öztürk",
    "Yılmaz",     "Nowak",      "Kowalski",   "Popović",  "Papadopoulos", "Rossi",     "Dübel",
    "Hölzle",     "Görlitzer",  "Ebeling",    "Tönnies",  "Wüst",         "Blöß",      "Rößler",
    "Käßmann",    "Musterfrau", "Mustermann", "Beispiel", "Probst",       "Exempel",   "Testard"};

const std::array femaleNames = {
    "Anna",     "Marie",     "Sophie", "Käthe",  "Bärbel",   "Hannelore", "Ursula",
    "Renate",   "Gisela",    "Monika", "Petra",  "Sabine",   "Andrea",    "Claudia",
    "Susanne",  "Birgit",    "Katrin", "Julia",  "Lena",     "Lea",       "Hannah",
    "Emma",     "Mia",       "Leonie", "Jürgen", "Grete",    "Lüdia",     "Jördis",
    "Ilse",     "Hildegard", "Dörte",  "Frauke", "Elke",     "Anke",      "Nicole",
    "Stefanie", "Christina", "Ayşe",   "Zoë",    "Annegret", "Gertrud",   "Margarete"};

const std::array maleNames = {
    "Hans",   "Peter",   "Jürgen",   "Günter",    "Jörg",      "Björn",      "Sören",
    "Uwe",    "Klaus",   "Wolfgang", "Michael",   "Thomas",    "Andreas",    "Stefan",
    "Frank",  "Markus",  "Matthias", "Alexander", "Lukas",     "Leon",       "Felix",
    "Jonas",  "Paul",    "Max",      "Ben",       "Noah",      "Karl-Heinz", "Hans-Jürgen",
    "Dieter", "Manfred", "Horst",    "Rüdiger",   "Götz",      "Detlef",     "Hartmut",
    "Bernd",  "Ralf",    "Mehmet",   "Joël",      "Friedrich", "Heinrich",   "Ulf"};

const std::array streets = {
    "Amselweg",      "Lindenstraße",      "Hauptstraße",   "Schulstraße",   "Gartenstraße",
    "Bahnhofstraße", "Mühlenweg",         "Kirchplatz",    "Am Anger",      "Birkenallee",
    "Rosenstraße",   "Eichendorffstraße", "Goethestraße",  "Schillerplatz", "Fliederweg",
    "Ahornring",     "Buchenweg",         "Musterweg",     "Beispielallee", "Am Fröschteich",
    "Großer Graben", "Kleine Gasse",      "Weißdornweg",   "Uferstraße",    "Lerchenfeld",
    "Müllerstraße",  "Königsallee",       "Brückenstraße", "Wiesengrund",   "Sonnenhang",
    "Schloßstraße",  "Jägerpfad",         "Hölderlinweg",  "Mozartstraße",  "Drosselgasse",
    "Am Südhang",    "Industriestraße",   "Parkstraße",    "Waldstraße",    "Dorfstraße"};

// Clearly fictitious towns, each with its postal code.
struct Town {
    const char *name;
    const char *postalCode;
};
const std::array<Town, 24> towns = {{{"Musterstadt", "12345"},   {"Beispielhausen", "23456"},
                                     {"Neu-Mustersee", "34567"}, {"Probstheim an der Ilm", "45678"},
                                     {"Übungsdorf", "56789"},    {"Großbeispiel", "67890"},
                                     {"Kleinmusterau", "78901"}, {"Fiktivbrück", "89012"},
                                     {"Erfundenhagen", "90123"}, {"Testingen", "01234"},
                                     {"Schönmuster", "13579"},   {"Weißbeispiel", "24680"},
                                     {"Demoberg", "35791"},      {"Mustersfelde", "46802"},
                                     {"Ödemuster", "57913"},     {"Süßbach", "68024"},
                                     {"Altmuster", "79135"},     {"Beispielsdorf am Main", "80246"},
                                     {"Musterhude", "91357"},    {"Probehausen", "02468"},
                                     {"Nirgendwo", "11223"},     {"Scheinfeld-Ost", "22334"},
                                     {"Gedachtwitz", "33445"},   {"Ausgedachtenberg", "44556"}}};

const std::array birthPlaces = {"Musterstadt", "Beispielhausen", "Übungsdorf", "Großbeispiel",
                                "Fiktivbrück", "Testingen",      "Demoberg",   "Süßbach",
                                "Ödemuster",   "Nirgendwo",      "Altmuster",  "Probehausen"};

const std::array otherNationalities = {"türkisch", "polnisch",    "italienisch",   "griechisch",
                                       "serbisch", "französisch", "österreichisch"};

// The generator's "today", fixed so that the same seed gives the same people in any year.
const QDate referenceDate(2026, 1, 1);

QDate dateBetween(Dice &dice, const QDate &from, const QDate &to)
{
    const qint64 span = from.daysTo(to);
    if (span <= 0) {
        return from;
    }
    return from.addDays(qint64(dice.next() % quint64(span + 1)));
}

}  // namespace

std::shared_ptr<const SyntheticPopulation> SyntheticPopulation::generate(int count, quint64 seed)
{
    const QList<QString> family = table(familyNames);
    const QList<QString> female = table(femaleNames);
    const QList<QString> male = table(maleNames);
    const QList<QString> street = table(streets);
    const QList<QString> places = table(birthPlaces);
    const QList<QString> nations = table(otherNationalities);
    QList<QString> townNames;
    QList<QString> townCodes;
    for (const Town &town : towns) {
        townNames.append(QString::fromUtf8(town.name));
        townCodes.append(QString::fromLatin1(town.postalCode));
    }
    const QString german = QStringLiteral("deutsch");
    const QString doctor = QStringLiteral("Dr.");
    const QString male_ = QStringLiteral("m");
    const QString female_ = QStringLiteral("w");
    const QString diverse = QStringLiteral("d");
    const QString space = QStringLiteral(" ");

    // Small numbers repeat: share them instead of formatting each.
    QList<QString> houseNumbers;
    for (int n = 1; n <= 160; ++n) {
        houseNumbers.append(QString::number(n));
    }

    Dice dice(seed);
    const auto pickAddress = [&](Address &address) {
        const int town = dice.below(int(townNames.size()));
        address.city = townNames.at(town);
        address.postalCode = townCodes.at(town);
        address.street = street.at(dice.below(int(street.size())));
        address.houseNumber = houseNumbers.at(dice.below(int(houseNumbers.size())));
        if (dice.chance(40)) {
            address.houseNumber += QLatin1Char(char('a' + dice.below(3)));
        }
    };

    auto population = std::shared_ptr<SyntheticPopulation>(new SyntheticPopulation());
    QList<RegisteredPerson> &persons = population->persons_;
    persons.reserve(count);
    const QDate oldest(1925, 1, 1);
    const QDate youngest(2008, 12, 31);
    for (int i = 0; i < count; ++i) {
        RegisteredPerson person;
        person.id = quint32(i + 1);
        PersonRecord &r = person.record;
        const int sexRoll = dice.below(1000);
        const bool isFemale = sexRoll < 505;
        r.sex = sexRoll < 505 ? female_ : (sexRoll < 998 ? male_ : diverse);
        const QList<QString> &given = isFemale ? female : male;
        const int givenCount = dice.chance(600) ? 1 : (dice.chance(750) ? 2 : 3);
        r.givenNames = given.at(dice.below(int(given.size())));
        for (int g = 1; g < givenCount; ++g) {
            const QString &next = given.at(dice.below(int(given.size())));
            if (!r.givenNames.contains(next)) {
                r.givenNames += space + next;
            }
        }
        r.birthName = family.at(dice.below(int(family.size())));
        r.familyName = r.birthName;
        r.birthDate = dateBetween(dice, oldest, youngest);
        int age = int(r.birthDate.daysTo(referenceDate) / 365);
        if (age >= 22 && dice.chance(isFemale ? 450 : 60)) {
            r.familyName = family.at(dice.below(int(family.size())));  // married name
        }
        // Namesakes: every few hundred people one shares name and date of birth with somebody
        // earlier, so that a search can be "not unique".
        if (i > 0 && dice.chance(3)) {
            const PersonRecord &twin = persons.at(dice.below(i)).record;
            r.familyName = twin.familyName;
            r.birthName = twin.birthName;
            r.givenNames = twin.givenNames;
            r.birthDate = twin.birthDate;
            age = int(r.birthDate.daysTo(referenceDate) / 365);
        }
        if (age >= 30 && dice.chance(25)) {
            r.doctoralDegree = doctor;
        }
        r.birthPlace = places.at(dice.below(int(places.size())));
        r.nationalities.append(german);
        if (dice.chance(80)) {
            r.nationalities.append(nations.at(dice.below(int(nations.size()))));
        }
        pickAddress(r.address);
        // Moves: up to three earlier addresses, newest first, each lived in for a while.
        const QDate adult = r.birthDate.addYears(18);
        const int moves = age < 18 ? dice.below(2) : dice.below(4);
        QDate movedOut = dateBetween(dice, qMax(r.birthDate.addDays(1), adult.addYears(-17)),
                                     referenceDate.addDays(-30));
        r.movedIn = movedOut;
        if (moves == 0) {
            r.movedIn = dateBetween(dice, r.birthDate, referenceDate.addDays(-30));
        }
        for (int m = 0; m < moves; ++m) {
            PreviousAddress earlier;
            pickAddress(earlier.address);
            earlier.movedOut = movedOut;
            earlier.movedIn = dateBetween(dice, r.birthDate, movedOut.addDays(-1));
            if (earlier.movedIn >= earlier.movedOut) {
                break;
            }
            r.previousAddresses.append(earlier);
            movedOut = earlier.movedIn;
        }
        if (age >= 60 && dice.chance(40)) {
            r.deathDate = dateBetween(dice, qMax(QDate(2000, 1, 1), r.movedIn.addDays(1)),
                                      referenceDate.addDays(-1));
        }
        person.informationBlock = dice.chance(5);
        persons.append(std::move(person));
    }
    return population;
}

}  // namespace workroom::registers
