#include "SigningCommands.h"

#include "Commands.h"
#include "EmbeddedSignatureVerifier.h"
#include "Settings.h"
#include "SignatureService.h"
#include "Signer.h"
#include "SigningIdentityStore.h"
#include "TrustStore.h"
#include "Verifier.h"
#include "Workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <expected>
#include <optional>

#include <termios.h>
#include <unistd.h>

namespace workroom::ctl {

using namespace workroom::signing;

namespace {

const char *const passphraseVariable = "WORKROOM_PASSPHRASE";
// Warn this many days ahead of a signing certificate's expiry.
constexpr int expiryWarningDays = 30;

QCommandLineOption makeOption(const char *name, const char *description, const char *value)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                              QString::fromLatin1(value));
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject certificateJson(const CertificateDetails &certificate)
{
    return {{QStringLiteral("subject"), certificate.subject},
            {QStringLiteral("commonName"), certificate.commonName},
            {QStringLiteral("issuer"), certificate.issuer},
            {QStringLiteral("serialNumber"), certificate.serialNumber},
            {QStringLiteral("notBefore"), utc(certificate.notBefore)},
            {QStringLiteral("notAfter"), utc(certificate.notAfter)},
            {QStringLiteral("keyUsage"), QJsonArray::fromStringList(certificate.keyUsage)},
            {QStringLiteral("extendedKeyUsage"),
             QJsonArray::fromStringList(certificate.extendedKeyUsage)},
            {QStringLiteral("publicKey"), certificate.publicKeyAlgorithm},
            {QStringLiteral("isCa"), certificate.isCa},
            {QStringLiteral("sha256"), certificate.sha256Fingerprint},
            {QStringLiteral("sha1"), certificate.sha1Fingerprint}};
}

QString backendName(KeyBackend backend)
{
    return backend == KeyBackend::Qca ? QStringLiteral("qca") : QStringLiteral("openssl");
}

QJsonObject identityJson(const SigningIdentity &identity)
{
    QJsonArray chain;
    for (const CertificateDetails &issuer : identity.chain) {
        chain.append(certificateJson(issuer));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {{QStringLiteral("name"), identity.name},
            {QStringLiteral("backend"), backendName(identity.backend)},
            {QStringLiteral("importedAt"), utc(identity.importedAt)},
            {QStringLiteral("certificate"), certificateJson(identity.certificate)},
            {QStringLiteral("chain"), chain},
            {QStringLiteral("daysUntilExpiry"), identity.certificate.daysUntilExpiry(now)},
            {QStringLiteral("expiresSoon"), identity.expiresWithin(expiryWarningDays, now)}};
}

// Reads a line from the terminal without echoing it.
std::optional<QByteArray> promptOnTerminal(const QString &prompt)
{
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        line.append(char(c));
    }
    if (canHide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    std::fputc('\n', stderr);
    if (c == EOF && line.isEmpty()) {
        return std::nullopt;
    }
    return line;
}

// The passphrase: from WORKROOM_PASSPHRASE; else the first line of standard input when that
// is not a terminal (scripts pipe it in); else asked on the terminal, again while wrong.
PassphraseProvider passphraseSource()
{
    return [](const PassphraseRequest &request) -> std::optional<QByteArray> {
        if (qEnvironmentVariableIsSet(passphraseVariable)) {
            // The variable does not change: a second ask would get the same wrong answer.
            return request.attempt == 1 ? std::optional(qgetenv(passphraseVariable)) : std::nullopt;
        }
        if (!isatty(STDIN_FILENO)) {
            if (request.attempt > 1) {
                return std::nullopt;
            }
            QByteArray line;
            int c = 0;
            while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
                line.append(char(c));
            }
            if (line.endsWith('\r')) {
                line.chop(1);
            }
            return c == EOF && line.isEmpty() ? std::nullopt : std::optional(line);
        }
        const QString prompt =
            request.previousWasWrong
                ? SigningCommands::tr("Wrong passphrase. Passphrase for %1: ")
                      .arg(request.identityName)
                : SigningCommands::tr("Passphrase for %1: ").arg(request.identityName);
        return promptOnTerminal(prompt);
    };
}

}  // namespace

SigningCommands::SigningCommands(QCommandLineParser &parser)
    : CommandOutput(parser, commandSummary()), parser_(&parser)
{
}

SigningCommands::~SigningCommands() = default;

void SigningCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        makeOption("doc", "A stored document of the case REF, by title or id (sign, verify, form).",
                   "DOCUMENT"),
        makeOption("doc-version",
                   "With sign and verify --doc: the version number (default: sign the latest, "
                   "verify all).",
                   "N"),
        makeOption("as",
                   "With sign of a stored version: act as clerk or team_leader (co_signed and "
                   "final need team_leader; default: clerk).",
                   "ROLE"),
        makeOption("identity",
                   "With sign: the signing identity; with cert import: the name to give it.",
                   "NAME"),
        makeOption("out",
                   "With sign: where to write the signature (default: FILE.p7s); with verify of a "
                   ".p7m: where to write its content.",
                   "FILE"),
        makeOption("signature", "With verify: the detached signature (.p7s) of FILE.", "FILE"),
        makeOption("trust-dir",
                   "With verify: the folder of trusted certificates set by IT (default: "
                   "/etc/xdg/workroom/trust-anchors).",
                   "DIR"),
        makeOption("crl", "With verify: a certificate revocation list to check (repeatable).",
                   "FILE"),
        makeOption("crl-url",
                   "With verify: download a certificate revocation list from URL (http, https, "
                   "file; repeatable); cached in the profile and used from there when offline.",
                   "URL"),
    });
}

QString SigningCommands::commandSummary()
{
    return QStringLiteral(
        "Signatures:\n"
        "  sign FILE --identity NAME [--role signed|co_signed|final] [--out FILE.p7s]\n"
        "  sign REF --doc DOCUMENT [--doc-version N] --identity NAME\n"
        "       [--role signed|co_signed|final] [--as clerk|team_leader]\n"
        "                                       sign a stored version; the signature is kept\n"
        "  sign import REF [--doc DOCUMENT [--doc-version N]] [--role ROLE] FILE.p7s|FILE.p7m\n"
        "                                       store a received signature after checking it\n"
        "  verify REF [--doc DOCUMENT [--doc-version N]] [--json]\n"
        "                                       every stored signature of the case or document\n"
        "  verify FILE --signature FILE.p7s [--trust-dir DIR] [--crl FILE]... [--json]\n"
        "  verify FILE.p7m [--out CONTENT] [--trust-dir DIR] [--crl FILE]... [--json]\n"
        "                                       exit code 0 only when valid, else 3\n"
        "  verify FILE.pdf [--trust-dir DIR] [--crl FILE]... [--json]\n"
        "                                       the signatures embedded in a PDF; exit code 0\n"
        "                                       only when it has some and all are valid, else 3\n"
        "  --crl-url URL (repeatable) with any verify: a revocation list downloaded and cached;\n"
        "  a stale or missing one is reported as a warning and in --json (\"revocation\").\n"
        "  cert import FILE.p12 [--identity NAME] | cert list | cert show NAME [--json]\n"
        "  cert trust FILE.pem                  trust a certificate yourself (user-trusted)\n"
        "  The passphrase of a key is read from the environment variable WORKROOM_PASSPHRASE;\n"
        "  without it from the first line of standard input when that is not a terminal;\n"
        "  else it is asked on the terminal. It is never stored.");
}

bool SigningCommands::handles(const QString &command)
{
    return command == QLatin1StringView("sign") || command == QLatin1StringView("verify")
           || command == QLatin1StringView("cert");
}

QString SigningCommands::option(const char *name) const
{
    return parser_->value(QString::fromLatin1(name));
}

int SigningCommands::run(const QStringList &positional, const QString &profileDir)
{
    profileDir_ = profileDir;
    if (positional.isEmpty() || !handles(positional.first())) {
        return usage(tr("No signing command given."));
    }
    const QString command = positional.first();
    const QStringList args = positional.mid(1);
    if (command == QLatin1StringView("sign")) {
        return sign(args);
    }
    if (command == QLatin1StringView("verify")) {
        return verify(args);
    }
    return cert(args);
}

