#pragma once

#include "CaseRepository.h"
#include "SignatureService.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>

namespace workroom::models {

// The documents of one case as a tree: each document (title and kind) with its immutable
// versions beneath it (file name, number, a badge for the version's signatures, size, when and
// by whom added, SHA-256). The signatures and their statuses are handed in (checking them is
// slow and runs elsewhere); the badge says in words what it shows, the view adds an icon.
class DocumentTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Name, Version, Signatures, Size, AddedAt, AddedBy, Sha256, ColumnCount };
    static constexpr int VersionIdRole = Qt::UserRole;
    // On the Signatures column of a version: the status key of its signatures taken together
    // ("valid", "document_changed", … as signing::statusKey; "checking" while any is being
    // checked, "unchecked" when one could not be checked; empty without signatures).
    static constexpr int SignatureStatusRole = Qt::UserRole + 1;

    // One stored signature of a version, with its status once it has been checked.
    struct VersionSignature {
        casework::SignatureCheck check;
        bool checked = false;
        // A signature inside the PDF itself (a signature field), not a stored CMS file. Its
        // record is made up from the check: it has no id, role or origin of its own.
        bool embedded = false;
        bool coversWholeFile = true;  // embedded only: false when the file was changed after
    };
    // The signatures of the case's versions, by version id (replaces what was there).
    void setSignatures(QHash<qint64, QList<VersionSignature>> signatures);
    QList<VersionSignature> signaturesOf(qint64 versionId) const;
    // The status key the badge of these signatures shows (see SignatureStatusRole).
    static QString badgeKey(const QList<VersionSignature> &signatures);

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
    QVariant signatureData(const domain::DocumentVersion &version, int role) const;

    QList<domain::Document> documents_;
    QHash<qint64, QList<VersionSignature>> signatures_;
};

}  // namespace workroom::models
