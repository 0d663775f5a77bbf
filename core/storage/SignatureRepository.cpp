#include "SignatureRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace workroom::storage {

namespace {

struct RoleName {
    SignatureRole role;
    const char *key;
    const char *display;
};

constexpr std::array roleNames{
    RoleName{SignatureRole::Signed, "signed", QT_TRANSLATE_NOOP("workroom::storage", "Signed")},
    RoleName{SignatureRole::CoSigned, "co_signed",
             QT_TRANSLATE_NOOP("workroom::storage", "Co-signed")},
    RoleName{SignatureRole::Final, "final",
             QT_TRANSLATE_NOOP("workroom::storage", "Final signature")},
};

QString formatKey(SignatureFormat format)
{
    return format == SignatureFormat::Enveloped ? QStringLiteral("enveloped")
                                                : QStringLiteral("detached");
}

QString originKey(SignatureOrigin origin)
{
    return origin == SignatureOrigin::Imported ? QStringLiteral("imported")
                                               : QStringLiteral("local");
}

bool isFingerprintKey(const QString &fingerprint)
{
    if (fingerprint.size() != 64) {
        return false;
    }
    return std::ranges::all_of(fingerprint, [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
               || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

const QString signatureColumns = QStringLiteral(
    "s.id, s.version_id, s.role, s.sha256, s.format, s.signer_name, s.signer_fingerprint, "
    "s.signing_time, s.added_by, s.added_at, s.origin");

SignatureRecord readSignature(const QSqlQuery &q)
{
    SignatureRecord s;
    s.id = q.value(0).toLongLong();
    s.versionId = q.value(1).toLongLong();
    s.role = signatureRoleFromKey(q.value(2).toString()).value_or(SignatureRole::Signed);
    s.sha256 = q.value(3).toString();
    s.format = q.value(4).toString() == QLatin1StringView("enveloped") ? SignatureFormat::Enveloped
                                                                       : SignatureFormat::Detached;
    s.signerName = q.value(5).toString();
    s.signerFingerprint = q.value(6).toString();
    if (!q.value(7).isNull() && !q.value(7).toString().isEmpty()) {
        s.signingTime = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    }
    s.addedBy = q.value(8).toString();
    s.addedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    s.origin = q.value(10).toString() == QLatin1StringView("imported") ? SignatureOrigin::Imported
                                                                       : SignatureOrigin::Local;
    return s;
}

}  // namespace

QString signatureRoleKey(SignatureRole role)
{
    for (const RoleName &entry : roleNames) {
        if (entry.role == role) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

std::optional<SignatureRole> signatureRoleFromKey(const QString &key)
{
    for (const RoleName &entry : roleNames) {
        if (key == QLatin1StringView(entry.key)) {
            return entry.role;
        }
    }
    return std::nullopt;
}

QString signatureRoleDisplayName(SignatureRole role)
{
    for (const RoleName &entry : roleNames) {
        if (entry.role == role) {
            return StorageText::tr(entry.display);
        }
    }
    return {};
}

SignatureRepository::SignatureRepository(Database &db) : db_(db), audit_(db) {}

Result<SignedVersion> SignatureRepository::version(qint64 versionId)
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT v.id, v.document_id, d.case_id, c.workroom_id, v.number, v.sha256, "
        "v.original_name FROM document_version v JOIN document d ON d.id = v.document_id "
        "JOIN case_file c ON c.id = d.case_id WHERE v.id = ?"));
    q.addBindValue(versionId);
    if (!q.exec()) {
        return std::unexpected(
            fromSqlError(q.lastError(), StorageText::tr("reading the document version")));
    }
    if (!q.next()) {
        return std::unexpected(
            StorageError{StorageErrorCode::NotFound,
                         StorageText::tr("There is no document version %1.").arg(versionId)});
    }
    return SignedVersion{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toLongLong(), q.value(4).toInt(),      q.value(5).toString(),
                         q.value(6).toString()};
}

Result<std::optional<qint64>> SignatureRepository::versionWithContent(qint64 caseId,
                                                                      const QString &sha256)
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT v.id FROM document_version v JOIN document d ON d.id = "
                       "v.document_id WHERE v.sha256 = ? AND d.case_id = ? ORDER BY v.id DESC "
                       "LIMIT 1"));
    q.addBindValue(sha256);
    q.addBindValue(caseId);
    if (!q.exec()) {
        return std::unexpected(
            fromSqlError(q.lastError(), StorageText::tr("reading the documents")));
    }
    if (!q.next()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<bool> SignatureRepository::exists(qint64 versionId, SignatureRole role,
                                         const QString &signerFingerprint)
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT 1 FROM signature WHERE version_id = ? AND role = ? AND signer_fingerprint = ?"));
    q.addBindValue(versionId);
    q.addBindValue(signatureRoleKey(role));
    q.addBindValue(signerFingerprint);
    if (!q.exec()) {
        return std::unexpected(
            fromSqlError(q.lastError(), StorageText::tr("reading the signatures")));
    }
    return q.next();
}