int SigningCommands::sign(const QStringList &args)
{
    if (args.size() == 3 && args.first() == QLatin1StringView("import")) {
        const QString role =
            parser_->isSet(QStringLiteral("role")) ? option("role") : QStringLiteral("signed");
        if (!storage::signatureRoleFromKey(role)) {
            return usage(
                tr("The role of a signature is signed, co_signed or final, not \"%1\".").arg(role));
        }
        return importStored(args.at(1), args.at(2), role);
    }
    if (args.size() != 1 || option("identity").isEmpty()) {
        return usage(tr("sign takes one file and --identity NAME."));
    }
    const QString file = args.first();
    const QString role =
        parser_->isSet(QStringLiteral("role")) ? option("role") : QStringLiteral("signed");
    if (role != QLatin1StringView("signed") && role != QLatin1StringView("co_signed")
        && role != QLatin1StringView("final")) {
        return usage(
            tr("The role of a signature is signed, co_signed or final, not \"%1\".").arg(role));
    }
    if (parser_->isSet(QStringLiteral("doc"))) {
        return signStored(file, role);
    }
    const QString out =
        parser_->isSet(QStringLiteral("out")) ? option("out") : file + QStringLiteral(".p7s");
    // Signatures are immutable: one is never replaced by another.
    if (QFileInfo::exists(out)) {
        return fail(tr("%1 exists already; signatures are never overwritten. Choose another "
                       "file with --out.")
                        .arg(out),
                    Failed);
    }
    const SigningIdentityStore store(profileDir_ + QStringLiteral("/signing/identities"));
    auto signer = Signer::open(store, option("identity"), passphraseSource());
    if (!signer) {
        return fail(signer.error().message, Failed);
    }
    auto signature = signer->signFile(file);
    if (!signature) {
        return fail(signature.error().message, Failed);
    }
    QSaveFile target(out);
    if (!target.open(QIODevice::WriteOnly) || target.write(*signature) != signature->size()
        || !target.commit()) {
        return fail(tr("%1 could not be written: %2").arg(out, target.errorString()), Failed);
    }
    const SigningIdentity &identity = signer->identity();
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("file"), file},
                              {QStringLiteral("signature"), out},
                              {QStringLiteral("identity"), identity.name},
                              {QStringLiteral("role"), role},
                              {QStringLiteral("signer"), certificateJson(identity.certificate)},
                              {QStringLiteral("backend"), backendName(signer->backend())}});
    } else {
        print(tr("Signed %1 as %2 (%3): %4").arg(file, identity.certificate.subject, role, out));
    }
    return Ok;
}

int SigningCommands::verify(const QStringList &args)
{
    if (args.size() != 1) {
        return usage(tr("verify takes one file (and --signature for a detached signature)."));
    }
    // A case's reference number is no file name; a stored document is asked for with --doc.
    if (parser_->isSet(QStringLiteral("doc"))
        || (!parser_->isSet(QStringLiteral("signature")) && !QFileInfo::exists(args.first()))) {
        return verifyStored(args.first());
    }
    const std::unique_ptr<Verifier> verifier = makeVerifier();
    if (!verifier) {
        return Failed;
    }
    if (!parser_->isSet(QStringLiteral("signature"))) {
        QFile head(args.first());
        if (head.open(QIODevice::ReadOnly) && head.read(1024).contains("%PDF-")) {
            return verifyPdf(args.first(), *verifier);
        }
    }
    const bool detached = parser_->isSet(QStringLiteral("signature"));
    const QString content = detached ? QString() : option("out");
    if (!content.isEmpty() && QFileInfo::exists(content)) {
        return fail(tr("%1 exists already; choose another file with --out.").arg(content), Failed);
    }
    auto result = detached ? verifier->verifyDetached(args.first(), option("signature"))
                           : verifier->verifyEnveloped(args.first(), content);
    if (!result) {
        return fail(result.error().message, Failed);
    }
    if (json()) {
        QJsonArray chain;
        for (const CertificateDetails &certificate : std::as_const(result->chain)) {
            chain.append(certificate.subject);
        }
        QJsonObject object{
            {QStringLiteral("status"), statusKey(result->status)},
            {QStringLiteral("reason"), result->reason},
            {QStringLiteral("signer"),
             result->signer ? QJsonValue(certificateJson(*result->signer)) : QJsonValue()},
            {QStringLiteral("signingTime"),
             result->signingTime ? QJsonValue(utc(*result->signingTime)) : QJsonValue()},
            {QStringLiteral("chain"), chain},
            {QStringLiteral("trustedByUser"), result->anchorUserTrusted},
            {QStringLiteral("digest"), result->digestAlgorithm},
            {QStringLiteral("signatures"), result->signerCount},
            {QStringLiteral("revocation"), revocationCheckKey(result->revocation)}};
        if (!content.isEmpty() && result->status != SignatureStatus::Malformed) {
            object.insert(QStringLiteral("content"), content);
        }
        printJson(object);
    } else {
        print(QStringLiteral("%1: %2").arg(statusKey(result->status), result->reason));
        if (result->signer) {
            print(tr("Signer: %1").arg(result->signer->subject));
        }
        if (!content.isEmpty() && result->status != SignatureStatus::Malformed) {
            print(tr("Content written to %1").arg(content));
        }
    }
    if (!result->revocationNote.isEmpty()) {
        std::fprintf(stderr, "workroomctl: %s\n",
                     tr("Warning: %1").arg(result->revocationNote).toUtf8().constData());
    }
    return result->isValid() ? Ok : CheckFailed;
}

