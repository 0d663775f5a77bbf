#pragma once

#include <QString>

namespace workroom::dms {

// A file that never changes once written (docs/dms-layout.md): a document version, named by
// the SHA-256 of its bytes, or a signature (detached .p7s, or enveloped .p7m as received),
// named by the SHA-256 of the signature.
struct ImmutableFile {
    enum class Kind { Content, Signature, EnvelopedSignature };

    Kind kind = Kind::Content;
    QString caseFolder;  // see caseFolderName()
    QString sha256;      // lower-case hex
    qint64 size = 0;
    QString localPath;  // where the bytes are on this computer (the blob store)

    // The path on the server relative to the workroom collection.
    QString remotePath() const;
};

// The folder of a case on the server: its reference number with '/' replaced by '_'
// ("32.10-0042/2026" → "32.10-0042_2026"); empty if the reference cannot make a folder name.
QString caseFolderName(const QString &reference);

}  // namespace workroom::dms
