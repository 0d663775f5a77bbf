#include "DmsCommands.h"

#include "DavCapabilities.h"
#include "DmsCredentialStore.h"
#include "Settings.h"
#include "SyncJournal.h"
#include "WebDavClient.h"
#include "WorkroomSync.h"
#include "Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace workroom::ctl {

namespace {

QUrl collectionUrl(const QString &text)
{
    QUrl url(text);
    if (url.isValid() && !url.path().endsWith(QLatin1Char('/'))) {
        url.setPath(url.path() + QLatin1Char('/'));
    }
    return url;
}

}  // namespace

void DmsCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("ca"),
        QCoreApplication::translate("workroom::ctl::DmsCommands",
                                    "With dms link: a PEM file of extra CA certificates."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("take"),
        QCoreApplication::translate("workroom::ctl::DmsCommands",
                                    "With dms resolve: keep the value from here (local) or from "
                                    "the DMS (remote)."),
        QStringLiteral("SIDE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("value"),
        QCoreApplication::translate("workroom::ctl::DmsCommands",
                                    "With dms resolve: the value to keep (tags separated by "
                                    "commas)."),
        QStringLiteral("TEXT")));
}

QString DmsCommands::commandSummary()
{
    return QStringLiteral(
        "DMS (WebDAV):\n"
        "  dms link URL --user NAME [--ca FILE] | dms sync [--workroom W] | dms status\n"
        "  dms resolve REF FIELD (--take local|remote | --value TEXT) [--workroom W]\n"
        "  The password is read from WORKROOM_DMS_PASSWORD or the keychain.\n");
}

bool DmsCommands::handles(const QString &command)
{
    return command == QLatin1String("dms");
}

DmsCommands::DmsCommands(QCommandLineParser &parser, casework::Workspace &workspace,
                         app::Settings &settings)
    : CommandOutput(parser, commandSummary()), parser_(parser), workspace_(workspace),
      settings_(settings)
{
}

DmsCommands::~DmsCommands() = default;

int DmsCommands::run(const QStringList &positional)
{
    const QString sub = positional.value(1);
    if (sub == QLatin1String("link")) {
        return link(positional.mid(2));
    }
    if (sub == QLatin1String("sync")) {
        return sync();
    }
    if (sub == QLatin1String("status")) {
        return status();
    }
    if (sub == QLatin1String("resolve")) {
        return resolve(positional.mid(2));
    }
    return fail(tr("Unknown dms command \"%1\"; use link, sync, status or resolve.").arg(sub),
                Usage);
}

std::optional<DmsCommands::Target> DmsCommands::openTarget(int &exitCode)
{
    Target target;
    target.roomId = chooseWorkroom(target.roomName, exitCode);
    if (target.roomId == 0) {
        return std::nullopt;
    }
    target.journal = openJournal();
    if (!target.journal) {
        exitCode = 1;
        return std::nullopt;
    }
    return target;
}

std::unique_ptr<dms::SyncJournal> DmsCommands::openJournal()
{
    auto journal = dms::SyncJournal::open(
        QDir(workspace_.profileDir()).filePath(QStringLiteral("dms-journal.sqlite")));
    if (!journal) {
        fail(journal.error().message);
        return nullptr;
    }
    return std::move(*journal);
}

bool DmsCommands::password(const QString &url, const QString &user, QString &out)
{
    const QByteArray fromEnv = qgetenv("WORKROOM_DMS_PASSWORD");
    if (!fromEnv.isEmpty()) {
        out = QString::fromUtf8(fromEnv);
        return true;
    }
    dms::DmsCredentialStore store;
    auto stored = store.readPasswordNow(dms::DmsCredentialStore::keyFor(QUrl(url), user));
    if (!stored) {
        fail(tr("No DMS password: set WORKROOM_DMS_PASSWORD or store it in the keychain (%1)")
                 .arg(stored.error().message));
        return false;
    }
    out = *stored;
    return true;
}

