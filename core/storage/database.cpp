#include "database.h"

#include "../domain/deal.h"
#include "backups.h"
#include "mergeservice.h"
#include "schema.h"
#include "sqldialect.h"
#include "teamserver.h"

#include <libpq-fe.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>
#include <QUrl>
#include <QUuid>
#include <sqlite3.h>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

Q_LOGGING_CATEGORY(lcStorage, "triplewin.core.storage", QtInfoMsg)

namespace Triplewin::Core {

std::atomic<bool> Database::s_driverHasOwnSqlite{false};

namespace {

StorageError error(StorageError::Kind kind, const QString &message, const QString &detail = {})
{
    return StorageError{kind, message, detail};
}

constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);
constexpr int HeaderSize = 100;

/// Looks at the first page header without SQLite, so nothing is ever written to a file that is not ours.
StorageError checkExistingFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(StorageError::Kind::CannotOpen,
                     QCoreApplication::translate("Triplewin::Core::Database", "Triplewin cannot read “%1”: %2.")
                         .arg(displayPath(path), file.errorString()));
    const qint64 size = file.size();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (size == 0) {
        // An empty file is an empty database, unless a WAL beside it holds pages: SQLite would take the file for a
        // new database and delete that WAL, the only copy of what it holds.
        if (wal.exists() && wal.size() > 0)
            return error(StorageError::Kind::Corrupt,
                         QCoreApplication::translate("Triplewin::Core::Database",
                                                     "“%1” is empty, but “%2” beside it holds %3 bytes of changes "
                                                     "that belong to a database. Triplewin left both files as they "
                                                     "are: restore the database from a backup, or move both away.")
                             .arg(displayPath(path), QDir::toNativeSeparators(wal.absoluteFilePath()))
                             .arg(wal.size()));
        return {};
    }
    const QByteArray header = file.read(HeaderSize);
    if (!header.startsWith(SqliteMagic.first(std::min<qsizetype>(header.size(), SqliteMagic.size())))) {
        return error(StorageError::Kind::NotADatabase,
                     QCoreApplication::translate("Triplewin::Core::Database",
                                                 "“%1” is not a Triplewin database (it is not an SQLite file). "
                                                 "Choose another file; this one was left as it is.")
                         .arg(displayPath(path)));
    }
    const QString truncated = QCoreApplication::translate(
        "Triplewin::Core::Database",
        "“%1” is cut short (%2 bytes where its header promises more), for example by an interrupted copy "
        "or a full disk. It was left as it is; restore it from a backup.");
    if (header.size() < HeaderSize)
        return error(StorageError::Kind::Truncated, truncated.arg(displayPath(path)).arg(size));

    // The in-header page count is valid when "version-valid-for" equals the change counter. A WAL file next
    // to the database may still hold pages of an interrupted checkpoint, so only check without one.
    const auto be32 = [&header](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const qint64 pageCount = be32(28);
    const bool countValid = be32(24) == be32(92);
    if (countValid && (!wal.exists() || wal.size() == 0) && pageSize >= 512 && size < pageSize * pageCount)
        return error(StorageError::Kind::Truncated, truncated.arg(displayPath(path)).arg(size));
    return {};
}

bool hasWritePermission(const QFileInfo &info)
{
    // Permission bits, not access(2) alone: running as root must not make a read-only file writable to us.
    // QFile::WriteUser comes from access(2), which always says yes to root, so a file without any write bit is
    // read-only whoever we are; otherwise access(2) decides.
    const QFile::Permissions bits = info.permissions();
    return (bits & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)) && (bits & QFile::WriteUser);
}

StorageError prepareFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return error(
                StorageError::Kind::CannotOpen,
                QCoreApplication::translate("Triplewin::Core::Database", "“%1” is a folder, not a database file.")
                    .arg(displayPath(path)));
        if (StorageError headerError = checkExistingFile(path))
            return headerError;
        if (!hasWritePermission(info))
            return error(StorageError::Kind::ReadOnly,
                         QCoreApplication::translate("Triplewin::Core::Database",
                                                     "“%1” is read-only, so Triplewin cannot save deals in it. "
                                                     "Make the file writable or choose another one.")
                             .arg(displayPath(path)));
        return {};
    }
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return error(
            StorageError::Kind::CannotOpen,
            QCoreApplication::translate("Triplewin::Core::Database", "Triplewin cannot create the folder “%1”.")
                .arg(QDir::toNativeSeparators(folder)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        const bool folderReadOnly = !hasWritePermission(QFileInfo(folder));
        return error(folderReadOnly ? StorageError::Kind::ReadOnly : StorageError::Kind::CannotOpen,
                     QCoreApplication::translate("Triplewin::Core::Database", "Triplewin cannot create “%1”: %2.")
                         .arg(displayPath(path), file.errorString()));
    }
    return {};
}

} // namespace

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/triplewin.sqlite");
}

StorageError Database::sqlError(const QString &action, const QSqlError &driverError)
{
    bool numeric = false;
    const int code = driverError.nativeErrorCode().toInt(&numeric);
    return sqlError(action, numeric ? code : SQLITE_ERROR, driverError.text());
}

StorageError Database::sqlError(const QString &action, int resultCode, const QString &driverText)
{
    if (resultCode == SQLITE_CONSTRAINT_UNIQUE || resultCode == SQLITE_CONSTRAINT_PRIMARYKEY)
        return error(
            StorageError::Kind::Duplicate,
            QCoreApplication::translate("Triplewin::Core::Database", "%1: the database reported an error.").arg(action),
            driverText);
    switch (resultCode & 0xff) { // the primary code of an extended one
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return error(StorageError::Kind::Busy,
                     QCoreApplication::translate("Triplewin::Core::Database",
                                                 "%1: another program or Triplewin window is using the database and "
                                                 "kept it locked. Close it or wait for it to finish, then try again.")
                         .arg(action),
                     driverText);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return error(
            StorageError::Kind::ReadOnly,
            QCoreApplication::translate("Triplewin::Core::Database", "%1: the database file cannot be written.")
                .arg(action),
            driverText);
    case SQLITE_CORRUPT:
        return error(
            StorageError::Kind::Corrupt,
            QCoreApplication::translate("Triplewin::Core::Database", "%1: the database file is damaged.").arg(action),
            driverText);
    case SQLITE_NOTADB:
        return error(StorageError::Kind::NotADatabase,
                     QCoreApplication::translate("Triplewin::Core::Database", "%1: the file is not an SQLite database.")
                         .arg(action),
                     driverText);
    case SQLITE_FULL:
        return error(StorageError::Kind::Sql,
                     QCoreApplication::translate("Triplewin::Core::Database",
                                                 "%1: the disk is full. Free some space, then try again; nothing "
                                                 "already saved was changed.")
                         .arg(action),
                     driverText);
    case SQLITE_INTERRUPT:
        return error(
            StorageError::Kind::Cancelled,
            QCoreApplication::translate("Triplewin::Core::Database", "%1: cancelled; nothing was changed.").arg(action),
            driverText);
    default:
        return error(
            StorageError::Kind::Sql,
            QCoreApplication::translate("Triplewin::Core::Database", "%1: the database reported an error.").arg(action),
            driverText);
    }
}

