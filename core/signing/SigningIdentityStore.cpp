#include "SigningIdentityStore.h"

#include "backend/PrivateKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimeZone>

namespace workroom::signing {

namespace {

// Real PKCS #12 files are a few KiB; a limit keeps a wrong file from being read whole.
constexpr qint64 maxPkcs12Size = 1 << 20;

const QString keyFileName = QStringLiteral("key.p12");
const QString certificatesFileName = QStringLiteral("certificates.pem");
const QString descriptionFileName = QStringLiteral("identity.json");

QString backendKey(KeyBackend backend)
{
    return backend == KeyBackend::Qca ? QStringLiteral("qca") : QStringLiteral("openssl");
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return std::unexpected(SigningError{
            SigningErrorCode::Io,
            SigningText::tr("%1 could not be written: %2").arg(path, file.errorString())});
    }
    // The key file is encrypted, but still nobody else's business.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

SigningError notFound(const QString &name)
{
    return {SigningErrorCode::NotFound,
            SigningText::tr("There is no signing identity named \"%1\".").arg(name)};
}

}  // namespace

SigningIdentityStore::SigningIdentityStore(QString directory) : directory_(std::move(directory)) {}

bool SigningIdentityStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[\\p{L}\\p{N}_@-][\\p{L}\\p{N} ._@-]{0,63}$"));
    return pattern.match(name).hasMatch() && !name.endsWith(QLatin1Char(' '))
           && !name.endsWith(QLatin1Char('.'));
}

QString SigningIdentityStore::folderOf(const QString &name) const
{
    return directory_ + QLatin1Char('/') + name;
}

Result<SigningIdentity> SigningIdentityStore::importPkcs12(const QString &path,
                                                           const QString &wantedName,
                                                           const PassphraseProvider &ask)
{
    const QFileInfo info(path);
    const QString name = wantedName.isEmpty() ? info.completeBaseName() : wantedName;
    if (!isValidName(name)) {
        return std::unexpected(SigningError{
            SigningErrorCode::Invalid,
            SigningText::tr("\"%1\" cannot be the name of a signing identity: use letters, "
                            "digits, spaces and . _ - @ (at most 64).")
                .arg(name)});
    }
    if (QFileInfo::exists(folderOf(name))) {
        return std::unexpected(SigningError{
            SigningErrorCode::Duplicate,
            SigningText::tr("A signing identity named \"%1\" exists already.").arg(name)});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(SigningError{
            file.exists() ? SigningErrorCode::Io : SigningErrorCode::NotFound,
            SigningText::tr("%1 could not be read: %2").arg(path, file.errorString())});
    }
    if (file.size() > maxPkcs12Size) {
        return std::unexpected(
            SigningError{SigningErrorCode::Malformed,
                         SigningText::tr("%1 is too large to be a PKCS #12 file.").arg(path)});
    }
    const QByteArray pkcs12 = file.readAll();

    // The key is opened once: it proves the passphrase and yields the certificates, which are
    // public and kept beside the file so that listing needs no passphrase.
    auto key =
        backend::openPkcs12(pkcs12, ask, PassphraseRequest{info.fileName(), {}}, info.fileName());
    if (!key) {
        return std::unexpected(key.error());
    }
    SigningIdentity identity;
    identity.name = name;
    identity.backend = (*key)->backend();
    // Whole seconds, as the description stores it.
    identity.importedAt =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::UTC);
    identity.originalFileName = info.fileName();
    QList<CertificateDetails> certificates;
    for (const QByteArray &der : std::as_const((*key)->chain)) {
        auto certificate = parseCertificate(der);
        if (!certificate) {
            return std::unexpected(certificate.error());
        }
        certificates.append(std::move(*certificate));
    }
    key->reset();
    identity.certificate = certificates.takeFirst();
    identity.chain = certificates;

    // Written into a temporary folder and renamed, so that a failed import leaves nothing.
    if (!QDir().mkpath(directory_)) {
        return std::unexpected(
            SigningError{SigningErrorCode::Io,
                         SigningText::tr("The folder %1 could not be created.").arg(directory_)});
    }
    QTemporaryDir staging(directory_ + QStringLiteral("/.import-XXXXXX"));
    if (!staging.isValid()) {
        return std::unexpected(
            SigningError{SigningErrorCode::Io,
                         SigningText::tr("The folder %1 is not writable.").arg(directory_)});
    }
    const QJsonObject description{
        {QStringLiteral("name"), name},
        {QStringLiteral("backend"), backendKey(identity.backend)},
        {QStringLiteral("importedAt"), identity.importedAt.toString(Qt::ISODate)},
        {QStringLiteral("originalFileName"), identity.originalFileName},
        {QStringLiteral("sha256"), identity.certificate.fingerprintKey()},
    };
    QList<CertificateDetails> all{identity.certificate};
    all += identity.chain;
    for (const auto &[fileName, bytes] :
         {std::pair{keyFileName, pkcs12}, std::pair{certificatesFileName, toPem(all)},
          std::pair{descriptionFileName, QJsonDocument(description).toJson()}}) {
        if (auto written = writeFile(staging.filePath(fileName), bytes); !written) {
            return std::unexpected(written.error());
        }
    }
    if (!QDir().rename(staging.path(), folderOf(name))) {
        return std::unexpected(
            SigningError{SigningErrorCode::Io,
                         SigningText::tr("The signing identity \"%1\" could not be stored in %2.")
                             .arg(name, directory_)});
    }
    staging.setAutoRemove(false);
    QFile::setPermissions(folderOf(name),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    identity.pkcs12Path = folderOf(name) + QLatin1Char('/') + keyFileName;
    qCDebug(lcSigning) << "imported a signing identity, key held by"
                       << backendKey(identity.backend);
    return identity;
}

