#pragma once

#include "storageerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Triplewin::Core {

/// Where a team's PostgreSQL server is, as libpq parameters. A field left empty is left to libpq, which takes it
/// from the PG* environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGSSLMODE, …) and its defaults; the
/// password is never part of it (a prompt, PGPASSWORD or ~/.pgpass give it).
struct ServerAddress
{
    QString host; ///< a host name, an address, or a Unix socket folder (starting with '/')
    int port = 0; ///< 0: libpq's choice
    QString database;
    QString user;
    QStringList options; ///< further "key=value" parameters passed to libpq as they are (sslmode, connect_timeout…)

    /// Reads a libpq key/value connection string ("host=db.example.com port=5432 dbname=sales user=dana
    /// sslmode=require"; values may be single-quoted). An empty string is a valid address: everything from the
    /// environment. Refuses a password in it (give it at the prompt or in ~/.pgpass) and malformed text, saying
    /// where.
    static Expected<ServerAddress> parse(const QString &connectionString);
    /// "dana@db.example.com:5432/sales", with libpq's defaults shown as they will be used.
    QString displayName() const;
};

/// A failure on the team server: @p action in the user's words; the server's text with its SQLSTATE as the detail.
StorageError serverError(const QString &action, const QSqlError &error,
                         StorageError::Kind kind = StorageError::Kind::Sql);

/// What a login may do on the team server, as the group role it is given (resources/server/002-roles.sql).
enum class ServerRole
{
    Salesperson, ///< triplewin_salesperson: sees and edits only the deals it owns
    Manager,     ///< triplewin_manager: reads the whole team, writes coaching notes, edits no salesperson's deal
};
/// "salesperson" or "manager": the word for @p role on the command line.
QString serverRoleKey(ServerRole role);
/// The role a command-line word names; nullopt for anything else.
std::optional<ServerRole> serverRoleFromKey(const QString &key);

/// A connection to a team's PostgreSQL server (Qt's QPSQL driver), and the setup a server needs before the app
/// can use it: the schema, the group roles and the row-level security policies, from the plain SQL files in
/// resources/server (which a DBA may also run with psql). Who may see what is decided there, by the server.
class TeamServer
{
    Q_DISABLE_COPY_MOVE(TeamServer)

public:
    /// The newest server schema this version knows.
    static constexpr int SchemaVersion = 4;

    explicit TeamServer(const QString &connectionName = QStringLiteral("triplewin-server"));
    ~TeamServer();

    /// Connects to @p address, with @p password when not empty (otherwise libpq's own sources). Refuses a server
    /// whose Triplewin schema is newer than SchemaVersion.
    StorageError open(const ServerAddress &address, const QString &password = QString());
    /// Opens the Qt SQL connection @p connectionName to @p address as open() does (Database::openServer() uses it
    /// too): the app's schema first on the search path, UTF-8. Gives the server's schema version (0: not set up);
    /// refuses a newer one than SchemaVersion. On error no connection of that name is left.
    static Expected<int> connect(const QString &connectionName, const ServerAddress &address, const QString &password);
    void close();
    bool isOpen() const;
    QSqlDatabase connection() const;

    /// Creates what is missing of the schema, the group roles and the policies, in one transaction; running it
    /// again changes nothing. Needs a login that may create roles and schemas (a DBA's, or the database owner's
    /// with CREATEROLE).
    StorageError init();
    /// Gives login @p name the group role of @p role, creating the login when it does not exist (with
    /// @p password when given; otherwise it authenticates as the server's pg_hba.conf says). A login that had the
    /// other role keeps it: roles are taken back by a DBA, with REVOKE.
    StorageError addUser(const QString &name, ServerRole role, const QString &password = QString());
    /// The server's schema version: 0 when Triplewin's schema is not there yet.
    Expected<int> schemaVersion();

private:
    static Expected<int> schemaVersionOf(const QSqlDatabase &db);
    StorageError runScript(const QString &resource);

    QString m_connectionName;
};

} // namespace Triplewin::Core
