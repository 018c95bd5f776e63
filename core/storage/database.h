#pragma once

#include "storageerror.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

struct sqlite3;
struct pg_cancel;

namespace Triplewin::Core {
class SqlDialect;
struct ServerAddress;
} // namespace Triplewin::Core

namespace Triplewin::Core {

/// Owns one named SQLite connection and the schema.
///
/// Opening checks the file before SQLite writes anything to it: a file that is not SQLite, is cut short, is
/// read-only or was written by a newer Triplewin is refused with a StorageError naming the file, and is never
/// migrated or overwritten. Opened databases use WAL with synchronous=FULL (a save that reported success
/// survives a crash or power loss) and foreign keys.
///
/// Threading: a Database and its connection belong to the thread that opened them. A worker thread creates its
/// own Database with another connection name.
class Database final
{
public:
    /// Schema version this build writes (PRAGMA user_version). Migrations run forward only.
    static constexpr int SchemaVersion = 14;
    /// PRAGMA application_id of Triplewin databases ("TWN1"), so another program's SQLite file is never
    /// mistaken for ours and migrated.
    static constexpr qint32 ApplicationId = 0x54574E31;

    explicit Database(QString connectionName = QStringLiteral("triplewin"));
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens or creates the database at @p path (created readable by its owner only), migrating an older
    /// schema. On error the Database stays closed and the file is unchanged.
    StorageError open(const QString &path);
    /// Opens an existing Triplewin database read-only, never migrating or writing it (a backup to check, a
    /// file to merge from). Refuses what open() refuses, and a newer schema.
    StorageError openForReading(const QString &path);
    /// Sets @p db up to open the database at @p path read-only, also in a folder the user cannot write to (then
    /// immutable). For every read-only connection: openForReading() and a merge's source.
    static void setReadOnly(QSqlDatabase &db, const QString &path, int busyTimeoutMs);
    /// True when the WAL or shared-memory file of @p path exists (before a read-only open, for tidyAfterReading()).
    static bool hasSideFiles(const QString &path);
    /// After a read-only connection to @p path was closed: a reader cannot remove the -wal and -shm files SQLite
    /// made for it. When they were not there before it opened (@p sideFilesBefore false), a short read-write
    /// connection lets SQLite remove them the safe way (the last connection to a WAL database checkpoints it, which
    /// changes nothing here, and deletes both); when another connection has the file open, or the file cannot be
    /// written, they stay.
    static void tidyAfterReading(const QString &path, bool sideFilesBefore);
    /// PRAGMA user_version of the open database: its schema; -1 when it cannot be read. Lower than SchemaVersion
    /// only after openForReading() of an older file.
    int schemaVersion() const;
    /// Replaces this database's content with the backup at @p backupPath, after saving the current content as
    /// a "before a restore" backup. The backup is checked first (a Triplewin database this version reads); an
    /// older schema is upgraded afterwards. On error the deals are as they were.
    StorageError restoreFrom(const QString &backupPath);
    /// A private in-memory database (tests, sandboxes).
    StorageError openInMemory();
    /// Opens the Triplewin schema on a team's PostgreSQL server (resources/server) as the login @p address names,
    /// with @p password when not empty (otherwise a prompt's caller, PGPASSWORD or ~/.pgpass). The repositories then
    /// work on it as on a file; the server decides what this login sees and may change. Refuses a server that is not
    /// set up yet (triplewin-cli server init) or whose schema is newer than this version knows; Kind::Unreachable
    /// when it cannot be reached.
    StorageError openServer(const ServerAddress &address, const QString &password = QString());
    /// A function that opens what this Database has open on another Database's connection: the same file, or the
    /// same server as the same login. Made on the thread that owns this one, run on any (a worker's connection).
    std::function<StorageError(Database &)> opener() const;
    /// opener() for a connection that only reads: a file is opened read-only (openForReading(): one moved away
    /// meanwhile is refused, never created anew or upgraded), a server as the same login.
    std::function<StorageError(Database &)> readingOpener() const;
    /// Opens the team server again as the same login, after its connection was lost (a save failed with
    /// Kind::Unreachable): a server restart, a network change or an administrator ending the session. Blocks for as
    /// long as the server takes to answer (connect_timeout): call it once the server is known to answer again
    /// (ServerWatch). On error the database stays closed to the server until the next call; Kind::Invalid when no
    /// server was open.
    StorageError reconnect();
    /// True when the open database is a team server (openServer()).
    bool isServer() const { return !m_server.isEmpty(); }
    /// What is open, for a title bar or a message: the file's path, or "login@host:port/database" of a server.
    QString displayName() const { return isServer() ? m_server : m_path; }
    void close();

    /// Called during a schema upgrade of an existing file, with how many of its @p total steps are done (the last
    /// call has done == total). On the thread that opens. A big file takes seconds: say so.
    void setUpgradeProgress(std::function<void(int done, int total)> progress)
    {
        m_upgradeProgress = std::move(progress);
    }
    /// The schema version of the Triplewin database at @p path, read without writing anything (0 for a file that is
    /// not there yet or empty); -1 when it cannot be read. For a caller that wants to show an upgrade before open().
    static int peekSchemaVersion(const QString &path);

