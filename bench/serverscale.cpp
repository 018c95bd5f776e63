// triplewin-bench-server-scale: a team server with a million deals (issue 15). Prints, each against a baseline run
// in the same process on the same server:
//   - pushing a Triplewin file of N deals to the server (pushDeals(), as a salesperson login: row-level security on)
//     against COPY of the same rows into the same tables (deals, deal_options, assessments, deal_events) by the
//     server's superuser; target 2x;
//   - the coach (habits for everyone, RQ per month, the whole team report) and the team history (first screen, the
//     first page of each sort, the page after the row in the middle), read as a manager login through the app's
//     repositories, against exactly the same statements (SqlStatement: the repositories' own text and binds) run
//     through libpq on the app's own connection; targets: within 1.3x, first screen < 100 ms, a jump as fast at N as
//     at N/10.
// The rows are those of triplewin-bench's generator (bench/generate.cpp), made in an SQLite file first (--file keeps
// it for the next run).
//
// Needs a PostgreSQL server and a superuser login: --server CONNINFO or TRIPLEWIN_TEST_PG (scripts/with-postgres.sh
// sets it). Works in a database of its own and removes it after.

#include "benchserver.h"
#include "coaching/coach.h"
#include "generate.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/serverpush.h"
#include "storage/teamhistoryrepository.h"
#include "storage/teamserver.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <libpq-fe.h>
#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <vector>

using namespace Triplewin::Core;

namespace {

constexpr double TargetPushRatio = 2.0;
constexpr double TargetReadRatio = 1.3;
constexpr double TargetFirstScreenMs = 100.0;

const char *const Tables[] = {"deals", "deal_options", "assessments", "deal_events"};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// A libpq connection of the benchmark's own: the baseline's side.
class Raw
{
public:
    explicit Raw(const QString &conninfo)
        : m_conn(PQconnectdb(conninfo.toUtf8().constData()))
        , m_owned(true)
    {}
    /// libpq on the app's own connection (QSqlDriver::handle(): QPSQL's PGconn), not closed here: the same server
    /// process, session and settings as the app's reads. Two connections measured side by side differ by where the
    /// scheduler puts their two server processes on a small machine, by up to 1.5x either way for a millisecond read.
    explicit Raw(const QSqlDatabase &database)
    {
        const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
        // Qt's driver wraps it as its struct's name (Qt 6.4: "pg_conn*"); Qt's documentation spells it "PGconn*".
        if (handle.isValid() &&
            (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
            m_conn = *static_cast<PGconn *const *>(handle.constData());
    }
    ~Raw()
    {
        if (m_owned)
            PQfinish(m_conn);
    }
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;

    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(); }

    /// Runs @p sql; false (and error()) on failure.
    bool exec(const QString &sql)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(m_conn, sql.toUtf8().constData()), PQclear);
        const ExecStatusType status = PQresultStatus(result.get());
        return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    }