int DmsCommands::link(const QStringList &args)
{
    if (args.size() != 1 || !parser_.isSet(QStringLiteral("user"))) {
        return usage(tr("Usage: dms link URL --user NAME [--ca FILE]"));
    }
    const QUrl base = collectionUrl(args.first());
    if (!base.isValid()
        || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        return fail(tr("\"%1\" is not an http or https address.").arg(args.first()), Usage);
    }
    const QString user = parser_.value(QStringLiteral("user"));
    const QString caFile = parser_.value(QStringLiteral("ca"));
    dms::WebDavClient::Options options;
    options.baseUrl = base;
    if (!caFile.isEmpty()) {
        options.tls.extraCaCertificates = QSslCertificate::fromPath(caFile);
        if (options.tls.extraCaCertificates.isEmpty()) {
            return fail(tr("No certificate could be read from %1.").arg(caFile));
        }
    }
    QString secret;
    if (!password(base.toString(), user, secret)) {
        return 1;
    }
    options.credentials = {user, secret};
    dms::WebDavClient client(options);
    auto caps = dms::DavCapabilities::probe(client);
    if (!caps) {
        return fail(caps.error().message);
    }
    auto journal = openJournal();
    if (!journal) {
        return 1;
    }
    if (auto set = dms::WorkroomSync::storeCapabilities(*journal, *caps); !set) {
        return fail(set.error().message);
    }
    if (auto set = journal->setValue(QStringLiteral("url"), base.toString()); !set) {
        return fail(set.error().message);
    }
    if (!settings_.setDmsLink(base.toString(), user, caFile)) {
        return fail(tr("The DMS link is fixed by IT in the system settings."));
    }
    settings_.sync();
    if (!qgetenv("WORKROOM_DMS_PASSWORD").isEmpty()) {
        // Kept for the desktop app when there is a keychain; scripts go on using the variable.
        dms::DmsCredentialStore store;
        if (auto kept = store.writePasswordNow(dms::DmsCredentialStore::keyFor(base, user), secret);
            !kept) {
            qCInfo(dms::lcDms) << "password not kept in a keychain";
        }
    }
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("url"), base.toString()},
                              {QStringLiteral("user"), user},
                              {QStringLiteral("capabilities"), caps->summary()}});
    } else {
        print(tr("Linked to %1 as %2.").arg(base.toString(), user));
        print(caps->summary());
    }
    return 0;
}

int DmsCommands::sync()
{
    const QString url = settings_.dmsUrl();
    const QString user = settings_.dmsUser();
    if (url.isEmpty()) {
        return fail(tr("No DMS is linked: use 'dms link URL --user NAME' first."), Usage);
    }
    int exitCode = 0;
    auto target = openTarget(exitCode);
    if (!target) {
        return exitCode;
    }
    auto &[roomId, roomName, journal] = *target;
    dms::SyncLink link{QUrl(url), user, QString(), {}};
    if (!password(url, user, link.password)) {
        return 1;
    }
    if (!settings_.dmsCaFile().isEmpty()) {
        link.extraCaCertificates = QSslCertificate::fromPath(settings_.dmsCaFile());
    }
    dms::WorkroomSync sync({workspace_.database(), workspace_.cases(), workspace_.blobs(), *journal,
                            roomId, roomName, workspace_.actor()});
    auto done = sync.run(link);
    if (!done) {
        return fail(done.error().message);
    }
    const QStringList &errors = done->errors;
    const bool failed = !done->ok();
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("uploaded"), done->uploaded},
                              {QStringLiteral("alreadyThere"), done->alreadyThere},
                              {QStringLiteral("retryLater"), done->retryLater},
                              {QStringLiteral("casesWritten"), done->casesWritten},
                              {QStringLiteral("casesApplied"), done->casesApplied},
                              {QStringLiteral("casesSkipped"), done->casesSkipped},
                              {QStringLiteral("downloaded"), done->downloaded},
                              {QStringLiteral("newConflicts"), done->newConflicts},
                              {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}});
    } else {
        print(tr("Uploaded %1 files, wrote %2 cases, took over %3 cases, downloaded %4 files, "
                 "%5 new conflicts.")
                  .arg(done->uploaded)
                  .arg(done->casesWritten)
                  .arg(done->casesApplied)
                  .arg(done->downloaded)
                  .arg(done->newConflicts));
        for (const QString &error : std::as_const(errors)) {
            std::fprintf(stderr, "workroomctl: %s\n", error.toUtf8().constData());
        }
    }
    return failed ? 1 : 0;
}