int SigningCommands::cert(const QStringList &args)
{
    const QString sub = args.value(0);
    SigningIdentityStore store(profileDir_ + QStringLiteral("/signing/identities"));
    const auto show = [this](const SigningIdentity &identity) {
        if (json()) {
            printJson(identityJson(identity));
            return;
        }
        const CertificateDetails &c = identity.certificate;
        print(tr("Identity:    %1 (key held by %2)")
                  .arg(identity.name, backendName(identity.backend)));
        print(tr("Subject:     %1").arg(c.subject));
        print(tr("Issuer:      %1").arg(c.issuer));
        print(tr("Serial:      %1").arg(c.serialNumber));
        print(tr("Valid:       %1 to %2 (UTC)").arg(utc(c.notBefore), utc(c.notAfter)));
        print(tr("Key usage:   %1")
                  .arg(c.hasKeyUsage ? c.keyUsage.join(QStringLiteral(", "))
                                     : tr("any (no keyUsage extension)")));
        if (!c.extendedKeyUsage.isEmpty()) {
            print(tr("Extended:    %1").arg(c.extendedKeyUsage.join(QStringLiteral(", "))));
        }
        print(tr("Public key:  %1").arg(c.publicKeyAlgorithm));
        print(tr("SHA-256:     %1").arg(c.sha256Fingerprint));
        print(tr("SHA-1:       %1").arg(c.sha1Fingerprint));
        for (const CertificateDetails &issuer : identity.chain) {
            print(tr("Issued by:   %1").arg(issuer.subject));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!c.isValidAt(now)) {
            print(tr("Warning: the certificate is not valid now."));
        } else if (identity.expiresWithin(expiryWarningDays, now)) {
            print(tr("Warning: the certificate expires in %n day(s).", nullptr,
                     int(c.daysUntilExpiry(now))));
        }
        if (!c.allowsSigning()) {
            print(tr("Warning: the certificate does not allow signing."));
        }
    };

    if (sub == QLatin1StringView("import") && args.size() == 2) {
        auto imported = store.importPkcs12(args.at(1), option("identity"), passphraseSource());
        if (!imported) {
            return fail(imported.error().message, Failed);
        }
        show(*imported);
        return Ok;
    }
    if (sub == QLatin1StringView("show") && args.size() == 2) {
        auto identity = store.identity(args.at(1));
        if (!identity) {
            return fail(identity.error().message, Failed);
        }
        show(*identity);
        return Ok;
    }
    if (sub == QLatin1StringView("list") && args.size() == 1) {
        auto identities = store.list();
        if (!identities) {
            return fail(identities.error().message, Failed);
        }
        if (json()) {
            QJsonArray array;
            for (const SigningIdentity &identity : std::as_const(*identities)) {
                array.append(identityJson(identity));
            }
            printJson(array);
        } else {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const SigningIdentity &identity : std::as_const(*identities)) {
                const bool soon = identity.expiresWithin(expiryWarningDays, now);
                print(QStringLiteral("%1\t%2\t%3%4")
                          .arg(identity.name, identity.certificate.subject,
                               utc(identity.certificate.notAfter),
                               soon ? QStringLiteral("\t") + tr("expires soon") : QString()));
            }
        }
        return Ok;
    }
    if (sub == QLatin1StringView("trust") && args.size() == 2) {
        TrustStore trust(QString(), profileDir_ + QStringLiteral("/signing/trusted"));
        auto anchor = trust.importUserCertificate(args.at(1));
        if (!anchor) {
            return fail(anchor.error().message, Failed);
        }
        if (json()) {
            printJson(
                QJsonObject{{QStringLiteral("userTrusted"), true},
                            {QStringLiteral("certificate"), certificateJson(anchor->certificate)}});
        } else {
            print(tr("You now trust %1 (SHA-256 %2).")
                      .arg(anchor->certificate.subject, anchor->certificate.sha256Fingerprint));
        }
        return Ok;
    }
    return usage(tr("cert takes import FILE.p12, list, show NAME or trust FILE.pem."));
}

// --- stored document versions ------------------------------------------------------------

