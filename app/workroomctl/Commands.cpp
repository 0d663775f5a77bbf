#include "Commands.h"

#include "AuditLog.h"
#include "CaseExporter.h"
#include "CaseJson.h"
#include "CaseService.h"
#include "DemoWorkroom.h"
#include "DmsCommands.h"
#include "DocumentImporter.h"
#include "FormCommands.h"
#include "NoticeCommands.h"
#include "Profile.h"
#include "ReferenceNumber.h"
#include "RegisterCommands.h"
#include "Settings.h"
#include "SigningCommands.h"
#include "Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace workroom::ctl {

using casework::Workspace;
using domain::CaseRecord;
using domain::CaseStatus;

namespace {

QCommandLineOption option(const char *name, const char *description, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
}

QJsonValue jsonDate(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
}

QString shortDate(const std::optional<QDate> &date)
{
    return date ? QLocale().toString(*date, QLocale::ShortFormat) : QStringLiteral("–");
}

// ISO (2026-12-31) or German (31.12.2026) dates; anything else is refused.
std::optional<QDate> parseDate(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy")}) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid()) {
            return date;
        }
    }
    return std::nullopt;
}

}  // namespace

Commands::Commands(QCommandLineParser &parser)
    : CommandOutput(parser, commandSummary()), parser_(parser)
{
}

Commands::~Commands() = default;

void Commands::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        option("profile", "Use DIR as the data directory.", "DIR"),
        option("json", "Print the result as JSON."),
        option("user", "Record changes under NAME in the audit log.", "NAME"),
        option("role",
               "Act as clerk, team_leader or reader; with sign: the signature's role, signed, "
               "co_signed or final.",
               "ROLE"),
        option("workroom", "The workroom (name or id).", "WORKROOM"),
        option("pattern", "Reference-number pattern of a new workroom.", "PATTERN"),
        option("plan", "File-plan code of a new case.", "CODE"),
        option("year", "Year of a new case's reference number.", "YEAR"),
        option("sequence", "Running number of a new case (default: the next free one).", "N"),
        option("subject", "Subject of a case.", "TEXT"),
        option("assignee", "Assignee of a case; with list: filter.", "NAME"),
        option("deadline", "Deadline (YYYY-MM-DD or DD.MM.YYYY; 'none' clears it).", "DATE"),
        option("resubmission", "Resubmission date (as --deadline).", "DATE"),
        option("tag", "A tag of the case (repeatable).", "TAG"),
        option("person", "A person as party: \"Given Family\".", "NAME"),
        option("company", "A company as party.", "NAME"),
        option("street", "Street of the party.", "STREET"),
        option("postal-code", "Postal code of the party.", "CODE"),
        option("city", "City of the party.", "CITY"),
        option("status", "With list: only cases in this status.", "STATUS"),
        option("due", "With list: overdue, week, none or myday.", "WHEN"),
        option("search", "With list: full-text words.", "TEXT"),
        option("limit", "At most N results.", "N"),
        option("kind", "Document kind: application, form, notice, register_extract, attachment.",
               "KIND"),
        option("zip", "Export to a ZIP archive instead of a folder."),
        option("grace", "With gc: keep unreferenced blobs younger than SECONDS.", "SECONDS"),
    });
    SigningCommands::addOptions(parser);
    FormCommands::addOptions(parser);
    NoticeCommands::addOptions(parser);
    RegisterCommands::addOptions(parser);
    DmsCommands::addOptions(parser);
}

