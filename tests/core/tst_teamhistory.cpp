// The manager's team history: filters and sorting in SQL, keyset paging, and coaching notes. On an SQLite file and
// on a team server (TestBackend).

#include "models/teamhistorymodel.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/noterepository.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"
#include "storage/sqlrowreader.h"
#include "testbackend.h"
#include "testdeals.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Triplewin::Core;

class TestTeamHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testerAndPaging();
    void sortingIsCompleteAndOrdered_data();
    void sortingIsCompleteAndOrdered();
    void outcomeSortsByHowGoodItIs();
    void filters();
    void notes();
    void valueSortsReadFrozenValuesThroughAnIndex();
    void frozenValuesFollowClosingAndReopening();
    void upgradeFreezesValuesOfClosedDeals();
    void searchTakesQuotesAndQuestionMarksLiterally();
    void rowReaderReadsWhatTheDriverReads();

private:
    QStringList column(TeamHistoryModel &model, TeamHistoryColumn column);
    static void fetchAll(TeamHistoryModel &model);
    /// How the database would run @p sql: SQLite's query plan, or the server's with sequential scans and sorts
    /// made as dear as it allows (a small table would otherwise be read whole), so that it shows whether an index
    /// fits the statement at all.
    QString plan(const QString &sql);
    /// True when @p plan sorts rows itself instead of reading them in index order.
    static bool sorts(const QString &plan)
    {
        return plan.contains(QStringLiteral("TEMP B-TREE")) || plan.contains(QStringLiteral("Sort  ("));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TeamHistoryRepository> m_history;
    qint64 m_noteDeal = 0;
    static constexpr int Deals = 230;
};

void TestTeamHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (const QString missing = Test::TestBackend::missing(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    m_database = std::make_unique<Database>();
    const StorageError opened =
        Test::TestBackend::openFresh(*m_database, m_dir.filePath(QStringLiteral("team.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.fullText()));
    DealRepository deals(*m_database);
    const QStringList people{QStringLiteral("Dana"), QStringLiteral("Eve"), QStringLiteral("Finn")};
    QList<Deal> batch;
    for (int i = 0; i < Deals; ++i) {
        Deal deal;
        deal.title = QStringLiteral("Deal %1").arg(i, 3, 10, QLatin1Char('0'));
        deal.customer = i % 5 == 0 ? QStringLiteral("100% Foods") : QStringLiteral("Acme_%1").arg(i % 7);
        deal.salesperson = people.at(i % 3);
        deal.createdAt = QDateTime(QDate(2026, 1, 1).addDays(i), QTime(9, 0), Qt::UTC);
        DealOption option;
        option.name = QStringLiteral("Agreed");
        option.assessment(Party::You).value = (i % 4 == 0 ? -1 : 1) * 1000 * (i + 1);
        option.assessment(Party::Customer).value = 500 * (i + 1);
        option.assessment(Party::You).referencePoint = 0;
        option.assessment(Party::Customer).referencePoint = 0;
        deal.options << option;
        if (i % 2 == 0) {
            DealEnding ending;
            ending.at = deal.createdAt.addDays(10);
            ending.by = deal.salesperson;
            ending.optionName = option.name;
            ending.walkedAway = i % 10 == 0;
            ending.outcome = outcomeOf(option);
            for (Party party : AllParties)
                ending.results[std::size_t(partyIndex(party))] = classify(option.assessment(party));
            deal.ending = ending;
        }
        batch << deal;
    }
    const Expected<QList<qint64>> ids = deals.insertMany(batch);
    QVERIFY2(ids.ok(), qPrintable(ids.error().fullText()));
    m_noteDeal = ids.value().at(3);
    m_history = std::make_unique<TeamHistoryRepository>(*m_database);
}

QString TestTeamHistory::plan(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    const bool server = Test::TestBackend::onServer();
    if (server && !(query.exec(QStringLiteral("SET enable_seqscan = off")) &&
                    query.exec(QStringLiteral("SET enable_sort = off"))))
        return query.lastError().text();
    QStringList steps;
    if (query.exec((server ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql)) {
        while (query.next())
            steps << query.value(server ? 0 : 3).toString();
    } else {
        steps << query.lastError().text();
    }
    if (server) {
        query.exec(QStringLiteral("RESET enable_seqscan"));
        query.exec(QStringLiteral("RESET enable_sort"));
    }
    return steps.join(u'\n');
}

void TestTeamHistory::fetchAll(TeamHistoryModel &model)
{
    for (int guard = 0; guard < 1000 && model.canFetchMore({}); ++guard)
        model.fetchMore({});
}

QStringList TestTeamHistory::column(TeamHistoryModel &model, TeamHistoryColumn column)
{
    fetchAll(model);
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, int(column)).data().toString();
    return values;
}

void TestTeamHistory::testerAndPaging()
{
    TeamHistoryModel model(*m_history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TeamHistoryFilter filter;
    filter.limit = 40;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 40);
    QVERIFY(model.canFetchMore({}));
    fetchAll(model);
    QCOMPARE(model.rowCount(), Deals);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.dealIdAt(row));
    QCOMPARE(ids.size(), Deals); // every deal exactly once
    model.sort(int(TeamHistoryColumn::Customer), Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 40);
}

void TestTeamHistory::sortingIsCompleteAndOrdered_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int column :
         {int(TeamHistoryColumn::Salesperson), int(TeamHistoryColumn::Customer), int(TeamHistoryColumn::Title),
          int(TeamHistoryColumn::Outcome), int(TeamHistoryColumn::YourValue), int(TeamHistoryColumn::Closed)}) {
        QTest::addRow("column %d ascending", column) << column << false;
        QTest::addRow("column %d descending", column) << column << true;
    }
}

void TestTeamHistory::sortingIsCompleteAndOrdered()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    TeamHistoryModel model(*m_history);
    TeamHistoryFilter filter;
    filter.limit = 37; // pages end inside runs of equal keys
    filter.sortColumn = TeamHistoryColumn(column);
    filter.descending = descending;
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), Deals);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.dealIdAt(row));
    QCOMPARE(ids.size(), Deals);
    if (TeamHistoryColumn(column) == TeamHistoryColumn::Title) {
        QStringList titles = this->column(model, TeamHistoryColumn::Title);
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end());
        if (descending)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(titles, sorted);
    }
}

