#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLocalization, "workroom.app.localization")

namespace workroom::app {

namespace {

bool isSupported(const QString &language)
{
    for (const char *code : supportedLanguages) {
        if (language == QLatin1StringView(code)) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::expected<QString, QString> chooseLanguage(const QString &requested, const QLocale &system)
{
    if (!requested.isEmpty()) {
        QString code = requested.toLower();
        if (isSupported(code)) {
            return code;
        }
        return std::unexpected(
            QCoreApplication::translate("workroom::app::Localization",
                                        "Unsupported language \"%1\": choose de or en.")
                .arg(requested));
    }
    for (const QString &uiLanguage : system.uiLanguages()) {
        QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).toLower();
        if (isSupported(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

Localization::Localization(const QString &language) : language_(language)
{
    QLocale::setDefault(QLocale(language));
    if (workroomTranslator_.load(QStringLiteral(":/i18n/workroom_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(&workroomTranslator_);
    } else {
        qCWarning(lcLocalization) << "no Workroom translation for" << language;
    }
    // Qt's own strings (buttons of standard dialogs and the like); English needs none.
    if (language != QLatin1StringView("en")) {
        if (qtTranslator_.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&qtTranslator_);
        } else {
            qCInfo(lcLocalization) << "no Qt translation for" << language;
        }
    }
}

}  // namespace workroom::app
