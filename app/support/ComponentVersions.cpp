#include "ComponentVersions.h"

#include "BuildInfo.h"
#include "CryptoRuntime.h"
#include "PdfRuntime.h"
#include "SqliteRuntime.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace workroom::app {

namespace {

// Gives the free function below a translation context of its own.
class ComponentVersionsText {
    Q_DECLARE_TR_FUNCTIONS(workroom::app::ComponentVersions)
};

}  // namespace

QList<std::pair<QString, QString>> componentVersions(const signing::CryptoRuntime &crypto)
{
    QList<std::pair<QString, QString>> lines;
    lines.append({QStringLiteral("Workroom"), QString::fromLatin1(productVersion)});

    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1StringView(QT_VERSION_STR)) {
        qt += ComponentVersionsText::tr(" (built with %1)").arg(QLatin1StringView(QT_VERSION_STR));
    }
    lines.append({QStringLiteral("Qt"), qt});

    const signing::CryptoRuntimeInfo cryptoInfo = crypto.info();
    const QString provider =
        cryptoInfo.providerName.isEmpty()
            ? ComponentVersionsText::tr("no provider offers CMS signatures")
            : ComponentVersionsText::tr("provider %1")
                  .arg(QStringList{cryptoInfo.providerName, cryptoInfo.providerVersion}
                           .join(QLatin1Char(' '))
                           .trimmed());
    lines.append({QStringLiteral("QCA"), QStringLiteral("%1 (%2; %3)")
                                             .arg(cryptoInfo.qcaVersion, provider,
                                                  cryptoInfo.features.join(QStringLiteral(", ")))});

    const pdf::PdfRuntimeInfo pdfInfo = pdf::pdfRuntimeInfo();
    lines.append({QStringLiteral("Poppler"), pdfInfo.version});

    const auto sqlite = storage::probeSqliteRuntime();
    if (sqlite) {
        lines.append({QStringLiteral("SQLite"),
                      sqlite->hasFts5
                          ? ComponentVersionsText::tr("%1 with FTS5").arg(sqlite->version)
                          : ComponentVersionsText::tr("%1 without FTS5").arg(sqlite->version)});
    } else {
        lines.append({QStringLiteral("SQLite"),
                      ComponentVersionsText::tr("not available: %1").arg(sqlite.error())});
    }

    lines.append({ComponentVersionsText::tr("Operating system"), QSysInfo::prettyProductName()});
    return lines;
}

}  // namespace workroom::app
