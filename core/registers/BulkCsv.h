#pragma once

#include "RegisterError.h"
#include "RegisterTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace workroom::registers {

// One problem of a bulk CSV, tied to a line (1 = header) and, where it applies, a column.
struct CsvIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int line = 0;     // 0: the file as a whole
    QString column;   // CSV column name; empty: the whole line
    QString message;  // translated, for the user; names no personal data
};

// What reading a bulk CSV found. Nothing may be submitted while it has errors.
struct BulkCsvReport {
    enum class Encoding { Utf8, Windows1252 };
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(';');
    QStringList columns;  // as named in the header, normalised to lower case
    QList<BulkRow> rows;  // the rows without errors, in file order
    int dataRows = 0;     // rows in the file (without header and empty lines)
    QList<CsvIssue> issues;

    bool ok() const { return errorCount() == 0; }
    int errorCount() const;
    // All issues as lines "Line 12, geburtsdatum: …", for the command line.
    QString summary(int maxLines = 50) const;
};

// The CSV of bulk queries (docs/register-api.md, "Bulk CSV"): a header row naming the columns
// referenz (optional), familienname, vornamen, geburtsdatum (DD.MM.YYYY or YYYY-MM-DD); then
// one person a row. Encoding UTF-8 (with or without BOM) or Windows-1252, detected; delimiter
// ';' or ',', detected from the header. Checked row by row before anything is sent: missing
// columns, empty names, invalid or future dates, more than 10,000 rows, duplicate rows.
class BulkCsv {
public:
    static QStringList requiredColumns();  // familienname, vornamen, geburtsdatum
    static BulkCsvReport parse(const QByteArray &bytes);

    // The result CSV: referenz;ergebnis;familienname;vornamen;doktorgrad;strasse;hausnummer;
    // postleitzahl;wohnort;verstorben — UTF-8 with BOM (so spreadsheet programs read the
    // umlauts), ';', CRLF.
    static QByteArray writeResult(const QList<BulkResultRow> &rows);
    static Result<QList<BulkResultRow>> parseResult(const QByteArray &bytes);
    // The request rows in the same CSV form (for saving a checked file).
    static QByteArray writeRows(const QList<BulkRow> &rows);
};

}  // namespace workroom::registers