void TestTeamHistory::filters()
{
    TeamHistoryModel model(*m_history);
    TeamHistoryFilter filter;
    filter.salesperson = QStringLiteral("Eve");
    model.setFilter(filter);
    for (const QString &name : column(model, TeamHistoryColumn::Salesperson))
        QCOMPARE(name, QStringLiteral("Eve"));
    QCOMPARE(model.rowCount(), Deals / 3 + (Deals % 3 > 1 ? 1 : 0));

    filter = {};
    filter.ending = Ending::WalkedAway;
    model.setFilter(filter);
    QCOMPARE(column(model, TeamHistoryColumn::Outcome).size(), Deals / 10);

    filter = {};
    filter.status = DealStatus::Preparing;
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), Deals / 2);

    // % and _ are matched literally.
    filter = {};
    filter.search = QStringLiteral("100%");
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), Deals / 5);
    filter.search = QStringLiteral("Acme_1");
    model.setFilter(filter);
    for (const QString &customer : column(model, TeamHistoryColumn::Customer))
        QCOMPARE(customer, QStringLiteral("Acme_1"));

    filter = {};
    filter.createdFrom = QDate(2026, 1, 1);
    filter.createdTo = QDate(2026, 1, 10);
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 10);
}

void TestTeamHistory::notes()
{
    // On a server only a manager login writes coaching notes; the salesperson whose deal it is reads them.
    Database managers(QStringLiteral("tst_teamhistory_manager"));
    if (Test::TestBackend::onServer()) {
        const StorageError opened = Test::TestBackend::openAsManager(managers);
        QVERIFY2(opened.ok(), qPrintable(opened.fullText()));
        const Expected<CoachingNote> refused =
            NoteRepository(*m_database).add(m_noteDeal, QStringLiteral("Dana"), QStringLiteral("My own note"));
        QCOMPARE(refused.error().kind, StorageError::Kind::Refused);
    }
    NoteRepository notes(Test::TestBackend::onServer() ? managers : *m_database);
    QVERIFY(!notes.add(m_noteDeal, QStringLiteral("Mara"), QStringLiteral("   ")).ok());
    QVERIFY(notes.add(m_noteDeal, QStringLiteral("Mara"), QStringLiteral("Ask about their customers next time.")).ok());
    QVERIFY(notes.add(m_noteDeal, QStringLiteral("Mara"), QStringLiteral("Good walk-away.")).ok());
    const Expected<QList<CoachingNote>> list = NoteRepository(*m_database).notes(m_noteDeal);
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value().at(0).author, QStringLiteral("Mara"));
    QCOMPARE(list.value().at(1).text, QStringLiteral("Good walk-away."));
    QVERIFY(list.value().at(0).createdAt.isValid());
}

