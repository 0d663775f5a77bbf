#pragma once

#include "CaseRepository.h"

#include <QAbstractTableModel>

namespace workroom::models {

// The audit entries of one case, newest first, with readable names for what was done.
class CaseHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Who, What, Details, ColumnCount };

    explicit CaseHistoryModel(storage::CaseRepository &repository, QObject *parent = nullptr);

    // Shows the history of `caseId` (0: nothing).
    void setCase(qint64 caseId);
    void refresh();
    qint64 caseId() const { return caseId_; }

    // "Case edited" for "case.update"; the key itself for actions this build does not know.
    static QString actionName(const QString &action);
    // What an entry changed, in words: "Subject: "Old" → "New"".
    static QString describe(const storage::AuditEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    storage::CaseRepository &repository_;
    qint64 caseId_ = 0;
    QList<storage::AuditEntry> entries_;  // newest first
};

}  // namespace workroom::models
