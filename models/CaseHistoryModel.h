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

    // Also shows what other computers did to the case, as their audit segments brought it
    // (storage::RemoteAuditLog in `database`), interleaved by time under their own actor.
    void setRemoteHistory(storage::Database *database) { remoteDatabase_ = database; }

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
    storage::Database *remoteDatabase_ = nullptr;
    QList<storage::AuditEntry> entries_;  // newest first
    QList<bool> fromElsewhere_;           // per entry: written on another computer
};

}  // namespace workroom::models
