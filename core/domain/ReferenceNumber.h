#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace workroom::domain {

// The parts of a reference number (Aktenzeichen): the file-plan code (Aktenplankennzeichen),
// the year and the running number within that code and year.
struct ReferenceParts {
    QString filePlanCode;
    int year = 0;
    int sequence = 0;

    friend bool operator==(const ReferenceParts &, const ReferenceParts &) = default;
};

// How a workroom writes its reference numbers, as a pattern with the placeholders {plan},
// {year} and {seq}, where {seq:N} pads the running number to N digits. The default,
// "{plan}-{seq:4}/{year}", gives "32.10-0042/2026". Each placeholder must occur exactly once,
// so that a reference number can be read back into its parts.
class ReferenceNumberFormat {
    Q_DECLARE_TR_FUNCTIONS(workroom::domain::ReferenceNumberFormat)

public:
    static constexpr auto defaultPattern = "{plan}-{seq:4}/{year}";

    // Fails with a readable message for an unknown or missing placeholder.
    static std::expected<ReferenceNumberFormat, QString> fromPattern(const QString &pattern);
    static ReferenceNumberFormat standard();

    const QString &pattern() const { return pattern_; }

    // Fails when a part cannot be written: an empty or malformed file-plan code, a year outside
    // 1900–9999, a running number below 1 or wider than the padding allows.
    std::expected<QString, QString> format(const ReferenceParts &parts) const;
    std::expected<ReferenceParts, QString> parse(const QString &reference) const;

    // A file-plan code is digits in dot-separated groups ("32.10", "1.2.3"), at most 32 chars.
    static bool isValidFilePlanCode(const QString &code);

private:
    ReferenceNumberFormat(QString pattern, int sequenceWidth)
        : pattern_(std::move(pattern)), sequenceWidth_(sequenceWidth)
    {
    }

    QString pattern_;
    int sequenceWidth_ = 0;
};

}  // namespace workroom::domain