    /// The first column of the first row of @p sql, or an empty string.
    QString scalar(const QString &sql)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(m_conn, sql.toUtf8().constData()), PQclear);
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) == 0)
            return {};
        return QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
    }

    /// A statement ready for run(): its `?` made `$n`, its binds as text (outside the timed part: only the app
    /// builds its statements as it runs).
    struct Statement
    {
        QByteArray text;
        std::vector<QByteArray> values;
        std::vector<const char *> pointers; ///< into values; nullptr for NULL
    };
    static std::shared_ptr<Statement> convert(const SqlStatement &statement)
    {
        auto converted = std::make_shared<Statement>();
        QString text;
        int parameter = 0;
        for (const QChar c : statement.text) {
            if (c == u'?')
                text += u'$' + QString::number(++parameter);
            else
                text += c;
        }
        converted->text = text.toUtf8();
        for (const QVariant &bind : statement.binds)
            converted->values.push_back(bind.isNull() ? QByteArray() : bind.toString().toUtf8());
        for (std::size_t i = 0; i < converted->values.size(); ++i)
            converted->pointers.push_back(statement.binds.at(qsizetype(i)).isNull() ? nullptr
                                                                                    : converted->values[i].constData());
        return converted;
    }

    /// Runs @p statement as the app's repository does, in one round trip, and reads every value of every row into
    /// a QString, as a client must read it to use it (psql does more: it formats and prints every value). The
    /// number of rows, or -1 on failure.
    qint64 run(const Statement &statement)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> result(
            PQexecParams(m_conn, statement.text.constData(), int(statement.pointers.size()), nullptr,
                         statement.pointers.data(), nullptr, nullptr, 0),
            PQclear);
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
            std::fprintf(stderr, "libpq: %s\n", PQresultErrorMessage(result.get()));
            return -1;
        }
        const int rows = PQntuples(result.get());
        const int columns = PQnfields(result.get());
        qint64 characters = 0;
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                if (!PQgetisnull(result.get(), row, column))
                    characters +=
                        QString::fromUtf8(PQgetvalue(result.get(), row, column), PQgetlength(result.get(), row, column))
                            .size();
            }
        }
        m_sink += characters;
        return rows;
    }

    /// COPY (@p query) TO STDOUT, into memory.
    bool copyOut(const QString &query, QByteArray *data)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> start(
            PQexec(m_conn, QStringLiteral("COPY %1 TO STDOUT").arg(query).toUtf8().constData()), PQclear);
        if (PQresultStatus(start.get()) != PGRES_COPY_OUT)
            return false;
        char *buffer = nullptr;
        int length = 0;
        while ((length = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
            data->append(buffer, length);
            PQfreemem(buffer);
        }
        std::unique_ptr<PGresult, decltype(&PQclear)> end(PQgetResult(m_conn), PQclear);
        return length == -1 && PQresultStatus(end.get()) == PGRES_COMMAND_OK;
    }

    /// COPY @p table FROM STDIN, from memory.
    bool copyIn(const QString &table, const QByteArray &data)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> start(
            PQexec(m_conn, QStringLiteral("COPY %1 FROM STDIN").arg(table).toUtf8().constData()), PQclear);
        if (PQresultStatus(start.get()) != PGRES_COPY_IN)
            return false;
        constexpr qsizetype Chunk = 1 << 20;
        for (qsizetype at = 0; at < data.size(); at += Chunk) {
            if (PQputCopyData(m_conn, data.constData() + at, int(std::min(Chunk, data.size() - at))) != 1)
                return false;
        }
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            return false;
        std::unique_ptr<PGresult, decltype(&PQclear)> end(PQgetResult(m_conn), PQclear);
        return PQresultStatus(end.get()) == PGRES_COMMAND_OK;
    }

private:
    PGconn *m_conn = nullptr;
    bool m_owned = false;
    qint64 m_sink = 0;
};

QString conninfoOf(const ServerAddress &address)
{
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QStringLiteral("%1='%2'").arg(QLatin1String(key),
                                                   QString(value).replace(u'\'', QStringLiteral("\\'")));
    };
    add("host", address.host);
    add("port", address.port > 0 ? QString::number(address.port) : QString());
    add("dbname", address.database);
    add("user", address.user);
    return (parts + address.options).join(u' ');
}

/// One comparison: the app's call and the same SQL through libpq, alternating, @p runs times each; medians.
struct Comparison
{
    QString name;
    double appMs = 0;
    double rawMs = 0;
    double ratio = 0; ///< the median of each run's app / libpq: steadier than the ratio of the medians here
    qint64 appRows = 0;
    qint64 rawRows = 0;
    int runs = 0; ///< alternating pairs measured
};

/// How long the pairs of a fast read may take together (--budget): 500 ms to measure, 0 for a smoke test.
double pairBudgetMs = 500;

/// Runs @p app and @p raw in turn, @p runs times each, which one first alternating (so neither always meets the
/// caches the other left), after three runs each to warm the server's caches and plans.
Comparison compare(const QString &name, int runs, const std::function<qint64()> &app,
                   const std::function<qint64()> &raw)
{
    Comparison result{name, 0, 0, 0, -1, -1, 0};
    std::vector<double> appTimes;
    std::vector<double> rawTimes;
    std::vector<double> ratios;
    for (int warm = 0; warm < 3; ++warm) {
        app();
        raw();
    }
    const auto timed = [](const std::function<qint64()> &read, qint64 *rows) {
        QElapsedTimer timer;
        timer.start();
        *rows = read();
        return msSince(timer);
    };
    // A read of a millisecond moves by a fraction of it from one run to the next on a shared machine: such reads run
    // as many alternating pairs as fit in pairBudgetMs (at most 501), so the median ratio is the read's, not the
    // noise's. Reads of 70 ms and more keep @p runs.
    qint64 ignored = 0;
    const double pairMs = timed(app, &ignored) + timed(raw, &ignored);
    runs = std::max(runs, int(std::min(501.0, pairBudgetMs / std::max(pairMs, 0.001))));
    result.runs = runs;
    for (int run = 0; run < runs; ++run) {
        double appMs = 0;
        double rawMs = 0;
        if (run % 2 == 0) {
            appMs = timed(app, &result.appRows);
            rawMs = timed(raw, &result.rawRows);
        } else {
            rawMs = timed(raw, &result.rawRows);
            appMs = timed(app, &result.appRows);
        }
        appTimes.push_back(appMs);
        rawTimes.push_back(rawMs);
        ratios.push_back(appMs / std::max(rawMs, 1e-6));
    }
    result.appMs = median(appTimes);
    result.rawMs = median(rawTimes);
    result.ratio = median(ratios);
    return result;
}

