#include "ReferenceNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace workroom::domain {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{(plan|year|seq)(?::(\d))?\})"));
    return re;
}

}  // namespace

bool ReferenceNumberFormat::isValidFilePlanCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral(R"(^\d+(\.\d+)*$)"));
    return code.size() <= 32 && re.match(code).hasMatch();
}

std::expected<ReferenceNumberFormat, QString>
ReferenceNumberFormat::fromPattern(const QString &pattern)
{
    int plan = 0;
    int year = 0;
    int seq = 0;
    int width = 0;
    QString rest = pattern;
    for (const auto &match : placeholderPattern().globalMatch(pattern)) {
        const QString name = match.captured(1);
        if (name == QLatin1StringView("plan")) {
            ++plan;
        } else if (name == QLatin1StringView("year")) {
            ++year;
        } else {
            ++seq;
            width = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
        }
        if (name != QLatin1StringView("seq") && !match.captured(2).isEmpty()) {
            return std::unexpected(
                tr("Only {seq} takes a width in the reference-number pattern \"%1\".")
                    .arg(pattern));
        }
    }
    rest.remove(placeholderPattern());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}'))) {
        return std::unexpected(
            tr("The reference-number pattern \"%1\" has an unknown placeholder; known are "
               "{plan}, {year} and {seq}.")
                .arg(pattern));
    }
    if (plan != 1 || year != 1 || seq != 1) {
        return std::unexpected(tr("The reference-number pattern \"%1\" must contain {plan}, "
                                  "{year} and {seq} exactly once each.")
                                   .arg(pattern));
    }
    // Two placeholders side by side could not be told apart when reading a number back.
    if (pattern.contains(QLatin1StringView("}{"))) {
        return std::unexpected(
            tr("The placeholders of the reference-number pattern \"%1\" need a separator "
               "between them.")
                .arg(pattern));
    }
    return ReferenceNumberFormat(pattern, width);
}

ReferenceNumberFormat ReferenceNumberFormat::standard()
{
    return *fromPattern(QString::fromLatin1(defaultPattern));
}

std::expected<QString, QString> ReferenceNumberFormat::format(const ReferenceParts &parts) const
{
    if (!isValidFilePlanCode(parts.filePlanCode)) {
        return std::unexpected(
            tr("\"%1\" is not a file-plan code: digits in groups separated by dots, such as "
               "32.10.")
                .arg(parts.filePlanCode));
    }
    if (parts.year < 1900 || parts.year > 9999) {
        return std::unexpected(
            tr("%1 is not a valid year for a reference number.").arg(parts.year));
    }
    const QString sequence =
        QStringLiteral("%1").arg(parts.sequence, sequenceWidth_, 10, QLatin1Char('0'));
    if (parts.sequence < 1 || (sequenceWidth_ > 0 && sequence.size() > sequenceWidth_)) {
        return std::unexpected(
            tr("The running number %1 does not fit the reference-number pattern \"%2\".")
                .arg(parts.sequence)
                .arg(pattern_));
    }
    QString out;
    qsizetype pos = 0;
    for (const auto &match : placeholderPattern().globalMatch(pattern_)) {
        out += pattern_.mid(pos, match.capturedStart() - pos);
        const QString name = match.captured(1);
        if (name == QLatin1StringView("plan")) {
            out += parts.filePlanCode;
        } else if (name == QLatin1StringView("year")) {
            out += QString::number(parts.year);
        } else {
            out += sequence;
        }
        pos = match.capturedEnd();
    }
    out += pattern_.mid(pos);
    return out;
}

std::expected<ReferenceParts, QString> ReferenceNumberFormat::parse(const QString &reference) const
{
    QString regex = QStringLiteral("^");
    qsizetype pos = 0;
    for (const auto &match : placeholderPattern().globalMatch(pattern_)) {
        regex += QRegularExpression::escape(pattern_.mid(pos, match.capturedStart() - pos));
        const QString name = match.captured(1);
        if (name == QLatin1StringView("plan")) {
            regex += QStringLiteral(R"((?<plan>\d+(?:\.\d+)*?))");
        } else if (name == QLatin1StringView("year")) {
            regex += QStringLiteral(R"((?<year>\d{4}))");
        } else {
            regex += sequenceWidth_ > 0 ? QStringLiteral(R"((?<seq>\d{%1,}))").arg(sequenceWidth_)
                                        : QStringLiteral(R"((?<seq>\d+))");
        }
        pos = match.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern_.mid(pos)) + QLatin1Char('$');
    const QRegularExpressionMatch match = QRegularExpression(regex).match(reference.trimmed());
    if (!match.hasMatch()) {
        return std::unexpected(
            tr("\"%1\" is not a reference number of the form \"%2\".").arg(reference, pattern_));
    }
    ReferenceParts parts{match.captured(u"plan"), match.captured(u"year").toInt(),
                         match.captured(u"seq").toInt()};
    if (parts.sequence < 1) {
        return std::unexpected(tr("\"%1\" has no running number.").arg(reference));
    }
    return parts;
}

}  // namespace workroom::domain