    /// How long a statement waits for another connection's lock before failing with Kind::Busy (default 5 s);
    /// takes effect at the next open().
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    bool isOpen() const;
    /// The canonical path of the open file (":memory:" for an in-memory database).
    QString path() const { return m_path; }
    /// Whether another connection can open what this one has (opener()): a file or a team server, not a database in
    /// memory or none.
    bool canOpenAgain() const { return isServer() || !(m_path.isEmpty() || m_path == QLatin1String(":memory:")); }
    QString connectionName() const { return m_connectionName; }
    /// The connection, for repositories in core/storage only.
    QSqlDatabase connection() const;
    /// The sqlite3 handle behind connection(), for PreparedStatement's accelerator in core/storage only; nullptr
    /// when closed, or when Qt's driver uses another SQLite than the one Triplewin links (or
    /// TRIPLEWIN_SQLITE_ACCELERATOR=off, for tests of the other path): then all work goes through Qt SQL.
    sqlite3 *handle() const;
    /// How the database's engine spells what differs between engines (core/storage only).
    const SqlDialect &dialect() const;
    /// True once a connection found Qt's driver using another SQLite than Triplewin's: then nothing may open a
    /// database file with Triplewin's own sqlite3 while Qt's connections are open (Backups copies through Qt SQL).
    static bool driverHasOwnSqlite() { return s_driverHasOwnSqlite.load(); }
    /// Tests only: behave as on a Qt whose driver carries its own SQLite.
    static void setDriverHasOwnSqliteForTests(bool own) { s_driverHasOwnSqlite.store(own); }
    /// Stops the statement running on this connection (SQLITE_INTERRUPT; on a team server libpq's cancel request,
    /// which fails it with SQLSTATE 57014, Kind::Cancelled), from any thread; nothing when none runs or without the
    /// sqlite3 handle. Safe against the connection being closed or reopened meanwhile.
    void interrupt();

    /// Runs @p work inside BEGIN IMMEDIATE … COMMIT. When @p work returns an error, or COMMIT fails, the
    /// transaction is rolled back and that error returned. Nested calls are not supported.
    StorageError write(const std::function<StorageError()> &work);
    /// Runs @p work, which only reads, on one snapshot of the database: inside a read transaction (on a server one
    /// of repeatable-read isolation), or in the transaction already open. Its error is returned.
    StorageError read(const std::function<StorageError()> &work);
    /// Ends an open transaction without keeping its changes. Should ROLLBACK itself fail, the connection is closed
    /// (which rolls back) and opened again: it never stays inside a transaction.
    void rollback();
    /// True while the connection is inside a transaction.
    bool inTransaction();

    /// The merge identity of the database file at @p path whose database_info holds @p storedId and @p storedFile
    /// (the marker of the file the id was given to). A copy (cp, a file manager) keeps the original's id but is
    /// another file: it gets an identity of its own, derived from both, so merging the copy and the original both
    /// ways keeps their merge histories apart, and a copy merged before its first open is known by the same id it
    /// gets when opened. A file moved or renamed keeps its identity.
    static QString identityOf(const QString &path, const QString &storedId, const QString &storedFile);
    /// What tells this file from a copy of it: its inode (a copy is a new file; a rename keeps it).
    static QString fileMarker(const QString &path);

    /// The platform's default database file (under QStandardPaths::AppDataLocation).
    static QString defaultPath();

    /// Turns a statement's failure on this database into a StorageError with a plain-words message for @p action:
    /// by SQLite's result code for a file, by the SQLSTATE for a server (refused by its policies, connection lost…).
    StorageError failure(const QString &action, const QSqlError &driverError) const;
    /// The same from the driver's native code (SQLite's result code as text, or a SQLSTATE) and its text.
    StorageError failure(const QString &action, const QString &nativeCode, const QString &driverText) const;

    /// The same for the last error of @p query, on a file or a server as the query's driver says.
    static StorageError sqlError(const QString &action, const QSqlQuery &query);
    /// A server's failure, classified by its SQLSTATE @p nativeCode (empty: libpq lost the connection).
    static StorageError serverError(const QString &action, const QString &nativeCode, const QString &driverText);
    /// Turns the driver's last error into a StorageError with a plain-words message for @p action, classified by
    /// SQLite's result code (QSqlError::nativeErrorCode()), never by the wording of the message.
    static StorageError sqlError(const QString &action, const QSqlError &driverError);
    /// The same for SQLite's (extended) result code @p resultCode and message @p driverText.
    static StorageError sqlError(const QString &action, int resultCode, const QString &driverText);

private:
    StorageError openConnection(const QString &databaseName);
    StorageError migrate(int versionSeen);
    StorageError addNameKeys();
    StorageError ensureOwnIdentity();
    StorageError exec(const QString &statement);
    StorageError execAll(const QStringList &statements);
    StorageError readUserVersion(int *version);
    StorageError checkApplicationId(const QString &path);

    QString m_connectionName;
    QString m_path;
    QString m_server;                         ///< the server's display name while one is open
    std::unique_ptr<ServerAddress> m_address; ///< the server's address while one is open
    QString m_password;                       ///< the password it was opened with (in memory only), for opener()
    const SqlDialect *m_dialect = nullptr;
    bool m_inTransaction = false; ///< inside write() or read() on a server, whose driver cannot be asked
    int m_busyTimeoutMs = 5000;
    bool m_accelerated = false;
    static std::atomic<bool> s_driverHasOwnSqlite;
    std::mutex m_interruptMutex;
    sqlite3 *m_interruptHandle = nullptr; ///< guarded by m_interruptMutex
    pg_cancel *m_serverCancel = nullptr;  ///< libpq's PGcancel for the server's session; guarded by m_interruptMutex
    bool m_readOnly = false;
    bool m_sideFilesBefore = false; ///< for a read-only open: whether -wal or -shm were there before it
    std::function<void(int done, int total)> m_upgradeProgress;
};

/// A file's path for a message: absolute, with the system's separators.
QString displayPath(const QString &path);

} // namespace Triplewin::Core
