#pragma once

#include "storageerror.h"

#include <functional>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Triplewin::Core {

class Database;

/// A deal changed in both files since it was last merged (or never merged and different): the local copy was
/// left as it is and the user decides.
struct MergeConflict
{
    QString uuid;
    QString title; ///< the local title
    qint64 localRevision = 0;
    QDateTime localUpdatedAt; ///< UTC
    qint64 sourceRevision = 0;
    QDateTime sourceUpdatedAt; ///< UTC
    QString reason;            ///< plain words, translated
};

/// What one merge did. Counts are deals of the source file.
struct MergeReport
{
    QString sourcePath;     ///< canonical path of the source file
    QString sourceId;       ///< the source's identity in merge_log
    int added = 0;          ///< deals new here, copied with their uuid
    int updated = 0;        ///< changed only in the source since the last merge: the local copy now equals it
    int unchanged = 0;      ///< same content in both files
    int keptLocal = 0;      ///< changed only here since the last merge: the local copy was kept
    int skippedTrashed = 0; ///< in the source's trash and unknown here: not copied
    QList<MergeConflict> conflicts;
};

/// Brings the deals of another member's Triplewin file into the open database.
///
/// The source file is opened read-only through a connection of its own and never migrated or written; a file
/// that is not a Triplewin database, or has a newer (or pre-v4) schema, is refused with a message naming it.
/// Its bytes stay the same, and the -wal and -shm files SQLite makes for reading it are removed again when nobody
/// else has it open (Database::tidyAfterReading()).
/// Deals are matched by uuid. A new deal is copied with its options, assessments, closing record, events,
/// walk-away script and coaching notes. For a deal in both files, merge_log remembers the content last merged
/// from that source (by the source's database id; the source's own merge_log of what it took from this
/// database counts as well), so a deal changed only in the source is updated here, one changed only here is
/// kept, and one changed on both sides (or different and never merged) is a MergeConflict, left untouched.
/// Merging the same file again writes nothing. Coaching notes of the source that are missing here are added to known
/// deals too; walk-away scripts are not compared.
///
/// The whole merge is one write transaction on the target: on any error nothing of it is kept.
/// Threading: use it in the thread that opened @p target.
class MergeService final
{
public:
    explicit MergeService(Database &target);

    Expected<MergeReport> merge(const QString &sourcePath);
    /// Called before each deal of the source with how many are done of how many; returning false stops the merge,
    /// which then keeps nothing (Kind::Cancelled).
    void setProgress(std::function<bool(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }

    /// A copy of a database (Database::identityOf()) becomes a database of its own: each of its deals is recorded
    /// in its merge_log as merged from the original (@p originalId) as it is now, their common version. So a deal
    /// changed on one side only after the copy was made merges as an update either way, not as a conflict. Runs
    /// inside the caller's write transaction on @p copy.
    static StorageError rememberOriginal(Database &copy, const QString &originalId);

private:
    Database &m_target;
    std::function<bool(qint64 done, qint64 total)> m_progress;
};

} // namespace Triplewin::Core
