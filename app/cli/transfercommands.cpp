// Moving deals in and out: import (CSV from Triplewin or a CRM) and export (CSV or JSON).

#include "command.h"

#include <algorithm>
#include <core/io/dealexporter.h>
#include <core/io/dealimporter.h>
#include <core/io/inputfile.h>
#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace Triplewin::Cli {

namespace {

QJsonArray issuesJson(const QList<Core::ImportIssue> &issues)
{
    QJsonArray array;
    for (const Core::ImportIssue &issue : issues)
        array.append(QJsonObject{{QStringLiteral("line"), issue.line}, {QStringLiteral("message"), issue.message}});
    return array;
}

void printIssues(QTextStream &stream, const QList<Core::ImportIssue> &issues)
{
    for (const Core::ImportIssue &issue : issues) {
        if (issue.line > 0)
            stream << "  " << QCoreApplication::translate("main", "line %1: %2").arg(issue.line).arg(issue.message)
                   << '\n';
        else
            stream << "  " << issue.message << '\n';
    }
}

int runImport(const QStringList &arguments, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("main", "The CSV file."));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        QCoreApplication::translate("main", "The file's origin: triplewin, salesforce, hubspot or pipedrive (default: "
                                            "recognised from the header row)."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("main", "Print JSON."));
    const QCommandLineOption skip(
        QStringLiteral("skip-bad-rows"),
        QCoreApplication::translate("main", "Import the good rows and list the bad ones (default: import nothing "
                                            "when any row is bad)."));
    const QCommandLineOption dayFirst(
        QStringLiteral("day-first"),
        QCoreApplication::translate("main", "Read dates such as 3/4/2026 as day/month (default: month/day)."));
    const QCommandLineOption currency(
        QStringLiteral("currency"),
        QCoreApplication::translate("main", "Currency of amounts without one (default: EUR)."),
        QCoreApplication::translate("main", "code"), QStringLiteral("EUR"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("main", "Report what the import would add, update and leave, and change "
                                            "nothing."));
    const QCommandLineOption decimal(
        QStringLiteral("decimal"),
        QCoreApplication::translate("main", "The decimal mark of the file's amounts, . or , (default: what the "
                                            "file's amounts show; an amount like 1,234 that nothing settles is a "
                                            "bad row)."),
        QCoreApplication::translate("main", "mark"));
    parser.addOptions({preset, json, skip, dayFirst, currency, decimal, dryRun});
    if (const std::optional<int> ended = parseOptions(parser, arguments, Positional::Some))
        return *ended;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(parser, QCoreApplication::translate("main", "give exactly one CSV file to import."));
    Core::ImportOptions options;
    if (parser.isSet(preset)) {
        options.preset = Core::presetFromKey(parser.value(preset));
        if (!options.preset || *options.preset == Core::ImportPreset::Custom)
            return usageError(parser,
                              QCoreApplication::translate("main", "unknown preset “%1”.").arg(parser.value(preset)));
    }
    options.skipBadRows = parser.isSet(skip);
    options.slashDates = parser.isSet(dayFirst) ? Core::SlashDates::DayFirst : Core::SlashDates::MonthFirst;
    if (parser.isSet(decimal)) {
        const QString mark = parser.value(decimal);
        if (mark != u"." && mark != u",")
            return usageError(parser, QCoreApplication::translate("main", "--decimal takes . or , (the mark before "
                                                                          "the cents), not “%1”.")
                                          .arg(mark));
        options.decimalMark = mark.at(0);
    }
    options.defaultCurrency = parser.value(currency).toUpper();
    if (options.defaultCurrency.size() != 3 ||
        !std::all_of(options.defaultCurrency.cbegin(), options.defaultCurrency.cend(),
                     [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        return usageError(parser, QCoreApplication::translate("main", "--currency takes a three-letter code such as "
                                                                      "EUR or USD, not “%1”.")
                                      .arg(parser.value(currency)));

    if (const QString problem = Core::inputFileProblem(positional.constFirst()); !problem.isEmpty())
        return failure(problem);
    QFile file(positional.constFirst());
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            QCoreApplication::translate("main", "cannot read “%1”: %2.").arg(file.fileName(), file.errorString()));
    Core::Database database(QStringLiteral("triplewin-cli"));
    // A failed import (or a dry run) into a database that did not exist leaves no new, empty database behind.
    // On a team server there is no file to create, probe or tidy up.
    const bool onServer = usesServer(parser);
    const QString databaseFile = databasePath(parser);
    const bool newDatabase = !onServer && !QFileInfo::exists(databaseFile);
    if (parser.isSet(dryRun) && !newDatabase && !onServer) {
        // A dry run changes nothing, so it does not upgrade an older database either.
        Core::Database probe(QStringLiteral("triplewin-cli-probe"));
        if (const Core::StorageError error = probe.openForReading(databaseFile))
            return failure(error.fullText());
        if (const int version = probe.schemaVersion(); version < Core::Database::SchemaVersion)
            return failure(QCoreApplication::translate("main", "“%1” uses an older format (schema %2), and a dry run "
                                                               "changes nothing, not even that. Open it once in "
                                                               "Triplewin to upgrade it (a backup is kept), then run "
                                                               "this again.")
                               .arg(databaseFile)
                               .arg(version));
    }
    if (!openDatabase(parser, database, Access::Write))
        return Failure;
    Core::DealRepository repository(database);
    const Core::DealImporter importer(options);
    const Core::ImportResult result =
        parser.isSet(dryRun) ? importer.dryRun(repository, &file) : importer.importInto(repository, &file);
    if (newDatabase && (parser.isSet(dryRun) || result.status != Core::ImportResult::Status::Imported)) {
        database.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(databaseFile + suffix);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool imported = result.status == Core::ImportResult::Status::Imported;
    if (parser.isSet(json)) {
        auto ids = [](const QList<qint64> &list) {
            QJsonArray array;
            for (qint64 id : list)
                array.append(id);
            return array;
        };
        QJsonObject object{
            {QStringLiteral("imported"), imported ? result.ids.size() : 0},
            {QStringLiteral("dry_run"), parser.isSet(dryRun)},
            {QStringLiteral("added"), imported ? result.ids.size() : 0},
            {QStringLiteral("updated"), imported ? result.updatedIds.size() : 0},
            {QStringLiteral("unchanged"), imported ? result.unchanged : 0},
            {QStringLiteral("conflicting"), imported ? result.conflicts.size() : 0},
            {QStringLiteral("updated_ids"), ids(result.updatedIds)},
            {QStringLiteral("conflicts"), issuesJson(result.conflicts)},
            {QStringLiteral("preset"), Core::presetKey(result.preset)},
            {QStringLiteral("ids"), ids(result.ids)},
        };
        object.insert(imported ? QStringLiteral("skipped") : QStringLiteral("errors"), issuesJson(result.issues));
        if (!result.error.isEmpty())
            object.insert(QStringLiteral("error"), result.error);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        out.flush();
    }
    switch (result.status) {
    case Core::ImportResult::Status::Imported:
        if (!parser.isSet(json)) {
            out << (parser.isSet(dryRun)
                        ? QCoreApplication::translate("main", "Dry run, nothing was changed. From %1, the import would "
                                                              "give: %2")
                        : QCoreApplication::translate("main", "Imported from %1: %2"))
                       .arg(Core::presetName(result.preset), Core::importSummary(result))
                << '\n';
            if (!result.conflicts.isEmpty()) {
                out << QCoreApplication::translate("main", "Not applied (the deal here was kept as it is):") << '\n';
                printIssues(out, result.conflicts);
            }
            if (!result.issues.isEmpty()) {
                err << QCoreApplication::translate("main", "Skipped %n bad row(s):", nullptr, int(result.issues.size()))
                    << '\n';
                printIssues(err, result.issues);
            }
        }
        return Success;
    case Core::ImportResult::Status::BadRows:
        err << "triplewin-cli: "
            << QCoreApplication::translate("main",
                                           "nothing was imported: %n row(s) of “%1” cannot be imported. Fix them, "
                                           "or pass --skip-bad-rows to import the others.",
                                           nullptr, int(result.issues.size()))
                   .arg(file.fileName())
            << '\n';
        printIssues(err, result.issues);
        return Failure;
    case Core::ImportResult::Status::Cancelled:
        return failure(QCoreApplication::translate("main", "the import was cancelled; nothing was imported."));
    case Core::ImportResult::Status::Failed:
        break;
    }
    return failure(QCoreApplication::translate("main", "nothing was imported: %1").arg(result.error));
}

int runExport(const QStringList &arguments, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    addDatabaseOption(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("main", "csv or json (default: csv)."),
                                    QCoreApplication::translate("main", "format"), QStringLiteral("csv"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QCoreApplication::translate("main", "Write to this file instead of stdout."),
                                    QCoreApplication::translate("main", "file"));
    parser.addOptions({format, output});
    if (const std::optional<int> ended = parseOptions(parser, arguments, Positional::None))
        return *ended;
    const QString formatName = parser.value(format).toLower();
    if (formatName != u"csv" && formatName != u"json")
        return usageError(
            parser,
            QCoreApplication::translate("main", "--format takes csv or json, not “%1”.").arg(parser.value(format)));
    const auto exportFormat =
        formatName == u"json" ? Core::DealExporter::Format::Json : Core::DealExporter::Format::Csv;

    Core::Database database(QStringLiteral("triplewin-cli"));
    if (!openDatabase(parser, database, Access::Read))
        return Failure;
    Core::DealRepository repository(database);

    if (parser.isSet(output)) {
        // Written to a temporary file and renamed at the end: a failed export leaves no half file behind.
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly))
            return failure(
                QCoreApplication::translate("main", "cannot write “%1”: %2.").arg(file.fileName(), file.errorString()));
        Core::DealExporter exporter(&file, exportFormat);
        if (!exporter.exportAll(repository)) {
            file.cancelWriting();
            return failure(exporter.errorString());
        }
        if (!file.commit())
            return failure(
                QCoreApplication::translate("main", "cannot write “%1”: %2.").arg(file.fileName(), file.errorString()));
        QTextStream(stdout) << QCoreApplication::translate("main", "Exported %n deal(s) to %1.", nullptr,
                                                           int(exporter.dealsWritten()))
                                   .arg(file.fileName())
                            << '\n';
        return Success;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return failure(out.errorString());
    Core::DealExporter exporter(&out, exportFormat);
    if (!exporter.exportAll(repository))
        return failure(exporter.errorString());
    out.flush();
    return Success;
}

} // namespace

Command importCommand()
{
    const QString summary =
        QCoreApplication::translate("main", "import deals from a Triplewin, Salesforce, HubSpot or Pipedrive CSV");
    return {QStringLiteral("import"), summary,
            [summary](const QStringList &arguments) { return runImport(arguments, summary); }};
}

Command exportCommand()
{
    const QString summary = QCoreApplication::translate("main", "export every deal as CSV or JSON");
    return {QStringLiteral("export"), summary,
            [summary](const QStringList &arguments) { return runExport(arguments, summary); }};
}

} // namespace Triplewin::Cli
