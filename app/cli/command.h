#pragma once

#include <functional>
#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace Triplewin::Core {
class Database;
struct ServerAddress;
struct StorageError;
} // namespace Triplewin::Core

namespace Triplewin::Cli {

/// Exit codes shared by every command.
enum ExitCode
{
    Success = 0,
    Failure = 1,    ///< a database, file or analysis error; the message is on stderr
    UsageError = 2, ///< bad arguments; the message and the command's help are on stderr
};

/// One sub-command of triplewin-cli ("habits", "rq", ...). `run` receives the arguments after the command name
/// with the program name in front (as QCommandLineParser expects) and returns an ExitCode.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run;
};

/// Every command, in the order `triplewin-cli --help` lists them.
QList<Command> commands();

/// The command being run ("import"), for its help text; set once by main().
void setCommandName(const QString &name);
/// The parser's help with the usage line as people type it: "Usage: triplewin-cli import [options] file".
QString commandHelp(const QCommandLineParser &parser);
/// Prints "triplewin-cli: <message>" and the command's help to stderr; returns UsageError.
int usageError(const QCommandLineParser &parser, const QString &message);
/// Prints "triplewin-cli: <message>" to stderr; returns Failure.
int failure(const QString &message);
/// Whether a command takes arguments besides its options (a file to import or merge).
enum class Positional
{
    None,
    Some,
};
/// Parses @p arguments into @p parser: the exit code when the command ends here (a usage error, said with the
/// command's help; --help, printed; an argument a command of Positional::None does not take), else empty.
std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &arguments, Positional positional);

/// Adds --db and --server to @p parser (shared by every command that reads or writes a database).
void addDatabaseOption(QCommandLineParser &parser);
/// True when --server was given: the command works on a team server, not a file.
bool usesServer(const QCommandLineParser &parser);
/// The database --db names, or the default one.
QString databasePath(const QCommandLineParser &parser);
/// Opens the database named by --db (or the default one). With @p mustExist, a missing file is an error
/// instead of a new database. Returns false after printing the reason.
/// How a command uses the database: reports and exports only read it (an existing file, opened read-only, never
/// upgraded); import and merge write to it (created when missing, upgraded when older).
enum class Access
{
    Read,
    Write,
};
bool openDatabase(const QCommandLineParser &parser, Core::Database &database, Access access);
/// Runs @p open without a password (libpq's ~/.pgpass or PGPASSWORD give it, or the server wants none); when the
/// server asks for one libpq could not find, prompts for it on the terminal (never echoed) and runs @p open with it.
Core::StorageError withPassword(const Core::ServerAddress &address,
                                const std::function<Core::StorageError(const QString &password)> &open);

} // namespace Triplewin::Cli