StorageError Database::failure(const QString &action, const QSqlError &driverError) const
{
    return failure(action, driverError.nativeErrorCode(), driverError.text());
}

StorageError Database::failure(const QString &action, const QString &nativeCode, const QString &driverText) const
{
    if (isServer())
        return serverError(action, nativeCode, driverText);
    bool numeric = false;
    const int code = nativeCode.toInt(&numeric);
    return sqlError(action, numeric ? code : SQLITE_ERROR, driverText);
}

StorageError Database::sqlError(const QString &action, const QSqlQuery &query)
{
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        return serverError(action, query.lastError().nativeErrorCode(), query.lastError().text());
    return sqlError(action, query.lastError());
}

StorageError Database::serverError(const QString &action, const QString &nativeCode, const QString &driverText)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Triplewin::Core::Database", text); };
    const QString detail =
        nativeCode.isEmpty() ? driverText : QStringLiteral("%1 [SQLSTATE %2]").arg(driverText, nativeCode);
    const QString serverClass = nativeCode.left(2);
    // libpq's own failures carry no SQLSTATE: the connection is gone.
    if (nativeCode.isEmpty() || serverClass == u"08" || (serverClass == u"57" && nativeCode != u"57014"))
        return error(
            StorageError::Kind::Unreachable,
            tr("%1: the connection to the team server was lost. Nothing of this was saved on the server.").arg(action),
            detail);
    if (nativeCode == u"57014")
        return error(StorageError::Kind::Cancelled, tr("%1: cancelled; nothing was changed.").arg(action), detail);
    if (nativeCode == u"40001" || nativeCode == u"40P01" || nativeCode == u"55P03")
        return error(StorageError::Kind::Busy,
                     tr("%1: someone else was changing the same rows on the team server at the same moment. Nothing "
                        "was changed; try again.")
                         .arg(action),
                     detail);
    if (nativeCode == u"42501")
        return error(StorageError::Kind::Refused,
                     tr("%1: the team server does not allow your login to do this (a deal is changed only by the "
                        "salesperson it belongs to). Nothing was changed.")
                         .arg(action),
                     detail);
    if (nativeCode == u"23505")
        return error(StorageError::Kind::Duplicate, tr("%1: the team server reported an error.").arg(action), detail);
    if (nativeCode == u"53100")
        return error(
            StorageError::Kind::Sql,
            tr("%1: the team server's disk is full. Nothing was changed; tell whoever runs the server.").arg(action),
            detail);
    return error(StorageError::Kind::Sql, tr("%1: the team server reported an error.").arg(action), detail);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::interrupt()
{
    const std::lock_guard<std::mutex> lock(m_interruptMutex);
    if (m_interruptHandle)
        sqlite3_interrupt(m_interruptHandle);
    if (m_serverCancel) {
        // libpq: "PQcancel can be invoked from a thread separate from the one manipulating the PGconn".
        char why[256];
        if (!PQcancel(m_serverCancel, why, sizeof why))
            qCWarning(lcStorage) << "the team server did not take the cancel request:" << why;
    }
}

void Database::close()
{
    {
        const std::lock_guard<std::mutex> lock(m_interruptMutex);
        m_interruptHandle = nullptr;
        if (m_serverCancel)
            PQfreeCancel(m_serverCancel);
        m_serverCancel = nullptr;
    }
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_readOnly && !m_path.isEmpty())
        tidyAfterReading(m_path, m_sideFilesBefore);
    m_readOnly = false;
    m_path.clear();
    m_server.clear();
    m_address.reset();
    m_password.clear();
    m_inTransaction = false;
}

std::function<StorageError(Database &)> Database::opener() const
{
    if (isServer()) {
        return [address = *m_address, password = m_password](Database &database) {
            return database.openServer(address, password);
        };
    }
    return [path = m_path](Database &database) { return database.open(path); };
}

std::function<StorageError(Database &)> Database::readingOpener() const
{
    if (isServer())
        return opener();
    return [path = m_path](Database &database) { return database.openForReading(path); };
}

StorageError Database::reconnect()
{
    if (!m_address)
        return error(StorageError::Kind::Invalid,
                     QCoreApplication::translate("Triplewin::Core::Database", "No team server was open."));
    const ServerAddress address = *m_address;
    const QString password = m_password;
    const StorageError result = openServer(address, password);
    if (result) { // still the server, whose statements fail as unreachable until the next call succeeds
        m_server = address.displayName();
        m_address = std::make_unique<ServerAddress>(address);
        m_password = password;
    }
    return result;
}

StorageError Database::openServer(const ServerAddress &address, const QString &password)
{
    close();
    const Expected<int> version = TeamServer::connect(m_connectionName, address, password);
    if (!version.ok())
        return version.error();
    if (version.value() == 0) {
        close();
        return error(StorageError::Kind::NotADatabase,
                     QCoreApplication::translate("Triplewin::Core::Database",
                                                 "The team server %1 has no Triplewin tables yet. Whoever runs it sets "
                                                 "them up once with “triplewin-cli server init”.")
                         .arg(address.displayName()));
    }
    if (version.value() < TeamServer::SchemaVersion) {
        close();
        return error(StorageError::Kind::NotADatabase,
                     QCoreApplication::translate("Triplewin::Core::Database",
                                                 "The team server %1 was set up by an older version of Triplewin "
                                                 "(server schema %2; this version needs %3). Nothing was changed: "
                                                 "whoever runs it upgrades it in place with “triplewin-cli server "
                                                 "init”, which keeps every deal.")
                         .arg(address.displayName())
                         .arg(version.value())
                         .arg(TeamServer::SchemaVersion));
    }
    // PostgreSQL's own choice between a plan per run and one generic plan, whatever the server's configuration says:
    // PreparedStatement prepares a statement again now and then, so that a generic plan chosen while the tables were
    // empty does not outlive their growth (force_custom_plan, planning every run, made writes five times slower).
    QSqlQuery settings(connection());
    if (!settings.exec(QStringLiteral("SET plan_cache_mode = auto"))) {
        const StorageError result =
            serverError(QCoreApplication::translate("Triplewin::Core::Database", "Cannot use the team server."),
                        settings.lastError().nativeErrorCode(), settings.lastError().text());
        settings = QSqlQuery();
        close();
        return result;
    }
    m_server = address.displayName();
    m_address = std::make_unique<ServerAddress>(address);
    m_password = password;
    // Qt 6.4 names the type "pg_conn*" (libpq's struct behind PGconn).
    if (const QVariant handle = connection().driver()->handle();
        handle.isValid() &&
        (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0)) {
        const std::lock_guard<std::mutex> lock(m_interruptMutex);
        m_serverCancel = PQgetCancel(*static_cast<PGconn *const *>(handle.constData()));
    }
    qCDebug(lcStorage) << "opened the team server" << m_server << "schema" << version.value();
    return {};
}

QString Database::fileMarker(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0)
        return QStringLiteral("inode:%1").arg(quint64(info.st_ino));
