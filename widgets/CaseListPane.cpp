#include "CaseListPane.h"

#include "CaseFilterBar.h"
#include "CaseListModel.h"
#include "CaseListView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace workroom::widgets {

using models::CaseListModel;
using storage::CaseQuery;

CaseListPane::CaseListPane(storage::CaseRepository &repository, QString actor, QWidget *parent)
    : QWidget(parent), actor_(std::move(actor)), model_(new CaseListModel(repository, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("searchField"));
    search_->setAccessibleName(tr("Search cases"));
    search_->setPlaceholderText(
        tr("Search reference numbers, subjects, parties and documents (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    search_->setClearButtonEnabled(true);
    search_->addAction(QIcon::fromTheme(QStringLiteral("edit-find"),
                                        QIcon(QStringLiteral(":/icons/register.svg"))),
                       QLineEdit::LeadingPosition);
    // Search as you type, but not on every key: the list follows once typing pauses.
    searchTimer_ = new QTimer(this);
    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(200);
    connect(search_, &QLineEdit::textChanged, searchTimer_, qOverload<>(&QTimer::start));
    connect(searchTimer_, &QTimer::timeout, this, [this] { query(SortChoice::Natural); });

    filters_ = new CaseFilterBar(this);
    filters_->setObjectName(QStringLiteral("filterBar"));
    // A typed assignee name is a filter too: the same pause before the list follows.
    auto *filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(200);
    connect(filters_, &CaseFilterBar::changed, filterTimer, qOverload<>(&QTimer::start));
    connect(filterTimer, &QTimer::timeout, this, [this] { query(SortChoice::Keep); });

    list_ = new CaseListView(this);
    list_->setObjectName(QStringLiteral("caseList"));
    list_->setAccessibleName(tr("Cases"));
    list_->setModel(model_);
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAlternatingRowColors(true);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setSelectionBehavior(QAbstractItemView::SelectRows);
    sizeColumns();
    list_->setSortingEnabled(true);
    connect(list_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    emit caseChosen(current.data(CaseListModel::CaseIdRole).toLongLong());
                }
            });
    connect(list_, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit caseActivated(index.data(CaseListModel::CaseIdRole).toLongLong());
    });
    connect(list_, &CaseListView::filesDropped, this, &CaseListPane::filesDropped);
    connect(model_, &CaseListModel::totalCountChanged, this, &CaseListPane::updateCount);
    connect(model_, &CaseListModel::errorOccurred, this, &CaseListPane::errorOccurred);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        collectAssignees();
        const int row = model_->rowOfCase(shownCase_);
        if (row >= 0) {
            // Selected again without telling anyone: the case is shown already.
            const QSignalBlocker blocker(list_->selectionModel());
            list_->setCurrentIndex(model_->index(row, 0));
        }
    });

    // An empty list says so inside the list, where the cases would be.
    empty_ = new QLabel(list_->viewport());
    empty_->setObjectName(QStringLiteral("caseListEmpty"));
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setForegroundRole(QPalette::PlaceholderText);
    empty_->setMargin(24);
    auto *emptyLayout = new QVBoxLayout(list_->viewport());
    emptyLayout->addWidget(empty_);

    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("caseCount"));
    count_->setAccessibleName(tr("Number of cases"));
    count_->setForegroundRole(QPalette::PlaceholderText);
    count_->setAlignment(Qt::AlignRight);

    layout->addWidget(search_);
    layout->addWidget(filters_);
    layout->addWidget(list_, 1);
    layout->addWidget(count_);
}

void CaseListPane::sizeColumns()
{
    // Wide enough for what the columns hold and for their titles, so that the subject, which
    // says most, gets the rest.
    QHeaderView *header = list_->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CaseListModel::Subject, QHeaderView::Stretch);
    const QFontMetrics metrics = list_->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    int statusWidth = 0;
    for (domain::CaseStatus status : domain::allStatuses()) {
        statusWidth =
            std::max(statusWidth, metrics.horizontalAdvance(domain::statusDisplayName(status)));
    }
    QFont bold = list_->font();
    bold.setBold(true);  // an overdue deadline is bold, beside its icon
    const int dateWidth = QFontMetrics(bold).horizontalAdvance(
                              QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat))
                          + 20 + padding;
    const auto fit = [&](int column, int contentWidth) {
        const QString title = model_->headerData(column, Qt::Horizontal).toString();
        const int titleWidth = header->fontMetrics().horizontalAdvance(title) + padding + 16;
        header->resizeSection(column, std::max(contentWidth, titleWidth));
    };
    fit(CaseListModel::Reference,
        metrics.horizontalAdvance(QStringLiteral("32.10-0000/2026")) + padding);
    fit(CaseListModel::Status, statusWidth + padding);
    fit(CaseListModel::Assignee, metrics.averageCharWidth() * 11);
    fit(CaseListModel::Deadline, dateWidth);
    fit(CaseListModel::Resubmission, dateWidth);
}