QString Commands::commandSummary()
{
    return QStringLiteral(
               "Commands:\n"
               "  workroom list | workroom create NAME [--pattern P]\n"
               "  demo                                 create the demo workroom\n"
               "  case list [--workroom W] [--status S] [--assignee A] [--due D] [--search T] "
               "[--limit N]\n"
               "  case create --workroom W --plan CODE --subject TEXT [--year Y] [--sequence N]\n"
               "              [--assignee A] [--deadline D] [--resubmission D] [--tag T]...\n"
               "              [--person \"Given Family\" | --company NAME] [--street S] "
               "[--postal-code P] "
               "[--city C]\n"
               "  case show REF | case edit REF [--subject] [--assignee] [--deadline] "
               "[--resubmission] "
               "[--tag]...\n"
               "  case status REF STATUS | case note REF TEXT\n"
               "  doc add REF FILE-OR-FOLDER... [--kind K] | doc list REF\n"
               "  search TEXT... [--workroom W] [--limit N]\n"
               "  export REF DESTINATION [--zip]\n"
               "  audit verify | check | gc [--grace SECONDS]\n")
           + FormCommands::commandSummary() + NoticeCommands::commandSummary()
           + RegisterCommands::commandSummary() + SigningCommands::commandSummary()
           + DmsCommands::commandSummary();
}

bool Commands::openWorkspace()
{
    const QString dir = parser_.isSet(QStringLiteral("profile"))
                            ? parser_.value(QStringLiteral("profile"))
                            : app::Profile::defaultDirectory();
    auto profile = app::Profile::open(dir);
    if (!profile) {
        fail(profile.error());
        return false;
    }
    const QString user = parser_.isSet(QStringLiteral("user"))
                             ? parser_.value(QStringLiteral("user"))
                             : Workspace::defaultActor();
    auto opened = Workspace::open(profile->path(), user);
    if (!opened) {
        fail(opened.error().message);
        return false;
    }
    workspace_ = std::move(*opened);
    return true;
}

bool Commands::resolveWorkroom(qint64 &id)
{
    auto rooms = workspace_->cases().workrooms();
    if (!rooms) {
        fail(rooms.error().message);
        return false;
    }
    const QString wanted = parser_.value(QStringLiteral("workroom"));
    if (wanted.isEmpty()) {
        if (rooms->size() == 1) {
            id = rooms->first().id;
            return true;
        }
        usage(rooms->isEmpty() ? tr("There is no workroom yet: create one with 'workroom create'.")
                               : tr("There are several workrooms: name one with --workroom."));
        return false;
    }
    for (const domain::Workroom &room : *rooms) {
        if (room.name == wanted || QString::number(room.id) == wanted) {
            id = room.id;
            return true;
        }
    }
    fail(tr("There is no workroom \"%1\".").arg(wanted));
    return false;
}

bool Commands::resolveCase(const QString &key, qint64 &id)
{
    auto rooms = workspace_->cases().workrooms();
    if (!rooms) {
        fail(rooms.error().message);
        return false;
    }
    QList<qint64> candidates;
    for (const domain::Workroom &room : *rooms) {
        if (parser_.isSet(QStringLiteral("workroom"))
            && room.name != parser_.value(QStringLiteral("workroom"))
            && QString::number(room.id) != parser_.value(QStringLiteral("workroom"))) {
            continue;
        }
        if (auto found = workspace_->cases().caseByReference(room.id, key)) {
            candidates.append(found->id);
        }
    }
    if (candidates.isEmpty()) {
        bool numeric = false;
        const qint64 asId = key.toLongLong(&numeric);
        if (numeric && workspace_->cases().caseById(asId)) {
            id = asId;
            return true;
        }
        fail(tr("There is no case \"%1\".").arg(key));
        return false;
    }
    if (candidates.size() > 1) {
        usage(tr("The reference number %1 exists in several workrooms: name one with --workroom.")
                  .arg(key));
        return false;
    }
    id = candidates.first();
    return true;
}

