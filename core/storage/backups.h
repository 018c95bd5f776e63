#pragma once

#include "storageerror.h"

#include <atomic>
#include <QDateTime>
#include <QList>
#include <QString>

struct sqlite3;

namespace Triplewin::Core {

/// One backup of a deal database.
struct BackupFile
{
    enum class Reason
    {
        Daily,           ///< the rolling daily backup
        BeforeMigration, ///< taken before the schema was upgraded
        BeforeRestore,   ///< the state that a restore replaced
    };
    QString path;
    Reason reason = Reason::Daily;
    QDateTime created; ///< UTC, from the file name
    qint64 bytes = 0;
};

/// "daily backup", "before an upgrade", "before a restore" (translated).
QString backupReasonName(BackupFile::Reason reason);

/// Backups of a deal database, in a folder next to it ("deals.sqlite" → "deals.sqlite-backups/"), made with
/// SQLite's online backup API: a consistent copy even while another connection writes. The folder and the files
/// are readable by their owner only. Each call uses connections of its own, so a backup can run on a worker
/// thread while the app goes on.
class Backups final
{
public:
    /// Daily backups kept; older ones are deleted when a new one is made.
    static constexpr int DailyKept = 7;
    /// Backups taken before an upgrade, and before a restore, kept of each; older ones go when a new one is made.
    static constexpr int OthersKept = 3;
    /// How long a backup waits for a database that another connection keeps locked before it gives up.
    static constexpr int LockedDeadlineMs = 30000;

    static QString folderFor(const QString &databasePath);
    /// Copies @p databasePath into a new backup file for @p reason; returns its path. Older backups of the same
    /// reason beyond DailyKept or OthersKept are deleted.
    /// @p keep is never pruned (the backup a restore is about to read).
    static Expected<QString> create(const QString &databasePath, BackupFile::Reason reason,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                    const std::atomic<bool> *stop = nullptr, const QString &keep = {});
    /// Makes the daily backup unless one was already made on @p now's (local) day, then keeps only the newest
    /// DailyKept daily backups. Returns the new file's path, or an empty string when none was due.
    /// @p stop, when set to true from another thread, makes the copy give up (quitting the app).
    static Expected<QString> makeDailyIfDue(const QString &databasePath,
                                            const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                            const std::atomic<bool> *stop = nullptr);
    /// The backups of @p databasePath, newest first.
    static QList<BackupFile> list(const QString &databasePath);
    /// Copies the database at @p source to @p target (which must not exist yet) with the backup API. The copy is
    /// written under a temporary name and renamed to @p target only when complete: a copy cut short (a kill, a
    /// full disk) never sits under a backup's name.
    static StorageError copy(const QString &source, const QString &target, const std::atomic<bool> *stop = nullptr,
                             int lockedDeadlineMs = LockedDeadlineMs);
    /// Copies every page of the open database @p from into @p to with the backup API (what copy() and
    /// Database::restoreFrom() share), in batches, retrying while another connection holds a lock, for at most
    /// @p lockedDeadlineMs of waiting. Returns SQLite's message (or why it gave up) on failure, an empty string on
    /// success.
    static QString copyPages(sqlite3 *from, sqlite3 *to, const std::atomic<bool> *stop = nullptr,
                             int lockedDeadlineMs = LockedDeadlineMs);
};

} // namespace Triplewin::Core