namespace {

/// Every row of the history in @p filter's order, page by page.
QList<TeamHistoryRow> allRows(TeamHistoryRepository &history, TeamHistoryFilter filter)
{
    QList<TeamHistoryRow> rows;
    filter.limit = 50;
    std::optional<TeamHistoryRow> after;
    for (;;) {
        const Expected<QList<TeamHistoryRow>> page = history.page(filter, after);
        if (!page.ok() || page.value().isEmpty())
            return rows;
        rows += page.value();
        after = page.value().constLast();
    }
}

} // namespace

void TestTeamHistory::valueSortsReadFrozenValuesThroughAnIndex()
{
    TeamHistoryFilter filter;
    filter.sortColumn = TeamHistoryColumn::YourValue;
    filter.descending = false;
    const QList<TeamHistoryRow> rows = allRows(*m_history, filter);
    QCOMPARE(rows.size(), Deals);
    // Deals without an agreed value (open, walked away) first, then by value; each the agreed option's value.
    std::optional<Money> previous;
    bool seenValue = false;
    for (const TeamHistoryRow &row : rows) {
        const int i = row.title.mid(5).toInt();
        const bool agreed = i % 2 == 0 && i % 10 != 0;
        QCOMPARE(row.values[0].has_value(), agreed);
        if (!agreed) {
            QVERIFY2(!seenValue, "a deal without a value after one with");
            continue;
        }
        QCOMPARE(*row.values[0], Money((i % 4 == 0 ? -1 : 1) * 1000 * (i + 1)));
        QCOMPARE(*row.values[1], Money(500 * (i + 1)));
        QVERIFY2(!previous || *previous <= *row.values[0],
                 qPrintable(QStringLiteral("%1 after %2 (%3)").arg(*row.values[0]).arg(*previous).arg(row.title)));
        previous = row.values[0];
        seenValue = true;
    }

    // The plan walks the index instead of sorting every deal, on a file and on a server (resources/server).
    for (const char *column : {"you_value", "customer_value", "customers_customer_value"}) {
        const QString text =
            plan(QStringLiteral("SELECT d.id FROM deals d WHERE d.deleted_at IS NULL ORDER BY %1, d.id LIMIT 50")
                     .arg(m_database->dialect().ifNull(QStringLiteral("d.%1").arg(QLatin1String(column)),
                                                       QStringLiteral("-9223372036854775807"))));
        QVERIFY2(text.contains(QStringLiteral("deals_history_%1").arg(QLatin1String(column))), qPrintable(text));
        QVERIFY2(!sorts(text), qPrintable(text));
    }
}

void TestTeamHistory::frozenValuesFollowClosingAndReopening()
{
    // A file of its own; on a server, the suite's database, where the sample deal's title finds it.
    Database database(QStringLiteral("tst_teamhistory_frozen"));
    QVERIFY(Test::TestBackend::openAgain(database, m_dir.filePath(QStringLiteral("frozen.sqlite"))).ok());
    DealRepository deals(database);
    TeamHistoryRepository history(database);
    Deal deal = deals.save(Test::sampleDeal()).value();
    TeamHistoryFilter sample;
    sample.search = deal.title;
    const auto shown = [&history, &sample] { return allRows(history, sample).constFirst().values; };
    QCOMPARE(shown()[0], std::nullopt);

    const DealOption agreed = deal.options.at(1);
    deal = deals.closeDeal(deal.id, agreed.id, QStringLiteral("Dana")).value();
    QCOMPARE(shown()[0], agreed.assessment(Party::You).value);
    QCOMPARE(shown()[2], agreed.assessment(Party::CustomersCustomer).value);

    // Later edits of the options do not rewrite what was agreed (like the frozen results).
    deal.options[1].assessment(Party::You).value = 1;
    deal = deals.save(deal).value();
    QCOMPARE(shown()[0], agreed.assessment(Party::You).value);

    deal = deals.reopen(deal.id, QStringLiteral("Dana")).value();
    QCOMPARE(shown()[0], std::nullopt);
    QVERIFY(deals.walkAway(deal.id, QStringLiteral("Dana")).ok());
    QCOMPARE(shown()[0], std::nullopt);
}

