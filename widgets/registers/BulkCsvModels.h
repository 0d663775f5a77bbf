#pragma once

#include "BulkCsv.h"

#include <QAbstractTableModel>

namespace workroom::widgets {

// The rows of a checked bulk CSV that would be sent, for the preview table. A plain table
// model rather than items: a file has up to 10,000 rows and must show at once.
class BulkRowModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Line, Reference, FamilyName, GivenNames, BirthDate, ColumnCount };

    explicit BulkRowModel(QObject *parent = nullptr);

    void setRows(QList<registers::BulkRow> rows);
    const QList<registers::BulkRow> &rows() const { return rows_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<registers::BulkRow> rows_;
};

// What checking the CSV found, errors first, each tied to its line and column.
class CsvIssueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Severity, Line, Column, Problem, ColumnCount };

    explicit CsvIssueModel(QObject *parent = nullptr);

    void setIssues(QList<registers::CsvIssue> issues);
    const QList<registers::CsvIssue> &issues() const { return issues_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<registers::CsvIssue> issues_;
};

}  // namespace workroom::widgets