int Commands::run(const QStringList &positional)
{
    if (positional.isEmpty()) {
        return usage(tr("No command given."));
    }
    const QString command = positional.first();
    // The signing commands need the profile (identities, user-trusted certificates) but no
    // workspace.
    if (SigningCommands::handles(command)) {
        auto profile = app::Profile::open(parser_.isSet(QStringLiteral("profile"))
                                              ? parser_.value(QStringLiteral("profile"))
                                              : app::Profile::defaultDirectory());
        if (!profile) {
            return fail(profile.error());
        }
        return SigningCommands(parser_).run(positional, profile->path());
    }
    // Forms on files need nothing; stored forms open the workspace when they get to it.
    if (FormCommands::handles(command)) {
        return FormCommands(
                   parser_,
                   [this]() -> casework::Workspace * {
                       return openWorkspace() ? workspace_.get() : nullptr;
                   },
                   [this](const QString &key, qint64 &id) { return resolveCase(key, id); })
            .run(positional);
    }
    // Notices need the workspace and a GUI application (main() made one for them).
    if (NoticeCommands::handles(command)) {
        if (!openWorkspace()) {
            return Failed;
        }
        const auto resolve = [this](const QString &key, qint64 &id) {
            return resolveCase(key, id);
        };
        return NoticeCommands(parser_, *workspace_, resolve).run(positional);
    }
    // Register queries need the workspace (query log, jobs, offline queue) and the settings.
    if (RegisterCommands::handles(command)) {
        if (!openWorkspace()) {
            return Failed;
        }
        const app::Settings settings(
            QDir(workspace_->profileDir()).filePath(QStringLiteral("settings.ini")));
        return RegisterCommands(parser_, *workspace_, settings).run(positional);
    }
    // The DMS sync needs the workspace and the settings (the link; never the password).
    if (DmsCommands::handles(command)) {
        if (!openWorkspace()) {
            return Failed;
        }
        app::Settings settings(
            QDir(workspace_->profileDir()).filePath(QStringLiteral("settings.ini")));
        return DmsCommands(parser_, *workspace_, settings).run(positional);
    }
    const QStringList args = positional.mid(1);
    const QStringList known{
        QStringLiteral("workroom"), QStringLiteral("demo"),   QStringLiteral("case"),
        QStringLiteral("doc"),      QStringLiteral("search"), QStringLiteral("export"),
        QStringLiteral("audit"),    QStringLiteral("check"),  QStringLiteral("gc")};
    if (!known.contains(command)) {
        return usage(tr("Unknown command \"%1\".").arg(command));
    }
    if (!openWorkspace()) {
        return Failed;
    }
    if (command == QLatin1StringView("workroom")) {
        return workroomCommand(args);
    }
    if (command == QLatin1StringView("demo")) {
        return demo();
    }
    if (command == QLatin1StringView("case")) {
        return caseCommand(args);
    }
    if (command == QLatin1StringView("doc")) {
        return documentCommand(args);
    }
    if (command == QLatin1StringView("search")) {
        return search(args);
    }
    if (command == QLatin1StringView("export")) {
        return exportCase(args);
    }
    if (command == QLatin1StringView("audit")) {
        return audit(args);
    }
    if (command == QLatin1StringView("check")) {
        return check();
    }
    return collectGarbage();
}

int Commands::workroomCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1StringView("list")) {
        auto rooms = workspace_->cases().workrooms();
        if (!rooms) {
            return fail(rooms.error().message);
        }
        QJsonArray array;
        for (const domain::Workroom &room : *rooms) {
            array.append(QJsonObject{{QStringLiteral("id"), room.id},
                                     {QStringLiteral("name"), room.name},
                                     {QStringLiteral("referencePattern"), room.referencePattern},
                                     {QStringLiteral("demo"), room.demo}});
            if (!json()) {
                print(QStringLiteral("%1\t%2\t%3")
                          .arg(room.id)
                          .arg(room.name, room.referencePattern));
            }
        }
        if (json()) {
            printJson(array);
        }
        return Ok;
    }
    if (sub == QLatin1StringView("create")) {
        if (args.size() != 2) {
            return usage(tr("'workroom create' takes one name."));
        }
        const QString pattern =
            parser_.isSet(QStringLiteral("pattern"))
                ? parser_.value(QStringLiteral("pattern"))
                : QString::fromLatin1(domain::ReferenceNumberFormat::defaultPattern);
        auto room =
            workspace_->cases().createWorkroom(args.at(1), pattern, false, workspace_->actor());
        if (!room) {
            return fail(room.error().message);
        }
        if (json()) {
            printJson(QJsonObject{{QStringLiteral("id"), room->id},
                                  {QStringLiteral("name"), room->name},
                                  {QStringLiteral("referencePattern"), room->referencePattern}});
        } else {
            print(tr("Created the workroom \"%1\" (id %2).").arg(room->name).arg(room->id));
        }
        return Ok;
    }
    return usage(tr("'workroom' takes list or create."));
}