#endif
    const QDateTime born = QFileInfo(path).fileTime(QFile::FileBirthTime);
    return born.isValid() ? QStringLiteral("born:%1").arg(born.toMSecsSinceEpoch()) : QString();
}

QString Database::identityOf(const QString &path, const QString &storedId, const QString &storedFile)
{
    const QString marker = fileMarker(path);
    if (storedId.isEmpty() || storedFile.isEmpty() || marker.isEmpty() || storedFile == marker)
        return storedId;
    QUuid base = QUuid::fromString(storedId);
    if (base.isNull())
        base = QUuid::createUuidV5(QUuid(), storedId);
    return QUuid::createUuidV5(base, marker).toString(QUuid::WithoutBraces);
}

StorageError Database::ensureOwnIdentity()
{
    if (m_path.isEmpty() || m_path == QLatin1String(":memory:"))
        return {};
    QString storedId;
    QString storedFile;
    {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT key, value FROM %1 WHERE key IN ('database_id', 'database_file')")
                            .arg(Schema::DatabaseInfo)))
            return sqlError(QCoreApplication::translate("Triplewin::Core::Database", "Reading the database failed"),
                            query.lastError());
        while (query.next())
            (query.value(0).toString() == u"database_id" ? storedId : storedFile) = query.value(1).toString();
        if (query.lastError().isValid())
            return sqlError(QCoreApplication::translate("Triplewin::Core::Database", "Reading the database failed"),
                            query.lastError());
    }
    const QString marker = fileMarker(m_path);
    if (storedId.isEmpty() || marker.isEmpty() || storedFile == marker)
        return {};
    // First open since the marker was introduced (the file it was given to), or a copy: a copy becomes itself.
    const QString identity = storedFile.isEmpty() ? storedId : identityOf(m_path, storedId, storedFile);
    if (identity != storedId)
        qCInfo(lcStorage) << m_path << "is a copy of database" << storedId << "and becomes" << identity;
    return write([&]() -> StorageError {
        QSqlQuery update(connection());
        update.prepare(QStringLiteral("INSERT INTO %1 (key, value) VALUES ('database_id', ?), ('database_file', ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                           .arg(Schema::DatabaseInfo));
        update.addBindValue(identity);
        update.addBindValue(marker);
        if (!update.exec())
            return sqlError(QCoreApplication::translate("Triplewin::Core::Database", "Saving failed"),
                            update.lastError());
        if (identity != storedId)
            return MergeService::rememberOriginal(*this, storedId);
        return {};
    });
}

bool Database::hasSideFiles(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
}

void Database::tidyAfterReading(const QString &path, bool sideFilesBefore)
{
    if (driverHasOwnSqlite() || sideFilesBefore || !hasSideFiles(path) || !hasWritePermission(QFileInfo(path)))
        return;
    sqlite3 *tidy = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &tidy, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
        sqlite3_exec(tidy, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr); // opens the WAL
    sqlite3_close(tidy);
}

StorageError Database::openInMemory()
{
    close();
    if (StorageError failure = openConnection(QStringLiteral(":memory:")))
        return failure;
    m_path = QStringLiteral(":memory:");
    if (StorageError failure = exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        close();
        return failure;
    }
    if (StorageError failure = migrate(0)) {
        close();
        return failure;
    }
    return {};
}

StorageError Database::open(const QString &path)
{
    close();
    if (StorageError failure = prepareFile(path))
        return failure;
    const bool sideFilesBefore = hasSideFiles(path);
    if (StorageError failure = openConnection(path))
        return failure;
    m_path = QFileInfo(path).canonicalFilePath();

    const auto fail = [this, &path](StorageError failure) {
        close();
        failure.message = QCoreApplication::translate("Triplewin::Core::Database", "Cannot open “%1”. %2")
                              .arg(displayPath(path), failure.message);
        return failure;
    };

    int version = 0;
    if (StorageError failure = readUserVersion(&version))
        return fail(failure);
    // Only reads so far. A database of another program is refused before anything is written to it.
    if (StorageError failure = checkApplicationId(path))
        return fail(failure);
    if (version > SchemaVersion) {
        close();
        return error(StorageError::Kind::NewerSchema,
                     QCoreApplication::translate("Triplewin::Core::Database",
                                                 "“%1” was written by a newer version of Triplewin (schema %2; this "
                                                 "version knows up to %3). It was left untouched: update Triplewin "
                                                 "to open it.")
                         .arg(displayPath(path))
                         .arg(version)
                         .arg(SchemaVersion));
    }
    {
        // WAL can be refused (a file system without shared memory): then saves are still atomic, but say so.
        QSqlQuery journal(connection());
        if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next())
            return fail(
                sqlError(QCoreApplication::translate("Triplewin::Core::Database", "Reading the database failed"),
                         journal.lastError()));
        if (journal.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            qCWarning(lcStorage) << "journal mode stays" << journal.value(0).toString() << "for" << path;
    }
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (StorageError failure = exec(pragma))
            return fail(failure);
    }
    // Reading the schema catches damage that the header check cannot see.
    if (StorageError failure = exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return fail(failure);
    // SQLite gives the -wal and -shm files it creates the database file's permissions: a database that others may
    // read (0644) would give them every change before it reaches the file. Side files made now are the owner's only
    // (the database file itself keeps whatever permissions it has).
    if (!sideFilesBefore) {
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(path + suffix))
                QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner);
        }
    }
    if (version < SchemaVersion) {
        // An existing database (version 0 is a new, empty file) is copied with the backup API before its schema
        // is upgraded; without that copy it is not upgraded at all.
        if (version > 0) {
            const Expected<QString> backup = Backups::create(m_path, BackupFile::Reason::BeforeMigration);
            if (!backup.ok()) {
                StorageError failure = backup.error();
                failure.message += u' ' + QCoreApplication::translate("Triplewin::Core::Database",
                                                                      "The database was not upgraded and is "
                                                                      "unchanged.");
                return fail(failure);
            }
        }
        if (StorageError failure = migrate(version))
            return fail(failure);
    }
    // Not fatal: a busy file (another process mid-write) keeps its identity until the next open.
    if (StorageError failure = ensureOwnIdentity())
        qCWarning(lcStorage) << "the database's merge identity was not checked:" << failure.fullText();
    qCDebug(lcStorage) << "opened" << path << "schema" << SchemaVersion;
    return {};
}

int Database::peekSchemaVersion(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return 0;
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    if (file.size() == 0)
        return 0;
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(SqliteMagic))
        return -1;
    // A WAL with content may hold a newer header page than the file.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return -1;
    return int(qFromBigEndian<qint32>(header.constData() + 60)); // user_version, in the database header
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

