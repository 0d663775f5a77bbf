#include "ImmutableFile.h"

#include "DavPath.h"

namespace workroom::dms {

QString ImmutableFile::remotePath() const
{
    if (kind == Kind::Content) {
        return QStringLiteral("cases/") + caseFolder + QStringLiteral("/content/") + sha256;
    }
    return QStringLiteral("cases/") + caseFolder + QStringLiteral("/signatures/") + sha256
           + (kind == Kind::EnvelopedSignature ? QStringLiteral(".p7m") : QStringLiteral(".p7s"));
}

QString caseFolderName(const QString &reference)
{
    QString name = reference.trimmed();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return DavPath::isValidName(name) ? name : QString();
}

}  // namespace workroom::dms
