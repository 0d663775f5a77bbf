#include "TrustStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace workroom::signing {

namespace {

QList<TrustAnchor> anchorsIn(const QString &directory, bool userTrusted)
{
    QList<TrustAnchor> anchors;
    const QDir dir(directory);
    if (directory.isEmpty() || !dir.exists()) {
        return anchors;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt"),
                                             QStringLiteral("*.cer"), QStringLiteral("*.der")},
                                            QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        auto certificates = readCertificates(path);
        if (!certificates) {
            qCWarning(lcSigning) << "trust anchor file skipped:" << certificates.error().message;
            continue;
        }
        for (CertificateDetails &certificate : *certificates) {
            anchors.append(TrustAnchor{std::move(certificate), userTrusted, path});
        }
    }
    return anchors;
}

}  // namespace

TrustStore::TrustStore(QString systemDirectory, QString userDirectory)
    : systemDirectory_(std::move(systemDirectory)), userDirectory_(std::move(userDirectory))
{
}

QString TrustStore::defaultSystemDirectory()
{
    // Beside the system-scope settings that IT locks (/etc/xdg/…, see DESIGN.md).
    return QStringLiteral("/etc/xdg/workroom/trust-anchors");
}

QList<TrustAnchor> TrustStore::anchors() const
{
    QList<TrustAnchor> anchors = anchorsIn(systemDirectory_, false);
    QSet<QString> seen;
    for (const TrustAnchor &anchor : std::as_const(anchors)) {
        seen.insert(anchor.certificate.fingerprintKey());
    }
    for (TrustAnchor &anchor : anchorsIn(userDirectory_, true)) {
        if (!seen.contains(anchor.certificate.fingerprintKey())) {
            seen.insert(anchor.certificate.fingerprintKey());
            anchors.append(std::move(anchor));
        }
    }
    return anchors;
}

Result<TrustAnchor> TrustStore::importUserCertificate(const QString &path)
{
    auto certificates = readCertificates(path);
    if (!certificates) {
        return std::unexpected(certificates.error());
    }
    if (certificates->size() != 1) {
        return std::unexpected(
            SigningError{SigningErrorCode::Invalid,
                         SigningText::tr("%1 holds %2 certificates; import one at a time.")
                             .arg(path)
                             .arg(certificates->size())});
    }
    const CertificateDetails &certificate = certificates->first();
    if (!QDir().mkpath(userDirectory_)) {
        return std::unexpected(SigningError{
            SigningErrorCode::Io,
            SigningText::tr("The folder %1 could not be created.").arg(userDirectory_)});
    }
    const QString target =
        userDirectory_ + QLatin1Char('/') + certificate.fingerprintKey() + QStringLiteral(".pem");
    QSaveFile file(target);
    const QByteArray pem = toPem({certificate});
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        return std::unexpected(SigningError{
            SigningErrorCode::Io,
            SigningText::tr("%1 could not be written: %2").arg(target, file.errorString())});
    }
    qCDebug(lcSigning) << "user-trusted certificate imported:" << certificate.sha256Fingerprint;
    return TrustAnchor{certificate, true, target};
}

Result<void> TrustStore::removeUserCertificate(const QString &sha256Fingerprint)
{
    const QString key = QString(sha256Fingerprint).remove(QLatin1Char(':')).toLower();
    const QString path = userDirectory_ + QLatin1Char('/') + key + QStringLiteral(".pem");
    if (key.size() != 64 || !QFileInfo::exists(path)) {
        return std::unexpected(
            SigningError{SigningErrorCode::NotFound,
                         SigningText::tr("No user-trusted certificate has the fingerprint %1.")
                             .arg(sha256Fingerprint)});
    }
    if (!QFile::remove(path)) {
        return std::unexpected(SigningError{SigningErrorCode::Io,
                                            SigningText::tr("%1 could not be removed.").arg(path)});
    }
    return {};
}

}  // namespace workroom::signing
