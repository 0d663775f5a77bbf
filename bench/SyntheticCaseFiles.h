#pragma once

#include "CaseRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace workroom::bench {

// One version of a synthetic document, ready for BlobStore::importBytes and
// CaseRepository::addDocumentVersion.
struct SyntheticVersion {
    QByteArray bytes;  // distinct for every version: the blob store is content-addressed
    QString mimeType;
    QString fileName;
    QString text;  // what text extraction would give; empty for kinds without text
    QString textState;
};

struct SyntheticDocument {
    QString title;
    domain::DocumentKind kind = domain::DocumentKind::Attachment;
    QList<SyntheticVersion> versions;  // oldest first
};

struct SyntheticCase {
    domain::CaseRecord draft;  // workroomId left 0: the caller's room
    QList<domain::Party> parties;
    QString clerk;
    QList<SyntheticDocument> documents;
};

// Synthetic case files of a German citizens' office (Bürgeramt) at workroom scale: registration,
// passports, trade licences, dog tax, housing benefit, building permits. Names, streets and
// towns are drawn from common German names and Saarland towns, so the full-text index sees a
// realistic vocabulary with umlauts and ß; every value comes from a fixed seed and the case's
// index, so two runs (and the sqlite3 floor built from a run) hold the same data.
class SyntheticCaseFiles {
public:
    // How many document versions case `index` carries: 3, 1, 4, 2, 5 in turn, so that every
    // five cases hold fifteen versions (100,000 cases give 300,000 versions).
    static int versionsOfCase(int index);

    // Case `index`: its draft, one or two parties and its documents. The first document is the
    // citizen's application, a real one-page PDF whose text (about 2 KB) goes to the index;
    // the others are notice drafts and attachments: small distinct byte strings without text.
    static SyntheticCase makeCase(int index, QDate today);

    // The pages of a long text PDF (a building application with its attachments) of about
    // `targetBytes` once written by SimplePdf: what a clerk imports from a scanner or a portal.
    static QByteArray longPdf(int index, qsizetype targetBytes);

    // Two-word queries of the kinds a clerk types: a name and given name, a name and a topic,
    // a street and a town, spelt without umlauts (Mueller), and one word plus the first
    // letters of the next while searching as she types.
    struct Query {
        QString text;
        QString kind;  // for the table: which kind of query it is
    };
    static QList<Query> queries(int count);
};

}  // namespace workroom::bench
