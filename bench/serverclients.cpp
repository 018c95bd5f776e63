// triplewin-bench-server: ten salespeople saving and reading on one team server at once (issue 15). Each client is a
// thread with its own connection as its own login; each adds deals, edits one deal of its own over and over
// (load, change, save: the revision check in the UPDATE) while a second connection of the same login edits the same
// deal, and reads its deal list and the coach's report between saves. At the end every save that reported success must
// be on the server as saved: the deals each client added, and its edited deal's counter equal to its successful edits
// (a lost update would leave it lower). A deadlock or any other error fails the run. Prints the p50/p99/max save
// latency.
//
// Needs a PostgreSQL server and a login that may create databases and roles: --server ADMIN_CONNINFO, or
// TRIPLEWIN_TEST_PG (scripts/with-postgres.sh sets it). It works in a database of its own and removes it after.

#include "benchserver.h"
#include "coaching/coach.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/teamserver.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <vector>

using namespace Triplewin::Core;

namespace {

struct ClientResult
{
    QString login;
    int added = 0;
    int edits = 0;     ///< successful saves of the edited deal
    int conflicts = 0; ///< stale saves refused (then reloaded and tried again)
    QStringList busy;  ///< saves the server broke off (a deadlock, a serialization failure), tried again
    QStringList errors;
    std::vector<double> saveMs;
    qint64 editedDeal = 0;
};

Deal newDeal(const QString &login, int i)
{
    Deal deal;
    deal.title = QStringLiteral("%1 deal %2").arg(login).arg(i);
    deal.customer = QStringLiteral("Customer %1").arg(i % 7);
    deal.salesperson = login;
    deal.status = DealStatus::Negotiating;
    DealOption option;
    option.name = QStringLiteral("List price");
    option.assessment(Party::You).value = 100'000 + i;
    option.assessment(Party::You).referencePoint = 90'000;
    option.assessment(Party::Customer).value = 50'000;
    option.assessment(Party::Customer).referencePoint = 40'000;
    deal.options << option;
    return deal;
}

/// One client: adds @p saves deals, and after each edits result->editedDeal and reads. A twin (@p twin) only edits
/// the same deal, on a connection of its own as the same login: the two edit it at the same time.
void runClient(const ServerAddress &address, int saves, bool twin, ClientResult *result)
{
    Database database(QStringLiteral("bench-client-%1-%2").arg(result->login).arg(twin));
    if (const StorageError error = database.openServer(address)) {
        result->errors << error.fullText();
        return;
    }
    DealRepository deals(database);
    Coach coach(database);
    for (int i = 0; i < saves; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!twin) {
            const Expected<Deal> added = deals.save(newDeal(result->login, i));
            result->saveMs.push_back(timer.nsecsElapsed() / 1e6);
            if (!added.ok()) {
                result->errors << added.error().fullText();
                continue;
            }
            ++result->added;
        }

        // Load, change, save: refused when stale, then loaded again.
        for (int attempt = 0; attempt < 20; ++attempt) {
            Expected<Deal> loaded = deals.load(result->editedDeal);
            if (!loaded.ok()) {
                result->errors << loaded.error().fullText();
                break;
            }
            Deal deal = loaded.value();
            deal.notes = QString::number(deal.notes.toInt() + 1);
            timer.restart();
            const Expected<Deal> saved = deals.save(deal);
            result->saveMs.push_back(timer.nsecsElapsed() / 1e6);
            if (saved.ok()) {
                ++result->edits;
                break;
            }
            if (saved.error().kind == StorageError::Kind::Conflict) {
                ++result->conflicts;
                continue;
            }
            if (saved.error().kind == StorageError::Kind::Busy) {
                result->busy << saved.error().detail;
                continue;
            }
            result->errors << saved.error().fullText();
            break;
        }

        if (twin)
            continue;
        DealQuery firstScreen;
        firstScreen.limit = 50;
        if (const Expected<QList<DealSummary>> list = deals.list(firstScreen); !list.ok())
            result->errors << list.error().fullText();
        if (i % 10 == 0) {
            const QDate today = QDate::currentDate();
            if (const Expected<QList<HabitReport>> report =
                    coach.teamReport(HabitThresholds{}, today.addYears(-1), today);
                !report.ok())
                result->errors << report.error().fullText();
        }
    }
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ten logins saving and reading on one team server at once."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("A login that may create databases and roles (default: "
                                                         "TRIPLEWIN_TEST_PG)."),
                                          QStringLiteral("conninfo"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Clients (default 10)."),
                                           QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption savesOption(QStringLiteral("saves"), QStringLiteral("New deals per client (default 200)."),
                                         QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({serverOption, clientsOption, savesOption});
    parser.process(app);
    int exitCode = 0;
    const std::optional<ServerAddress> given =
        TriplewinBench::serverFromArguments(parser, serverOption, "triplewin-bench-server", &exitCode);
    if (!given)
        return exitCode;
    const int clients = parser.value(clientsOption).toInt();
    const int saves = parser.value(savesOption).toInt();

    TriplewinBench::ScratchDatabase scratch(*given, QStringLiteral("bench"));
    std::vector<ClientResult> results(static_cast<std::size_t>(clients));
    StorageError setUpError = scratch.setUp();
    for (int c = 0; !setUpError && c < clients; ++c)
        results[std::size_t(c)].login = scratch.addLogin(QString::number(c), ServerRole::Salesperson, &setUpError);
    const bool setUp = !setUpError;
    if (setUpError)
        std::fprintf(stderr, "setting up the server failed: %s\n", qPrintable(setUpError.fullText()));
    const ServerAddress admin = scratch.address();

    int failures = 0;
    if (setUp) {
        std::printf("triplewin-bench-server: %d clients, each its own login, %d new deals each with an edit of one "
                    "deal of its own and a list read after each (the coach's team report every 10th); a second "
                    "connection of each login edits that deal at the same time\n",
                    clients, saves);
        // Each login's deal that its two connections edit at once.
        for (ClientResult &result : results) {
            ServerAddress address = admin;
            address.user = result.login;
            Database database(QStringLiteral("bench-setup"));
            const StorageError opened = database.openServer(address);
            const Expected<Deal> edited =
                opened ? Expected<Deal>(opened) : DealRepository(database).save(newDeal(result.login, -1));
            if (!edited.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(edited.error().fullText()));
                return 1;
            }
            result.editedDeal = edited.value().id;
        }
        std::vector<ClientResult> twins = results;
        std::vector<QThread *> threads;
        QElapsedTimer wall;
        wall.start();
        for (std::size_t c = 0; c < results.size(); ++c) {
            ServerAddress address = admin;
            address.user = results[c].login;
            threads.push_back(QThread::create(runClient, address, saves, false, &results[c]));
            threads.push_back(QThread::create(runClient, address, saves, true, &twins[c]));
        }
        for (QThread *thread : threads)
            thread->start();
        bool hung = false;
        for (QThread *thread : threads) {
            if (!thread->wait(QDeadlineTimer(600'000)))
                hung = true; // a deadlock the server did not break
        }
        const double seconds = wall.elapsed() / 1000.0;
        if (hung) {
            std::puts("FAIL: a client did not finish within 10 minutes (a deadlock?)");
            return 1;
        }
        qDeleteAll(threads);

        // Every reported save is there, as saved: read back by the admin, who sees every login's rows.
        TeamServer check(QStringLiteral("check"));
        const StorageError opened = check.open(admin);
        std::vector<double> all;
        int conflicts = 0;
        for (std::size_t c = 0; c < results.size(); ++c) {
            const ClientResult &result = results[c];
            const ClientResult &twin = twins[c];
            all.insert(all.end(), twin.saveMs.begin(), twin.saveMs.end());
            conflicts += twin.conflicts + result.conflicts;
            for (const QString &detail : result.busy + twin.busy) {
                std::printf("FAIL: %s: the server broke a save off: %s\n", qPrintable(result.login),
                            qPrintable(detail));
                ++failures;
            }
            for (const QString &error : twin.errors) {
                std::printf("FAIL: %s (second connection): %s\n", qPrintable(twin.login), qPrintable(error));
                ++failures;
            }
            all.insert(all.end(), result.saveMs.begin(), result.saveMs.end());
            for (const QString &error : result.errors) {
                std::printf("FAIL: %s: %s\n", qPrintable(result.login), qPrintable(error));
                ++failures;
            }
            if (opened)
                continue;
            QSqlQuery query(check.connection());
            query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM deals WHERE owner_login = ? AND id <> ?), "
                                         "(SELECT notes FROM deals WHERE id = ?)"));
            query.addBindValue(result.login);
            query.addBindValue(result.editedDeal);
            query.addBindValue(result.editedDeal);
            if (!query.exec() || !query.next()) {
                std::printf("FAIL: reading back %s: %s\n", qPrintable(result.login),
                            qPrintable(query.lastError().text()));
                ++failures;
                continue;
            }
            const qint64 stored = query.value(0).toLongLong();
            const int counter = query.value(1).toString().toInt();
            if (stored != result.added || counter != result.edits + twin.edits) {
                std::printf("FAIL: %s reported %d deals added and %d edits saved; the server has %lld and %d\n",
                            qPrintable(result.login), result.added, result.edits + twin.edits, stored, counter);
                ++failures;
            }
        }
        if (opened) {
            std::printf("FAIL: %s\n", qPrintable(opened.fullText()));
            ++failures;
        }
        std::printf("%zu saves in %.1f s (%.0f saves/s over all connections); stale saves refused and retried: %d\n",
                    all.size(), seconds, double(all.size()) / seconds, conflicts);
        std::printf("save latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", percentile(all, 0.5),
                    percentile(all, 0.99), all.empty() ? 0.0 : *std::max_element(all.begin(), all.end()));
        std::printf("%s\n", failures == 0 ? "No lost update, no deadlock, no error: every reported save is on the "
                                            "server as saved."
                                          : "FAILED");
    }

    return setUp && failures == 0 ? 0 : 1;
}
