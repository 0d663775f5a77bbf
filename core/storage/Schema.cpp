// The schema, one script a version. Never edit a released step: add the next one.
#include "Database.h"

namespace workroom::storage {

QStringList Database::migrationScripts()
{
    return {
        // 1: workrooms, cases, parties, notes, documents and their versions, the audit chain.
        QStringLiteral(R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE workroom (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    reference_pattern TEXT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE case_file (
    id INTEGER PRIMARY KEY,
    workroom_id INTEGER NOT NULL REFERENCES workroom(id) ON DELETE CASCADE,
    reference TEXT NOT NULL,
    file_plan_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    subject TEXT NOT NULL,
    status TEXT NOT NULL,
    assignee TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    resubmission TEXT,
    tags TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    UNIQUE (workroom_id, reference),
    UNIQUE (workroom_id, file_plan_code, year, sequence)
);
CREATE INDEX case_file_by_deadline ON case_file(workroom_id, deadline);
CREATE INDEX case_file_by_resubmission ON case_file(workroom_id, resubmission);
CREATE INDEX case_file_by_status ON case_file(workroom_id, status);
CREATE TABLE party (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'company')),
    role TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    company_name TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT ''
);
CREATE INDEX party_by_case ON party(case_id);
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX note_by_case ON note(case_id);
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX document_by_case ON document(case_id);
CREATE TABLE document_version (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL,
    mime_type TEXT NOT NULL,
    original_name TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    UNIQUE (document_id, number)
);
CREATE INDEX document_version_by_sha ON document_version(sha256);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    workroom_id INTEGER,
    case_id INTEGER,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_by_case ON audit(case_id);
)sql"),
        // 2: full-text search. Rows are keyed by rowid = source id * 4 + source kind (see
        // SearchIndex), so that one row is replaced without scanning. The text is stored
        // folded (ß → ss); unicode61 removes the diacritics (ä → a).
        QStringLiteral(R"sql(
CREATE VIRTUAL TABLE search USING fts5(
    title, body, case_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE document_text (
    version_id INTEGER PRIMARY KEY REFERENCES document_version(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    chars INTEGER NOT NULL DEFAULT 0
);
)sql"),
        // 3: what the benchmark at 100,000 cases asked for. An index in reference order, so
        // that "All cases" reads its first page instead of sorting the whole table; and the
        // search table rebuilt with prefix indexes, so that a short prefix ("be*") no longer
        // merges every term that starts with it.
        QStringLiteral(R"sql(
CREATE INDEX case_file_by_reference ON case_file(workroom_id, year, file_plan_code, sequence);
CREATE VIRTUAL TABLE search_v3 USING fts5(
    title, body, case_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO search_v3 (rowid, title, body, case_id) SELECT rowid, title, body, case_id FROM search;
DROP TABLE search;
ALTER TABLE search_v3 RENAME TO search;
)sql"),
        // 4: electronic signatures. Each is an immutable CMS file in the blob store beside the
        // version it signs: detached (.p7s) or, as received, enveloped (.p7m, which carries the
        // version's bytes itself). One signer signs a version at most once in each role.
        QStringLiteral(R"sql(
CREATE TABLE signature (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES document_version(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('signed', 'co_signed', 'final')),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    format TEXT NOT NULL CHECK (format IN ('detached', 'enveloped')),
    signer_name TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL CHECK (length(signer_fingerprint) = 64),
    signing_time TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('local', 'imported')),
    UNIQUE (version_id, role, signer_fingerprint)
);
CREATE INDEX signature_by_sha ON signature(sha256);
)sql"),
        // 5: register queries. The offline queue holds queries the user chose to send later
        // (the search data stay only until sent or removed); register_job lists the bulk jobs
        // submitted from this workroom with their expiry, since the service lists none.
        QStringLiteral(R"sql(
CREATE TABLE register_queue (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('simple', 'authority')),
    request TEXT NOT NULL,
    client_request_id TEXT NOT NULL UNIQUE,
    actor TEXT NOT NULL,
    workroom_id INTEGER,
    case_id INTEGER,
    queued_at TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE TABLE register_job (
    service TEXT NOT NULL,
    job_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    workroom_id INTEGER,
    case_id INTEGER,
    case_reference TEXT NOT NULL,
    purpose TEXT NOT NULL,
    state TEXT NOT NULL,
    total INTEGER NOT NULL,
    processed INTEGER NOT NULL,
    submitted_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (service, job_id)
);
)sql"),
        // 6: audit entries of other computers, imported from their segments on the DMS
        // (docs/dms-layout.md). The origin's workroom and case ids are kept because its hashes
        // cover them; case_id is this database's case, resolved by caseUid or reference (NULL
        // until the case exists here). One row per client and sequence number: reruns add none.
        QStringLiteral(R"sql(
CREATE TABLE audit_remote (
    id INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    workroom_id INTEGER NOT NULL REFERENCES workroom(id) ON DELETE CASCADE,
    origin_workroom_id INTEGER NOT NULL,
    origin_case_id INTEGER NOT NULL,
    case_uid TEXT NOT NULL DEFAULT '',
    case_ref TEXT NOT NULL DEFAULT '',
    case_id INTEGER REFERENCES case_file(id) ON DELETE SET NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (client_id, seq)
);
CREATE INDEX audit_remote_by_case ON audit_remote(case_id);
CREATE INDEX audit_remote_by_ref ON audit_remote(workroom_id, case_ref);
)sql"),
    };
}

}  // namespace workroom::storage