namespace {

// One version whose signatures a command looks at.
struct ChosenVersion {
    domain::Document document;
    domain::DocumentVersion version;
};

// What --doc-version asks for: nothing when it is not given (then the latest version counts), or
// a version number; the usage message when it is given but is not one.
std::expected<std::optional<int>, QString> versionOption(const QCommandLineParser &parser)
{
    bool numberGiven = false;
    const int number = parser.value(QStringLiteral("doc-version")).toInt(&numberGiven);
    if (parser.isSet(QStringLiteral("doc-version")) && (!numberGiven || number < 1)) {
        return std::unexpected(
            SigningCommands::tr("--doc-version takes a version number (1, 2, …)."));
    }
    return numberGiven ? std::optional<int>(number) : std::nullopt;
}

// Whether --doc names `document`: by its title or its id.
bool isNamed(const domain::Document &document, const QString &wanted)
{
    return document.title == wanted || QString::number(document.id) == wanted;
}

QList<domain::Document> documentsNamed(const QList<domain::Document> &documents,
                                       const QString &wanted)
{
    QList<domain::Document> matching;
    for (const domain::Document &document : documents) {
        if (isNamed(document, wanted)) {
            matching.append(document);
        }
    }
    return matching;
}

// Version `number` of `document`, or its latest when no number is given.
std::optional<domain::DocumentVersion> versionOf(const domain::Document &document,
                                                 std::optional<int> number)
{
    std::optional<domain::DocumentVersion> found;
    for (const domain::DocumentVersion &candidate : document.versions) {
        if (!number || candidate.number == *number) {
            found = candidate;  // versions are oldest first: the last match is the latest
        }
    }
    return found;
}

QJsonObject signatureJson(const ChosenVersion &chosen, const storage::SignatureRecord &record)
{
    return {
        {QStringLiteral("id"), record.id},
        {QStringLiteral("document"), chosen.document.id},
        {QStringLiteral("title"), chosen.document.title},
        {QStringLiteral("version"), chosen.version.number},
        {QStringLiteral("versionId"), chosen.version.id},
        {QStringLiteral("role"), storage::signatureRoleKey(record.role)},
        {QStringLiteral("signer"), record.signerName},
        {QStringLiteral("signerFingerprint"), record.signerFingerprint},
        {QStringLiteral("signingTime"),
         record.signingTime ? QJsonValue(utc(*record.signingTime)) : QJsonValue()},
        {QStringLiteral("addedBy"), record.addedBy},
        {QStringLiteral("addedAt"), utc(record.addedAt)},
        {QStringLiteral("origin"), record.origin == storage::SignatureOrigin::Imported
                                       ? QStringLiteral("imported")
                                       : QStringLiteral("local")},
        {QStringLiteral("format"), record.format == storage::SignatureFormat::Enveloped
                                       ? QStringLiteral("enveloped")
                                       : QStringLiteral("detached")},
        {QStringLiteral("signature"), record.sha256},
    };
}

}  // namespace

bool SigningCommands::openWorkspace()
{
    const QString user = parser_->isSet(QStringLiteral("user"))
                             ? option("user")
                             : casework::Workspace::defaultActor();
    auto opened = casework::Workspace::open(profileDir_, user);
    if (!opened) {
        fail(opened.error().message, Failed);
        return false;
    }
    workspace_ = std::move(*opened);
    return true;
}

std::optional<qint64> SigningCommands::resolveCase(const QString &key)
{
    auto rooms = workspace_->cases().workrooms();
    if (!rooms) {
        fail(rooms.error().message, Failed);
        return std::nullopt;
    }
    const QString wanted = option("workroom");
    QList<qint64> found;
    for (const domain::Workroom &room : std::as_const(*rooms)) {
        if (!wanted.isEmpty() && room.name != wanted && QString::number(room.id) != wanted) {
            continue;
        }
        if (auto record = workspace_->cases().caseByReference(room.id, key)) {
            found.append(record->id);
        }
    }
    if (found.size() > 1) {
        usage(tr("The reference number %1 exists in several workrooms: name one with --workroom.")
                  .arg(key));
        return std::nullopt;
    }
    if (found.size() == 1) {
        return found.first();
    }
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    if (numeric && workspace_->cases().caseById(id)) {
        return id;
    }
    fail(tr("There is no case \"%1\".").arg(key), Failed);
    return std::nullopt;
}

std::optional<domain::Role> SigningCommands::memberRole()
{
    if (!parser_->isSet(QStringLiteral("as"))) {
        return domain::Role::Clerk;
    }
    const auto role = domain::roleFromKey(option("as"));
    if (!role) {
        usage(tr("Unknown role \"%1\": use clerk, team_leader or reader.").arg(option("as")));
    }
    return role;
}

