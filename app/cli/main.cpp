// triplewin-cli: the coach without a display. Same core as the app; machine-readable output with --json.
//
//   triplewin-cli habits [--db PATH] [--salesperson NAME] [--json]
//   triplewin-cli rq     [--db PATH] [--months N] [--json]
//
// Exit codes: 0 success, 1 a database or analysis error (message on stderr), 2 a usage error.

#include "reports.h"

#include <core/storage/database.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2,
};

int usageError(const QCommandLineParser &parser, const QString &message)
{
    QTextStream err(stderr);
    err << "triplewin-cli: " << message << "\n\n" << parser.helpText();
    return UsageError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Triplewin"));
    QCoreApplication::setApplicationName(QStringLiteral("Triplewin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIPLEWIN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "The Triplewin coach on the command line.\n\nCommands:\n"
                                            "  habits  habit flags per salesperson, with the deals that show them\n"
                                            "  rq      relational quotient per salesperson, overall and per month"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("main", "habits or rq"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "The deal database (default: %1).")
                                    .arg(Triplewin::Core::Database::defaultPath()),
                                QCoreApplication::translate("main", "path"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("main", "Print JSON."));
    const QCommandLineOption salesperson(QStringLiteral("salesperson"),
                                         QCoreApplication::translate("main", "Only this salesperson."),
                                         QCoreApplication::translate("main", "name"));
    const QCommandLineOption months(QStringLiteral("months"),
                                    QCoreApplication::translate("main", "RQ over the last <n> months (default 12)."),
                                    QCoreApplication::translate("main", "n"), QStringLiteral("12"));
    parser.addOptions({db, json, salesperson, months});
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return usageError(parser, QCoreApplication::translate("main", "give exactly one command."));
    const QString command = arguments.constFirst();
    if (command != u"habits" && command != u"rq")
        return usageError(parser, QCoreApplication::translate("main", "unknown command “%1”.").arg(command));
    bool monthsOk = false;
    const int monthCount = parser.value(months).toInt(&monthsOk);
    if (!monthsOk || monthCount < 1 || monthCount > 120)
        return usageError(parser,
                          QCoreApplication::translate("main", "--months takes a number from 1 to 120, not “%1”.")
                              .arg(parser.value(months)));

    Triplewin::Core::Database database(QStringLiteral("triplewin-cli"));
    const QString path = parser.isSet(db) ? parser.value(db) : Triplewin::Core::Database::defaultPath();
    // Reports read: never create an empty database because of a typo in the path.
    if (!QFileInfo::exists(path)) {
        QTextStream(stderr) << "triplewin-cli: "
                            << QCoreApplication::translate("main", "there is no database at “%1”.").arg(path) << '\n';
        return Failure;
    }
    if (const Triplewin::Core::StorageError error = database.open(path)) {
        QTextStream(stderr) << "triplewin-cli: " << error.fullText() << '\n';
        return Failure;
    }

    Triplewin::Cli::ReportOptions options;
    options.json = parser.isSet(json);
    options.salesperson = parser.value(salesperson);
    options.months = monthCount;
    QTextStream out(stdout);
    QString error;
    const bool ok = command == u"habits" ? Triplewin::Cli::printHabits(database, options, out, &error)
                                         : Triplewin::Cli::printRq(database, options, out, &error);
    out.flush();
    if (!ok) {
        QTextStream(stderr) << "triplewin-cli: " << error << '\n';
        return Failure;
    }
    return Success;
}
