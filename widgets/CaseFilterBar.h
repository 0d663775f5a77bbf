#pragma once

#include "CaseRepository.h"

#include <QWidget>

class QComboBox;

namespace workroom::widgets {

// The filters above the case list: status, assignee and deadline. A view may fix one of them
// (the review queue shows cases in review, My day what is due), which then shows its fixed
// value and cannot be changed.
class CaseFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit CaseFilterBar(QWidget *parent = nullptr);

    // Writes the chosen filters into `query` (leaving fixed parts as the view set them).
    void applyTo(storage::CaseQuery &query) const;

    void setFixedStatus(std::optional<domain::CaseStatus> status);
    void setDueFixed(bool fixed, const QString &fixedText = {});
    // Names offered in the assignee filter; any other name may be typed.
    void setKnownAssignees(const QStringList &names);
    void clear();

signals:
    void changed();

private:
    QComboBox *status_ = nullptr;
    QComboBox *assignee_ = nullptr;
    QComboBox *due_ = nullptr;
    std::optional<domain::CaseStatus> fixedStatus_;
    bool dueFixed_ = false;
};

}  // namespace workroom::widgets