int Commands::demo()
{
    auto room = casework::createDemoWorkroom(*workspace_);
    if (!room) {
        return fail(room.error().message);
    }
    if (json()) {
        printJson(
            QJsonObject{{QStringLiteral("id"), room->id}, {QStringLiteral("name"), room->name}});
    } else {
        print(tr("The demo workroom \"%1\" is ready (id %2).").arg(room->name).arg(room->id));
    }
    return Ok;
}

int Commands::caseCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    const domain::Role role =
        domain::roleFromKey(parser_.value(QStringLiteral("role"))).value_or(domain::Role::Clerk);
    if (parser_.isSet(QStringLiteral("role"))
        && !domain::roleFromKey(parser_.value(QStringLiteral("role")))) {
        return usage(tr("Unknown role \"%1\": use clerk, team_leader or reader.")
                         .arg(parser_.value(QStringLiteral("role"))));
    }
    casework::CaseService service(*workspace_, role);
    // Dates given on the command line: "none" clears, anything unreadable is refused.
    const auto readDate = [this](const char *name, std::optional<QDate> &target) -> bool {
        const QString key = QString::fromLatin1(name);
        if (!parser_.isSet(key)) {
            return true;
        }
        const QString value = parser_.value(key);
        if (value == QLatin1StringView("none")) {
            target.reset();
            return true;
        }
        target = parseDate(value);
        if (!target) {
            fail(tr("\"%1\" is not a valid date; use YYYY-MM-DD or DD.MM.YYYY.").arg(value), Usage);
            return false;
        }
        return true;
    };

    if (sub == QLatin1StringView("list")) {
        storage::CaseQuery query;
        if (parser_.isSet(QStringLiteral("workroom")) && !resolveWorkroom(query.workroomId)) {
            return Failed;
        }
        if (parser_.isSet(QStringLiteral("status"))) {
            auto status = domain::statusFromKey(parser_.value(QStringLiteral("status")));
            if (!status) {
                return usage(
                    tr("Unknown status \"%1\".").arg(parser_.value(QStringLiteral("status"))));
            }
            query.statuses = {*status};
        }
        query.assignee = parser_.value(QStringLiteral("assignee"));
        const QString due = parser_.value(QStringLiteral("due"));
        if (due == QLatin1StringView("overdue")) {
            query.due = storage::CaseQuery::Due::Overdue;
        } else if (due == QLatin1StringView("week")) {
            query.due = storage::CaseQuery::Due::WithinWeek;
        } else if (due == QLatin1StringView("none")) {
            query.due = storage::CaseQuery::Due::NoDeadline;
        } else if (due == QLatin1StringView("myday")) {
            query.due = storage::CaseQuery::Due::MyDay;
            query.sort = storage::CaseQuery::Sort::Deadline;
        } else if (!due.isEmpty()) {
            return usage(tr("Unknown --due \"%1\": use overdue, week, none or myday.").arg(due));
        }
        query.search = parser_.value(QStringLiteral("search"));
        if (!query.search.isEmpty()) {
            query.sort = storage::CaseQuery::Sort::Relevance;
        }
        const int limit = parser_.isSet(QStringLiteral("limit"))
                              ? parser_.value(QStringLiteral("limit")).toInt()
                              : 1000;
        auto rows = workspace_->cases().listCases(query, 0, limit);
        if (!rows) {
            return fail(rows.error().message);
        }
        QJsonArray array;
        for (const storage::CaseListRow &row : *rows) {
            array.append(QJsonObject{{QStringLiteral("id"), row.id},
                                     {QStringLiteral("reference"), row.reference},
                                     {QStringLiteral("subject"), row.subject},
                                     {QStringLiteral("status"), domain::statusKey(row.status)},
                                     {QStringLiteral("assignee"), row.assignee},
                                     {QStringLiteral("deadline"), jsonDate(row.deadline)},
                                     {QStringLiteral("resubmission"), jsonDate(row.resubmission)}});
            if (!json()) {
                print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                          .arg(row.reference, domain::statusDisplayName(row.status), row.assignee,
                               shortDate(row.deadline), row.subject));
            }
        }
        if (json()) {
            printJson(array);
        }
        return Ok;
    }
    if (sub == QLatin1StringView("create")) {
        CaseRecord draft;
        if (!resolveWorkroom(draft.workroomId)) {
            return Failed;
        }
        draft.filePlanCode = parser_.value(QStringLiteral("plan"));
        draft.subject = parser_.value(QStringLiteral("subject"));
        if (draft.filePlanCode.isEmpty() || draft.subject.isEmpty()) {
            return usage(tr("'case create' needs --plan and --subject."));
        }
        draft.year = parser_.isSet(QStringLiteral("year"))
                         ? parser_.value(QStringLiteral("year")).toInt()
                         : QDate::currentDate().year();
        draft.sequence = parser_.value(QStringLiteral("sequence")).toInt();
        draft.assignee = parser_.isSet(QStringLiteral("assignee"))
                             ? parser_.value(QStringLiteral("assignee"))
                             : workspace_->actor();
        draft.tags = parser_.values(QStringLiteral("tag"));
        if (!readDate("deadline", draft.deadline)
            || !readDate("resubmission", draft.resubmission)) {
            return Usage;
        }
        QList<domain::Party> parties;
        if (parser_.isSet(QStringLiteral("person")) || parser_.isSet(QStringLiteral("company"))) {
            domain::Party party;
            if (parser_.isSet(QStringLiteral("company"))) {
                party.kind = domain::PartyKind::Company;
                party.companyName = parser_.value(QStringLiteral("company"));
            } else {
                const QString name = parser_.value(QStringLiteral("person")).trimmed();
                const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
                party.givenName = space > 0 ? name.left(space) : QString();
                party.familyName = space > 0 ? name.mid(space + 1) : name;
            }
            party.role = tr("Applicant");
            party.street = parser_.value(QStringLiteral("street"));
            party.postalCode = parser_.value(QStringLiteral("postal-code"));
            party.city = parser_.value(QStringLiteral("city"));
            parties.append(party);
        }
        auto created = service.createCase(draft, parties);
        if (!created) {
            return fail(created.error().message);
        }
        if (json()) {
            printJson(casework::json::caseRecord(*created));
        } else {
            print(tr("Created case %1: %2").arg(created->reference, created->subject));
        }
        return Ok;
    }
    if (args.size() < 2) {
        return usage(tr("'case %1' needs a reference number.").arg(sub));
    }
    qint64 caseId = 0;
    if (!resolveCase(args.at(1), caseId)) {
        return Failed;
    }
    if (sub == QLatin1StringView("show")) {
        storage::CaseRepository &repo = workspace_->cases();
        auto record = repo.caseById(caseId);
        auto parties = repo.parties(caseId);
        auto notes = repo.notes(caseId);
        auto documents = repo.documents(caseId);
        auto history = repo.history(caseId);
        if (!record || !parties || !notes || !documents || !history) {
            return fail(tr("The case could not be read completely."));
        }
        if (json()) {
            QJsonObject object = casework::json::caseRecord(*record);
            QJsonArray partyArray;
            for (const domain::Party &p : *parties) {
                partyArray.append(casework::json::party(p));
            }
            QJsonArray noteArray;
            for (const domain::Note &n : *notes) {
                noteArray.append(casework::json::note(n));
            }
            QJsonArray documentArray;
            for (const domain::Document &d : *documents) {
                QJsonArray versions;
                for (const domain::DocumentVersion &v : d.versions) {
                    versions.append(casework::json::version(v));
                }
                documentArray.append(
                    QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("title"), d.title},
                                {QStringLiteral("kind"), domain::documentKindKey(d.kind)},
                                {QStringLiteral("versions"), versions}});
            }
            QJsonArray historyArray;
            for (const storage::AuditEntry &e : *history) {
                historyArray.append(casework::json::historyEntry(e));
            }
            object.insert(QStringLiteral("parties"), partyArray);
            object.insert(QStringLiteral("notes"), noteArray);
            object.insert(QStringLiteral("documents"), documentArray);
            object.insert(QStringLiteral("history"), historyArray);
            printJson(object);
            return Ok;
        }
        print(QStringLiteral("%1  %2").arg(record->reference, record->subject));
        print(tr("Status: %1").arg(domain::statusDisplayName(record->status)));
        print(tr("Assignee: %1").arg(record->assignee));
        print(tr("Deadline: %1").arg(shortDate(record->deadline)));
        print(tr("Resubmission: %1").arg(shortDate(record->resubmission)));
        if (!record->tags.isEmpty()) {
            print(tr("Tags: %1").arg(record->tags.join(QStringLiteral(", "))));
        }
        for (const domain::Party &p : *parties) {
            print(tr("Party: %1 (%2), %3, %4 %5")
                      .arg(p.displayName(), p.role, p.street, p.postalCode, p.city));
        }
        for (const domain::Document &d : *documents) {
            for (const domain::DocumentVersion &v : d.versions) {
                print(tr("Document: %1 v%2, %3, %4 bytes, SHA-256 %5")
                          .arg(d.title)
                          .arg(v.number)
                          .arg(v.originalFileName)
                          .arg(v.size)
                          .arg(v.sha256));
            }
        }
        for (const domain::Note &n : *notes) {
            print(tr("Note by %1: %2").arg(n.author, n.text));
        }
        print(tr("History: %n entries", nullptr, int(history->size())));
        return Ok;
    }
    if (sub == QLatin1StringView("edit")) {
        auto record = workspace_->cases().caseById(caseId);
        if (!record) {
            return fail(record.error().message);
        }
        CaseRecord changed = *record;
        if (parser_.isSet(QStringLiteral("subject"))) {
            changed.subject = parser_.value(QStringLiteral("subject"));
        }
        if (parser_.isSet(QStringLiteral("assignee"))) {
            changed.assignee = parser_.value(QStringLiteral("assignee"));
        }
        if (parser_.isSet(QStringLiteral("tag"))) {
            changed.tags = parser_.values(QStringLiteral("tag"));
        }
        if (!readDate("deadline", changed.deadline)
            || !readDate("resubmission", changed.resubmission)) {
            return Usage;
        }
        auto saved = service.updateCase(changed);
        if (!saved) {
            return fail(saved.error().message);
        }
        if (json()) {
            printJson(casework::json::caseRecord(*saved));
        } else {
            print(tr("Saved case %1.").arg(saved->reference));
        }
        return Ok;
    }
    if (sub == QLatin1StringView("status")) {
        auto status = domain::statusFromKey(args.value(2));
        if (!status) {
            return usage(tr("Unknown status \"%1\".").arg(args.value(2)));
        }
        auto moved = service.changeStatus(caseId, *status);
        if (!moved) {
            return fail(moved.error().message);
        }
        if (json()) {
            printJson(casework::json::caseRecord(*moved));
        } else {
            print(tr("Case %1 is now \"%2\".")
                      .arg(moved->reference, domain::statusDisplayName(moved->status)));
        }
        return Ok;
    }
    if (sub == QLatin1StringView("note")) {
        const QString text = args.mid(2).join(QLatin1Char(' '));
        auto note = service.addNote(caseId, text);
        if (!note) {
            return fail(note.error().message);
        }
        if (json()) {
            printJson(
                QJsonObject{{QStringLiteral("id"), note->id}, {QStringLiteral("caseId"), caseId}});
        } else {
            print(tr("Note added."));
        }
        return Ok;
    }
    return usage(tr("Unknown 'case' command \"%1\".").arg(sub));
}

