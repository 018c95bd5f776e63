#include "command.h"

#include <core/storage/database.h>
#include <core/storage/teamserver.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <termios.h>
#include <unistd.h>

namespace Triplewin::Cli {

namespace {
const QString DatabaseOption = QStringLiteral("db");
const QString ServerOption = QStringLiteral("server");
QString currentCommand;

/// Reads a password from the terminal without echoing it; empty when stdin is not a terminal.
QString promptPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    QTextStream(stderr) << prompt << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QString password = QTextStream(stdin).readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    QTextStream(stderr) << '\n';
    return password;
}
} // namespace

void setCommandName(const QString &name)
{
    currentCommand = name;
}

QString commandHelp(const QCommandLineParser &parser)
{
    // QCommandLineParser names the program as it was started (a path) and knows nothing of the command.
    QString text = parser.helpText();
    const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
    const qsizetype lineEnd = text.indexOf(u'\n');
    if (text.startsWith(QStringLiteral("Usage: ")) && options > 0 && options < lineEnd)
        text.replace(7, options - 7, QStringLiteral("triplewin-cli ") + currentCommand);
    return text;
}

std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &arguments, Positional positional)
{
    if (!parser.parse(arguments))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << commandHelp(parser);
        return Success;
    }
    if (positional == Positional::None && !parser.positionalArguments().isEmpty())
        return usageError(parser, QCoreApplication::translate("main", "unexpected argument “%1”.")
                                      .arg(parser.positionalArguments().constFirst()));
    return std::nullopt;
}

int usageError(const QCommandLineParser &parser, const QString &message)
{
    QTextStream(stderr) << "triplewin-cli: " << message << "\n\n" << commandHelp(parser);
    return UsageError;
}

int failure(const QString &message)
{
    QTextStream(stderr) << "triplewin-cli: " << message << '\n';
    return Failure;
}

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        DatabaseOption,
        QCoreApplication::translate("main", "The deal database (default: %1).").arg(Core::Database::defaultPath()),
        QCoreApplication::translate("main", "path")));
    parser.addOption(QCommandLineOption(
        ServerOption,
        QCoreApplication::translate("main", "Work on a team server instead of a file: a libpq connection string "
                                            "(\"host=db.example.com dbname=sales user=dana sslmode=require\"); what it "
                                            "leaves out comes from the PG* environment variables, the password from "
                                            "~/.pgpass, PGPASSWORD or a prompt."),
        QCoreApplication::translate("main", "connection")));
}

Core::StorageError withPassword(const Core::ServerAddress &address,
                                const std::function<Core::StorageError(const QString &password)> &open)
{
    Core::StorageError error = open(QString());
    // libpq found no password (~/.pgpass, PGPASSWORD) and the server wants one: ask, once.
    if (error && error.detail.contains(QStringLiteral("no password supplied"))) {
        const QString password =
            promptPassword(QCoreApplication::translate("main", "Password for %1: ").arg(address.displayName()));
        if (!password.isEmpty())
            error = open(password);
    }
    return error;
}

bool usesServer(const QCommandLineParser &parser)
{
    return parser.isSet(ServerOption);
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(DatabaseOption) ? parser.value(DatabaseOption) : Core::Database::defaultPath();
}

bool openDatabase(const QCommandLineParser &parser, Core::Database &database, Access access)
{
    if (parser.isSet(ServerOption)) {
        if (parser.isSet(DatabaseOption)) {
            failure(QCoreApplication::translate("main", "give either --db or --server, not both."));
            return false;
        }
        // The server decides what this login may read and write: nothing to check here first.
        const Core::Expected<Core::ServerAddress> address = Core::ServerAddress::parse(parser.value(ServerOption));
        if (!address.ok()) {
            failure(address.error().fullText());
            return false;
        }
        if (const Core::StorageError error =
                withPassword(address.value(), [&database, &address](const QString &password) {
                    return database.openServer(address.value(), password);
                })) {
            failure(error.fullText());
            return false;
        }
        return true;
    }
    const QString path = databasePath(parser);
    if (access == Access::Write) {
        // An upgrade of a big file takes seconds: say what is happening, on stderr (stdout may be JSON).
        database.setUpgradeProgress([&path](int done, int total) {
            QTextStream(stderr) << QCoreApplication::translate("main", "Upgrading “%1” to this version of Triplewin: "
                                                                       "step %2 of %3")
                                       .arg(path)
                                       .arg(std::min(done + 1, total))
                                       .arg(total)
                                << (done == total ? QStringLiteral(", done.") : QStringLiteral("…")) << '\n';
        });
        if (const Core::StorageError error = database.open(path)) {
            failure(error.fullText());
            return false;
        }
        return true;
    }
    // Reports read: never create an empty database because of a typo in the path, and never change the file.
    if (!QFileInfo::exists(path)) {
        failure(QCoreApplication::translate("main", "there is no database at “%1”.").arg(path));
        return false;
    }
    if (const Core::StorageError error = database.openForReading(path)) {
        failure(error.fullText());
        return false;
    }
    if (const int version = database.schemaVersion(); version < Core::Database::SchemaVersion) {
        failure(QCoreApplication::translate("main", "“%1” uses an older format (schema %2). Open it once in "
                                                    "Triplewin to upgrade it (a backup is kept), then run this "
                                                    "again.")
                    .arg(path)
                    .arg(version));
        return false;
    }
    return true;
}

} // namespace Triplewin::Cli
