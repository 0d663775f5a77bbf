#pragma once

#include "CommandOutput.h"

#include "CaseStatus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace workroom::casework {
class Workspace;
}

namespace workroom::signing {
class Verifier;
}

namespace workroom::ctl {

// The signing sub-commands of workroomctl: sign, verify and cert (import, list, show, trust),
// over core/signing. Files need no workspace, only the profile directory, which holds the
// signing identities (signing/identities) and the user-trusted certificates
// (signing/trusted); signing and verifying a stored document version (--doc) opens the
// workspace and goes through casework::SignatureService. Output as in Commands: text, or with
// --json one JSON document on stdout; errors on stderr. `verify` exits with 0 only when every
// signature is valid and with CheckFailed (3) otherwise.
class SigningCommands : private CommandOutput {
    Q_DECLARE_TR_FUNCTIONS(workroom::ctl::SigningCommands)

public:
    explicit SigningCommands(QCommandLineParser &parser);
    ~SigningCommands();

    // Adds the options only the signing commands take. They also read --json and --role,
    // which Commands::addOptions adds.
    static void addOptions(QCommandLineParser &parser);
    static QString commandSummary();
    // Whether `command` (the first positional argument) is one of these.
    static bool handles(const QString &command);

    int run(const QStringList &positional, const QString &profileDir);

private:
    int sign(const QStringList &args);
    int verify(const QStringList &args);
    int cert(const QStringList &args);
    int signStored(const QString &reference, const QString &signatureRole);
    // A signature received from outside (.p7s of a stored version, or a .p7m carrying it).
    int importStored(const QString &reference, const QString &file, const QString &signatureRole);
    int verifyStored(const QString &reference);
    // The signatures embedded in a PDF (issue 5, item 4); see verify's summary for the exit code.
    int verifyPdf(const QString &path, const signing::Verifier &verifier);

    bool openWorkspace();
    // A case by reference number (within --workroom if given) or id.
    std::optional<qint64> resolveCase(const QString &key);
    // The member role from --as (clerk unless given); nothing after a usage error.
    std::optional<domain::Role> memberRole();
    // The verifier over the trust anchors (--trust-dir, else the settings) and the
    // revocation lists (--crl and the settings); nothing after an error.
    std::unique_ptr<signing::Verifier> makeVerifier();

    QString option(const char *name) const;

    QCommandLineParser *parser_;
    QString profileDir_;
    std::unique_ptr<casework::Workspace> workspace_;
};

}  // namespace workroom::ctl