StorageError Database::restoreFrom(const QString &backupPath)
{
    const auto restoreError = [](const QString &message, const QString &detail = {}) {
        return error(StorageError::Kind::Invalid, message, detail);
    };
    if (!isOpen() || m_path == QLatin1String(":memory:"))
        return restoreError(QCoreApplication::translate("Triplewin::Core::Database", "No database file is open."));
    // The backup must be a Triplewin database this version can read, checked on a read-only connection of its
    // own before anything here changes.
    {
        Database candidate(m_connectionName + QStringLiteral("-restore-check"));
        if (StorageError failure = candidate.openForReading(backupPath))
            return failure;
    }
    // The pages are copied with SQLite's backup API into this connection. When Qt's driver carries its own SQLite,
    // this library must not write into a file that SQLite holds open (each copy would drop the other's locks).
    sqlite3 *target = nullptr;
    {
        const std::lock_guard<std::mutex> lock(m_interruptMutex);
        target = m_interruptHandle; // the handle, when Qt's driver runs Triplewin's SQLite
    }
    if (!target || driverHasOwnSqlite())
        return restoreError(QCoreApplication::translate("Triplewin::Core::Database",
                                                        "This build of Triplewin cannot restore a backup: its Qt "
                                                        "uses another SQLite than Triplewin. Close Triplewin and copy "
                                                        "“%1” over “%2” instead.")
                                .arg(displayPath(backupPath), displayPath(m_path)));
    const Expected<QString> safety = Backups::create(m_path, BackupFile::Reason::BeforeRestore,
                                                     QDateTime::currentDateTimeUtc(), nullptr, backupPath);
    if (!safety.ok())
        return safety.error();

    sqlite3 *source = nullptr;
    const QByteArray sourceName = QFile::encodeName(backupPath);
    QString detail;
    if (sqlite3_open_v2(sourceName.constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        detail = QString::fromUtf8(sqlite3_errmsg(source));
    } else {
        detail = Backups::copyPages(source, target);
    }
    sqlite3_close(source);
    if (!detail.isEmpty())
        return restoreError(QCoreApplication::translate("Triplewin::Core::Database",
                                                        "Restoring “%1” failed; the deals are as they were.")
                                .arg(displayPath(backupPath)),
                            detail);
    // A backup taken before an upgrade has the older schema: bring it up to date. (No upgrade backup here: the
    // restored content is the backup file itself, and what it replaced was just kept as one.)
    int version = 0;
    if (StorageError failure = readUserVersion(&version))
        return failure;
    if (version < SchemaVersion)
        return migrate(version);
    return {};
}

void Database::setReadOnly(QSqlDatabase &db, const QString &path, int busyTimeoutMs)
{
    // In a folder the user cannot write to, SQLite cannot create the WAL index (the -shm file) that even reading a
    // WAL database needs ("attempt to write a readonly database"). Nobody can be writing such a file either, so it
    // is opened immutable: no locks, no -shm. Not when a WAL file with content is there: its pages would be missed.
    const QFileInfo file(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool immutable = !QFileInfo(file.absolutePath()).isWritable() && (!wal.exists() || wal.size() == 0);
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
}

StorageError Database::openForReading(const QString &path)
{
    close();
    if (StorageError failure = checkExistingFile(path))
        return failure;
    const bool sideFilesBefore = hasSideFiles(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    setReadOnly(db, path, m_busyTimeoutMs);
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase(); // the connection can be removed only when no handle to it is left
        close();
        return error(
            StorageError::Kind::CannotOpen,
            QCoreApplication::translate("Triplewin::Core::Database", "Cannot open “%1”.").arg(displayPath(path)), text);
    }
    m_path = QFileInfo(path).canonicalFilePath();
    m_readOnly = true;
    m_sideFilesBefore = sideFilesBefore;
    int version = 0;
    StorageError failure = readUserVersion(&version);
    if (!failure)
        failure = checkApplicationId(path);
    if (!failure && version > SchemaVersion)
        failure = error(StorageError::Kind::NewerSchema,
                        QCoreApplication::translate("Triplewin::Core::Database",
                                                    "“%1” was written by a newer version of Triplewin.")
                            .arg(displayPath(path)));
    if (failure) {
        db = QSqlDatabase();
        close();
        return failure;
    }
    return {};
}

namespace {
QString sourceIdOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next())
        return query.value(0).toString();
    return {};
}
} // namespace

StorageError Database::openConnection(const QString &databaseName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databaseName);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        close();
        return error(StorageError::Kind::CannotOpen,
                     QCoreApplication::translate("Triplewin::Core::Database", "Cannot open “%1”.")
                         .arg(displayPath(databaseName)),
                     text);
    }
    // The write path may run on the sqlite3 handle behind Qt's driver (PreparedStatement's accelerator) only when
    // both are the same SQLite: a Qt built with its own copy (Qt's binary packages) hands over a handle this library
    // must not touch. Then everything goes through Qt SQL, with the same results.
    m_accelerated = false;
    const QVariant driverHandle = db.driver()->handle();
    const auto allowInterrupt = [this, &driverHandle](bool sameLibrary) {
        if (!sameLibrary)
            return;
        const std::lock_guard<std::mutex> lock(m_interruptMutex);
        m_interruptHandle = *static_cast<sqlite3 *const *>(driverHandle.constData());
    };
    if (driverHandle.isValid() && qstrcmp(driverHandle.typeName(), "sqlite3*") == 0) {
        const QString driverSource = sourceIdOf(db);
        const bool sameLibrary = QString::fromLatin1(sqlite3_sourceid()) == driverSource;
        m_accelerated = sameLibrary && qEnvironmentVariable("TRIPLEWIN_SQLITE_ACCELERATOR") != u"off";
        allowInterrupt(sameLibrary);
        if (!sameLibrary) {
            s_driverHasOwnSqlite.store(true);
            qCInfo(lcStorage) << "Qt's SQLite driver uses another SQLite (" << driverSource << ") than Triplewin ("
                              << sqlite3_sourceid() << "): writing through Qt SQL";
        }
    }
    return {};
}

const SqlDialect &Database::dialect() const
{
    return isServer() ? SqlDialect::postgresql() : SqlDialect::sqlite();
}

sqlite3 *Database::handle() const
{
    if (!m_accelerated)
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

StorageError Database::execAll(const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (StorageError failure = exec(statement))
            return failure;
    }
    return {};
}

StorageError Database::exec(const QString &statement)
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return sqlError(QCoreApplication::translate("Triplewin::Core::Database", "Reading the database failed"),
                        query.lastError());
    return {};
}

StorageError Database::checkApplicationId(const QString &path)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return sqlError(QCoreApplication::translate("Triplewin::Core::Database", "Reading the database failed"),
                        query.lastError());
    const qint64 applicationId = query.value(0).toLongLong();
    if (applicationId == ApplicationId)
        return {};
    QSqlQuery tables(connection());
    if (!tables.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_schema), (SELECT user_version FROM "
                                    "pragma_user_version)")) ||
        !tables.next())
        return sqlError(QCoreApplication::translate("Triplewin::Core::Database", "Reading the database failed"),
                        tables.lastError());
    // Only an empty SQLite file is ours to set up: no tables, and no application id or version another program
    // would have given it.
    if (tables.value(0).toLongLong() == 0 && applicationId == 0 && tables.value(1).toLongLong() == 0)
        return {};
    // Triplewin's schemas 1 and 2 had no application id yet (found by upgrading the real files of those versions):
    // such a file is ours when it has their tables.
    const qint64 version = tables.value(1).toLongLong();
    if (applicationId == 0 && (version == 1 || version == 2)) {
        QSqlQuery ours(connection());
        if (!ours.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                                      "('%1', '%2', '%3') AND (name <> '%1' OR sql LIKE '%uuid TEXT NOT NULL UNIQUE%')")
                           .arg(Schema::Deals, Schema::Options, Schema::Assessments)) ||
            !ours.next())
            return sqlError(QCoreApplication::translate("Triplewin::Core::Database", "Reading the database failed"),
                            ours.lastError());
        if (ours.value(0).toInt() == 3)
            return {};
    }
    return error(StorageError::Kind::NotADatabase,
                 QCoreApplication::translate("Triplewin::Core::Database",
                                             "“%1” is an SQLite database of another program, not a Triplewin "
                                             "database. It was left as it is; choose another file.")
                     .arg(displayPath(path)));
}