int Commands::documentCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (args.size() < 2 || (sub != QLatin1StringView("add") && sub != QLatin1StringView("list"))) {
        return usage(tr("'doc' takes add REF FILE... or list REF."));
    }
    qint64 caseId = 0;
    if (!resolveCase(args.at(1), caseId)) {
        return Failed;
    }
    if (sub == QLatin1StringView("list")) {
        auto documents = workspace_->cases().documents(caseId);
        if (!documents) {
            return fail(documents.error().message);
        }
        QJsonArray array;
        for (const domain::Document &d : *documents) {
            for (const domain::DocumentVersion &v : d.versions) {
                array.append(QJsonObject{{QStringLiteral("document"), d.id},
                                         {QStringLiteral("title"), d.title},
                                         {QStringLiteral("version"), v.number},
                                         {QStringLiteral("fileName"), v.originalFileName},
                                         {QStringLiteral("size"), v.size},
                                         {QStringLiteral("sha256"), v.sha256}});
                if (!json()) {
                    print(QStringLiteral("%1\tv%2\t%3\t%4\t%5")
                              .arg(d.title)
                              .arg(v.number)
                              .arg(v.originalFileName)
                              .arg(v.size)
                              .arg(v.sha256));
                }
            }
        }
        if (json()) {
            printJson(array);
        }
        return Ok;
    }
    const QStringList files = args.mid(2);
    if (files.isEmpty()) {
        return usage(tr("'doc add' needs at least one file or folder."));
    }
    domain::DocumentKind kind = domain::DocumentKind::Attachment;
    if (parser_.isSet(QStringLiteral("kind"))) {
        auto parsed = domain::documentKindFromKey(parser_.value(QStringLiteral("kind")));
        if (!parsed) {
            return usage(
                tr("Unknown document kind \"%1\".").arg(parser_.value(QStringLiteral("kind"))));
        }
        kind = *parsed;
    }
    casework::DocumentImporter importer(*workspace_);
    const casework::ImportReport report = importer.importFiles(caseId, files, kind);
    QJsonArray array;
    for (const casework::ImportOutcome &o : report.outcomes) {
        const QString kindKey =
            o.kind == casework::ImportOutcome::Kind::Added       ? QStringLiteral("added")
            : o.kind == casework::ImportOutcome::Kind::Duplicate ? QStringLiteral("duplicate")
                                                                 : QStringLiteral("failed");
        array.append(QJsonObject{{QStringLiteral("path"), o.path},
                                 {QStringLiteral("result"), kindKey},
                                 {QStringLiteral("message"), o.message},
                                 {QStringLiteral("versionId"), o.versionId}});
        if (!json()) {
            if (o.kind == casework::ImportOutcome::Kind::Added) {
                print(tr("Added %1").arg(o.path));
            } else {
                std::fprintf(stderr, "workroomctl: %s\n", o.message.toUtf8().constData());
            }
        }
    }
    if (json()) {
        printJson(array);
    }
    const int failed = report.count(casework::ImportOutcome::Kind::Failed);
    return failed > 0 ? Failed : Ok;
}