void TestTeamHistory::upgradeFreezesValuesOfClosedDeals()
{
    if (Test::TestBackend::onServer())
        QSKIP("Upgrading an SQLite file of schema 7: a server's schema starts after it.");
    const QString path = m_dir.filePath(QStringLiteral("v7.sqlite"));
    Deal closed;
    {
        Database database(QStringLiteral("tst_teamhistory_v7"));
        QVERIFY(database.open(path).ok());
        DealRepository deals(database);
        closed = deals.save(Test::sampleDeal()).value();
        closed = deals.closeDeal(closed.id, closed.options.at(0).id, QStringLiteral("Dana")).value();
        QVERIFY(deals.save(Test::sampleDeal(QStringLiteral("Still open"))).ok());
        // Back to schema 7: no frozen values yet.
        for (const QString &statement : Test::statementsBackToSchema(7)) {
            QSqlQuery query(database.connection());
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
    }
    Database upgraded(QStringLiteral("tst_teamhistory_v8"));
    QVERIFY(upgraded.open(path).ok());
    TeamHistoryRepository history(upgraded);
    TeamHistoryFilter filter;
    filter.sortColumn = TeamHistoryColumn::YourValue;
    filter.descending = true;
    const QList<TeamHistoryRow> rows = allRows(history, filter);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, closed.id);
    QCOMPARE(rows.at(0).values[0], closed.options.at(0).assessment(Party::You).value);
    QCOMPARE(rows.at(0).values[1], closed.options.at(0).assessment(Party::Customer).value);
    QCOMPARE(rows.at(1).values[0], std::nullopt);
}

void TestTeamHistory::searchTakesQuotesAndQuestionMarksLiterally()
{
    // What a manager types goes to the database as a value, never as SQL: on a server the page's values are written
    // into its text by the driver (SqlStatement::execIn), so an apostrophe, a question mark (a placeholder's mark) or
    // a backslash must still only be searched for.
    DealRepository deals(*m_database);
    Deal awkward;
    awkward.title = QStringLiteral("O'Brien's \"fleet\"? \\ renewal");
    awkward.customer = QStringLiteral("Who? Ltd");
    awkward.salesperson = QStringLiteral("Eve");
    const Expected<Deal> saved = deals.save(awkward);
    QVERIFY2(saved.ok(), qPrintable(saved.error().fullText()));
    const auto titles = [this](const QString &search) {
        TeamHistoryFilter filter;
        filter.search = search;
        const Expected<QList<TeamHistoryRow>> rows = m_history->page(filter, std::nullopt);
        QStringList found;
        for (const TeamHistoryRow &row : rows.ok() ? rows.value() : QList<TeamHistoryRow>())
            found << row.title;
        return rows.ok() ? found : QStringList{QStringLiteral("failed: ") + rows.error().fullText()};
    };
    QCOMPARE(titles(QStringLiteral("O'Brien's \"fleet\"?")), QStringList{awkward.title});
    QCOMPARE(titles(QStringLiteral("?")), QStringList{awkward.title});
    QCOMPARE(titles(QStringLiteral("\\ renewal")), QStringList{awkward.title});
    QCOMPARE(titles(QStringLiteral("who? ltd")), QStringList{awkward.title});
    QCOMPARE(titles(QStringLiteral("' OR '1'='1")), QStringList{});
    QVERIFY(deals.moveToTrash(saved.value().id).ok());
}

