#pragma once

#include "CaseRepository.h"

#include <QAbstractItemModel>

#include <optional>

namespace workroom::models {

// The documents of one case as a tree: each document (title and kind) with its immutable
// versions beneath it (file name, number, size, when and by whom added, SHA-256).
class DocumentTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Name, Version, Size, AddedAt, AddedBy, Sha256, ColumnCount };
    static constexpr int VersionIdRole = Qt::UserRole;

    explicit DocumentTreeModel(storage::CaseRepository &repository, QObject *parent = nullptr);

    // Shows the documents of `caseId` (0: nothing).
    void setCase(qint64 caseId);
    void refresh();
    qint64 caseId() const { return caseId_; }
    int documentCount() const { return int(documents_.size()); }

    // The version a row stands for; a document row stands for its latest version.
    std::optional<domain::DocumentVersion> versionAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    // A version row's internal id is its document's row + 1; a document row's is 0.
    static bool isVersion(const QModelIndex &index) { return index.internalId() != 0; }

    storage::CaseRepository &repository_;
    qint64 caseId_ = 0;
    QList<domain::Document> documents_;
};

}  // namespace workroom::models