int Commands::search(const QStringList &args)
{
    const QString text = args.join(QLatin1Char(' '));
    if (text.trimmed().isEmpty()) {
        return usage(tr("'search' needs words to look for."));
    }
    qint64 workroomId = 0;
    if (parser_.isSet(QStringLiteral("workroom")) && !resolveWorkroom(workroomId)) {
        return Failed;
    }
    const int limit = parser_.isSet(QStringLiteral("limit"))
                          ? parser_.value(QStringLiteral("limit")).toInt()
                          : 50;
    storage::SearchIndex index(workspace_->database());
    auto hits = index.search(text, limit, workroomId);
    if (!hits) {
        return fail(hits.error().message);
    }
    QJsonArray array;
    for (const storage::SearchHit &hit : *hits) {
        auto record = workspace_->cases().caseById(hit.caseId);
        const QString reference = record ? record->reference : QString();
        const QString source = hit.source == storage::SearchSource::Case ? QStringLiteral("case")
                               : hit.source == storage::SearchSource::Note
                                   ? QStringLiteral("note")
                                   : QStringLiteral("document");
        array.append(QJsonObject{{QStringLiteral("caseId"), hit.caseId},
                                 {QStringLiteral("reference"), reference},
                                 {QStringLiteral("source"), source},
                                 {QStringLiteral("sourceId"), hit.sourceId},
                                 {QStringLiteral("snippet"), hit.snippet},
                                 {QStringLiteral("rank"), hit.rank}});
        if (!json()) {
            QString plain = hit.snippet;
            plain.replace(QStringLiteral("<b>"), QStringLiteral("["))
                .replace(QStringLiteral("</b>"), QStringLiteral("]"));
            print(QStringLiteral("%1\t%2\t%3").arg(reference, source, plain));
        }
    }
    if (json()) {
        printJson(array);
    }
    return Ok;
}