struct ReadFigures
{
    std::vector<Comparison> rows;
    double firstScreenMs = 0;
    double jumpMs = 0;
    bool failed = false;
};

/// The coach and the team history as @p manager reads them, each against the same SQL through @p raw.
ReadFigures measureReads(Database &manager, Raw &raw, qint64 deals, int runs, const QDate &from, const QDate &to)
{
    ReadFigures figures;
    const SqlDialect &dialect = manager.dialect();
    CoachingRepository coaching(manager);
    Coach coach(manager);
    const HabitThresholds thresholds;
    const auto check = [&figures](qint64 rows, const char *what) {
        if (rows < 0) {
            std::printf("FAIL: %s failed\n", what);
            figures.failed = true;
        }
        return rows;
    };

    figures.rows.push_back(compare(
        QStringLiteral("coach: habits for everyone"), runs,
        [&] {
            qint64 rows = 0;
            const StorageError error = coaching.forEachSalespersonWindow(
                thresholds.window, [&rows](const QString &, const QList<EndedDeal> &window) { rows += window.size(); });
            return check(error ? -1 : rows, "the habit windows");
        },
        [&raw, habits = Raw::convert(CoachingRepository::salespersonWindowStatement(
                   dialect, CoachingRepository::Window::Assessed, thresholds.window))] { return raw.run(*habits); }));
    figures.rows.push_back(compare(
        QStringLiteral("coach: RQ per month"), runs,
        [&] {
            const Expected<QList<MonthlyEndings>> months = coaching.endingsByMonth(std::nullopt, from, to);
            qint64 rows = 0; // the statement's rows: one per salesperson, month and ending
            for (const MonthlyEndings &month : months.ok() ? months.value() : QList<MonthlyEndings>()) {
                for (qint64 count : month.counts.counts)
                    rows += count > 0 ? 1 : 0;
            }
            return check(months.ok() ? rows : -1, "the RQ per month");
        },
        [&raw, rq = Raw::convert(CoachingRepository::endingsByMonthStatement(dialect, std::nullopt, from, to))] {
            return raw.run(*rq);
        }));
    figures.rows.push_back(compare(
        QStringLiteral("coach: team report"), runs,
        [&] {
            const Expected<QList<HabitReport>> report = coach.teamReport(thresholds, from, to.addMonths(-1));
            return check(report.ok() ? report.value().size() : -1, "the team report");
        },
        [&raw, statements = std::vector<std::shared_ptr<Raw::Statement>>{
                   // Coach::teamReport()'s four statements.
                   Raw::convert(CoachingRepository::salespersonWindowStatement(
                       dialect, CoachingRepository::Window::Assessed, thresholds.window)),
                   Raw::convert(CoachingRepository::endingsByMonthStatement(dialect, std::nullopt, from, to)),
                   Raw::convert(CoachingRepository::salespersonWindowStatement(
                       dialect, CoachingRepository::Window::ToAssess, ToAssessShown)),
                   Raw::convert(CoachingRepository::toAssessCountsStatement())}] {
            qint64 rows = 0;
            for (const auto &statement : statements)
                rows = raw.run(*statement);
            return rows;
        }));

    TeamHistoryRepository history(manager);
    const auto page = [&](const TeamHistoryFilter &filter, const std::optional<TeamHistoryRow> &after) {
        const Expected<QList<TeamHistoryRow>> rows = history.page(filter, after);
        return check(rows.ok() ? rows.value().size() : -1, "a team history page");
    };
    const TeamHistoryFilter firstScreen; // created, newest first, as the window opens
    Comparison first = compare(
        QStringLiteral("history: first screen"), runs, [&] { return page(firstScreen, std::nullopt); },
        [&raw, statement = Raw::convert(TeamHistoryRepository::pageStatement(dialect, firstScreen, std::nullopt))] {
            return raw.run(*statement);
        });
    figures.firstScreenMs = first.appMs;
    figures.rows.push_back(first);

    // The row in the middle, in the first screen's order: the jump continues after it.
    TeamHistoryRow middle;
    middle.id = raw.scalar(QStringLiteral("SELECT id FROM triplewin.deals WHERE deleted_at IS NULL "
                                          "ORDER BY created_at DESC, id DESC OFFSET %1 LIMIT 1")
                               .arg(deals / 2))
                    .toLongLong();
    middle.sortKey = raw.scalar(QStringLiteral("SELECT created_at FROM triplewin.deals WHERE id = %1").arg(middle.id));
    Comparison jump = compare(
        QStringLiteral("history: jump to the middle"), runs, [&] { return page(firstScreen, middle); },
        [&raw, statement = Raw::convert(TeamHistoryRepository::pageStatement(dialect, firstScreen, middle))] {
            return raw.run(*statement);
        });
    figures.jumpMs = jump.appMs;
    figures.rows.push_back(jump);

    const QStringList columns = {QStringLiteral("salesperson"), QStringLiteral("customer"),
                                 QStringLiteral("title"),       QStringLiteral("status"),
                                 QStringLiteral("outcome"),     QStringLiteral("your value"),
                                 QStringLiteral("their value"), QStringLiteral("chain value"),
                                 QStringLiteral("created"),     QStringLiteral("closed")};
    for (int column = 0; column < TeamHistoryColumnCount; ++column) {
        TeamHistoryFilter sorted;
        sorted.sortColumn = TeamHistoryColumn(column);
        sorted.descending = false;
        figures.rows.push_back(compare(
            QStringLiteral("history: sort by ") + columns.at(column), runs, [&] { return page(sorted, std::nullopt); },
            [&raw, statement = Raw::convert(TeamHistoryRepository::pageStatement(dialect, sorted, std::nullopt))] {
                return raw.run(*statement);
            }));
    }
    return figures;
}

