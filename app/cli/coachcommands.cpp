// The coach's commands: habits, rq and reasons.

#include "command.h"
#include "reports.h"

#include <core/storage/database.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Triplewin::Cli {

namespace {

/// habits and rq share their options (rq also has --months); @p print writes the report.
int runReport(const QStringList &arguments, const QString &description, bool withMonths,
              bool (*print)(Core::Database &, const ReportOptions &, QTextStream &, QString *))
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    addDatabaseOption(parser);
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("main", "Print JSON."));
    const QCommandLineOption salesperson(QStringLiteral("salesperson"),
                                         QCoreApplication::translate("main", "Only this salesperson."),
                                         QCoreApplication::translate("main", "name"));
    const QCommandLineOption months(QStringLiteral("months"),
                                    QCoreApplication::translate("main", "The last <n> months (default 12)."),
                                    QCoreApplication::translate("main", "n"), QStringLiteral("12"));
    parser.addOptions({json, salesperson});
    if (withMonths)
        parser.addOption(months);
    if (const std::optional<int> ended = parseOptions(parser, arguments, Positional::None))
        return *ended;
    bool monthsOk = false;
    const int monthCount = withMonths ? parser.value(months).toInt(&monthsOk) : 12;
    monthsOk = monthsOk || !withMonths;
    if (!monthsOk || monthCount < 1 || monthCount > 120)
        return usageError(parser,
                          QCoreApplication::translate("main", "--months takes a number from 1 to 120, not “%1”.")
                              .arg(parser.value(months)));

    Core::Database database(QStringLiteral("triplewin-cli"));
    if (!openDatabase(parser, database, Access::Read))
        return Failure;
    ReportOptions options;
    options.json = parser.isSet(json);
    options.salesperson = parser.value(salesperson);
    options.months = monthCount;
    QTextStream out(stdout);
    QString error;
    const bool ok = print(database, options, out, &error);
    out.flush();
    return ok ? Success : failure(error);
}

} // namespace

Command habitsCommand()
{
    const QString summary =
        QCoreApplication::translate("main", "habit flags per salesperson, with the deals that show them");
    return {QStringLiteral("habits"), summary,
            [summary](const QStringList &arguments) { return runReport(arguments, summary, false, &printHabits); }};
}

Command rqCommand()
{
    const QString summary =
        QCoreApplication::translate("main", "relational quotient per salesperson, overall and per month");
    return {QStringLiteral("rq"), summary,
            [summary](const QStringList &arguments) { return runReport(arguments, summary, true, &printRq); }};
}

Command reasonsCommand()
{
    const QString summary =
        QCoreApplication::translate("main", "why deals ended, by how they ended and by salesperson");
    return {QStringLiteral("reasons"), summary,
            [summary](const QStringList &arguments) { return runReport(arguments, summary, true, &printReasons); }};
}

} // namespace Triplewin::Cli
