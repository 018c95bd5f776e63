// merge: brings another member's Triplewin file into the database named by --db.
//
// Exit codes: 0 when the merge was saved, also when some deals were conflicts (they are listed, on stdout or in
// the JSON "conflicts" array, and the local copies were left as they are); 1 when nothing was merged (missing
// source, not a Triplewin file, newer schema, database error); 2 for bad arguments.

#include "command.h"

#include <core/storage/database.h>
#include <core/storage/mergeservice.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Triplewin::Cli {

namespace {

QString stamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const Core::MergeReport &report, const QString &database)
{
    QJsonArray conflicts;
    for (const Core::MergeConflict &conflict : report.conflicts) {
        conflicts.append(QJsonObject{
            {QStringLiteral("uuid"), conflict.uuid},
            {QStringLiteral("title"), conflict.title},
            {QStringLiteral("localRevision"), conflict.localRevision},
            {QStringLiteral("localUpdatedAt"), stamp(conflict.localUpdatedAt)},
            {QStringLiteral("sourceRevision"), conflict.sourceRevision},
            {QStringLiteral("sourceUpdatedAt"), stamp(conflict.sourceUpdatedAt)},
            {QStringLiteral("reason"), conflict.reason},
        });
    }
    return QJsonObject{
        {QStringLiteral("source"), report.sourcePath},   {QStringLiteral("sourceId"), report.sourceId},
        {QStringLiteral("database"), database},          {QStringLiteral("added"), report.added},
        {QStringLiteral("updated"), report.updated},     {QStringLiteral("unchanged"), report.unchanged},
        {QStringLiteral("keptLocal"), report.keptLocal}, {QStringLiteral("skippedTrashed"), report.skippedTrashed},
        {QStringLiteral("conflicts"), conflicts},
    };
}

void printText(const Core::MergeReport &report, const QString &database, QTextStream &out)
{
    out << QCoreApplication::translate("main", "Merged “%1” into “%2”:")
               .arg(QDir::toNativeSeparators(report.sourcePath), QDir::toNativeSeparators(database))
        << '\n';
    out << "  "
        << QCoreApplication::translate("main", "%1 added, %2 updated, %3 unchanged, %4 changed only here (kept), "
                                               "%5 in the source's trash (skipped)")
               .arg(report.added)
               .arg(report.updated)
               .arg(report.unchanged)
               .arg(report.keptLocal)
               .arg(report.skippedTrashed)
        << '\n';
    if (report.conflicts.isEmpty()) {
        out << "  " << QCoreApplication::translate("main", "No conflicts.") << '\n';
        return;
    }
    out << "  "
        << QCoreApplication::translate("main", "%1 conflict(s), left as they are here:").arg(report.conflicts.size())
        << '\n';
    for (const Core::MergeConflict &conflict : report.conflicts) {
        out << "    " << conflict.title << "  [" << conflict.uuid << "]\n";
        out << "      "
            << QCoreApplication::translate("main", "here: revision %1, changed %2; in the source: revision %3, "
                                                   "changed %4")
                   .arg(conflict.localRevision)
                   .arg(stamp(conflict.localUpdatedAt))
                   .arg(conflict.sourceRevision)
                   .arg(stamp(conflict.sourceUpdatedAt))
            << '\n';
        out << "      " << conflict.reason << '\n';
    }
}

int runMerge(const QStringList &arguments, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        description + u'\n' +
        QCoreApplication::translate("main", "The source file is only read. Exit code 0 when the merge was saved, "
                                            "even with conflicts (they are listed); 1 when nothing was merged."));
    parser.addHelpOption();
    addDatabaseOption(parser);
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("main", "Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("source"),
                                 QCoreApplication::translate("main", "Another member's Triplewin database file."));
    if (const std::optional<int> ended = parseOptions(parser, arguments, Positional::Some))
        return *ended;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(parser, QCoreApplication::translate("main", "name the file to merge."));
    if (positional.size() > 1)
        return usageError(parser,
                          QCoreApplication::translate("main", "unexpected argument “%1”.").arg(positional.at(1)));

    // Merging into a new file is how a team database starts, so --db may name a file that does not exist yet.
    Core::Database database(QStringLiteral("triplewin-cli"));
    if (!openDatabase(parser, database, Access::Write))
        return Failure;
    if (database.isServer()) // a merge keeps its history in the file it merges into; a server has no such table
        return failure(QCoreApplication::translate("main", "merging into a team server is not supported; merge into "
                                                           "a database file (--db)."));
    const Core::Expected<Core::MergeReport> report = Core::MergeService(database).merge(positional.constFirst());
    if (!report.ok())
        return failure(report.error().fullText());
    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QJsonDocument(toJson(report.value(), database.path())).toJson(QJsonDocument::Indented);
    else
        printText(report.value(), database.path(), out);
    return Success;
}

} // namespace

Command mergeCommand()
{
    const QString summary = QCoreApplication::translate(
        "main", "merge another member's Triplewin file: new deals added, conflicts reported, never overwritten");
    return {QStringLiteral("merge"), summary,
            [summary](const QStringList &arguments) { return runMerge(arguments, summary); }};
}

} // namespace Triplewin::Cli