StorageError Database::readUserVersion(int *version)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(QCoreApplication::translate("Triplewin::Core::Database", "Reading the database version failed"),
                        query.lastError());
    *version = query.value(0).toInt();
    return {};
}

StorageError Database::write(const std::function<StorageError()> &work)
{
    const QString saving = QCoreApplication::translate("Triplewin::Core::Database", "Saving failed");
    // A server would only warn about a second BEGIN and end the outer transaction early: refuse, as SQLite does.
    if (isServer() && m_inTransaction)
        return failure(saving, QStringLiteral("XX000"),
                       QStringLiteral("cannot start a transaction within a transaction"));
    QSqlQuery begin(connection());
    if (!begin.exec(dialect().beginWrite()))
        return failure(QCoreApplication::translate("Triplewin::Core::Database", "Starting to save failed"),
                       begin.lastError());
    m_inTransaction = isServer();
    if (StorageError result = work()) {
        rollback();
        return result;
    }
    QSqlQuery end(connection());
    // A server ends a transaction in which any statement failed with a ROLLBACK even when asked to COMMIT, and says
    // no error: one more statement first tells whether it is still good, so such a save is never reported as done.
    // A failed COMMIT (a deferred constraint, a full disk) can leave the transaction open: end it.
    if ((isServer() && !end.exec(QStringLiteral("SELECT 1"))) || !end.exec(QStringLiteral("COMMIT"))) {
        const StorageError result = failure(saving, end.lastError());
        end.finish();
        rollback();
        return result;
    }
    m_inTransaction = false;
    return {};
}

StorageError Database::read(const std::function<StorageError()> &work)
{
    if (inTransaction())
        return work();
    QSqlQuery begin(connection());
    if (!begin.exec(dialect().beginRead()))
        return failure(QCoreApplication::translate("Triplewin::Core::Database", "Reading the database failed"),
                       begin.lastError());
    begin.finish();
    m_inTransaction = isServer();
    const StorageError result = work();
    // Nothing was written: ending the transaction either way keeps nothing and lets go of the snapshot.
    rollback();
    return result;
}

bool Database::inTransaction()
{
    if (sqlite3 *raw = handle())
        return !sqlite3_get_autocommit(raw);
    // A server answers BEGIN inside a transaction with a warning, not an error: only write() begins one there.
    if (isServer())
        return m_inTransaction;
    // Through Qt SQL alone: BEGIN succeeds only outside a transaction.
    QSqlQuery probe(connection());
    if (!probe.exec(QStringLiteral("BEGIN")))
        return true;
    probe.finish();
    if (!probe.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "ending the probe transaction failed:" << probe.lastError().text();
    return false;
}

void Database::rollback()
{
    // SQLite rolls back by itself after some errors (a full disk, an interrupted write): then there is nothing left
    // to roll back.
    if (!isOpen() || !inTransaction())
        return;
    QSqlQuery end(connection());
    if (end.exec(QStringLiteral("ROLLBACK"))) {
        m_inTransaction = false;
        return;
    }
    qCWarning(lcStorage) << "rollback failed:" << end.lastError().text();
    end.finish();
    if (isServer()) { // the server ends a transaction whose connection is gone by itself
        m_inTransaction = false;
        return;
    }
    if (!inTransaction() || m_path.isEmpty() || m_path == QLatin1String(":memory:"))
        return;
    // The connection must never stay inside a transaction (every later save would fail, and the lock would keep
    // other programs out): closing it rolls back, then it is opened again.
    const QString path = m_path;
    close();
    if (const StorageError failure = open(path))
        qCWarning(lcStorage) << "reopening after a failed rollback failed:" << failure.fullText();
}

StorageError Database::addNameKeys()
{
    // SQLite folds ASCII letters only, so the keys are computed here: once per distinct name (salespeople and
    // customers, not deals) into a temporary table, then written in one pass over the deals, each row looking its
    // names up by primary key.
    const QString readFailed = QCoreApplication::translate("Triplewin::Core::Database", "Reading the database failed");
    for (const QString &column : {QStringLiteral("salesperson"), QStringLiteral("customer")}) {
        QSqlQuery exists(connection());
        if (!exists.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2_key'")
                             .arg(Schema::Deals, column)) ||
            !exists.next())
            return sqlError(readFailed, exists.lastError());
        if (exists.value(0).toInt() == 0) { // a file whose user_version was set back may have it already
            if (StorageError failure = exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2_key TEXT NOT NULL DEFAULT ''")
                                                .arg(Schema::Deals, column)))
                return failure;
        }
    }
    QStringList distinct;
    {
        QSqlQuery names(connection());
        names.setForwardOnly(true);
        if (!names.exec(QStringLiteral("SELECT salesperson FROM %1 UNION SELECT customer FROM %1").arg(Schema::Deals)))
            return sqlError(readFailed, names.lastError());
        while (names.next())
            distinct << names.value(0).toString();
        if (names.lastError().isValid())
            return sqlError(readFailed, names.lastError());
    }
    if (StorageError failure =
            exec(QStringLiteral("CREATE TEMP TABLE name_keys (name TEXT PRIMARY KEY, name_key TEXT NOT NULL)")))
        return failure;
    QSqlQuery insert(connection());
    insert.prepare(QStringLiteral("INSERT INTO temp.name_keys (name, name_key) VALUES (?, ?)"));
    for (const QString &name : std::as_const(distinct)) {
        insert.addBindValue(name);
        insert.addBindValue(nameKey(name));
        if (!insert.exec())
            return sqlError(QCoreApplication::translate("Triplewin::Core::Database", "Saving failed"),
                            insert.lastError());
    }
    insert.finish();
    return execAll({QStringLiteral("UPDATE %1 SET salesperson_key = (SELECT name_key FROM temp.name_keys WHERE name = "
                                   "%1.salesperson), customer_key = (SELECT name_key FROM temp.name_keys WHERE name = "
                                   "%1.customer)")
                        .arg(Schema::Deals),
                    QStringLiteral("DROP TABLE temp.name_keys")});
}