std::unique_ptr<Verifier> SigningCommands::makeVerifier()
{
    const app::Settings settings(profileDir_ + QStringLiteral("/settings.ini"));
    const QString trustDir = parser_->isSet(QStringLiteral("trust-dir"))
                                 ? option("trust-dir")
                                 : settings.trustAnchorDirectory();
    const TrustStore trust(trustDir, profileDir_ + QStringLiteral("/signing/trusted"));
    // Revocation lists by URL: downloaded now, else the cached copy (see CrlFetcher).
    const QStringList crlUrls = parser_->values(QStringLiteral("crl-url")) + settings.crlUrls();
    const QList<FetchedCrl> downloaded =
        crlUrls.isEmpty()
            ? QList<FetchedCrl>()
            : CrlFetcher(profileDir_ + QStringLiteral("/signing/crl-cache")).fetch(crlUrls);
    for (const FetchedCrl &crl : downloaded) {
        if (!crl.problem.isEmpty()) {
            const QString message =
                crl.usable() ? tr("Warning: the revocation list %1 could not be downloaded (%2); "
                                  "using the copy from %3.")
                                   .arg(crl.url, crl.problem, utc(crl.fetchedAt))
                             : tr("Warning: the revocation list %1 could not be downloaded (%2), "
                                  "and no copy is stored: revocation cannot be checked.")
                                   .arg(crl.url, crl.problem);
            std::fprintf(stderr, "workroomctl: %s\n", message.toUtf8().constData());
        }
    }
    auto verifier = Verifier::create(
        trust, parser_->values(QStringLiteral("crl")) + settings.crlFiles(), downloaded);
    if (!verifier) {
        fail(verifier.error().message, Failed);
        return nullptr;
    }
    return std::make_unique<Verifier>(std::move(*verifier));
}

int SigningCommands::signStored(const QString &reference, const QString &signatureRole)
{
    const auto role = memberRole();
    if (!role) {
        return Usage;
    }
    const auto kind = storage::signatureRoleFromKey(signatureRole);
    const auto number = versionOption(*parser_);
    if (!number) {
        return usage(number.error());
    }
    if (!openWorkspace()) {
        return Failed;
    }
    const auto caseId = resolveCase(reference);
    if (!caseId) {
        return Failed;
    }
    auto documents = workspace_->cases().documents(*caseId);
    if (!documents) {
        return fail(documents.error().message, Failed);
    }
    const QString wanted = option("doc");
    const QList<domain::Document> matching = documentsNamed(*documents, wanted);
    if (matching.isEmpty()) {
        return fail(tr("The case %1 has no document \"%2\".").arg(reference, wanted), Failed);
    }
    if (matching.size() > 1) {
        QStringList ids;
        for (const domain::Document &document : std::as_const(matching)) {
            ids.append(QString::number(document.id));
        }
        return usage(tr("Several documents are called \"%1\": name one by its id (%2).")
                         .arg(wanted, ids.join(QStringLiteral(", "))));
    }
    const domain::Document &document = matching.first();
    const std::optional<domain::DocumentVersion> version = versionOf(document, *number);
    if (!version) {
        return fail(tr("The document \"%1\" has no version %2.")
                        .arg(document.title)
                        .arg(number->value_or(0)),
                    Failed);
    }

    const SigningIdentityStore store(profileDir_ + QStringLiteral("/signing/identities"));
    auto identity = store.identity(option("identity"));
    if (!identity) {
        return fail(identity.error().message, Failed);
    }
    casework::SignatureService service(*workspace_, *role);
    // Role and duplicate are checked before the passphrase is asked for.
    if (auto allowed =
            service.checkMayAdd(version->id, *kind, identity->certificate.sha256Fingerprint);
        !allowed) {
        return fail(allowed.error().message, Failed);
    }
    auto signer = Signer::open(store, identity->name, passphraseSource());
    if (!signer) {
        return fail(signer.error().message, Failed);
    }
    auto stored = service.sign(version->id, *kind, *signer);
    if (!stored) {
        return fail(stored.error().message, Failed);
    }
    const ChosenVersion chosen{document, *version};
    if (json()) {
        QJsonObject object = signatureJson(chosen, *stored);
        object.insert(QStringLiteral("case"), reference);
        printJson(object);
    } else {
        print(tr("Signed version %1 of \"%2\" as %3 (%4).")
                  .arg(version->number)
                  .arg(document.title, stored->signerName,
                       storage::signatureRoleDisplayName(stored->role)));
    }
    return Ok;
}

