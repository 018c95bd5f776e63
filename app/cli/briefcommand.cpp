// triplewin-cli brief: the one-page deal brief as a PDF (ui/dealbrief.h), as File ▸ Export Deal Brief… writes it.

#include "command.h"

#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <ui/dealbrief.h>

namespace Triplewin::Cli {

namespace {

int runBrief(const QStringList &arguments, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    addDatabaseOption(parser);
    const QCommandLineOption deal(QStringLiteral("deal"),
                                  QCoreApplication::translate("main", "The deal's uuid (as exports list it)."),
                                  QCoreApplication::translate("main", "uuid"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QCoreApplication::translate("main", "The PDF file to write."),
                                    QCoreApplication::translate("main", "file"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "a4 or letter (default: the locale's, Letter in the US and Canada)."),
        QCoreApplication::translate("main", "size"));
    parser.addOptions({deal, output, page});
    if (const std::optional<int> ended = parseOptions(parser, arguments, Positional::None))
        return *ended;
    if (!parser.isSet(deal) || parser.value(deal).trimmed().isEmpty())
        return usageError(parser, QCoreApplication::translate("main", "--deal names the deal (its uuid)."));
    if (!parser.isSet(output) || parser.value(output).trimmed().isEmpty())
        return usageError(parser, QCoreApplication::translate("main", "--output names the PDF file to write."));
    QPageSize pageSize = Ui::DealBrief::localPageSize();
    if (parser.isSet(page)) {
        const QString name = parser.value(page).toLower();
        if (name == u"a4")
            pageSize = QPageSize(QPageSize::A4);
        else if (name == u"letter")
            pageSize = QPageSize(QPageSize::Letter);
        else
            return usageError(
                parser,
                QCoreApplication::translate("main", "--page takes a4 or letter, not “%1”.").arg(parser.value(page)));
    }

    Core::Database database(QStringLiteral("triplewin-cli"));
    if (!openDatabase(parser, database, Access::Read))
        return Failure;
    Core::DealRepository repository(database);
    const Core::Expected<std::optional<qint64>> id = repository.idOfUuid(parser.value(deal));
    if (!id.ok())
        return failure(id.error().fullText());
    if (!id.value())
        return failure(QCoreApplication::translate("main", "no deal with the uuid “%1” in this database.")
                           .arg(parser.value(deal).trimmed()));
    const Core::Expected<Core::Deal> loaded = repository.load(*id.value());
    if (!loaded.ok())
        return failure(loaded.error().fullText());
    QString error;
    if (!Ui::DealBrief(loaded.value()).writePdf(parser.value(output), pageSize, &error))
        return failure(error);
    QTextStream(stdout) << QCoreApplication::translate("main", "Wrote the brief of “%1” to %2.")
                               .arg(loaded.value().title, parser.value(output))
                        << '\n';
    return Success;
}

} // namespace

Command briefCommand()
{
    const QString summary = QCoreApplication::translate("main", "write a deal's one-page brief as a PDF");
    return {QStringLiteral("brief"), summary,
            [summary](const QStringList &arguments) { return runBrief(arguments, summary); }};
}

} // namespace Triplewin::Cli