namespace {

/// Schema 9: the team history sorts outcomes by how good they are (Schema::OutcomeKeysWorstFirst), not by their keys'
/// spelling. Also run by step 10 for files that the first release of schema 9 upgraded without it.
QStringList outcomeIndexByRank()
{
    return {QStringLiteral("DROP INDEX deals_history_outcome"),
            QStringLiteral("CREATE INDEX deals_history_outcome_rank ON %1 (%2, id) WHERE deleted_at IS NULL")
                .arg(Schema::Deals, Schema::outcomeRankExpression(QStringLiteral("final_outcome")))};
}

} // namespace

StorageError Database::migrate(int versionSeen)
{
    // Forward-only ladder; each step runs in the same IMMEDIATE transaction as the version bump.
    return write([this, versionSeen]() -> StorageError {
        // Read again under the write lock: another process opening the same older file at the same moment may
        // have upgraded it while this one waited for the lock.
        int fromVersion = versionSeen;
        if (StorageError failure = readUserVersion(&fromVersion))
            return failure;
        if (fromVersion >= SchemaVersion)
            return {};
        const auto step = [this, fromVersion](int version) {
            if (m_upgradeProgress && fromVersion > 0) // a new file is set up, not upgraded
                m_upgradeProgress(version - fromVersion - 1, SchemaVersion - fromVersion);
        };
        if (fromVersion < 1) {
            step(1);
            const QStringList statements = {
                QStringLiteral("CREATE TABLE %1 ("
                               " id INTEGER PRIMARY KEY,"
                               " uuid TEXT NOT NULL UNIQUE,"
                               " revision INTEGER NOT NULL DEFAULT 1,"
                               " title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                               " customer TEXT NOT NULL DEFAULT '',"
                               " customers_customer TEXT NOT NULL DEFAULT '',"
                               " salesperson TEXT NOT NULL DEFAULT '',"
                               " currency TEXT NOT NULL DEFAULT 'EUR',"
                               " expected_close TEXT,"
                               " status TEXT NOT NULL CHECK (status IN "
                               "   ('preparing', 'negotiating', 'closed', 'walked_away')),"
                               " notes TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL,"
                               " deleted_at TEXT)")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE INDEX deals_recent ON %1 (updated_at DESC, id DESC) WHERE deleted_at IS NULL")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE TABLE %1 ("
                               " id INTEGER PRIMARY KEY,"
                               " deal_id INTEGER NOT NULL REFERENCES %2 (id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL,"
                               " name TEXT NOT NULL)")
                    .arg(Schema::Options, Schema::Deals),
                QStringLiteral("CREATE INDEX deal_options_by_deal ON %1 (deal_id, position)").arg(Schema::Options),
                QStringLiteral("CREATE TABLE %1 ("
                               " option_id INTEGER NOT NULL REFERENCES %2 (id) ON DELETE CASCADE,"
                               " party TEXT NOT NULL CHECK (party IN ('you', 'customer', 'customers_customer')),"
                               " value INTEGER,"
                               " reference_point INTEGER NOT NULL DEFAULT 0,"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " PRIMARY KEY (option_id, party))")
                    .arg(Schema::Assessments, Schema::Options),
            };
            if (StorageError failure = execAll(statements))
                return failure;
            if (StorageError failure = exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
                return failure;
        }
        if (fromVersion < 2) {
            step(2);
            // Closing freezes the agreed option's results; deal_events keeps who closed, walked away or
            // reopened what and when. The partial indexes serve the habit and RQ queries over ended deals.
            const QStringList statements = {
                QStringLiteral("ALTER TABLE %1 ADD COLUMN closed_at TEXT").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN closed_by TEXT").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN closed_option_id INTEGER").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN closed_option_name TEXT").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN you_result TEXT").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN customer_result TEXT").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN chain_result TEXT").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN final_outcome TEXT CHECK (final_outcome IN "
                               "('win_win_win', 'win_win', 'win_lose', 'lose_win', 'lose_lose', 'unknown', "
                               "'walked_away'))")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE INDEX deals_ended_by_salesperson ON %1 "
                               "(salesperson, closed_at DESC, id DESC, final_outcome, chain_result) "
                               "WHERE closed_at IS NOT NULL AND deleted_at IS NULL")
                    .arg(Schema::Deals),
                // Covering index for the RQ per month (CoachingRepository::endingsByMonth): in GROUP BY order,
                // with the month written exactly as in that query, so the aggregate needs no sort.
                QStringLiteral("CREATE INDEX deals_ended_by_month ON %1 "
                               "(salesperson, substr(closed_at, 1, 7), final_outcome, closed_at, deleted_at) "
                               "WHERE closed_at IS NOT NULL AND deleted_at IS NULL")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE INDEX deals_ended_by_customer ON %1 (customer COLLATE NOCASE, closed_at DESC) "
                               "WHERE closed_at IS NOT NULL AND deleted_at IS NULL")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE TABLE %1 ("
                               " id INTEGER PRIMARY KEY,"
                               " deal_id INTEGER NOT NULL REFERENCES %2 (id) ON DELETE CASCADE,"
                               " kind TEXT NOT NULL CHECK (kind IN ('closed', 'walked_away', 'reopened')),"
                               " at TEXT NOT NULL,"
                               " actor TEXT NOT NULL DEFAULT '',"
                               " detail TEXT NOT NULL DEFAULT '')")
                    .arg(Schema::Events, Schema::Deals),
                QStringLiteral("CREATE INDEX deal_events_by_deal ON %1 (deal_id, at)").arg(Schema::Events),
            };
            if (StorageError failure = execAll(statements))
                return failure;
        }
        if (fromVersion < 3) {
            step(3);
            // The walk-away script a salesperson kept for a deal, restored when the wizard opens again.
            const QString statement =
                QStringLiteral("CREATE TABLE %1 ("
                               " deal_id INTEGER PRIMARY KEY REFERENCES %2 (id) ON DELETE CASCADE,"
                               " text TEXT NOT NULL DEFAULT '',"
                               " what_would_change TEXT NOT NULL DEFAULT '',"
                               " revisit_on TEXT,"
                               " updated_at TEXT NOT NULL)")
                    .arg(Schema::Scripts, Schema::Deals);
            if (StorageError failure = exec(statement))
                return failure;
            // Schema 2 as released had no index for the RQ per month: it came with schema 3 (in the step above
            // for new files). A real v2 file gets it here (tst_schemaupgrade found it missing).
            if (fromVersion == 2) {
                if (StorageError failure = exec(
                        QStringLiteral("CREATE INDEX deals_ended_by_month ON %1 "
                                       "(salesperson, substr(closed_at, 1, 7), final_outcome, closed_at, deleted_at) "
                                       "WHERE closed_at IS NOT NULL AND deleted_at IS NULL")
                            .arg(Schema::Deals)))
                    return failure;
            }
        }
        if (fromVersion < 4) {
            step(4);
            // Coaching notes: a manager's note on a deal, with its author and time; the salesperson sees it.
            const QStringList statements = {
                QStringLiteral("CREATE TABLE %1 ("
                               " id INTEGER PRIMARY KEY,"
                               " deal_id INTEGER NOT NULL REFERENCES %2 (id) ON DELETE CASCADE,"
                               " author TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL,"
                               " text TEXT NOT NULL CHECK (length(trim(text)) > 0))")
                    .arg(Schema::Notes, Schema::Deals),
                QStringLiteral("CREATE INDEX coaching_notes_by_deal ON %1 (deal_id, created_at)").arg(Schema::Notes),
            };
            if (StorageError failure = execAll(statements))
                return failure;
        }
        if (fromVersion < 5) {
            step(5);
            // Merging other members' files: database_info gives every file a random id that survives copies and
            // renames (the merge source's identity); merge_log remembers, per source and deal, which source
            // revision was merged last, which local revision it became and a hash of the content both then had, so a
            // second merge of the same file adds nothing and a deal changed on both sides is reported instead of
            // overwritten.
            const QStringList statements = {
                QStringLiteral("CREATE TABLE %1 (key TEXT PRIMARY KEY, value TEXT NOT NULL)").arg(Schema::DatabaseInfo),
                QStringLiteral("INSERT INTO %1 (key, value) VALUES ('database_id', '%2')")
                    .arg(Schema::DatabaseInfo, QUuid::createUuid().toString(QUuid::WithoutBraces)),
                QStringLiteral("CREATE TABLE %1 ("
                               " source_id TEXT NOT NULL,"
                               " deal_uuid TEXT NOT NULL,"
                               " source_revision INTEGER NOT NULL,"
                               " source_updated_at TEXT NOT NULL,"
                               " local_revision INTEGER NOT NULL,"
                               " content_hash TEXT NOT NULL,"
                               " merged_at TEXT NOT NULL,"
                               " PRIMARY KEY (source_id, deal_uuid))")
                    .arg(Schema::MergeLog),
            };
            if (StorageError failure = execAll(statements))
                return failure;
        }
        if (fromVersion < 6) {
            step(6);
            // The team history (TeamHistoryRepository) sorts live deals by a column and pages by keyset over
            // (sort key, id): these indexes give it the first page and a jump without sorting every deal. Each is
            // on the exact sort expression (IFNULL for the nullable closing time), with the same WHERE as the
            // query. Sorts by the agreed option's values come from a join and cannot be indexed here.
            const QStringList statements = {
                QStringLiteral("CREATE INDEX deals_history_created ON %1 (created_at, id) WHERE deleted_at IS NULL")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE INDEX deals_history_salesperson ON %1 (salesperson, id) "
                               "WHERE deleted_at IS NULL")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE INDEX deals_history_customer ON %1 (customer, id) WHERE deleted_at IS NULL")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE INDEX deals_history_title ON %1 (title, id) WHERE deleted_at IS NULL")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE INDEX deals_history_status ON %1 (status, id) WHERE deleted_at IS NULL")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE INDEX deals_history_outcome ON %1 (IFNULL(final_outcome, ''), id) "
                               "WHERE deleted_at IS NULL")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE INDEX deals_history_closed ON %1 (IFNULL(closed_at, ''), id) "
                               "WHERE deleted_at IS NULL")
                    .arg(Schema::Deals),
            };
            if (StorageError failure = execAll(statements))
                return failure;
        }
        if (fromVersion < 7) {
            step(7);
            // The deal being edited, autosaved for recovery after a crash or power loss (DraftRepository).
            if (StorageError failure = exec(QStringLiteral("CREATE TABLE %1 ("
                                                           " slot TEXT PRIMARY KEY,"
                                                           " content TEXT NOT NULL,"
                                                           " saved_at TEXT NOT NULL)")
                                                .arg(Schema::Drafts)))
                return failure;
        }
        if (fromVersion < 8) {
            step(8);
            // The agreed option's values, frozen at closing (see Schema::frozenValueAssignments()), and indexed
            // for the team history's value sorts, which sorted every row on each page before.
            const QString sentinel = QStringLiteral("-9223372036854775807");
            QStringList statements = {
                QStringLiteral("ALTER TABLE %1 ADD COLUMN you_value INTEGER").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN customer_value INTEGER").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN chain_value INTEGER").arg(Schema::Deals),
                QStringLiteral("UPDATE %1 SET you_value = (SELECT value FROM %2 a WHERE a.option_id = "
                               "%1.closed_option_id AND a.party = 'you'), customer_value = (SELECT value FROM %2 a "
                               "WHERE a.option_id = %1.closed_option_id AND a.party = 'customer'), chain_value = "
                               "(SELECT value FROM %2 a WHERE a.option_id = %1.closed_option_id AND a.party = "
                               "'customers_customer') WHERE closed_option_id IS NOT NULL")
                    .arg(Schema::Deals, Schema::Assessments),
            };
            for (const QString &column :
                 {QStringLiteral("you_value"), QStringLiteral("customer_value"), QStringLiteral("chain_value")})
                statements << QStringLiteral("CREATE INDEX deals_history_%2 ON %1 (IFNULL(%2, %3), id) "
                                             "WHERE deleted_at IS NULL")
                                  .arg(Schema::Deals, column, sentinel);
            if (StorageError failure = execAll(statements))
                return failure;
        }
        if (fromVersion < 9) {
            step(9);
            // A reference point may be not assessed (NULL), as a value may: an empty cell is not 0. SQLite cannot
            // drop a NOT NULL in place, so the table is rebuilt (https://sqlite.org/lang_altertable.html, the
            // twelve steps; no index, trigger or view depends on it, and no table references it).
            const QStringList statements = {
                QStringLiteral("CREATE TABLE %1_v9 ("
                               " option_id INTEGER NOT NULL REFERENCES %2 (id) ON DELETE CASCADE,"
                               " party TEXT NOT NULL CHECK (party IN ('you', 'customer', 'customers_customer')),"
                               " value INTEGER,"
                               " reference_point INTEGER,"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " PRIMARY KEY (option_id, party))")
                    .arg(Schema::Assessments, Schema::Options),
                // Rows of options that are gone (a file once edited with foreign keys off) are not copied: one would
                // fail the whole upgrade.
                QStringLiteral("INSERT INTO %1_v9 (option_id, party, value, reference_point, reason) "
                               "SELECT option_id, party, value, reference_point, reason FROM %1 "
                               "WHERE option_id IN (SELECT id FROM %2)")
                    .arg(Schema::Assessments, Schema::Options),
                // Before v9 an untouched reference point was stored as 0, and a 0 without a value was never
                // cited ("an untouched 0 is not a figure"): such a 0 is not assessed now.
                QStringLiteral("UPDATE %1_v9 SET reference_point = NULL WHERE value IS NULL AND reference_point = 0")
                    .arg(Schema::Assessments),
                QStringLiteral("DROP TABLE %1").arg(Schema::Assessments),
                QStringLiteral("ALTER TABLE %1_v9 RENAME TO %1").arg(Schema::Assessments),
            };
            if (StorageError failure = execAll(statements + outcomeIndexByRank()))
                return failure;
        }
        if (fromVersion < 10) {
            step(10);
            // Schema 9 as first released kept the outcome index by spelling; the index by rank joined its step
            // later. Files upgraded to 9 by that first release get it now (tst_schemaupgrade, from the real file).
            if (fromVersion == 9) {
                QSqlQuery rank(connection());
                if (!rank.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = "
                                              "'deals_history_outcome_rank'")) ||
                    !rank.next())
                    return sqlError(
                        QCoreApplication::translate("Triplewin::Core::Database", "Reading the database failed"),
                        rank.lastError());
                if (rank.value(0).toInt() == 0) {
                    rank.finish();
                    if (StorageError failure = execAll(outcomeIndexByRank()))
                        return failure;
                }
            }
            // Where an imported deal came from (DealRepository::syncPulled): its CRM and record, unique per
            // database, so importing the same export again updates the deal instead of adding it twice. What the CRM
            // said last (its state, the notes the import wrote, a hash of the record) tells a change from none.
            if (StorageError failure = exec(QStringLiteral("CREATE TABLE %1 ("
                                                           " deal_id INTEGER PRIMARY KEY REFERENCES %2 (id) "
                                                           "   ON DELETE CASCADE,"
                                                           " source TEXT NOT NULL,"
                                                           " record_key TEXT NOT NULL,"
                                                           " crm_state TEXT NOT NULL DEFAULT '',"
                                                           " crm_notes TEXT NOT NULL DEFAULT '',"
                                                           " content_hash TEXT NOT NULL,"
                                                           " synced_at TEXT NOT NULL,"
                                                           " UNIQUE (source, record_key))")
                                                .arg(Schema::Origins, Schema::Deals)))
                return failure;
            // Names as people mean them (nameKey(): "MÜLLER GMBH" is "Müller GmbH"), beside each name, for every
            // match and grouping by salesperson or customer; the coach's indexes move onto them. Deals that ended
            // without an assessment wait in the coach's "to assess" lists, outside the habit windows and the RQ.
            if (StorageError failure = addNameKeys())
                return failure;
            const QString ended = QStringLiteral("WHERE closed_at IS NOT NULL AND deleted_at IS NULL");
            const QStringList statements = {
                QStringLiteral("DROP INDEX deals_ended_by_salesperson"),
                QStringLiteral("CREATE INDEX deals_ended_by_salesperson ON %1 "
                               "(salesperson_key, closed_at DESC, id DESC, final_outcome, chain_result) %2")
                    .arg(Schema::Deals, ended),
                QStringLiteral("DROP INDEX deals_ended_by_month"),
                QStringLiteral("CREATE INDEX deals_ended_by_month ON %1 "
                               "(salesperson_key, substr(closed_at, 1, 7), final_outcome, closed_at, deleted_at) %2")
                    .arg(Schema::Deals, ended),
                QStringLiteral("DROP INDEX deals_ended_by_customer"),
                QStringLiteral("CREATE INDEX deals_ended_by_customer ON %1 (customer_key, closed_at DESC) %2")
                    .arg(Schema::Deals, ended),
                QStringLiteral("CREATE INDEX deals_to_assess ON %1 "
                               "(salesperson_key, closed_at DESC, id DESC) %2 AND final_outcome = 'unknown'")
                    .arg(Schema::Deals, ended),
                QStringLiteral("DROP INDEX deals_history_salesperson"),
                QStringLiteral("CREATE INDEX deals_history_salesperson ON %1 (salesperson_key, id) "
                               "WHERE deleted_at IS NULL")
                    .arg(Schema::Deals),
            };
            if (StorageError failure = execAll(statements))
                return failure;
        }
        if (fromVersion < 11) {
            step(11);
            // One name for each thing: an ending is a closing or a walk-away, so the columns both set say "ended"
            // and "agreed", and how a deal ended is its `ending` (an outcome key, or walked_away); the third party
            // is the customer's customer. RENAME COLUMN rewrites every index, CHECK and expression naming them.
            QStringList statements;
            for (const auto &[name, before] : Schema::DealColumnsRenamedIn11)
                statements << QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3").arg(Schema::Deals, before, name);
            // The one index whose name says a renamed column's old name, under the new one (the others' names say
            // what they sort by; RENAME COLUMN has rewritten their expressions).
            statements << QStringLiteral("DROP INDEX deals_history_chain_value")
                       << QStringLiteral("CREATE INDEX deals_history_customers_customer_value ON %1 "
                                         "(IFNULL(customers_customer_value, -9223372036854775807), id) "
                                         "WHERE deleted_at IS NULL")
                              .arg(Schema::Deals);
            if (StorageError failure = execAll(statements))
                return failure;
        }
        if (fromVersion < 12) {
            step(12);
            // Why a deal ended as it did (a reason key from endingreason.h or a user's own, and their words), and the
            // value each party would have gained more with the best option for all (optionanalysis.h), frozen at the
            // closing for the dashboard's sums; set and cleared with the rest of the ending's columns. Endings from
            // before have none (NULL): the dashboard counts what it knows and says how many deals that is.
            const QStringList statements = {
                QStringLiteral("ALTER TABLE %1 ADD COLUMN ending_reason TEXT").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN ending_note TEXT").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN you_left INTEGER").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN customer_left INTEGER").arg(Schema::Deals),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN customers_customer_left INTEGER").arg(Schema::Deals),
                // The dashboard's counts by reason and sums of value left, over a period of ended deals: a range of
                // an index each, the period's deals only (at a million deals, 0.32 s and 4.3 s through other
                // indexes; 0.05 s and less now). The conditions are those of CoachingRepository::endingReasons() and
                // valueLeftBySalesperson().
                QStringLiteral("CREATE INDEX deals_ended_reasons ON %1 (ended_at, salesperson_key, ending, "
                               "ending_reason, salesperson) WHERE ended_at IS NOT NULL AND deleted_at IS NULL")
                    .arg(Schema::Deals),
                QStringLiteral("CREATE INDEX deals_value_left ON %1 (ended_at, salesperson_key, currency, salesperson, "
                               "you_left, customer_left, customers_customer_left) "
                               "WHERE you_left IS NOT NULL AND deleted_at IS NULL")
                    .arg(Schema::Deals),
            };
            if (StorageError failure = execAll(statements))
                return failure;
        }
        if (fromVersion < 13) {
            step(13);
            // What was prepared about each party (partypreparation.h): interests, relationship, what its reference
            // point is based on and how sure that is (a confidence key; NULL when not said). Edited with the deal.
            QStringList statements;
            for (const QString &column : Schema::PreparationColumns)
                statements << (column.endsWith(QLatin1String("_confidence"))
                                   ? QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT CHECK (%2 IN ('low', 'medium', "
                                                    "'high'))")
                                   : QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT"))
                                  .arg(Schema::Deals, column);
            if (StorageError failure = execAll(statements))
                return failure;
        }
        if (fromVersion < 14) {
            step(14);
            // The concession ledger (concession.h): each concession given or received, as JSON text
            // (concessionsText()), NULL when there is none. Edited with the deal; read whole, never queried inside.
            if (StorageError failure = exec(
                    QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(Schema::Deals, Schema::ConcessionsColumn)))
                return failure;
        }
        if (StorageError failure = exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
            return failure;
        // Also for files of schemas 1 and 2, made before Triplewin set it.
        if (StorageError failure = exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            return failure;
        step(SchemaVersion + 1);
        return {};
    });
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace Triplewin::Core
