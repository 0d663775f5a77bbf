#include "CaseListModel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace workroom::models {

using storage::CaseListRow;
using storage::CaseQuery;

namespace {

QString shortDate(const std::optional<QDate> &date)
{
    return date ? QLocale().toString(*date, QLocale::ShortFormat) : QString();
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// Listeners of the model's change signals may ask for more rows at once
// (QAbstractItemModelTester does); rows inserted while another change is being announced reach
// the listeners out of order, so the next page waits until the view asks again.
class ChangeGuard {
public:
    explicit ChangeGuard(bool &flag) : flag_(flag) { flag_ = true; }
    ~ChangeGuard() { flag_ = false; }
    ChangeGuard(const ChangeGuard &) = delete;
    ChangeGuard &operator=(const ChangeGuard &) = delete;

private:
    bool &flag_;
};

bool sameCases(const QList<CaseListRow> &a, const QList<CaseListRow> &b)
{
    return std::ranges::equal(a, b, {}, &CaseListRow::id, &CaseListRow::id);
}

}  // namespace

CaseListModel::CaseListModel(storage::CaseRepository &repository, QObject *parent)
    : QAbstractTableModel(parent), repository_(repository)
{
}

void CaseListModel::setIcons(const QIcon &overdue, const QIcon &resubmissionDue)
{
    overdueIcon_ = overdue;
    resubmissionIcon_ = resubmissionDue;
    if (!rows_.isEmpty()) {
        emit dataChanged(index(0, Deadline), index(int(rows_.size()) - 1, Resubmission),
                         {Qt::DecorationRole});
    }
}

void CaseListModel::setQuery(const CaseQuery &query)
{
    query_ = query;
    active_ = true;
    reload();
}

void CaseListModel::reload()
{
    int total = 0;
    QList<CaseListRow> rows;
    if (active_) {
        if (auto count = repository_.countCases(query_)) {
            total = *count;
        } else {
            emit errorOccurred(count.error().message);
        }
        if (auto page = repository_.listCases(query_, 0, pageSize)) {
            rows = std::move(*page);
        } else {
            emit errorOccurred(page.error().message);
        }
    }
    {
        const ChangeGuard guard(changing_);
        beginResetModel();
        rows_ = std::move(rows);
        total_ = total;
        endResetModel();
    }
    emit totalCountChanged(total_);
}

void CaseListModel::refresh()
{
    if (!active_) {
        return;
    }
    auto count = repository_.countCases(query_);
    // As many rows as the view had loaded, so that it does not jump back to the top.
    auto rows = repository_.listCases(query_, 0, std::max(int(rows_.size()), pageSize));
    if (!count || !rows) {
        emit errorOccurred(!count ? count.error().message : rows.error().message);
        return;
    }
    const int before = total_;
    if (sameCases(rows_, *rows)) {
        rows_ = std::move(*rows);
        total_ = *count;
        if (!rows_.isEmpty()) {
            emit dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
        }
    } else {
        const ChangeGuard guard(changing_);
        beginResetModel();
        rows_ = std::move(*rows);
        total_ = *count;
        endResetModel();
    }
    if (before != total_) {
        emit totalCountChanged(total_);
    }
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_.at(row).id : 0;
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    const auto found = std::ranges::find(rows_, caseId, &CaseListRow::id);
    return found == rows_.end() ? -1 : int(found - rows_.begin());
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::isOverdue(const CaseListRow &row) const
{
    return domain::isOverdue(row.deadline, row.status, query_.today);
}

bool CaseListModel::isResubmissionDue(const CaseListRow &row) const
{
    return domain::isResubmissionDue(row.resubmission, row.status, query_.today);
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaseListRow &row = rows_.at(index.row());
    const int column = index.column();
    switch (role) {
    case CaseIdRole:
        return row.id;
    case OverdueRole:
        return isOverdue(row);
    case Qt::DisplayRole:
        switch (column) {
        case Reference:
            return row.reference;
        case Subject:
            return row.subject;
        case Status:
            return domain::statusDisplayName(row.status);
        case Assignee:
            return row.assignee;
        case Deadline:
            return shortDate(row.deadline);
        case Resubmission:
            return shortDate(row.resubmission);
        default:
            return {};
        }
    case Qt::DecorationRole:
        // The mark is a shape, not a colour, so that it reads on any palette (BITV 2.0).
        if (column == Deadline && isOverdue(row)) {
            return overdueIcon_;
        }
        if (column == Resubmission && isResubmissionDue(row)) {
            return resubmissionIcon_;
        }
        return {};
    case Qt::FontRole:
        if (column == Deadline && isOverdue(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Subject) {
            return row.subject;
        }
        if (column == Deadline && isOverdue(row)) {
            return tr("Overdue: the deadline was %1").arg(longDate(*row.deadline));
        }
        if (column == Resubmission && isResubmissionDue(row)) {
            return tr("Resubmission due since %1").arg(longDate(*row.resubmission));
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == Deadline && isOverdue(row)) {
            return tr("%1, overdue").arg(longDate(*row.deadline));
        }
        if (column == Resubmission && isResubmissionDue(row)) {
            return tr("%1, resubmission due").arg(longDate(*row.resubmission));
        }
        if (column == Deadline && !row.deadline) {
            return tr("no deadline");
        }
        return {};
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Reference:
        return tr("Reference number");
    case Subject:
        return tr("Subject");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assignee");
    case Deadline:
        return tr("Deadline");
    case Resubmission:
        return tr("Resubmission");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !changing_ && rows_.size() < total_;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = repository_.listCases(query_, int(rows_.size()), pageSize);
    if (!page) {
        emit errorOccurred(page.error().message);
        return;
    }
    if (page->isEmpty()) {
        // Fewer cases than counted (one was removed meanwhile): stop asking for more.
        total_ = int(rows_.size());
        emit totalCountChanged(total_);
        return;
    }
    const ChangeGuard guard(changing_);
    const int first = int(rows_.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    rows_.append(std::move(*page));
    endInsertRows();
}

CaseQuery::Sort CaseListModel::sortForColumn(int column, bool searching)
{
    switch (column) {
    case Reference:
        return CaseQuery::Sort::Reference;
    case Subject:
        return CaseQuery::Sort::Subject;
    case Status:
        return CaseQuery::Sort::Status;
    case Assignee:
        return CaseQuery::Sort::Assignee;
    case Deadline:
        return CaseQuery::Sort::Deadline;
    case Resubmission:
        return CaseQuery::Sort::Resubmission;
    default:
        return searching ? CaseQuery::Sort::Relevance : CaseQuery::Sort::Reference;
    }
}

int CaseListModel::columnForSort(CaseQuery::Sort sort)
{
    switch (sort) {
    case CaseQuery::Sort::Reference:
        return Reference;
    case CaseQuery::Sort::Subject:
        return Subject;
    case CaseQuery::Sort::Status:
        return Status;
    case CaseQuery::Sort::Assignee:
        return Assignee;
    case CaseQuery::Sort::Deadline:
        return Deadline;
    case CaseQuery::Sort::Resubmission:
        return Resubmission;
    case CaseQuery::Sort::Relevance:
        break;
    }
    return -1;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    const CaseQuery::Sort sort = sortForColumn(column, !query_.search.trimmed().isEmpty());
    if (sort == query_.sort && order == query_.order) {
        return;
    }
    query_.sort = sort;
    query_.order = order;
    if (active_) {
        // The database sorts, so the view's persistent indexes cannot follow; a reset is honest.
        reload();
    }
}

}  // namespace workroom::models
