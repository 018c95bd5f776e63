#include "command.h"

#include <core/storage/database.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Triplewin::Cli {

namespace {
const QString DatabaseOption = QStringLiteral("db");
QString currentCommand;
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
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(DatabaseOption) ? parser.value(DatabaseOption) : Core::Database::defaultPath();
}

bool openDatabase(const QCommandLineParser &parser, Core::Database &database, Access access)
{
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
