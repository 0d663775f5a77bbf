#pragma once

#include "CaseRepository.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTimer;

namespace workroom::models {
class CaseListModel;
}

namespace workroom::widgets {

class CaseFilterBar;
class CaseListView;

// The case list of a view: the search field (search as you type), the filters, the list with
// its lazily loaded rows, how many cases there are, and what an empty list means. It builds
// the CaseQuery from the view's scope, the filters and the search words.
class CaseListPane : public QWidget {
    Q_OBJECT

public:
    // What a view shows: the fixed parts of its query, its natural order, and what it says
    // when it has nothing to show.
    struct Scope {
        qint64 workroomId = 0;  // 0: there is no workroom, so no cases
        storage::CaseQuery::Due due = storage::CaseQuery::Due::Any;
        QString fixedDueText;  // the due filter's text when the view fixes `due`
        std::optional<domain::CaseStatus> status;
        storage::CaseQuery::Sort naturalSort = storage::CaseQuery::Sort::Reference;
        QString emptyText;
    };

    CaseListPane(storage::CaseRepository &repository, QString actor, QWidget *parent = nullptr);

    models::CaseListModel *model() const { return model_; }
    CaseListView *view() const { return list_; }

    // Shows the cases of another view or room, in its natural order (relevance while searching).
    void setScope(const Scope &scope);
    // Reads the rows again after a change, keeping the order and the selection.
    void refresh();
    // Queries again (a case was added): the same filters and order.
    void reload();
    void focusSearch();
    // Selects the case's row if the list has it loaded, else clears the selection.
    void selectCase(qint64 caseId);
    // The case shown beside the list: its row stays selected when the list is reloaded.
    void setShownCase(qint64 caseId) { shownCase_ = caseId; }
    void setDropsAllowed(bool allowed);

signals:
    void caseChosen(qint64 caseId);
    void caseActivated(qint64 caseId);
    void filesDropped(qint64 caseId, const QStringList &paths);
    void errorOccurred(const QString &message);

private:
    enum class SortChoice { Keep, Natural };

    void query(SortChoice sort);
    void sizeColumns();
    void updateCount();
    void updateEmptyState();
    void collectAssignees();

    QString actor_;
    Scope scope_;
    qint64 shownCase_ = 0;
    models::CaseListModel *model_ = nullptr;
    QLineEdit *search_ = nullptr;
    QTimer *searchTimer_ = nullptr;
    CaseFilterBar *filters_ = nullptr;
    CaseListView *list_ = nullptr;
    QLabel *empty_ = nullptr;
    QLabel *count_ = nullptr;
    QStringList knownAssignees_;
};

}  // namespace workroom::widgets
