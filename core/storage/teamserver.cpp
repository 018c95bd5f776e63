#include "teamserver.h"

#include "sqldialect.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace Triplewin::Core {

namespace {

/// The file's translation context, the same for lupdate as for the app: a file-local TeamServerText::tr() function
/// would be filed by lupdate under its namespace or class, and never found at run time.
struct TeamServerText
{
    Q_DECLARE_TR_FUNCTIONS(Triplewin::Core::TeamServer)
};

/// A failure on the server: @p action in the user's words, the server's text (with its SQLSTATE) as the detail.
} // namespace

StorageError serverError(const QString &action, const QSqlError &error, StorageError::Kind kind)
{
    QString detail = error.text().trimmed();
    if (!error.nativeErrorCode().isEmpty())
        detail += QStringLiteral(" [SQLSTATE %1]").arg(error.nativeErrorCode());
    return StorageError{kind, action, detail};
}

namespace {

QString groupRoleOf(ServerRole role)
{
    return role == ServerRole::Manager ? QStringLiteral("triplewin_manager") : QStringLiteral("triplewin_salesperson");
}

} // namespace

Expected<ServerAddress> ServerAddress::parse(const QString &connectionString)
{
    const auto malformed = [](const QString &why) {
        return StorageError{
            StorageError::Kind::Invalid,
            TeamServerText::tr("The server's connection string cannot be read: %1 Write it as key=value pairs, for "
                               "example “host=db.example.com port=5432 dbname=sales user=dana sslmode=require”.")
                .arg(why),
            QString()};
    };
    ServerAddress address;
    const QString text = connectionString;
    qsizetype at = 0;
    const auto skipSpace = [&] {
        while (at < text.size() && text.at(at).isSpace())
            ++at;
    };
    skipSpace();
    if (text.mid(at).startsWith(QStringLiteral("postgres")) && text.contains(QStringLiteral("://")))
        return malformed(TeamServerText::tr("a URI is not supported here."));
    while (at < text.size()) {
        const qsizetype keyStart = at;
        while (at < text.size() && text.at(at) != u'=' && !text.at(at).isSpace())
            ++at;
        const QString key = text.mid(keyStart, at - keyStart);
        skipSpace();
        if (key.isEmpty() || at >= text.size() || text.at(at) != u'=')
            return malformed(TeamServerText::tr("“%1” (at character %2) has no “=value”.").arg(key).arg(keyStart + 1));
        ++at; // '='
        skipSpace();
        QString value;
        if (at < text.size() && text.at(at) == u'\'') {
            ++at;
            bool closed = false;
            while (at < text.size()) {
                const QChar c = text.at(at++);
                if (c == u'\\' && at < text.size()) {
                    value += text.at(at++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return malformed(TeamServerText::tr("the quoted value of “%1” is not closed.").arg(key));
        } else {
            while (at < text.size() && !text.at(at).isSpace()) {
                if (text.at(at) == u'\\' && at + 1 < text.size())
                    ++at;
                value += text.at(at++);
            }
        }
        skipSpace();
        if (key == u"password")
            return StorageError{
                StorageError::Kind::Invalid,
                TeamServerText::tr("The connection string holds a password. Leave it out: Triplewin asks for it, or "
                                   "libpq reads it from ~/.pgpass or PGPASSWORD, so it is never kept in plain "
                                   "settings or shell history."),
                QString()};
        if (key == u"host") {
            address.host = value;
        } else if (key == u"port") {
            bool number = false;
            address.port = value.toInt(&number);
            if (!number || address.port < 1 || address.port > 65535)
                return malformed(TeamServerText::tr("the port “%1” is not a number from 1 to 65535.").arg(value));
        } else if (key == u"dbname") {
            address.database = value;
        } else if (key == u"user") {
            address.user = value;
        } else {
            address.options << key + u'=' + value;
        }
    }
    return address;
}

QString ServerAddress::displayName() const
{
    const auto orEnv = [](const QString &value, const char *variable, const QString &fallback) {
        if (!value.isEmpty())
            return value;
        const QString fromEnvironment = qEnvironmentVariable(variable);
        return fromEnvironment.isEmpty() ? fallback : fromEnvironment;
    };
    const QString shownUser = orEnv(user, "PGUSER", qEnvironmentVariable("USER"));
    const QString shownHost = orEnv(host, "PGHOST", QStringLiteral("localhost"));
    const QString shownPort = orEnv(port > 0 ? QString::number(port) : QString(), "PGPORT", QStringLiteral("5432"));
    const QString shownDatabase = orEnv(database, "PGDATABASE", shownUser);
    return QStringLiteral("%1@%2:%3/%4").arg(shownUser, shownHost, shownPort, shownDatabase);
}

QString serverRoleKey(ServerRole role)
{
    return role == ServerRole::Manager ? QStringLiteral("manager") : QStringLiteral("salesperson");
}

std::optional<ServerRole> serverRoleFromKey(const QString &key)
{
    for (ServerRole role : {ServerRole::Salesperson, ServerRole::Manager}) {
        if (key == serverRoleKey(role))
            return role;
    }
    return std::nullopt;
}

TeamServer::TeamServer(const QString &connectionName)
    : m_connectionName(connectionName)
{}

TeamServer::~TeamServer()
{
    close();
}

StorageError TeamServer::open(const ServerAddress &address, const QString &password)
{
    close();
    const Expected<int> version = connect(m_connectionName, address, password);
    return version.ok() ? StorageError{} : version.error();
}

Expected<int> TeamServer::connect(const QString &connectionName, const ServerAddress &address, const QString &password)
{
    const auto drop = [&connectionName] {
        if (QSqlDatabase::contains(connectionName)) {
            QSqlDatabase::database(connectionName, false).close();
            QSqlDatabase::removeDatabase(connectionName);
        }
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return StorageError{
            StorageError::Kind::CannotOpen,
            TeamServerText::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so Triplewin cannot "
                               "connect to a team server."),
            QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(address.host);
        if (address.port > 0)
            db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        db.setPassword(password);
        // libpq waits for a host that does not answer as long as TCP does (minutes) unless told otherwise: ten
        // seconds, unless the address or PGCONNECT_TIMEOUT says how long.
        QStringList options = address.options;
        const bool timed = std::any_of(options.cbegin(), options.cend(), [](const QString &option) {
            return option.startsWith(QStringLiteral("connect_timeout="));
        });
        if (!timed && qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
            options << QStringLiteral("connect_timeout=10");
        db.setConnectOptions(options.join(u';'));
        if (!db.open()) {
            // libpq gives no SQLSTATE here: the server answered when it names the login, password or database.
            const QString reason = db.lastError().text();
            const bool answered =
                reason.contains(QStringLiteral("password")) || reason.contains(QStringLiteral("does not exist")) ||
                reason.contains(QStringLiteral("permission denied")) || reason.contains(QStringLiteral("pg_hba.conf"));
            const StorageError failure =
                serverError(TeamServerText::tr("Cannot connect to the team server %1.").arg(address.displayName()),
                            db.lastError(), answered ? StorageError::Kind::Refused : StorageError::Kind::Unreachable);
            db = QSqlDatabase();
            drop();
            return failure;
        }
        // The app's tables are found without a schema name; the server's own functions still resolve. Text in and out
        // is UTF-8 whatever the server's default.
        QSqlQuery path(db);
        if (!path.exec(QStringLiteral("SET search_path TO triplewin, pg_catalog")) ||
            !path.exec(QStringLiteral("SET client_encoding TO 'UTF8'"))) {
            const StorageError failure =
                serverError(TeamServerText::tr("Cannot use the team server."), path.lastError());
            path = QSqlQuery();
            db = QSqlDatabase();
            drop();
            return failure;
        }
    }
    const Expected<int> version = schemaVersionOf(QSqlDatabase::database(connectionName, false));
    if (!version.ok()) {
        drop();
        return version.error();
    }
    if (version.value() > SchemaVersion) {
        drop();
        return StorageError{
            StorageError::Kind::NewerSchema,
            TeamServerText::tr("The team server %1 was set up by a newer version of Triplewin (server schema %2; this "
                               "version knows up to %3). Nothing was changed: update Triplewin to use it.")
                .arg(address.displayName())
                .arg(version.value())
                .arg(SchemaVersion),
            QString()};
    }
    return version;
}

void TeamServer::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TeamServer::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase TeamServer::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Expected<int> TeamServer::schemaVersion()
{
    return schemaVersionOf(connection());
}

Expected<int> TeamServer::schemaVersionOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('triplewin.schema_version') IS NOT NULL")) || !query.next())
        return serverError(TeamServerText::tr("Reading the team server's schema version failed."), query.lastError());
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(SqlDialect::postgresql().schemaVersionQuery()) || !query.next())
        return serverError(TeamServerText::tr("Reading the team server's schema version failed."), query.lastError());
    return query.value(0).toInt();
}

StorageError TeamServer::runScript(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return StorageError{StorageError::Kind::Sql,
                            TeamServerText::tr("The server setup script %1 is missing.").arg(resource),
                            file.errorString()};
    QSqlQuery query(connection());
    // One string, many statements: the driver sends it as a simple query, as psql -f would.
    if (!query.exec(QString::fromUtf8(file.readAll())))
        return serverError(TeamServerText::tr("Setting up the team server failed in %1; nothing of the setup was kept.")
                               .arg(resource.section(u'/', -1)),
                           query.lastError());
    return {};
}

StorageError TeamServer::init()
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return serverError(TeamServerText::tr("Setting up the team server failed."), db.lastError());
    // "already exists, skipping" for each table on a second run is no news.
    QSqlQuery(db).exec(QStringLiteral("SET LOCAL client_min_messages = warning"));
    // Every script core/CMakeLists.txt compiles in, in the order of their numbers (001-schema.sql, 002-…).
    const QDir scripts(QStringLiteral(":/server"), QStringLiteral("*.sql"), QDir::Name, QDir::Files);
    for (const QString &script : scripts.entryList()) {
        if (StorageError failure = runScript(scripts.filePath(script))) {
            db.rollback();
            return failure;
        }
    }
    if (!db.commit()) {
        const StorageError failure =
            serverError(TeamServerText::tr("Setting up the team server failed."), db.lastError());
        db.rollback();
        return failure;
    }
    return {};
}

StorageError TeamServer::addUser(const QString &name, ServerRole role, const QString &password)
{
    const QString action = TeamServerText::tr("Adding the login “%1” failed.").arg(name);
    if (name.trimmed().isEmpty() || name.size() > 63)
        return StorageError{
            StorageError::Kind::Invalid,
            TeamServerText::tr("A login name needs 1 to 63 characters; “%1” has %2.").arg(name).arg(name.size()),
            QString()};
    QSqlDatabase db = connection();
    const QString login = db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
    if (!db.transaction())
        return serverError(action, db.lastError());
    const auto fail = [&db, &action](const QSqlQuery &query) {
        const StorageError failure = serverError(action, query.lastError());
        db.rollback();
        return failure;
    };
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return fail(query);
    const bool exists = query.next();
    if (!exists || !password.isEmpty()) {
        QString statement =
            QStringLiteral("%1 ROLE %2 LOGIN").arg(exists ? QStringLiteral("ALTER") : QStringLiteral("CREATE"), login);
        if (!password.isEmpty()) {
            QSqlField secret(QStringLiteral("password"), QMetaType(QMetaType::QString));
            secret.setValue(password);
            statement += QStringLiteral(" PASSWORD %1").arg(db.driver()->formatValue(secret));
        }
        if (!query.exec(statement))
            return fail(query);
    }
    if (!query.exec(QStringLiteral("GRANT %1 TO %2").arg(groupRoleOf(role), login)))
        return fail(query);
    if (!db.commit()) {
        const StorageError failure = serverError(action, db.lastError());
        db.rollback();
        return failure;
    }
    return {};
}

} // namespace Triplewin::Core