int SigningCommands::importStored(const QString &reference, const QString &file,
                                  const QString &signatureRole)
{
    const auto role = memberRole();
    if (!role) {
        return Usage;
    }
    const auto kind = storage::signatureRoleFromKey(signatureRole);
    const bool enveloped = file.endsWith(QLatin1StringView(".p7m"), Qt::CaseInsensitive);
    if (!enveloped && !parser_->isSet(QStringLiteral("doc"))) {
        return usage(tr("A detached signature (.p7s) belongs to a stored document: name it with "
                        "--doc."));
    }
    if (!QFileInfo::exists(file)) {
        return fail(tr("There is no file %1.").arg(file), Failed);
    }
    const auto number = versionOption(*parser_);
    if (!number) {
        return usage(number.error());
    }
    if (!openWorkspace()) {
        return Failed;
    }
    const auto caseId = resolveCase(reference);
    if (!caseId) {
        return Failed;
    }
    std::optional<ChosenVersion> chosen;
    if (parser_->isSet(QStringLiteral("doc"))) {
        auto documents = workspace_->cases().documents(*caseId);
        if (!documents) {
            return fail(documents.error().message, Failed);
        }
        const QString wanted = option("doc");
        const QList<domain::Document> matching = documentsNamed(*documents, wanted);
        if (matching.size() != 1) {
            return fail(
                matching.isEmpty()
                    ? tr("The case %1 has no document \"%2\".").arg(reference, wanted)
                    : tr("Several documents are called \"%1\": name one by its id.").arg(wanted),
                Failed);
        }
        const std::optional<domain::DocumentVersion> version = versionOf(matching.first(), *number);
        if (!version) {
            return fail(tr("The document \"%1\" has no version %2.")
                            .arg(matching.first().title)
                            .arg(number->value_or(0)),
                        Failed);
        }
        chosen = ChosenVersion{matching.first(), *version};
    }
    const std::unique_ptr<Verifier> verifier = makeVerifier();
    if (!verifier) {
        return Failed;
    }
    casework::SignatureService service(*workspace_, *role);
    casework::SignatureCheck check;
    if (enveloped) {
        // The signed content becomes the next version of --doc, or a new document.
        auto imported = service.importEnveloped(*caseId, file, chosen ? chosen->document.id : 0,
                                                domain::DocumentKind::Attachment, *kind, *verifier);
        if (!imported) {
            return fail(imported.error().message, Failed);
        }
        check = imported->signature;
        auto documents = workspace_->cases().documents(*caseId);
        if (!documents) {
            return fail(documents.error().message, Failed);
        }
        for (const domain::Document &document : std::as_const(*documents)) {
            if (document.id == imported->version.documentId) {
                chosen = ChosenVersion{document, imported->version};
            }
        }
    } else {
        auto imported = service.importDetached(chosen->version.id, file, *kind, *verifier);
        if (!imported) {
            return fail(imported.error().message, Failed);
        }
        check = *imported;
    }
    const QString status =
        check.problem.isEmpty() ? statusKey(check.result.status) : QStringLiteral("unchecked");
    if (json()) {
        QJsonObject object = chosen ? signatureJson(*chosen, check.record) : QJsonObject();
        object.insert(QStringLiteral("case"), reference);
        object.insert(QStringLiteral("status"), status);
        object.insert(QStringLiteral("reason"),
                      check.problem.isEmpty() ? check.result.reason : check.problem);
        printJson(object);
    } else {
        print(
            tr("Imported the signature of %1 (%2) for version %3 of \"%4\": %5.")
                .arg(check.record.signerName, storage::signatureRoleDisplayName(check.record.role))
                .arg(chosen ? chosen->version.number : 0)
                .arg(chosen ? chosen->document.title : QString(), status));
    }
    return Ok;
}

int SigningCommands::verifyStored(const QString &reference)
{
    const auto number = versionOption(*parser_);
    if (!number) {
        return usage(number.error());
    }
    if (!openWorkspace()) {
        return Failed;
    }
    const auto caseId = resolveCase(reference);
    if (!caseId) {
        return Failed;
    }
    auto documents = workspace_->cases().documents(*caseId);
    if (!documents) {
        return fail(documents.error().message, Failed);
    }
    const QString wanted = option("doc");
    QList<ChosenVersion> chosen;
    bool documentFound = wanted.isEmpty();
    for (const domain::Document &document : std::as_const(*documents)) {
        if (!wanted.isEmpty() && !isNamed(document, wanted)) {
            continue;
        }
        documentFound = true;
        for (const domain::DocumentVersion &version : document.versions) {
            if (!*number || version.number == **number) {
                chosen.append({document, version});
            }
        }
    }
    if (!documentFound) {
        return fail(tr("The case %1 has no document \"%2\".").arg(reference, wanted), Failed);
    }
    const std::unique_ptr<Verifier> verifier = makeVerifier();
    if (!verifier) {
        return Failed;
    }
    casework::SignatureService service(*workspace_, domain::Role::Reader);
    QJsonArray array;
    int count = 0;
    int valid = 0;
    for (const ChosenVersion &entry : std::as_const(chosen)) {
        auto checks = service.verify(entry.version.id, *verifier);
        if (!checks) {
            return fail(checks.error().message, Failed);
        }
        for (const casework::SignatureCheck &check : std::as_const(*checks)) {
            ++count;
            valid += check.isValid() ? 1 : 0;
            const QString status = check.problem.isEmpty() ? statusKey(check.result.status)
                                                           : QStringLiteral("unchecked");
            const QString reason = check.problem.isEmpty() ? check.result.reason : check.problem;
            if (json()) {
                QJsonObject object = signatureJson(entry, check.record);
                object.insert(QStringLiteral("status"), status);
                object.insert(QStringLiteral("reason"), reason);
                object.insert(QStringLiteral("trustedByUser"), check.result.anchorUserTrusted);
                array.append(object);
            } else {
                print(QStringLiteral("%1\t%2 v%3\t%4\t%5\t%6\t%7")
                          .arg(status, entry.document.title)
                          .arg(entry.version.number)
                          .arg(storage::signatureRoleKey(check.record.role),
                               check.record.signerName,
                               check.record.signingTime ? utc(*check.record.signingTime)
                                                        : QStringLiteral("–"),
                               reason));
            }
        }
    }
    const bool allValid = count > 0 && valid == count;
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("case"), reference},
                              {QStringLiteral("valid"), allValid},
                              {QStringLiteral("count"), count},
                              {QStringLiteral("signatures"), array}});
    } else if (count == 0) {
        print(tr("No stored signatures."));
    } else {
        print(tr("%1 of %2 signature(s) valid.").arg(valid).arg(count));
    }
    return allValid ? Ok : CheckFailed;
}

