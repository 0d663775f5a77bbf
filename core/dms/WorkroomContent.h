#pragma once

#include "DmsError.h"
#include "ImmutableFile.h"

#include <QList>

namespace workroom::storage {
class BlobStore;
class Database;
}  // namespace workroom::storage

namespace workroom::dms {

// The immutable files of one workroom as the sync uploads them: every document version and
// every signature, read from the workroom database, with their bytes in the blob store. A file
// held by two documents of one case is listed once (its name is its content).
Result<QList<ImmutableFile>> immutableFilesOf(storage::Database &database,
                                              const storage::BlobStore &blobs, qint64 workroomId);

}  // namespace workroom::dms
