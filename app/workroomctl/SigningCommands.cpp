#include "SigningCommands.h"

#include "Commands.h"
#include "Signer.h"
#include "SigningIdentityStore.h"
#include "TrustStore.h"
#include "Verifier.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

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

void SigningCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
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
    });
}

QString SigningCommands::commandSummary()
{
    return QStringLiteral(
        "Signatures:\n"
        "  sign FILE --identity NAME [--role signed|co_signed|final] [--out FILE.p7s]\n"
        "  verify FILE --signature FILE.p7s [--trust-dir DIR] [--crl FILE]... [--json]\n"
        "  verify FILE.p7m [--out CONTENT] [--trust-dir DIR] [--crl FILE]... [--json]\n"
        "                                       exit code 0 only when valid, else 3\n"
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

bool SigningCommands::json() const
{
    return parser_->isSet(QStringLiteral("json"));
}

QString SigningCommands::option(const char *name) const
{
    return parser_->value(QString::fromLatin1(name));
}

void SigningCommands::print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void SigningCommands::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
}

int SigningCommands::fail(const QString &message, int code)
{
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("error"), message}});
    }
    std::fprintf(stderr, "workroomctl: %s\n", message.toUtf8().constData());
    return code;
}

int SigningCommands::usage(const QString &message)
{
    return fail(message + QLatin1Char('\n') + commandSummary(), Usage);
}

int SigningCommands::run(const QStringList &positional, QCommandLineParser &parser,
                         const QString &profileDir)
{
    parser_ = &parser;
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
    const QString trustDir = parser_->isSet(QStringLiteral("trust-dir"))
                                 ? option("trust-dir")
                                 : TrustStore::defaultSystemDirectory();
    const TrustStore trust(trustDir, profileDir_ + QStringLiteral("/signing/trusted"));
    auto verifier = Verifier::create(trust, parser_->values(QStringLiteral("crl")));
    if (!verifier) {
        return fail(verifier.error().message, Failed);
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
            {QStringLiteral("signatures"), result->signerCount}};
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

}  // namespace workroom::ctl
