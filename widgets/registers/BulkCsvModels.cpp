#include "BulkCsvModels.h"

#include "RegisterTexts.h"

#include <QIcon>

#include <algorithm>

namespace workroom::widgets {

using registers::CsvIssue;

BulkRowModel::BulkRowModel(QObject *parent) : QAbstractTableModel(parent) {}

void BulkRowModel::setRows(QList<registers::BulkRow> rows)
{
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int BulkRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int BulkRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size()) {
        return {};
    }
    const registers::BulkRow &row = rows_.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Line) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case Line:
        return row.line;
    case Reference:
        return row.reference;
    case FamilyName:
        return row.criteria.familyName;
    case GivenNames:
        return row.criteria.givenNames;
    case BirthDate:
        return row.criteria.birthDate ? RegisterTexts::dateText(*row.criteria.birthDate)
                                      : QString();
    default:
        return {};
    }
}

QVariant BulkRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Line:
        return tr("Line");
    case Reference:
        return tr("Reference");
    case FamilyName:
        return tr("Family name");
    case GivenNames:
        return tr("Given names");
    case BirthDate:
        return tr("Date of birth");
    default:
        return {};
    }
}

CsvIssueModel::CsvIssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void CsvIssueModel::setIssues(QList<CsvIssue> issues)
{
    // Errors first (they stop the submission), each group in file order.
    std::ranges::stable_sort(issues, [](const CsvIssue &a, const CsvIssue &b) {
        if (a.severity != b.severity) {
            return a.severity == CsvIssue::Severity::Error;
        }
        return a.line < b.line;
    });
    beginResetModel();
    issues_ = std::move(issues);
    endResetModel();
}

int CsvIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(issues_.size());
}

int CsvIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvIssueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= issues_.size()) {
        return {};
    }
    const CsvIssue &issue = issues_.at(index.row());
    const bool error = issue.severity == CsvIssue::Severity::Error;
    if (role == Qt::DecorationRole && index.column() == Severity) {
        return QIcon::fromTheme(error ? QStringLiteral("dialog-error")
                                      : QStringLiteral("dialog-warning"));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case Severity:
        // In words, not by an icon's colour alone.
        return error ? tr("Error") : tr("Warning");
    case Line:
        return issue.line > 0 ? QVariant(issue.line) : QVariant(tr("file"));
    case Column:
        return issue.column.isEmpty() ? QString() : RegisterTexts::fieldName(issue.column);
    case Problem:
        return issue.message;
    default:
        return {};
    }
}

QVariant CsvIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Severity:
        return tr("Kind");
    case Line:
        return tr("Line");
    case Column:
        return tr("Column");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

}  // namespace workroom::widgets
