#pragma once

#include "CaseRepository.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace workroom::models {

// The case list of one view: a window onto storage::CaseRepository::listCases that loads its
// rows lazily, a page at a time, as the view scrolls (canFetchMore/fetchMore). A workroom may
// hold 100,000 cases; they are never all read at once.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Reference, Subject, Status, Assignee, Deadline, Resubmission, ColumnCount };
    static constexpr int pageSize = 200;
    static constexpr int CaseIdRole = Qt::UserRole;
    // True for a row whose deadline has passed (the view may mark the whole row).
    static constexpr int OverdueRole = Qt::UserRole + 1;

    explicit CaseListModel(storage::CaseRepository &repository, QObject *parent = nullptr);

    // Shows the cases of `query`: counts them and loads the first page.
    void setQuery(const storage::CaseQuery &query);
    const storage::CaseQuery &query() const { return query_; }
    // Reads the loaded rows again after a change, keeping the view's selection where the
    // order did not change.
    void refresh();

    // Every case the query matches, loaded or not.
    int totalCount() const { return total_; }
    qint64 caseIdAt(int row) const;
    // The row of a loaded case, or -1.
    int rowOfCase(qint64 caseId) const;

    // The marks of an overdue deadline and of a due resubmission; from the icon theme or the
    // bundled fallbacks, which the widgets layer owns.
    void setIcons(const QIcon &overdue, const QIcon &resubmissionDue);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Column -1 is the natural order: by relevance while searching, else by reference number.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static storage::CaseQuery::Sort sortForColumn(int column, bool searching);
    // The column that shows a sort, or -1 for relevance.
    static int columnForSort(storage::CaseQuery::Sort sort);

signals:
    void totalCountChanged(int total);
    // A read failed; the message is for the user.
    void errorOccurred(const QString &message);

private:
    void reload();
    bool isOverdue(const storage::CaseListRow &row) const;
    bool isResubmissionDue(const storage::CaseListRow &row) const;

    storage::CaseRepository &repository_;
    storage::CaseQuery query_;
    QList<storage::CaseListRow> rows_;
    int total_ = 0;
    bool active_ = false;    // no query set yet: the model is empty
    bool changing_ = false;  // between begin… and end… of a reset or an insertion
    QIcon overdueIcon_;
    QIcon resubmissionIcon_;
};

}  // namespace workroom::models