int DmsCommands::status()
{
    const QString url = settings_.dmsUrl();
    QJsonObject result{{QStringLiteral("linked"), !url.isEmpty()},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("user"), settings_.dmsUser()}};
    QJsonArray conflicts;
    QJsonArray activity;
    if (!url.isEmpty()) {
        auto journal = openJournal();
        if (!journal) {
            return 1;
        }
        auto counts = journal->counts();
        auto known = journal->conflicts();
        if (!counts || !known) {
            return fail(!counts ? counts.error().message : known.error().message);
        }
        result.insert(QStringLiteral("pendingUploads"), counts->pending);
        result.insert(QStringLiteral("failedUploads"), counts->failed);
        result.insert(QStringLiteral("doneUploads"), counts->done);
        for (const auto &conflict : *known) {
            QJsonObject entry = conflict.conflict;
            entry.insert(QStringLiteral("reference"), conflict.reference);
            conflicts.append(entry);
        }
        result.insert(QStringLiteral("conflicts"), conflicts);
        auto recent = journal->recentActivity(20);
        if (!recent) {
            return fail(recent.error().message);
        }
        for (const dms::SyncActivity &row : *recent) {
            activity.append(
                QJsonObject{{QStringLiteral("at"), row.at.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("kind"), dms::SyncActivity::kindName(row.kind)},
                            {QStringLiteral("item"), row.item},
                            {QStringLiteral("message"), row.message}});
        }
        result.insert(QStringLiteral("activity"), activity);
    }
    if (json()) {
        printJson(result);
        return 0;
    }
    if (url.isEmpty()) {
        print(tr("No DMS is linked."));
        return 0;
    }
    print(tr("Linked to %1 as %2.").arg(url, settings_.dmsUser()));
    print(tr("Uploads: %1 pending, %2 failed, %3 done.")
              .arg(result.value(QStringLiteral("pendingUploads")).toInt())
              .arg(result.value(QStringLiteral("failedUploads")).toInt())
              .arg(result.value(QStringLiteral("doneUploads")).toInt()));
    for (const QJsonValue &value : std::as_const(conflicts)) {
        const QJsonObject c = value.toObject();
        const auto text = [](const QJsonValue &v) {
            if (v.isString()) {
                return v.toString();
            }
            const QJsonDocument wrapped(QJsonArray{v});
            return QString::fromUtf8(wrapped.toJson(QJsonDocument::Compact));
        };
        print(tr("Conflict in %1, %2: \"%3\" here, \"%4\" on the DMS.")
                  .arg(c.value(QStringLiteral("reference")).toString(),
                       c.value(QStringLiteral("field")).toString(),
                       text(c.value(QStringLiteral("local"))),
                       text(c.value(QStringLiteral("remote")))));
    }
    if (!activity.isEmpty()) {
        print(tr("Recent activity:"));
    }
    for (const QJsonValue &value : std::as_const(activity)) {
        const QJsonObject row = value.toObject();
        const QString at =
            QDateTime::fromString(row.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString item = row.value(QStringLiteral("item")).toString();
        print(item.isEmpty() ? QStringLiteral("  %1  %2")
                                   .arg(at, row.value(QStringLiteral("message")).toString())
                             : QStringLiteral("  %1  %2: %3")
                                   .arg(at, item, row.value(QStringLiteral("message")).toString()));
    }
    return 0;
}

qint64 DmsCommands::chooseWorkroom(QString &name, int &exitCode)
{
    auto rooms = workspace_.cases().workrooms();
    if (!rooms) {
        exitCode = fail(rooms.error().message);
        return 0;
    }
    qint64 roomId = 0;
    const QString wanted = parser_.value(QStringLiteral("workroom"));
    for (const domain::Workroom &room : *rooms) {
        if (wanted.isEmpty() ? rooms->size() == 1
                             : (room.name == wanted || QString::number(room.id) == wanted)) {
            roomId = room.id;
            name = room.name;
        }
    }
    if (roomId == 0) {
        exitCode = fail(tr("Name the workroom with --workroom."), Usage);
    }
    return roomId;
}

int DmsCommands::resolve(const QStringList &args)
{
    const bool take = parser_.isSet(QStringLiteral("take"));
    const bool given = parser_.isSet(QStringLiteral("value"));
    const QString side = parser_.value(QStringLiteral("take"));
    if (args.size() != 2 || take == given
        || (take && side != QLatin1String("local") && side != QLatin1String("remote"))) {
        return usage(tr("Usage: dms resolve REF FIELD (--take local|remote | --value TEXT)"));
    }
    const QString reference = args.at(0);
    const QString field = args.at(1);
    int exitCode = 0;
    auto target = openTarget(exitCode);
    if (!target) {
        return exitCode;
    }
    auto &[roomId, roomName, journal] = *target;
    auto open = journal->conflicts();
    if (!open) {
        return fail(open.error().message);
    }
    QList<dms::SyncJournal::CaseConflict> matching;
    for (const auto &conflict : std::as_const(*open)) {
        if (conflict.reference == reference
            && conflict.conflict.value(QStringLiteral("field")).toString() == field) {
            matching.append(conflict);
        }
    }
    if (matching.isEmpty()) {
        return fail(tr("No open conflict in %1, field %2.").arg(reference, field));
    }
    // The same field may have disagreed more than once: the newest disagreement says what
    // "local" and "remote" are now; resolving it resolves the older ones too.
    std::ranges::sort(matching, [](const auto &a, const auto &b) {
        return a.conflict.value(QStringLiteral("at")).toString()
               < b.conflict.value(QStringLiteral("at")).toString();
    });
    QJsonValue chosen;
    if (take) {
        chosen = matching.last().conflict.value(side);
    } else {
        const QString text = parser_.value(QStringLiteral("value"));
        if (field == QLatin1String("tags")) {
            QStringList tags;
            for (const QString &tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                tags.append(tag.trimmed());
            }
            chosen = QJsonArray::fromStringList(tags);
        } else {
            chosen = text;
        }
    }
    for (const auto &conflict : std::as_const(matching)) {
        auto resolved = dms::resolveConflict(
            workspace_.cases(), *journal, roomId, conflict.caseFolder,
            conflict.conflict.value(QStringLiteral("id")).toString(), chosen, workspace_.actor());
        if (!resolved) {
            return fail(resolved.error().message);
        }
    }
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("reference"), reference},
                              {QStringLiteral("field"), field},
                              {QStringLiteral("value"), chosen},
                              {QStringLiteral("resolved"), int(matching.size())}});
    } else {
        print(tr("Resolved %1 in %2; the next sync tells the other computers.")
                  .arg(field, reference));
    }
    return 0;
}

}  // namespace workroom::ctl