void TestTeamHistory::rowReaderReadsWhatTheDriverReads()
{
    // A page is read through SqlRowReader, which on a server reads libpq's result in place, past Qt SQL: every value
    // must read as the driver itself reads it (QSqlQuery::value()), texts in other scripts, NULLs, the largest amounts
    // accepted, negative too, times; and on a server it must really read in place.
    DealRepository deals(*m_database);
    Deal awkward = Test::sampleDeal();
    awkward.title = QStringLiteral("Zoë's «offre» 山田 — ünïcödé 🙂");
    awkward.customer = QStringLiteral("Ørsted & Søn");
    awkward.salesperson = QStringLiteral("Łukasz Żółć");
    awkward.currency = QStringLiteral("PLN");
    awkward.options[1].assessment(Party::You).value = MaxAmount;
    awkward.options[1].assessment(Party::Customer).value = -MaxAmount;
    const Expected<Deal> saved = deals.save(awkward);
    QVERIFY2(saved.ok(), qPrintable(saved.error().fullText()));
    const Expected<Deal> closed =
        deals.closeDeal(saved.value().id, saved.value().options.at(1).id, QStringLiteral("Łukasz Żółć"));
    QVERIFY2(closed.ok(), qPrintable(closed.error().fullText()));

    const QString select = QStringLiteral("SELECT d.id, d.salesperson, d.customer, d.title, d.ending, d.you_value, "
                                          "d.customer_value, d.customers_customer_value, d.currency, d.created_at, "
                                          "d.ended_at FROM deals d ORDER BY d.id");
    QSqlQuery read(m_database->connection());
    m_database->dialect().setUpRead(read);
    QVERIFY2(read.exec(select), qPrintable(read.lastError().text()));
    QSqlQuery expected(m_database->connection());
    m_database->dialect().setUpRead(expected);
    QVERIFY2(expected.exec(select), qPrintable(expected.lastError().text()));
    SqlRowReader reader(read);
    QCOMPARE(reader.readsInPlace(), Test::TestBackend::onServer());
    int rows = 0;
    bool sawAwkward = false;
    while (reader.next()) {
        QVERIFY(expected.next());
        ++rows;
        for (int column = 0; column < 11; ++column)
            QCOMPARE(reader.isNull(column), expected.isNull(column));
        for (int column : {0, 5, 6, 7})
            QCOMPARE(reader.integer(column), expected.value(column).toLongLong());
        for (int column : {1, 2, 3, 4, 8}) {
            QCOMPARE(reader.text(column), expected.value(column).toString());
            QCOMPARE(reader.sharedText(column), expected.value(column).toString());
        }
        for (int column : {9, 10}) {
            const QString stored = expected.value(column).toString();
            QCOMPARE(reader.storedTime(column),
                     stored.isEmpty() ? QDateTime() : QDateTime::fromString(stored, Qt::ISODateWithMs));
        }
        if (reader.integer(0) == saved.value().id) {
            sawAwkward = true;
            QCOMPARE(reader.text(3), awkward.title);
            QCOMPARE(reader.text(1), awkward.salesperson);
            QCOMPARE(reader.integer(5), MaxAmount);
            QCOMPARE(reader.integer(6), -MaxAmount);
            QVERIFY(!reader.isNull(10));
        }
    }
    QVERIFY(!expected.next());
    QVERIFY(rows > Deals); // the sample, the deals of earlier tests (some in the trash) and this one
    QVERIFY(sawAwkward);

    // Names repeat across a page and are kept once: the same text, the same string data.
    TeamHistoryFilter filter;
    filter.limit = 50;
    const Expected<QList<TeamHistoryRow>> page = m_history->page(filter, std::nullopt);
    QVERIFY2(page.ok(), qPrintable(page.error().fullText()));
    QHash<QString, const QChar *> firstSeen;
    for (const TeamHistoryRow &row : page.value()) {
        const QChar *data = firstSeen.value(row.salesperson, row.salesperson.constData());
        QCOMPARE(row.salesperson.constData(), data);
        firstSeen.insert(row.salesperson, data);
    }
    QVERIFY(firstSeen.size() < page.value().size());
    QVERIFY(deals.moveToTrash(saved.value().id).ok());
}

QTEST_GUILESS_MAIN(TestTeamHistory)
void TestTeamHistory::outcomeSortsByHowGoodItIs()
{
    for (bool descending : {false, true}) {
        TeamHistoryFilter filter;
        filter.limit = 29; // pages end inside runs of equal outcomes
        filter.sortColumn = TeamHistoryColumn::Outcome;
        filter.descending = descending;
        const QList<TeamHistoryRow> rows = allRows(*m_history, filter);
        QCOMPARE(rows.size(), Deals);
        // Open deals first (ascending), then from the worst ending to the best: not "lose_lose" < "unknown" <
        // "walked_away" < "win_lose" < "win_win" as the keys spell.
        QList<int> ranks;
        for (const TeamHistoryRow &row : rows) {
            const auto *begin = std::begin(Schema::OutcomeKeysWorstFirst);
            const auto *end = std::end(Schema::OutcomeKeysWorstFirst);
            ranks << (row.ending ? int(std::find(begin, end, endingKey(*row.ending)) - begin) + 1 : 0);
        }
        QList<int> sorted = ranks;
        std::sort(sorted.begin(), sorted.end());
        if (descending)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(ranks, sorted);
        QVERIFY(QSet<int>(ranks.begin(), ranks.end()).size() >= 4); // the sample has open, closed and walked away
        const qsizetype best = descending ? 0 : rows.size() - 1;
        QVERIFY(rows.at(best).ending);
        QVERIFY(*rows.at(best).ending == Ending::WinWinWin || *rows.at(best).ending == Ending::WinWin);
    }
    // Through its index, without sorting every deal, on a file and on a server.
    const QString text = plan(QStringLiteral("SELECT d.id FROM deals d WHERE d.deleted_at IS NULL ORDER BY %1, d.id "
                                             "LIMIT 50")
                                  .arg(Schema::outcomeRankExpression(QStringLiteral("d.ending"))));
    QVERIFY2(text.contains(QStringLiteral("deals_history_outcome_rank")), qPrintable(text));
    QVERIFY2(!sorts(text), qPrintable(text));
}

#include "tst_teamhistory.moc"