Result<SigningIdentity> SigningIdentityStore::identity(const QString &name) const
{
    if (!isValidName(name)) {
        return std::unexpected(notFound(name));
    }
    const QString folder = folderOf(name);
    QFile descriptionFile(folder + QLatin1Char('/') + descriptionFileName);
    if (!descriptionFile.open(QIODevice::ReadOnly)) {
        return std::unexpected(notFound(name));
    }
    const QJsonObject description = QJsonDocument::fromJson(descriptionFile.readAll()).object();
    auto certificates = readCertificates(folder + QLatin1Char('/') + certificatesFileName);
    if (!certificates || !QFileInfo::exists(folder + QLatin1Char('/') + keyFileName)) {
        return std::unexpected(SigningError{
            SigningErrorCode::Malformed,
            SigningText::tr("The signing identity \"%1\" is incomplete; import it again.")
                .arg(name)});
    }
    SigningIdentity identity;
    identity.name = name;
    identity.backend =
        description.value(QStringLiteral("backend")).toString() == QStringLiteral("openssl")
            ? KeyBackend::OpenSsl
            : KeyBackend::Qca;
    identity.importedAt = QDateTime::fromString(
        description.value(QStringLiteral("importedAt")).toString(), Qt::ISODate);
    identity.originalFileName = description.value(QStringLiteral("originalFileName")).toString();
    identity.pkcs12Path = folder + QLatin1Char('/') + keyFileName;
    identity.certificate = certificates->takeFirst();
    identity.chain = *certificates;
    return identity;
}

Result<QList<SigningIdentity>> SigningIdentityStore::list() const
{
    QList<SigningIdentity> identities;
    const QDir dir(directory_);
    if (!dir.exists()) {
        return identities;
    }
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        auto found = identity(name);
        if (found) {
            identities.append(std::move(*found));
        } else if (isValidName(name)) {
            // One broken folder must not hide the others.
            // Identity names may be personal names: the name only at debug level.
            qCWarning(lcSigning) << "skipping an incomplete signing identity folder";
            qCDebug(lcSigning) << found.error().message;
        }
    }
    return identities;
}

Result<void> SigningIdentityStore::remove(const QString &name)
{
    if (!isValidName(name) || !QFileInfo::exists(folderOf(name))) {
        return std::unexpected(notFound(name));
    }
    if (!QDir(folderOf(name)).removeRecursively()) {
        return std::unexpected(SigningError{
            SigningErrorCode::Io,
            SigningText::tr("The signing identity \"%1\" could not be removed.").arg(name)});
    }
    return {};
}

}  // namespace workroom::signing
