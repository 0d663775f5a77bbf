#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <expected>

class QCoreApplication;

namespace workroom::app {

// The UI languages Workroom ships, as two-letter codes.
inline constexpr const char *supportedLanguages[] = {"de", "en"};

// The language to use: the one asked for with --lang, else the first of the system's UI
// languages that Workroom ships, else English. An unsupported request is an error.
std::expected<QString, QString> chooseLanguage(const QString &requested, const QLocale &system);

// Installs Workroom's own translation and Qt's (for standard dialogs and buttons) into the
// application; keeps the translators alive for as long as it lives.
class Localization {
public:
    explicit Localization(const QString &language);
    Localization(const Localization &) = delete;
    Localization &operator=(const Localization &) = delete;

    const QString &language() const { return language_; }

private:
    QString language_;
    QTranslator workroomTranslator_;
    QTranslator qtTranslator_;
};

}  // namespace workroom::app
