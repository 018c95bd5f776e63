// server: sets up a team's PostgreSQL server. `server init` creates the schema, the group roles and the
// row-level security policies (resources/server/*.sql, idempotent); `server add-user NAME --role ROLE` gives a login
// its role. Where the server is: --server with a libpq connection string, or the PG* environment variables; the
// password from a prompt, PGPASSWORD or ~/.pgpass, never from the command line. `server push --db FILE` copies a
// personal database to the server as the login (by uuid: twice adds nothing twice); `server pull --db FILE` copies
// the login's deals from the server into a file for offline work.
//
// Exit codes: 0 done, 1 the server refused or could not be reached (message on stderr), 2 bad arguments.

#include "command.h"

#include <core/storage/database.h>
#include <core/storage/serverpush.h>
#include <core/storage/teamserver.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Triplewin::Cli {

namespace {

/// Connects as --server (or the environment) says; asks for the password when the server wants one that libpq
/// could not find. False after printing why.
bool connect(const QCommandLineParser &parser, const QCommandLineOption &serverOption, Core::TeamServer &server)
{
    const Core::Expected<Core::ServerAddress> address = Core::ServerAddress::parse(parser.value(serverOption));
    if (!address.ok()) {
        failure(address.error().fullText());
        return false;
    }
    const Core::StorageError error = withPassword(address.value(), [&server, &address](const QString &password) {
        return server.open(address.value(), password);
    });
    if (error) {
        failure(error.fullText());
        return false;
    }
    return true;
}

int runServer(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Sets up a team's PostgreSQL server.\n"
                "  init               create the schema, the group roles and the row-level security policies "
                "(again: changes nothing)\n"
                "  add-user NAME      give login NAME a role (--role), creating the login when it does not exist\n"
                "  push               copy the deals of a personal database (--db) to the server, as your login\n"
                "  pull               copy your deals on the server into a database file (--db) for offline work"));
    parser.addHelpOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "The server as a libpq connection string, e.g. \"host=db.example.com "
                                            "dbname=sales user=admin sslmode=require\" (default: the PG* environment "
                                            "variables). No password in it: it is asked for, or read from "
                                            "~/.pgpass or PGPASSWORD."),
        QCoreApplication::translate("main", "conninfo"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        QCoreApplication::translate("main", "add-user: salesperson or manager."),
                                        QCoreApplication::translate("main", "role"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("main", "add-user: read the new login's password from the first line of "
                                            "standard input (default: the login authenticates as the server's "
                                            "pg_hba.conf says, e.g. by its operating-system user)."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "push and pull: the database file (default: %1). Pushing only reads it; "
                                            "pulling creates it when it does not exist.")
            .arg(Core::Database::defaultPath()),
        QCoreApplication::translate("main", "path"));
    parser.addOptions({serverOption, roleOption, passwordOption, dbOption});
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QCoreApplication::translate("main", "init, add-user, push or pull"));
    parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("main", "add-user: the login"));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"init") {
        if (positional.size() != 1)
            return usageError(parser, QCoreApplication::translate("main", "init takes no further arguments."));
        Core::TeamServer server;
        if (!connect(parser, serverOption, server))
            return Failure;
        if (const Core::StorageError error = server.init())
            return failure(error.fullText());
        QTextStream(stdout) << QCoreApplication::translate("main", "The team server is set up (schema %1, roles "
                                                                   "triplewin_salesperson and triplewin_manager, "
                                                                   "row-level security on every table).")
                                   .arg(Core::TeamServer::SchemaVersion)
                            << '\n';
        return Success;
    }
    if (action == u"add-user") {
        if (positional.size() != 2)
            return usageError(parser, QCoreApplication::translate("main", "add-user needs the login's name."));
        const std::optional<Core::ServerRole> role = Core::serverRoleFromKey(parser.value(roleOption));
        if (!role)
            return usageError(parser, QCoreApplication::translate("main", "give --role salesperson or --role "
                                                                          "manager."));
        QString password;
        if (parser.isSet(passwordOption)) {
            password = QTextStream(stdin).readLine();
            if (password.isEmpty())
                return usageError(parser, QCoreApplication::translate("main", "--password-stdin read an empty "
                                                                              "line."));
        }
        Core::TeamServer server;
        if (!connect(parser, serverOption, server))
            return Failure;
        if (const Core::StorageError error = server.addUser(positional.at(1), *role, password))
            return failure(error.fullText());
        QTextStream(stdout) << QCoreApplication::translate("main", "“%1” is a %2 on the team server.")
                                   .arg(positional.at(1), Core::serverRoleKey(*role))
                            << '\n';
        return Success;
    }
    if (action == u"push" || action == u"pull") {
        if (positional.size() != 1)
            return usageError(parser,
                              QCoreApplication::translate("main", "%1 takes no further arguments.").arg(action));
        const bool push = action == u"push";
        const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Core::Database::defaultPath();
        Core::Database file(QStringLiteral("triplewin-cli-file"));
        if (const Core::StorageError error = push ? file.openForReading(path) : file.open(path))
            return failure(error.fullText());
        const Core::Expected<Core::ServerAddress> address = Core::ServerAddress::parse(parser.value(serverOption));
        if (!address.ok())
            return failure(address.error().fullText());
        Core::Database server(QStringLiteral("triplewin-cli-server"));
        if (const Core::StorageError error = withPassword(
                address.value(), [&](const QString &password) { return server.openServer(address.value(), password); }))
            return failure(error.fullText());
        const Core::Expected<Core::PushReport> report =
            push ? Core::pushDeals(file, server) : Core::pushDeals(server, file);
        if (!report.ok())
            return failure(report.error().fullText() + u' ' +
                           QCoreApplication::translate("main", "What was copied before stays; running the command "
                                                               "again copies the rest."));
        QTextStream out(stdout);
        out << (push ? QCoreApplication::translate("main", "Pushed %1 to %2: %3 added, %4 updated, %5 unchanged, %6 "
                                                           "not moved.")
                     : QCoreApplication::translate("main", "Pulled %2 into %1: %3 added, %4 updated, %5 unchanged, %6 "
                                                           "not moved."))
                   .arg(path, server.displayName())
                   .arg(report.value().added)
                   .arg(report.value().updated)
                   .arg(report.value().unchanged)
                   .arg(report.value().conflicts.size())
            << '\n';
        for (const Core::SyncReport::Note &note : report.value().conflicts)
            out << QStringLiteral("  “%1”: %2").arg(note.title, note.message) << '\n';
        return Success;
    }
    return usageError(parser, action.isEmpty()
                                  ? QCoreApplication::translate("main", "give an action: init, add-user, push or pull.")
                                  : QCoreApplication::translate("main", "unknown action “%1”.").arg(action));
}

} // namespace

Command serverCommand()
{
    return {QStringLiteral("server"),
            QCoreApplication::translate("main", "set up a team's PostgreSQL server: schema, roles, policies, logins"),
            runServer};
}

} // namespace Triplewin::Cli
