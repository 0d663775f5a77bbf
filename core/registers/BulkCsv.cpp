#include "BulkCsv.h"

#include "ColognePhonetics.h"

#include <QHash>
#include <QStringDecoder>

namespace workroom::registers {

namespace {

// Stop listing problems after this many: a file with thousands of bad lines needs fixing as a
// whole, and the report must stay readable.
constexpr int maxIssues = 1000;

const QDate earliestBirthDate(1890, 1, 1);

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        text.append(b >= 0x80 && b < 0xA0 ? QChar(cp1252High[b - 0x80]) : QChar(char16_t(b)));
    }
    return text;
}

// Splits CSV text into records of fields: quoted fields may hold the delimiter, quotes ("")
// and line breaks. Each record remembers the line it starts on.
struct Record {
    int line = 0;
    QStringList fields;
};

QList<Record> splitRecords(QStringView text, QChar delimiter)
{
    QList<Record> records;
    Record current;
    current.line = 1;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        records.append(current);
        current = Record();
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldStarted) {
        endRecord();
    }
    return records;
}

// Counts `c` outside quotes in the first line.
int countOutsideQuotes(QStringView line, QChar c)
{
    int count = 0;
    bool quoted = false;
    for (const QChar ch : line) {
        if (ch == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (ch == c && !quoted) {
            ++count;
        }
    }
    return count;
}

QString canonicalColumn(const QString &raw)
{
    QString name = raw.trimmed().toLower();
    name.remove(QLatin1Char('"'));
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("nachname"), QStringLiteral("familienname")},
        {QStringLiteral("name"), QStringLiteral("familienname")},
        {QStringLiteral("vorname"), QStringLiteral("vornamen")},
        {QStringLiteral("geburtstag"), QStringLiteral("geburtsdatum")},
        {QStringLiteral("lfd_nr"), QStringLiteral("referenz")},
        {QStringLiteral("lfdnr"), QStringLiteral("referenz")},
        {QStringLiteral("lfd. nr."), QStringLiteral("referenz")},
    };
    return aliases.value(name, name);
}

std::optional<QDate> parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format :
         {QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid()) {
            return date;
        }
    }
    return std::nullopt;
}