void printReads(const ReadFigures &figures, qint64 deals)
{
    std::printf("\n%lld deals, read as a manager login (row-level security on); medians (ratio: of each run's):\n",
                deals);
    std::printf("  %-34s %10s %10s %7s %6s %5s\n", "", "app ms", "libpq ms", "ratio", "rows", "runs");
    for (const Comparison &row : figures.rows) {
        std::printf("  %-34s %10.2f %10.2f %7.2f %6lld %5d%s\n", qPrintable(row.name), row.appMs, row.rawMs, row.ratio,
                    row.appRows, row.runs,
                    row.appRows == row.rawRows || row.name.contains(QStringLiteral("team report")) ? ""
                                                                                                   : "  ROWS DIFFER");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A team server with many deals: push against COPY, reads against libpq."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("A superuser login (default: TRIPLEWIN_TEST_PG)."),
                                          QStringLiteral("conninfo"));
    const QCommandLineOption dealsOption(QStringLiteral("deals"), QStringLiteral("Deals (default 1000000)."),
                                         QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("The generated Triplewin file, kept for the next run."),
                                        QStringLiteral("path"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"),
        QStringLiteral(
            "Runs of each read (default 7; a read under 70 ms runs as often as fits in --budget, up to 501)."),
        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption budgetOption(
        QStringLiteral("budget"),
        QStringLiteral("Milliseconds the runs of one fast read may take (default 500; 0 runs each read --runs times)."),
        QStringLiteral("ms"), QStringLiteral("500"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the server's database (its name is printed) to look into."));
    parser.addOptions({serverOption, dealsOption, fileOption, runsOption, budgetOption, keepOption});
    parser.process(app);
    int exitCode = 0;
    const std::optional<ServerAddress> given =
        TriplewinBench::serverFromArguments(parser, serverOption, "triplewin-bench-server-scale", &exitCode);
    if (!given)
        return exitCode;
    const qint64 n = parser.value(dealsOption).toLongLong();
    const qint64 small = std::max<qint64>(1, n / 10);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    pairBudgetMs = std::max(0.0, parser.value(budgetOption).toDouble());

    // The file to push: made once, kept with --file.
    QTemporaryDir scratch;
    const QString path =
        parser.isSet(fileOption) ? parser.value(fileOption) : scratch.filePath(QStringLiteral("scale.sqlite"));
    TriplewinBench::GenerationResult generated;
    {
        Database file(QStringLiteral("scale-file"));
        if (const StorageError error = file.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.fullText()));
            return 1;
        }
        const Expected<qint64> count = DealRepository(file).count();
        if (!count.ok() || count.value() != n) {
            file.close();
            QFile::remove(path);
            if (const StorageError error = file.open(path)) {
                std::fprintf(stderr, "%s\n", qPrintable(error.fullText()));
                return 1;
            }
            std::printf("generating %lld deals in %s ...\n", n, qPrintable(path));
            std::fflush(stdout);
            generated = TriplewinBench::generateDeals(file, n, 10000, {});
            if (!generated.error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(generated.error));
                return 1;
            }
        }
    }
    // The RQ's period: the three years the generator spreads endings over.
    const QDate from(2023, 1, 1);
    const QDate to(2026, 1, 1);

    TriplewinBench::ScratchDatabase database(*given, QStringLiteral("scale"));
    if (parser.isSet(keepOption))
        database.keep();
    int failures = 0;
    const auto fail = [&failures](const QString &what) {
        std::printf("FAIL: %s\n", qPrintable(what));
        ++failures;
    };
    StorageError setUp = database.setUp();
    const QString salesLogin =
        setUp ? QString() : database.addLogin(QStringLiteral("sales"), ServerRole::Salesperson, &setUp);
    const QString managerLogin =
        setUp ? QString() : database.addLogin(QStringLiteral("manager"), ServerRole::Manager, &setUp);
    if (setUp)
        fail(QStringLiteral("setting up the server: ") + setUp.fullText());
    const ServerAddress admin = database.address();

    Raw raw(conninfoOf(admin));
    if (failures == 0 && (!raw.ok() || !raw.exec(QStringLiteral("SET client_min_messages = warning"))))
        fail(QStringLiteral("libpq: ") + raw.error());
    if (failures == 0) {
        std::printf("triplewin-bench-server-scale: %lld deals on PostgreSQL %s\n", n,
                    qPrintable(raw.scalar(QStringLiteral("SHOW server_version"))));

        // 1. The push, as the salesperson, into empty tables.
        double pushSeconds = 0;
        {
            ServerAddress address = admin;
            address.user = salesLogin;
            Database file(QStringLiteral("push-file"));
            Database server(QStringLiteral("push-server"));
            StorageError error = file.open(path);
            if (!error)
                error = server.openServer(address);
            if (error) {
                fail(error.fullText());
            } else {
                QElapsedTimer timer;
                timer.start();
                qint64 shown = 0;
                const Expected<PushReport> pushed = pushDeals(file, server, [&](qint64 done, qint64 total) {
                    if (done - shown >= total / 10) {
                        std::printf("  pushed %lld of %lld (%.0f s)\n", done, total, timer.elapsed() / 1000.0);
                        std::fflush(stdout);
                        shown = done;
                    }
                    return true;
                });
                pushSeconds = timer.elapsed() / 1000.0;
                if (!pushed.ok())
                    fail(pushed.error().fullText());
                else if (pushed.value().added != n)
                    fail(QStringLiteral("the push added %1 deals of %2").arg(pushed.value().added).arg(n));
            }
        }

        // 2. The same rows out, by COPY (all of them, and the first tenth by id for the smaller reads).
        std::vector<QByteArray> all(4);
        std::vector<QByteArray> tenth(4);
        const QString lastSmall =
            raw.scalar(QStringLiteral("SELECT id FROM triplewin.deals ORDER BY id OFFSET %1 LIMIT 1").arg(small - 1));
        const QStringList subsets = {
            QStringLiteral("(SELECT * FROM triplewin.deals WHERE id <= %1)").arg(lastSmall),
            QStringLiteral("(SELECT * FROM triplewin.deal_options WHERE deal_id <= %1)").arg(lastSmall),
            QStringLiteral("(SELECT a.* FROM triplewin.assessments a JOIN triplewin.deal_options o ON o.id = "
                           "a.option_id WHERE o.deal_id <= %1)")
                .arg(lastSmall),
            QStringLiteral("(SELECT * FROM triplewin.deal_events WHERE deal_id <= %1)").arg(lastSmall)};
        qint64 bytes = 0;
        for (int t = 0; failures == 0 && t < 4; ++t) {
            const QString table = QStringLiteral("triplewin.") + QLatin1String(Tables[t]);
            if (!raw.copyOut(table, &all[std::size_t(t)]) || !raw.copyOut(subsets.at(t), &tenth[std::size_t(t)]))
                fail(QStringLiteral("COPY out of %1: %2").arg(table, raw.error()));
            bytes += all[std::size_t(t)].size();
        }
        const QString truncate = QStringLiteral("TRUNCATE triplewin.deals, triplewin.deal_options, "
                                                "triplewin.assessments, triplewin.deal_events CASCADE");
        const auto copyIn = [&](const std::vector<QByteArray> &data) {
            for (int t = 0; t < 4; ++t) {
                const QString table = QStringLiteral("triplewin.") + QLatin1String(Tables[t]);
                if (!raw.copyIn(table, data[std::size_t(t)])) {
                    fail(QStringLiteral("COPY into %1: %2").arg(table, raw.error()));
                    return;
                }
            }
        };
        const auto settle = [&] { // what autovacuum would do: statistics, and the visibility map for index-only scans
            if (!raw.exec(QStringLiteral("VACUUM (ANALYZE) triplewin.deals, triplewin.deal_options, "
                                         "triplewin.assessments, triplewin.deal_events")))
                fail(QStringLiteral("VACUUM: ") + raw.error());
        };

        // 3. Reads on the first tenth, as the manager login; libpq on the app's own connection (Raw(QSqlDatabase)).
        ServerAddress managerAddress = admin;
        managerAddress.user = managerLogin;
        ReadFigures smallReads;
        if (failures == 0) {
            if (!raw.exec(truncate))
                fail(QStringLiteral("TRUNCATE: ") + raw.error());
            copyIn(tenth);
            settle();
            Database manager(QStringLiteral("manager-small"));
            if (const StorageError error = manager.openServer(managerAddress)) {
                fail(error.fullText());
            } else {
                Raw shared(manager.connection());
                if (!shared.ok())
                    fail(QStringLiteral("no libpq handle behind Qt's PostgreSQL driver"));
                smallReads = measureReads(manager, shared, small, runs, from, to);
                printReads(smallReads, small);
            }
        }

        // 4. COPY of every row into the same, emptied tables: the push's baseline.
        double copySeconds = 0;
        if (failures == 0) {
            if (!raw.exec(truncate))
                fail(QStringLiteral("TRUNCATE: ") + raw.error());
            QElapsedTimer timer;
            timer.start();
            copyIn(all);
            copySeconds = timer.elapsed() / 1000.0;
            settle();
            std::printf("\npush %lld deals (pushDeals as a salesperson, %.0f MB of rows): %.1f s, %.0f deals/s\n", n,
                        bytes / 1e6, pushSeconds, n / std::max(pushSeconds, 1e-9));
            std::printf("COPY of the same rows into the same tables (superuser, no row-level security): %.1f s\n",
                        copySeconds);
            std::printf("push / COPY: %.2fx (target %.1fx)\n", pushSeconds / std::max(copySeconds, 1e-9),
                        TargetPushRatio);
        }

        // 5. Reads on all of them.
        if (failures == 0) {
            Database manager(QStringLiteral("manager-all"));
            if (const StorageError error = manager.openServer(managerAddress)) {
                fail(error.fullText());
            } else {
                Raw shared(manager.connection());
                if (!shared.ok())
                    fail(QStringLiteral("no libpq handle behind Qt's PostgreSQL driver"));
                const ReadFigures reads = measureReads(manager, shared, n, runs, from, to);
                printReads(reads, n);
                double worst = 0;
                for (const Comparison &row : reads.rows)
                    worst = std::max(worst, row.ratio);
                std::printf("\nworst app / libpq: %.2fx (target %.1fx); first screen %.1f ms (target < %.0f ms); "
                            "jump to the middle %.2f ms at %lld deals, %.2f ms at %lld (constant in N: ratio %.2f)\n",
                            worst, TargetReadRatio, reads.firstScreenMs, TargetFirstScreenMs, reads.jumpMs, n,
                            smallReads.jumpMs, small, reads.jumpMs / std::max(smallReads.jumpMs, 1e-9));
                if (reads.failed || smallReads.failed)
                    ++failures;
                for (const Comparison &row : reads.rows) {
                    if (row.appRows != row.rawRows && !row.name.contains(QStringLiteral("team report")))
                        fail(row.name + QStringLiteral(": the app and libpq read different rows"));
                }
            }
        }
    }

    return failures == 0 ? 0 : 1;
}
