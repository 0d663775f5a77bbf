#pragma once

#include "RegisterError.h"
#include "RegisterTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class QLabel;
class QWidget;

namespace workroom::registers {
class RegisterService;
}

namespace workroom::widgets {

// Texts and small pieces that the register dialogs and views share, so that the register and
// its answers are named the same way everywhere.
class RegisterTexts {
    Q_DECLARE_TR_FUNCTIONS(workroom::widgets::RegisterTexts)

public:
    // Which register is asked: says "Demo-Register" plainly for the demo, so that nobody takes
    // its made-up people for the civil register.
    static QString serviceDescription(const registers::RegisterService &service);
    // A framed line with that text, at the top of every register window.
    static QLabel *makeServiceBanner(const registers::RegisterService &service, QWidget *parent);

    // What an outcome means for the user, in a sentence or two.
    static QString outcomeExplanation(registers::QueryOutcome outcome);

    // The register could not be reached (as opposed to refusing the request): the query may be
    // queued and sent later.
    static bool isUnreachable(const registers::RegisterError &error);

    // An error as a sentence for the user, with the fields that failed validation listed.
    static QString errorText(const registers::RegisterError &error);

    // Dates as the user types them: 31.12.1980, 1.2.1980 or 1980-12-31.
    static std::optional<QDate> parseDate(const QString &text);
    static QString dateText(const QDate &date);
    static QString dateTimeText(const QDateTime &when);

    // The German name of a field of docs/register-api.md for the user ("geburtsdatum" → "Date
    // of birth").
    static QString fieldName(const QString &field);
};

}  // namespace workroom::widgets