QString quoteField(const QString &value, QChar delimiter)
{
    if (value.contains(delimiter) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

QByteArray joinCsv(const QList<QStringList> &records)
{
    QString text;
    for (const QStringList &record : records) {
        QStringList quoted;
        quoted.reserve(record.size());
        for (const QString &value : record) {
            quoted.append(quoteField(value, QLatin1Char(';')));
        }
        text += quoted.join(QLatin1Char(';'));
        text += QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t')) {
        return RegisterText::tr("tabs");
    }
    return QStringLiteral("'%1'").arg(delimiter);
}

RegisterError resultError(const QString &what)
{
    RegisterError error;
    error.code = RegisterErrorCode::Protocol;
    error.message =
        RegisterText::tr("The result CSV of the register service cannot be read: %1").arg(what);
    return error;
}

}  // namespace

int BulkCsvReport::errorCount() const
{
    int errors = 0;
    for (const CsvIssue &issue : issues) {
        errors += issue.severity == CsvIssue::Severity::Error ? 1 : 0;
    }
    return errors;
}

QString BulkCsvReport::summary(int maxLines) const
{
    QStringList lines;
    for (const CsvIssue &issue : issues) {
        if (lines.size() == maxLines) {
            lines.append(RegisterText::tr("… and %n more problem(s).", nullptr,
                                          int(issues.size()) - maxLines));
            break;
        }
        const QString kind = issue.severity == CsvIssue::Severity::Error
                                 ? RegisterText::tr("Error")
                                 : RegisterText::tr("Warning");
        if (issue.line == 0) {
            lines.append(QStringLiteral("%1: %2").arg(kind, issue.message));
        } else if (issue.column.isEmpty()) {
            lines.append(
                RegisterText::tr("%1: line %2: %3").arg(kind).arg(issue.line).arg(issue.message));
        } else {
            lines.append(RegisterText::tr("%1: line %2, %3: %4")
                             .arg(kind)
                             .arg(issue.line)
                             .arg(issue.column, issue.message));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList BulkCsv::requiredColumns()
{
    return {QStringLiteral("familienname"), QStringLiteral("vornamen"),
            QStringLiteral("geburtsdatum")};
}

BulkCsvReport BulkCsv::parse(const QByteArray &bytes)
{
    BulkCsvReport report;
    const auto error = [&report](int line, const QString &column, const QString &message) {
        if (report.issues.size() < maxIssues) {
            report.issues.append({CsvIssue::Severity::Error, line, column, message});
        }
    };
    const auto warning = [&report](int line, const QString &column, const QString &message) {
        if (report.issues.size() < maxIssues) {
            report.issues.append({CsvIssue::Severity::Warning, line, column, message});
        }
    };

    // Encoding: a BOM or valid UTF-8 is UTF-8; anything else is taken as Windows-1252, which
    // is what spreadsheet programs on Windows write.
    QString text;
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = utf8.decode(data);
    if (utf8.hasError()) {
        report.encoding = BulkCsvReport::Encoding::Windows1252;
        text = fromWindows1252(data);
        warning(0, {}, RegisterText::tr("The file is not UTF-8; it was read as Windows-1252."));
    }
    if (text.trimmed().isEmpty()) {
        error(0, {}, RegisterText::tr("The file is empty."));
        return report;
    }

    // The delimiter is what the header uses: ';' or ','.
    const QStringView firstLine = QStringView(text).left(text.indexOf(QLatin1Char('\n')));
    const int semicolons = countOutsideQuotes(firstLine, QLatin1Char(';'));
    const int commas = countOutsideQuotes(firstLine, QLatin1Char(','));
    if (semicolons == 0 && commas == 0) {
        for (const QChar other : {QLatin1Char('\t'), QLatin1Char('|'), QLatin1Char(':')}) {
            if (countOutsideQuotes(firstLine, other) > 0) {
                error(1, {},
                      RegisterText::tr("The columns are separated by %1. Save the file with "
                                       "semicolons (;) or commas (,) between the columns.")
                          .arg(delimiterName(other)));
                return report;
            }
        }
        error(1, {},
              RegisterText::tr("The header line has only one column. The columns must be "
                               "separated by semicolons (;) or commas (,); required are: %1.")
                  .arg(requiredColumns().join(QStringLiteral(", "))));
        return report;
    }
    report.delimiter = semicolons >= commas ? QLatin1Char(';') : QLatin1Char(',');
    const QChar other = report.delimiter == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char(';');

    const QList<Record> records = splitRecords(text, report.delimiter);
    if (records.isEmpty()) {
        error(0, {}, RegisterText::tr("The file is empty."));
        return report;
    }
    QHash<QString, int> columnIndex;
    for (int i = 0; i < records.first().fields.size(); ++i) {
        const QString name = canonicalColumn(records.first().fields.at(i));
        report.columns.append(name);
        if (name.isEmpty()) {
            continue;
        }
        if (columnIndex.contains(name)) {
            error(1, name, RegisterText::tr("The column appears twice."));
            continue;
        }
        columnIndex.insert(name, i);
        if (!requiredColumns().contains(name) && name != QLatin1StringView("referenz")) {
            warning(1, name, RegisterText::tr("Unknown column; it is ignored."));
        }
    }
    QStringList missing;
    for (const QString &required : requiredColumns()) {
        if (!columnIndex.contains(required)) {
            missing.append(required);
        }
    }
    if (!missing.isEmpty()) {
        error(1, {},
              RegisterText::tr("Required columns are missing: %1.")
                  .arg(missing.join(QStringLiteral(", "))));
        return report;
    }
    const int familyColumn = columnIndex.value(QStringLiteral("familienname"));
    const int givenColumn = columnIndex.value(QStringLiteral("vornamen"));
    const int dateColumn = columnIndex.value(QStringLiteral("geburtsdatum"));
    const int referenceColumn = columnIndex.value(QStringLiteral("referenz"), -1);
    const int columnCount = int(records.first().fields.size());

    QHash<QString, int> seenPeople;      // folded name + date → first line
    QHash<QString, int> seenReferences;  // reference → first line
    const QDate today = QDate::currentDate();
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (blank) {
            continue;
        }
        ++report.dataRows;
        if (record.fields.size() != columnCount) {
            const bool otherDelimiter =
                record.fields.size() < columnCount && record.fields.join(QString()).contains(other);
            error(record.line, {},
                  otherDelimiter
                      ? RegisterText::tr("The line has %1 field(s) where the header has %2: it "
                                         "seems to use %3 as separator instead of %4.")
                            .arg(record.fields.size())
                            .arg(columnCount)
                            .arg(delimiterName(other), delimiterName(report.delimiter))
                      : RegisterText::tr("The line has %1 field(s) where the header has %2.")
                            .arg(record.fields.size())
                            .arg(columnCount));
            continue;
        }
        BulkRow row;
        row.line = record.line;
        row.reference = referenceColumn >= 0 ? record.fields.at(referenceColumn).trimmed()
                                             : QString::number(record.line);
        row.criteria.familyName = record.fields.at(familyColumn).trimmed();
        row.criteria.givenNames = record.fields.at(givenColumn).trimmed();
        const QString dateText = record.fields.at(dateColumn).trimmed();
        bool rowOk = true;
        if (row.criteria.familyName.isEmpty()) {
            error(record.line, QStringLiteral("familienname"),
                  RegisterText::tr("The family name is missing."));
            rowOk = false;
        }
        if (row.criteria.givenNames.isEmpty()) {
            error(record.line, QStringLiteral("vornamen"),
                  RegisterText::tr("The given names are missing."));
            rowOk = false;
        }
        if (dateText.isEmpty()) {
            error(record.line, QStringLiteral("geburtsdatum"),
                  RegisterText::tr("The date of birth is missing."));
            rowOk = false;
        } else if (const auto date = parseDate(dateText); !date) {
            error(record.line, QStringLiteral("geburtsdatum"),
                  RegisterText::tr("Not a valid date; write it as DD.MM.YYYY or YYYY-MM-DD."));
            rowOk = false;
        } else if (*date > today) {
            error(record.line, QStringLiteral("geburtsdatum"),
                  RegisterText::tr("The date of birth lies in the future."));
            rowOk = false;
        } else if (*date < earliestBirthDate) {
            error(record.line, QStringLiteral("geburtsdatum"),
                  RegisterText::tr("The date of birth lies before 1890."));
            rowOk = false;
        } else {
            row.criteria.birthDate = *date;
        }
        if (referenceColumn >= 0) {
            if (row.reference.isEmpty()) {
                error(record.line, QStringLiteral("referenz"),
                      RegisterText::tr("The reference is missing."));
                rowOk = false;
            } else if (const int first = seenReferences.value(row.reference); first > 0) {
                error(record.line, QStringLiteral("referenz"),
                      RegisterText::tr("The reference was used in line %1 already.").arg(first));
                rowOk = false;
            } else {
                seenReferences.insert(row.reference, record.line);
            }
        }
        if (rowOk) {
            const QString key = foldName(row.criteria.familyName) + QLatin1Char('\n')
                                + foldName(row.criteria.givenNames) + QLatin1Char('\n')
                                + row.criteria.birthDate->toString(Qt::ISODate);
            if (const int first = seenPeople.value(key); first > 0) {
                error(record.line, {},
                      RegisterText::tr("The line asks for the same person as line %1.").arg(first));
                rowOk = false;
            } else {
                seenPeople.insert(key, record.line);
            }
        }
        if (rowOk) {
            report.rows.append(row);
        }
    }
    if (report.dataRows == 0) {
        error(0, {}, RegisterText::tr("The file has no rows below the header."));
    }
    if (report.dataRows > maxBulkRows) {
        // First in the list: it decides the file, whatever else is wrong.
        report.issues.prepend({CsvIssue::Severity::Error,
                               0,
                               {},
                               RegisterText::tr("The file has %L1 rows; a bulk query may have "
                                                "at most %L2. Split it into several files.")
                                   .arg(report.dataRows)
                                   .arg(maxBulkRows)});
    }
    return report;
}

QByteArray BulkCsv::writeResult(const QList<BulkResultRow> &rows)
{
    QList<QStringList> records;
    records.reserve(rows.size() + 1);
    records.append({QStringLiteral("referenz"), QStringLiteral("ergebnis"),
                    QStringLiteral("familienname"), QStringLiteral("vornamen"),
                    QStringLiteral("doktorgrad"), QStringLiteral("strasse"),
                    QStringLiteral("hausnummer"), QStringLiteral("postleitzahl"),
                    QStringLiteral("wohnort"), QStringLiteral("verstorben")});
    for (const BulkResultRow &row : rows) {
        QStringList record{row.reference, outcomeKey(row.outcome)};
        if (row.person && row.outcome == QueryOutcome::Found) {
            const PersonRecord &p = *row.person;
            record << p.familyName << p.givenNames << p.doctoralDegree << p.address.street
                   << p.address.houseNumber << p.address.postalCode << p.address.city
                   << (p.deceased ? QStringLiteral("ja") : QString());
        } else {
            for (int i = 0; i < 8; ++i) {
                record << QString();
            }
        }
        records.append(record);
    }
    return joinCsv(records);
}

Result<QList<BulkResultRow>> BulkCsv::parseResult(const QByteArray &bytes)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data);
    if (utf8.hasError()) {
        return std::unexpected(resultError(RegisterText::tr("it is not UTF-8")));
    }
    const QList<Record> records = splitRecords(text, QLatin1Char(';'));
    if (records.isEmpty()) {
        return std::unexpected(resultError(RegisterText::tr("it is empty")));
    }
    QHash<QString, int> column;
    for (int i = 0; i < records.first().fields.size(); ++i) {
        column.insert(records.first().fields.at(i).trimmed().toLower(), i);
    }
    for (const char *required : {"referenz", "ergebnis"}) {
        if (!column.contains(QString::fromLatin1(required))) {
            return std::unexpected(resultError(
                RegisterText::tr("the column %1 is missing").arg(QLatin1StringView(required))));
        }
    }
    const auto field = [&column](const Record &record, const char *name) {
        const int index = column.value(QString::fromLatin1(name), -1);
        return index >= 0 && index < record.fields.size() ? record.fields.at(index) : QString();
    };
    QList<BulkResultRow> rows;
    rows.reserve(records.size() - 1);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        if (record.fields.size() == 1 && record.fields.first().isEmpty()) {
            continue;
        }
        BulkResultRow row;
        row.reference = field(record, "referenz");
        const auto outcome = outcomeFromKey(field(record, "ergebnis"));
        if (!outcome) {
            return std::unexpected(
                resultError(RegisterText::tr("line %1 has no valid result").arg(record.line)));
        }
        row.outcome = *outcome;
        if (row.outcome == QueryOutcome::Found) {
            PersonRecord person;
            person.familyName = field(record, "familienname");
            person.givenNames = field(record, "vornamen");
            person.doctoralDegree = field(record, "doktorgrad");
            person.address.street = field(record, "strasse");
            person.address.houseNumber = field(record, "hausnummer");
            person.address.postalCode = field(record, "postleitzahl");
            person.address.city = field(record, "wohnort");
            person.deceased = field(record, "verstorben") == QLatin1StringView("ja");
            row.person = person;
        }
        rows.append(row);
    }
    return rows;
}

QByteArray BulkCsv::writeRows(const QList<BulkRow> &rows)
{
    QList<QStringList> records;
    records.append({QStringLiteral("referenz"), QStringLiteral("familienname"),
                    QStringLiteral("vornamen"), QStringLiteral("geburtsdatum")});
    for (const BulkRow &row : rows) {
        records.append({row.reference, row.criteria.familyName, row.criteria.givenNames,
                        row.criteria.birthDate
                            ? row.criteria.birthDate->toString(QStringLiteral("dd.MM.yyyy"))
                            : QString()});
    }
    return joinCsv(records);
}

}  // namespace workroom::registers