void CaseListPane::setScope(const Scope &scope)
{
    if (scope.workroomId != scope_.workroomId) {
        knownAssignees_.clear();
    }
    scope_ = scope;
    filters_->setFixedStatus(scope.status);
    filters_->setDueFixed(scope.due != CaseQuery::Due::Any, scope.fixedDueText);
    query(SortChoice::Natural);
}

void CaseListPane::refresh()
{
    model_->refresh();
}

void CaseListPane::reload()
{
    query(SortChoice::Keep);
}

void CaseListPane::focusSearch()
{
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
}

void CaseListPane::selectCase(qint64 caseId)
{
    shownCase_ = caseId;
    const int row = model_->rowOfCase(caseId);
    if (row < 0) {
        list_->selectionModel()->clearCurrentIndex();
        return;
    }
    {
        const QSignalBlocker blocker(list_->selectionModel());  // the caller shows the case
        list_->setCurrentIndex(model_->index(row, 0));
    }
    list_->scrollTo(model_->index(row, 0));
    list_->viewport()->update();
}

void CaseListPane::setDropsAllowed(bool allowed)
{
    list_->setDropsAllowed(allowed);
}

void CaseListPane::query(SortChoice sort)
{
    searchTimer_->stop();
    CaseQuery query;
    query.workroomId = scope_.workroomId;
    query.today = QDate::currentDate();
    query.due = scope_.due;
    filters_->applyTo(query);
    query.search = search_->text().trimmed();
    const CaseQuery &previous = model_->query();
    if (sort == SortChoice::Keep && previous.sort != CaseQuery::Sort::Relevance) {
        query.sort = previous.sort;
        query.order = previous.order;
    } else if (!query.search.isEmpty()) {
        query.sort = CaseQuery::Sort::Relevance;  // the best match first while searching
    } else {
        query.sort = scope_.naturalSort;
    }
    if (scope_.workroomId == 0) {
        query.workroomId = -1;  // no room: no cases, rather than the cases of every room
    }
    // The header shows the order; blocked, so that it does not ask the model to sort again.
    {
        const QSignalBlocker blocker(list_->header());
        list_->header()->setSortIndicator(CaseListModel::columnForSort(query.sort), query.order);
    }
    model_->setQuery(query);
    list_->viewport()->update();
}

void CaseListPane::updateCount()
{
    const int total = model_->totalCount();
    count_->setText(search_->text().trimmed().isEmpty() ? tr("%n case(s)", nullptr, total)
                                                        : tr("%n case(s) found", nullptr, total));
}

void CaseListPane::updateEmptyState()
{
    const bool empty = model_->rowCount() == 0;
    empty_->setVisible(empty);
    if (!empty) {
        return;
    }
    CaseQuery chosen;
    filters_->applyTo(chosen);
    const bool filtered =
        (!scope_.status && !chosen.statuses.isEmpty()) || !chosen.assignee.isEmpty()
        || (scope_.due == CaseQuery::Due::Any && chosen.due != CaseQuery::Due::Any);
    const QString search = search_->text().trimmed();
    if (scope_.workroomId == 0) {
        empty_->setText(tr("This profile has no workroom yet. Start Workroom with --demo to try "
                           "the demo workroom."));
    } else if (!search.isEmpty()) {
        empty_->setText(tr("No case matches “%1”.").arg(search));
    } else if (filtered) {
        empty_->setText(tr("No cases match the filters."));
    } else {
        empty_->setText(scope_.emptyText);
    }
}

void CaseListPane::collectAssignees()
{
    // The filter offers the names seen in the list and the user's own; any other name may be
    // typed. Reading every name of a large room only for this would cost more than it helps.
    QStringList names = knownAssignees_;
    if (!names.contains(actor_)) {
        names.append(actor_);
    }
    for (int row = 0; row < model_->rowCount(); ++row) {
        const QString name = model_->index(row, CaseListModel::Assignee).data().toString();
        if (!name.isEmpty() && !names.contains(name)) {
            names.append(name);
        }
    }
    names.sort(Qt::CaseInsensitive);
    if (names != knownAssignees_) {
        knownAssignees_ = names;
        filters_->setKnownAssignees(names);
    }
}

}  // namespace workroom::widgets