int Commands::exportCase(const QStringList &args)
{
    if (args.size() != 2) {
        return usage(tr("'export' takes a reference number and a destination."));
    }
    qint64 caseId = 0;
    if (!resolveCase(args.at(0), caseId)) {
        return Failed;
    }
    casework::CaseExporter exporter(*workspace_);
    auto written = parser_.isSet(QStringLiteral("zip"))
                       ? exporter.exportToZip(caseId, args.at(1))
                       : exporter.exportToFolder(caseId, args.at(1));
    if (!written) {
        return fail(written.error().message);
    }
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("path"), *written}});
    } else {
        print(tr("Exported to %1").arg(*written));
    }
    return Ok;
}

int Commands::audit(const QStringList &args)
{
    if (args.value(0) != QLatin1StringView("verify")) {
        return usage(tr("'audit' takes verify."));
    }
    auto result = storage::AuditLog(workspace_->database()).verify();
    if (!result) {
        return fail(result.error().message);
    }
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("intact"), result->intact},
                              {QStringLiteral("entries"), result->entries},
                              {QStringLiteral("firstBadSeq"), result->firstBadSeq},
                              {QStringLiteral("problem"), result->problem}});
    } else if (result->intact) {
        print(tr("The audit log is intact (%n entries).", nullptr, int(result->entries)));
    } else {
        std::fprintf(stderr, "workroomctl: %s\n", result->problem.toUtf8().constData());
    }
    return result->intact ? Ok : CheckFailed;
}

