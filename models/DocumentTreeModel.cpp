#include "DocumentTreeModel.h"

#include <QLocale>

namespace workroom::models {

namespace {

// Enough to tell versions apart at a glance; the tool tip has the whole hash.
constexpr int shortHashLength = 8;

}  // namespace

DocumentTreeModel::DocumentTreeModel(storage::CaseRepository &repository, QObject *parent)
    : QAbstractItemModel(parent), repository_(repository)
{
}

void DocumentTreeModel::setCase(qint64 caseId)
{
    if (caseId != caseId_) {
        signatures_.clear();  // another case's statuses must not show for a moment
    }
    caseId_ = caseId;
    refresh();
}

void DocumentTreeModel::setSignatures(QHash<qint64, QList<VersionSignature>> signatures)
{
    signatures_ = std::move(signatures);
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex document = index(row, 0);
        const int versions = rowCount(document);
        if (versions > 0) {
            emit dataChanged(index(0, Signatures, document),
                             index(versions - 1, Signatures, document));
        }
    }
}

QList<DocumentTreeModel::VersionSignature> DocumentTreeModel::signaturesOf(qint64 versionId) const
{
    return signatures_.value(versionId);
}

QString DocumentTreeModel::badgeKey(const QList<VersionSignature> &signatures)
{
    if (signatures.isEmpty()) {
        return {};
    }
    QString worst = signing::statusKey(signing::SignatureStatus::Valid);
    for (const VersionSignature &signature : signatures) {
        if (!signature.checked) {
            return QStringLiteral("checking");
        }
        if (!signature.check.problem.isEmpty()) {
            worst = QStringLiteral("unchecked");
        } else if (!signature.check.result.isValid()
                   && worst == signing::statusKey(signing::SignatureStatus::Valid)) {
            worst = signing::statusKey(signature.check.result.status);
        }
    }
    return worst;
}

QVariant DocumentTreeModel::signatureData(const domain::DocumentVersion &version, int role) const
{
    const QList<VersionSignature> signatures = signatures_.value(version.id);
    const QString key = badgeKey(signatures);
    if (role == SignatureStatusRole) {
        return key;
    }
    if (key.isEmpty()) {
        return {};
    }
    QString label;
    if (key == QLatin1StringView("checking")) {
        label = tr("Checking…");
    } else if (key == QLatin1StringView("unchecked")) {
        label = tr("Not checked");
    } else {
        label = signing::statusLabel(*signing::statusFromKey(key));
    }
    if (role == Qt::DisplayRole) {
        return signatures.size() > 1 ? tr("%1 (%2)").arg(label).arg(signatures.size()) : label;
    }
    if (role == Qt::AccessibleTextRole) {
        return tr("%n signature(s): %1", nullptr, int(signatures.size())).arg(label);
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const VersionSignature &signature : signatures) {
            const storage::SignatureRecord &record = signature.check.record;
            QString state = tr("checking…");
            if (signature.checked) {
                state = signature.check.problem.isEmpty()
                            ? signing::statusLabel(signature.check.result.status)
                            : tr("not checked: %1").arg(signature.check.problem);
            }
            const QString what = signature.embedded
                                     ? tr("Embedded in the PDF")
                                     : storage::signatureRoleDisplayName(record.role);
            lines.append(tr("%1 by %2: %3").arg(what, record.signerName, state));
        }
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

void DocumentTreeModel::refresh()
{
    QList<domain::Document> documents;
    if (caseId_ != 0) {
        auto read = repository_.documents(caseId_);
        if (read) {
            documents = std::move(*read);
        } else {
            emit errorOccurred(read.error().message);
        }
    }
    beginResetModel();
    documents_ = std::move(documents);
    endResetModel();
}

std::optional<domain::DocumentVersion> DocumentTreeModel::versionAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return std::nullopt;
    }
    if (isVersion(index)) {
        return documents_.at(qsizetype(index.internalId() - 1)).versions.at(index.row());
    }
    const domain::Document &document = documents_.at(index.row());
    if (document.versions.isEmpty()) {
        return std::nullopt;
    }
    return document.versions.last();
}

QModelIndex DocumentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, quintptr(0));
    }
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DocumentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !isVersion(child)) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DocumentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(documents_.size());
    }
    if (isVersion(parent) || parent.column() != 0) {
        return 0;
    }
    return int(documents_.at(parent.row()).versions.size());
}

int DocumentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DocumentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (!isVersion(index)) {
        const domain::Document &document = documents_.at(index.row());
        if (role == VersionIdRole) {
            return document.versions.isEmpty() ? QVariant() : document.versions.last().id;
        }
        if (index.column() != Name) {
            return {};
        }
        if (role == Qt::DisplayRole) {
            return tr("%1 (%2)").arg(document.title,
                                     domain::documentKindDisplayName(document.kind));
        }
        if (role == Qt::ToolTipRole) {
            return tr("%1: %n version(s)", nullptr, int(document.versions.size()))
                .arg(document.title);
        }
        return {};
    }
    const domain::DocumentVersion &version =
        documents_.at(qsizetype(index.internalId() - 1)).versions.at(index.row());
    if (role == VersionIdRole) {
        return version.id;
    }
    if (index.column() == Signatures) {
        return signatureData(version, role);
    }
    const QDateTime added = version.addedAt.toLocalTime();
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Sha256:
            return version.sha256;  // the whole hash, to compare with a signature or a copy
        case AddedAt:
            return QLocale().toString(added, QLocale::LongFormat);
        default:
            break;
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == Sha256) {
        return tr("SHA-256 beginning %1").arg(version.sha256.left(shortHashLength));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return version.originalFileName;
    case Version:
        return version.number;
    case Size:
        return QLocale().formattedDataSize(version.size);
    case AddedAt:
        return QLocale().toString(added.date(), QLocale::ShortFormat);
    case AddedBy:
        return version.addedBy;
    case Sha256:
        return version.sha256.left(shortHashLength);
    default:
        return {};
    }
}

QVariant DocumentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Document / file");
    case Version:
        return tr("Version");
    case Signatures:
        return tr("Signatures");
    case Size:
        return tr("Size");
    case Sha256:
        return tr("SHA-256");
    case AddedAt:
        return tr("Added");
    case AddedBy:
        return tr("Added by");
    default:
        return {};
    }
}

}  // namespace workroom::models