// --- signatures embedded in PDFs ----------------------------------------------------------

// Exit code: Ok only when the PDF has at least one signature and all are valid. A PDF without
// signatures is CheckFailed like an invalid one: a script that asks "is this signed?" must
// not take an unsigned file for a signed one.
int SigningCommands::verifyPdf(const QString &path, const Verifier &verifier)
{
    auto results = EmbeddedSignatureVerifier(verifier).verifyPdf(path);
    if (!results) {
        return fail(results.error().message, Failed);
    }
    const bool allValid =
        !results->isEmpty() && std::ranges::all_of(*results, [](const auto &result) {
            return result.verification.isValid();
        });
    if (json()) {
        QJsonArray signatures;
        for (const EmbeddedSignatureResult &result : std::as_const(*results)) {
            const VerificationResult &v = result.verification;
            QJsonArray ranges;
            for (const FileRange &range : result.byteRanges) {
                ranges.append(range.offset);
                ranges.append(range.length);
            }
            signatures.append(
                QJsonObject{{QStringLiteral("field"), result.fieldName},
                            {QStringLiteral("format"), result.format},
                            {QStringLiteral("status"), statusKey(v.status)},
                            {QStringLiteral("reason"), v.reason},
                            {QStringLiteral("signer"),
                             v.signer ? QJsonValue(certificateJson(*v.signer)) : QJsonValue()},
                            {QStringLiteral("signingTime"),
                             v.signingTime ? QJsonValue(utc(*v.signingTime)) : QJsonValue()},
                            {QStringLiteral("trustedByUser"), v.anchorUserTrusted},
                            {QStringLiteral("revocation"), revocationCheckKey(v.revocation)},
                            {QStringLiteral("coversWholeFile"), result.coversWholeFile},
                            {QStringLiteral("byteRange"), ranges},
                            {QStringLiteral("poppler"), result.popplerVerdict}});
        }
        printJson(
            QJsonObject{{QStringLiteral("file"), path},
                        {QStringLiteral("status"), results->isEmpty() ? QStringLiteral("unsigned")
                                                   : allValid         ? QStringLiteral("valid")
                                                                      : QStringLiteral("invalid")},
                        {QStringLiteral("signatures"), signatures}});
    } else if (results->isEmpty()) {
        print(tr("%1 holds no signatures.").arg(path));
    } else {
        int number = 0;
        for (const EmbeddedSignatureResult &result : std::as_const(*results)) {
            const VerificationResult &v = result.verification;
            print(QStringLiteral("#%1 %2: %3: %4")
                      .arg(QString::number(++number), result.fieldName, statusKey(v.status),
                           v.reason));
            if (v.signer) {
                print(tr("   Signer: %1").arg(v.signer->subject));
            }
            print(result.coversWholeFile
                      ? tr("   Covers the whole file.")
                      : tr("   Does not cover the whole file: it was extended after signing."));
        }
    }
    for (const EmbeddedSignatureResult &result : std::as_const(*results)) {
        if (!result.verification.revocationNote.isEmpty()) {
            std::fprintf(
                stderr, "workroomctl: %s\n",
                tr("Warning: %1").arg(result.verification.revocationNote).toUtf8().constData());
            break;
        }
    }
    return allValid ? Ok : CheckFailed;
}

}  // namespace workroom::ctl