int Commands::check()
{
    auto result = workspace_->checkConsistency();
    if (json()) {
        printJson(
            QJsonObject{{QStringLiteral("consistent"), result.has_value()},
                        {QStringLiteral("problem"), result ? QString() : result.error().message}});
    }
    if (!result) {
        std::fprintf(stderr, "workroomctl: %s\n", result.error().message.toUtf8().constData());
        return CheckFailed;
    }
    if (!json()) {
        print(tr("The workroom store is consistent."));
    }
    return Ok;
}

int Commands::collectGarbage()
{
    const int grace = parser_.isSet(QStringLiteral("grace"))
                          ? parser_.value(QStringLiteral("grace")).toInt()
                          : 3600;
    auto report = workspace_->collectGarbage(grace);
    if (!report) {
        return fail(report.error().message);
    }
    if (json()) {
        printJson(
            QJsonObject{{QStringLiteral("blobsRemoved"), report->blobsRemoved},
                        {QStringLiteral("bytesFreed"), report->bytesFreed},
                        {QStringLiteral("temporaryFilesRemoved"), report->temporaryFilesRemoved}});
    } else {
        print(tr("Removed %1 unused documents (%2 bytes) and %3 temporary files.")
                  .arg(report->blobsRemoved)
                  .arg(report->bytesFreed)
                  .arg(report->temporaryFilesRemoved));
    }
    return Ok;
}

}  // namespace workroom::ctl