Result<SignatureRecord> SignatureRepository::add(const NewSignature &input, const QString &actor)
{
    if (!BlobStore::isValidName(input.blob.sha256)) {
        return std::unexpected(
            StorageError{StorageErrorCode::Invalid,
                         StorageText::tr("The signature has no valid content hash.")});
    }
    if (!isFingerprintKey(input.signerFingerprint)) {
        return std::unexpected(
            StorageError{StorageErrorCode::Invalid,
                         StorageText::tr("The signer's certificate has no valid fingerprint.")});
    }
    SignatureRecord record;
    const QString what = StorageText::tr("storing the signature");
    auto done = db_.write(
        [&]() -> Result<void> {
            auto owner = version(input.versionId);
            if (!owner) {
                return std::unexpected(owner.error());
            }
            auto taken = exists(input.versionId, input.role, input.signerFingerprint);
            if (!taken) {
                return std::unexpected(taken.error());
            }
            if (*taken) {
                return std::unexpected(StorageError{
                    StorageErrorCode::Duplicate,
                    StorageText::tr("%1 has given this version of %2 the signature \"%3\" "
                                    "already.")
                        .arg(input.signerName, owner->originalFileName,
                             signatureRoleDisplayName(input.role))});
            }
            record.versionId = input.versionId;
            record.role = input.role;
            record.sha256 = input.blob.sha256;
            record.format = input.format;
            record.signerName = input.signerName;
            record.signerFingerprint = input.signerFingerprint;
            record.signingTime = input.signingTime;
            record.addedBy = actor;
            record.addedAt = QDateTime::currentDateTimeUtc();
            record.origin = input.origin;
            QSqlQuery insert = db_.prepare(QStringLiteral(
                "INSERT INTO signature (version_id, role, sha256, format, signer_name, "
                "signer_fingerprint, signing_time, added_by, added_at, origin) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(record.versionId);
            insert.addBindValue(signatureRoleKey(record.role));
            insert.addBindValue(record.sha256);
            insert.addBindValue(formatKey(record.format));
            insert.addBindValue(record.signerName.isNull() ? QStringLiteral("")
                                                           : record.signerName);
            insert.addBindValue(record.signerFingerprint);
            QVariant signingTime(QMetaType(QMetaType::QString));  // NULL: no time claimed
            if (record.signingTime) {
                signingTime = record.signingTime->toUTC().toString(Qt::ISODateWithMs);
            }
            insert.addBindValue(signingTime);
            insert.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
            insert.addBindValue(record.addedAt.toString(Qt::ISODateWithMs));
            insert.addBindValue(originKey(record.origin));
            if (!insert.exec()) {
                return std::unexpected(fromSqlError(insert.lastError(), what));
            }
            record.id = insert.lastInsertId().toLongLong();
            // The signer is named by certificate fingerprint only: the name is on the
            // certificate, which the signature file holds.
            auto entry = audit_.append(actor, QStringLiteral("signature.add"), owner->workroomId,
                                       owner->caseId,
                                       {{QStringLiteral("signature"), record.id},
                                        {QStringLiteral("document"), owner->documentId},
                                        {QStringLiteral("versionId"), owner->versionId},
                                        {QStringLiteral("version"), owner->number},
                                        {QStringLiteral("role"), signatureRoleKey(record.role)},
                                        {QStringLiteral("signer"), record.signerFingerprint},
                                        {QStringLiteral("sha256"), record.sha256},
                                        {QStringLiteral("origin"), originKey(record.origin)}});
            if (!entry) {
                return std::unexpected(entry.error());
            }
            return {};
        },
        what);
    if (!done) {
        return std::unexpected(done.error());
    }
    return record;
}

Result<QList<SignatureRecord>> SignatureRepository::forVersion(qint64 versionId)
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT ") + signatureColumns
                              + QStringLiteral(" FROM signature s WHERE s.version_id = ? "
                                               "ORDER BY s.id"));
    q.addBindValue(versionId);
    if (!q.exec()) {
        return std::unexpected(
            fromSqlError(q.lastError(), StorageText::tr("reading the signatures")));
    }
    QList<SignatureRecord> list;
    while (q.next()) {
        list.append(readSignature(q));
    }
    return list;
}

Result<QHash<qint64, QList<SignatureRecord>>> SignatureRepository::forCase(qint64 caseId)
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT ") + signatureColumns
        + QStringLiteral(" FROM signature s JOIN document_version v ON v.id = s.version_id "
                         "JOIN document d ON d.id = v.document_id WHERE d.case_id = ? "
                         "ORDER BY s.id"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return std::unexpected(
            fromSqlError(q.lastError(), StorageText::tr("reading the signatures")));
    }
    QHash<qint64, QList<SignatureRecord>> byVersion;
    while (q.next()) {
        SignatureRecord record = readSignature(q);
        byVersion[record.versionId].append(std::move(record));
    }
    return byVersion;
}

Result<QSet<QString>> SignatureRepository::referencedBlobs()
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT DISTINCT sha256 FROM signature"));
    if (!q.exec()) {
        return std::unexpected(
            fromSqlError(q.lastError(), StorageText::tr("listing the stored signatures")));
    }
    QSet<QString> names;
    while (q.next()) {
        names.insert(q.value(0).toString());
    }
    return names;
}

}  // namespace workroom::storage
