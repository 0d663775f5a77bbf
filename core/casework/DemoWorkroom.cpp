#include "DemoWorkroom.h"

#include "FormService.h"
#include "ReferenceNumber.h"
#include "SeededDice.h"
#include "SimplePdf.h"
#include "TextExtraction.h"
#include "Workspace.h"

#include <QLocale>

#include <array>

namespace workroom::casework {

using domain::CaseRecord;
using domain::CaseStatus;
using domain::Party;
using storage::Result;

namespace {

using Dice = SeededDice;

struct CaseType {
    const char *filePlanCode;
    const char *subject;
    const char *form;  // title of the PDF the citizen handed in; empty: none
};

constexpr std::array caseTypes{
    CaseType{"32.10", "Anmeldung einer Wohnung", "Anmeldung bei der Meldebehörde"},
    CaseType{"32.10", "Antrag auf Meldebescheinigung", "Antrag auf Meldebescheinigung"},
    CaseType{"32.10", "Auskunftssperre nach § 51 BMG", "Antrag auf Auskunftssperre"},
    CaseType{"32.10", "Abmeldung ins Ausland", ""},
    CaseType{"32.20", "Verlust des Personalausweises", "Verlustanzeige Personalausweis"},
    CaseType{"32.20", "Antrag auf Reisepass für ein Kind", ""},
    CaseType{"32.30", "Gewerbeanmeldung Einzelhandel", "Gewerbeanmeldung (GewA 1)"},
    CaseType{"32.30", "Gewerbeummeldung wegen Umzug", "Gewerbeummeldung (GewA 2)"},
    CaseType{"32.30", "Gewerbeabmeldung", ""},
    CaseType{"32.40", "Bewohnerparkausweis Zone B", "Antrag auf Bewohnerparkausweis"},
    CaseType{"32.40", "Sondernutzung Straßenfest Beispielweg", "Antrag auf Sondernutzung"},
    CaseType{"32.50", "Fundsache Geldbörse", ""},
    CaseType{"20.30", "Anmeldung zur Hundesteuer", "Anmeldung eines Hundes"},
};

constexpr std::array givenNames{"Anna", "Lukas", "Mia",    "Jonas",  "Lea",   "Felix",
                                "Emma", "Paul",  "Sofia",  "Elias",  "Hanna", "Noah",
                                "Jörg", "Sören", "Bärbel", "Günter", "Käthe", "Jürgen"};
constexpr std::array familyNames{"Muster",     "Beispiel", "Probst",     "Testmann",
                                 "Musterfrau", "Übermann", "Mustermann", "Schäfer-Probe",
                                 "Großmuster", "Demo",     "Fiktiv",     "Weißbeispiel"};
constexpr std::array streets{"Musterstraße", "Beispielweg", "Am Probeweiher", "Demogasse",
                             "Fiktivallee",  "Testplatz",   "Lindenmusterweg"};
constexpr std::array towns{"Musterstadt", "Beispielheim", "Probedorf"};
constexpr std::array companies{"Muster & Beispiel GbR", "Probe Bäckerei e. K.",
                               "Demo Handels GmbH (fiktiv)", "Fiktiv Blumen UG"};
constexpr std::array clerks{"a.becker", "m.schneider", "j.wagner"};
constexpr auto teamLeader = "s.hoffmann";

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The sample form (SampleForms.h) that belongs to a case type, if any.
QString sampleFormFor(const char *subject)
{
    const QString s = text(subject);
    if (s == u"Antrag auf Meldebescheinigung") {
        return QStringLiteral("meldebescheinigung.pdf");
    }
    if (s.startsWith(u"Gewerbeanmeldung")) {
        return QStringLiteral("gewerbeanmeldung.pdf");
    }
    if (s.startsWith(u"Bewohnerparkausweis")) {
        return QStringLiteral("bewohnerparkausweis.pdf");
    }
    return {};
}

}  // namespace

QString demoWorkroomName()
{
    return QStringLiteral("Bürgeramt (Demo)");
}

Result<domain::Workroom> createDemoWorkroom(Workspace &workspace, QDate today)
{
    storage::CaseRepository &repo = workspace.cases();
    auto rooms = repo.workrooms();
    if (!rooms) {
        return std::unexpected(rooms.error());
    }
    for (const domain::Workroom &room : *rooms) {
        if (room.name == demoWorkroomName()) {
            return room;
        }
    }
    storage::Database &db = workspace.database();
    domain::Workroom room;
    // All or nothing: a demo room with half its cases would be confusing.
    auto done = db.write(
        [&]() -> Result<void> {
            auto createdRoom = repo.createWorkroom(
                demoWorkroomName(),
                QString::fromLatin1(domain::ReferenceNumberFormat::defaultPattern), true,
                QLatin1StringView(teamLeader));
            if (!createdRoom) {
                return std::unexpected(createdRoom.error());
            }
            room = *createdRoom;
            Dice dice(20261129);
            const int year = today.year();
            for (int i = 0; i < 40; ++i) {
                const CaseType &type = caseTypes[size_t(i) % caseTypes.size()];
                const QString clerk = dice.pick(clerks);
                Party applicant;
                const bool company =
                    QLatin1StringView(type.filePlanCode) == QLatin1StringView("32.30")
                    && dice.below(2) == 0;
                if (company) {
                    applicant.kind = domain::PartyKind::Company;
                    applicant.companyName = dice.pick(companies);
                } else {
                    applicant.givenName = dice.pick(givenNames);
                    applicant.familyName = dice.pick(familyNames);
                }
                applicant.role = QStringLiteral("Antragsteller/in");
                applicant.street =
                    dice.pick(streets) + QLatin1Char(' ') + QString::number(1 + dice.below(98));
                applicant.postalCode = QStringLiteral("0%1").arg(1000 + dice.below(8999));
                applicant.city = dice.pick(towns);

                CaseRecord draft;
                draft.workroomId = room.id;
                draft.filePlanCode = text(type.filePlanCode);
                draft.year = year;
                draft.subject =
                    text(type.subject) + QStringLiteral(" – ") + applicant.displayName();
                draft.assignee = clerk;
                // A spread of deadlines: some overdue, some today, most ahead, a few without.
                const int shape = i % 8;
                if (shape != 7) {
                    draft.deadline = today.addDays(shape == 0   ? -(3 + dice.below(10))
                                                   : shape == 1 ? 0
                                                                : 2 + dice.below(40));
                }
                if (i % 5 == 0) {
                    draft.resubmission = today.addDays(i % 10 == 0 ? 0 : -(1 + dice.below(4)));
                }
                if (i % 6 == 0) {
                    draft.tags = {QStringLiteral("eilig")};
                }
                auto created = repo.createCase(draft, {applicant}, clerk);
                if (!created) {
                    return std::unexpected(created.error());
                }
                // Walk the case along its life, as the people involved would have.
                const std::array<CaseStatus, 4> path{CaseStatus::InProgress, CaseStatus::InReview,
                                                     CaseStatus::Approved, CaseStatus::Closed};
                const int steps = std::array{0, 1, 1, 2, 2, 2, 3, 4}[size_t(i % 8)];
                for (int s = 0; s < steps; ++s) {
                    const bool leader = path[size_t(s)] == CaseStatus::Approved;
                    if (auto moved = repo.setStatus(created->id, path[size_t(s)],
                                                    leader ? QLatin1StringView(teamLeader) : clerk);
                        !moved) {
                        return std::unexpected(moved.error());
                    }
                }
                if (steps == 2 && i % 9 == 4) {
                    if (auto moved = repo.setStatus(created->id, CaseStatus::Returned,
                                                    QLatin1StringView(teamLeader));
                        !moved) {
                        return std::unexpected(moved.error());
                    }
                }
                if (i % 3 == 0) {
                    auto note = repo.addNote(
                        created->id,
                        i % 2 ? QStringLiteral("Unterlagen vollständig, Prüfung begonnen.")
                              : QStringLiteral("Rückfrage telefonisch gestellt; Nachweis der "
                                               "Wohnungsgeberbestätigung fehlt noch."),
                        clerk);
                    if (!note) {
                        return std::unexpected(note.error());
                    }
                }
                if (*type.form && i % 2 == 0) {
                    const QLocale german(QLocale::German, QLocale::Germany);
                    const QString formTitle = text(type.form);
                    const QByteArray pdf = SimplePdf::fromPages(
                        formTitle,
                        {{formTitle, QStringLiteral("Stadt Musterstadt – Bürgeramt (Demo)"),
                          QString(), QStringLiteral("Antragsteller/in: ") + applicant.displayName(),
                          QStringLiteral("Anschrift: ") + applicant.street + QStringLiteral(", ")
                              + applicant.postalCode + QLatin1Char(' ') + applicant.city,
                          QStringLiteral("Eingegangen am: ")
                              + german.toString(today.addDays(-(5 + i)), QLocale::ShortFormat),
                          QStringLiteral("Anliegen: ") + text(type.subject), QString(),
                          QStringLiteral("Dies ist ein fiktives Demo-Dokument ohne echte "
                                         "Personendaten.")}});
                    auto blob = workspace.blobs().importBytes(pdf);
                    if (!blob) {
                        return std::unexpected(blob.error());
                    }
                    storage::CaseRepository::NewVersion version;
                    version.caseId = created->id;
                    version.title = formTitle;
                    version.kind = domain::DocumentKind::Application;
                    version.blob = *blob;
                    version.mimeType = QStringLiteral("application/pdf");
                    version.originalFileName = formTitle + QStringLiteral(".pdf");
                    version.originalFileName.replace(QLatin1Char(' '), QLatin1Char('_'));
                    // The same text extraction as for an imported file.
                    const ExtractedText extracted =
                        extractText(workspace.blobs().pathOf(blob->sha256), version.mimeType);
                    version.text = extracted.text;
                    version.textState = extracted.state;
                    if (auto added = repo.addDocumentVersion(version, clerk); !added) {
                        return std::unexpected(added.error());
                    }
                }
                // Some cases carry a blank sample form to fill (data/forms).
                if (const QString form = sampleFormFor(type.subject);
                    !form.isEmpty() && i % 4 < 2) {
                    if (auto added =
                            FormService::addSampleForm(workspace, created->id, form, clerk);
                        !added) {
                        return std::unexpected(added.error());
                    }
                }
            }
            return {};
        },
        storage::StorageText::tr("creating the demo workroom"));
    if (!done) {
        return std::unexpected(done.error());
    }
    return room;
}

}  // namespace workroom::casework
