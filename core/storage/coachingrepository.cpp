#include "coachingrepository.h"

#include "../domain/deal.h"
#include "database.h"
#include "schema.h"
#include "sqldialect.h"
#include "sqlrowreader.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Triplewin::Core {

namespace {

// Ended deals that count for habits and the RQ: the condition of the partial index deals_ended_by_salesperson (so
// SQLite can use it), without the deals that ended unassessed (a CRM's won or lost deal, a closing with values
// missing): what they were for each party is not known, so they are not evidence of anything until assessed.
const QString Ended = QStringLiteral("ended_at IS NOT NULL AND deleted_at IS NULL AND ending <> 'unknown'");
// Ended deals waiting for an assessment: the condition of the partial index deals_to_assess.
const QString ToAssess = QStringLiteral("ended_at IS NOT NULL AND deleted_at IS NULL AND ending = 'unknown'");

QString readAction()
{
    return QCoreApplication::translate("Triplewin::Core::CoachingRepository", "Reading the deal history failed");
}

StorageError failed(const QSqlQuery &query)
{
    return Database::sqlError(readAction(), query);
}

QString monthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1).toString(Qt::ISODate);
}

/// Columns: id, title, customer, salesperson, ended_at, ending, customers_customer_result, (salesperson_key),
/// concessions. Read without a QVariant per value where the driver allows (SqlRowReader): the habit windows for
/// everyone are a thousand of these on a big team.
EndedDeal endedDealFrom(SqlRowReader &reader)
{
    EndedDeal deal;
    deal.id = reader.integer(0);
    deal.title = reader.text(1);
    deal.customer = reader.sharedText(2);
    deal.salesperson = reader.sharedText(3);
    deal.endedAt = reader.storedTime(4);
    const QString ending = reader.sharedText(5);
    deal.walkedAway = ending == endingKey(Ending::WalkedAway);
    deal.outcome = outcomeFromKey(ending).value_or(Outcome::Unknown);
    deal.customersCustomer = resultFromKey(reader.sharedText(6)).value_or(Result::Unknown);
    // Only ended deals with a ledger parse one; a ledger that cannot be read counts nothing here (opening the deal
    // says what is wrong with it).
    if (const QString ledger = reader.text(8); !ledger.isEmpty()) {
        QString error;
        deal.unreciprocated = unreciprocatedCount(concessionsFromText(ledger, &error).value_or(ConcessionLedger()));
    }
    return deal;
}

/// The columns endedDealFrom() reads, with the salesperson's name key (nameKey()), which groups their deals.
const QString EndedDealColumns = QStringLiteral(
    "id, title, customer, salesperson, ended_at, ending, customers_customer_result, salesperson_key, concessions");
constexpr int SalespersonKeyColumn = 7;

} // namespace

CoachingRepository::CoachingRepository(Database &database)
    : m_database(database)
{}

Expected<QList<EndedDeal>> CoachingRepository::recentEnded(const QString &salesperson, int limit)
{
    return newest(Ended, salesperson, limit);
}

Expected<QList<EndedDeal>> CoachingRepository::newest(const QString &condition, const QString &salesperson, int limit)
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE salesperson_key = ? AND %3 "
                                 "ORDER BY ended_at DESC, id DESC LIMIT ?")
                      .arg(EndedDealColumns, Schema::Deals, condition));
    query.addBindValue(nameKey(salesperson));
    query.addBindValue(limit);
    if (!query.exec())
        return failed(query);
    QList<EndedDeal> deals;
    SqlRowReader reader(query);
    while (reader.next())
        deals << endedDealFrom(reader);
    if (query.lastError().isValid())
        return failed(query);
    return deals;
}

StorageError CoachingRepository::forEachSalespersonWindow(
    int window, const std::function<void(const QString &, const QList<EndedDeal> &)> &visit)
{
    return forEachSalesperson(Window::Assessed, window, visit);
}

StorageError CoachingRepository::forEachSalespersonToAssess(
    int limit, const std::function<void(const QString &, const QList<EndedDeal> &)> &visit)
{
    return forEachSalesperson(Window::ToAssess, limit, visit);
}

Expected<QList<EndedDeal>> CoachingRepository::toAssess(const QString &salesperson, int limit)
{
    return newest(ToAssess, salesperson, limit);
}

SqlStatement CoachingRepository::toAssessCountsStatement()
{
    return {QStringLiteral("SELECT salesperson_key, count(*) FROM %1 WHERE %2 GROUP BY salesperson_key")
                .arg(Schema::Deals, ToAssess),
            {}};
}

Expected<QHash<QString, qint64>> CoachingRepository::toAssessCounts()
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    if (!toAssessCountsStatement().execIn(query, m_database.dialect()))
        return failed(query);
    QHash<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    if (query.lastError().isValid())
        return failed(query);
    return counts;
}

SqlStatement CoachingRepository::salespersonWindowStatement(const SqlDialect &dialect, Window window, int limit)
{
    // A few index seeks per salesperson, never a pass over every ended deal: the recursive CTE hops from one
    // salesperson to the next along deals_ended_by_salesperson (a loose index scan), and for each of them the
    // same index yields the newest `window` rows in (ended_at DESC, id DESC) order. The cost grows with the
    // number of salespeople, not of deals. Same rows in the same order as the plainer
    //   SELECT … FROM (SELECT …, ROW_NUMBER() OVER (PARTITION BY salesperson ORDER BY ended_at DESC, id DESC)
    //   AS recency FROM deals WHERE <ended>) WHERE recency <= ? ORDER BY salesperson, recency
    // which numbers every ended deal and fetches each one's table row: ~3.9 s for 1M deals, slower than a full
    // table scan (~2.6 s), against ~10 ms for this one (triplewin-bench). bench/queries.h holds a copy.
    const QString &condition = window == Window::Assessed ? Ended : ToAssess;
    return {dialect.distinctValuesCte(QStringLiteral("salespeople"), Schema::Deals, QStringLiteral("salesperson_key"),
                                      condition) +
                QStringLiteral(" SELECT %1 FROM %2 ORDER BY salesperson_key, ended_at DESC, id DESC")
                    .arg(EndedDealColumns, dialect.firstRowsPerValue(
                                               QStringLiteral("salespeople"), Schema::Deals, EndedDealColumns,
                                               QStringLiteral("salesperson_key = salespeople.value AND ") + condition,
                                               QStringLiteral("ended_at DESC, id DESC"))),
            {limit}};
}

StorageError
CoachingRepository::forEachSalesperson(Window window, int limit,
                                       const std::function<void(const QString &, const QList<EndedDeal> &)> &visit)
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    if (!salespersonWindowStatement(m_database.dialect(), window, limit).execIn(query, m_database.dialect()))
        return failed(query);
    QString current;
    QList<EndedDeal> deals;
    bool any = false;
    SqlRowReader reader(query);
    while (reader.next()) {
        const QString key = reader.sharedText(SalespersonKeyColumn);
        if (any && key != current) {
            visit(current, deals);
            deals.clear();
        }
        any = true;
        current = key;
        deals << endedDealFrom(reader);
    }
    if (query.lastError().isValid())
        return failed(query);
    if (any)
        visit(current, deals);
    return {};
}

SqlStatement CoachingRepository::endingsByMonthStatement(const SqlDialect &dialect,
                                                         const std::optional<QString> &salesperson, const QDate &from,
                                                         const QDate &to)
{
    // GROUP BY and ORDER BY follow the columns of the covering index deals_ended_by_month (salesperson,
    // the month prefix of ended_at, ending, ...): SQLite aggregates while it reads the index, with no sort
    // (1M deals: ~0.2 s; through deals_ended_by_salesperson with a temporary B-tree ~0.9 s). The month
    // expression must stay exactly the one in that index. bench/queries.h holds a copy.
    SqlStatement statement{QStringLiteral("SELECT salesperson_key, %4 AS month, ending, count(*) "
                                          "FROM %1 WHERE %2 AND ended_at >= ? AND ended_at < ? %3 "
                                          "GROUP BY salesperson_key, month, ending "
                                          "ORDER BY salesperson_key, month, ending")
                               .arg(Schema::Deals, Ended,
                                    salesperson ? QStringLiteral("AND salesperson_key = ?") : QString(),
                                    dialect.textPrefix(QStringLiteral("ended_at"), 7)),
                           {monthStart(from), monthStart(to)}};
    if (salesperson)
        statement.binds << nameKey(*salesperson);
    return statement;
}

Expected<QList<MonthlyEndings>> CoachingRepository::endingsByMonth(const std::optional<QString> &salesperson,
                                                                   const QDate &from, const QDate &to)
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    if (!endingsByMonthStatement(m_database.dialect(), salesperson, from, to).execIn(query, m_database.dialect()))
        return failed(query);
    QList<MonthlyEndings> rows;
    QString monthText; // rows come in month runs: parse each month's text once, not once a row
    QDate month;
    while (query.next()) {
        const QString person = query.value(0).toString();
        if (const QString text = query.value(1).toString(); text != monthText) {
            monthText = text;
            month = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        }
        if (rows.isEmpty() || rows.constLast().salespersonKey != person || rows.constLast().month != month)
            rows.append(MonthlyEndings{person, month, {}});
        if (const std::optional<Ending> ending = endingFromKey(query.value(2).toString()))
            rows.last().counts[*ending] += query.value(3).toLongLong();
    }
    if (query.lastError().isValid())
        return failed(query);
    return rows;
}

SqlStatement CoachingRepository::endingReasonsStatement(const std::optional<QString> &salesperson, const QDate &from,
                                                        const QDate &to)
{
    // Every ended deal, assessed or not (a CRM's lost deal brings its reason before anyone assessed it), in the
    // months from @p from to @p to, along the index deals_ended_reasons (its condition, its columns); one
    // spelling per person.
    SqlStatement statement{
        QStringLiteral("SELECT salesperson_key, max(salesperson), ending, COALESCE(ending_reason, ''), count(*) "
                       "FROM %1 WHERE ended_at IS NOT NULL AND deleted_at IS NULL AND ended_at >= ? AND ended_at < ? "
                       "%2 GROUP BY salesperson_key, ending, COALESCE(ending_reason, '') "
                       "ORDER BY salesperson_key, ending, COALESCE(ending_reason, '')")
            .arg(Schema::Deals, salesperson ? QStringLiteral("AND salesperson_key = ?") : QString()),
        {monthStart(from), monthStart(to.addMonths(1))}};
    if (salesperson)
        statement.binds << nameKey(*salesperson);
    return statement;
}

Expected<QList<ReasonCount>> CoachingRepository::endingReasons(const std::optional<QString> &salesperson,
                                                               const QDate &from, const QDate &to)
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    if (!endingReasonsStatement(salesperson, from, to).execIn(query, m_database.dialect()))
        return failed(query);
    QList<ReasonCount> counts;
    while (query.next()) {
        const std::optional<Ending> ending = endingFromKey(query.value(2).toString());
        if (!ending)
            continue; // a row with no ending key is open, whatever ended_at says; the schema's CHECK keeps it out
        counts.append(
            ReasonCount{query.value(1).toString(), *ending, query.value(3).toString(), query.value(4).toLongLong()});
    }
    if (query.lastError().isValid())
        return failed(query);
    return counts;
}

SqlStatement CoachingRepository::valueLeftStatement(const QDate &from, const QDate &to)
{
    // Along the index deals_value_left (its condition, its columns).
    return {QStringLiteral("SELECT salesperson_key, max(salesperson), currency, count(*), sum(you_left), "
                           "sum(customer_left), sum(customers_customer_left) FROM %1 "
                           "WHERE ended_at IS NOT NULL AND deleted_at IS NULL AND you_left IS NOT NULL "
                           "AND ended_at >= ? AND ended_at < ? "
                           "GROUP BY salesperson_key, currency ORDER BY salesperson_key, currency")
                .arg(Schema::Deals),
            {monthStart(from), monthStart(to.addMonths(1))}};
}

Expected<QList<ValueLeftSum>> CoachingRepository::valueLeftBySalesperson(const QDate &from, const QDate &to)
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    if (!valueLeftStatement(from, to).execIn(query, m_database.dialect()))
        return failed(query);
    QList<ValueLeftSum> sums;
    while (query.next()) {
        ValueLeftSum sum;
        sum.salesperson = query.value(1).toString();
        sum.currency = query.value(2).toString();
        sum.deals = query.value(3).toLongLong();
        for (int party = 0; party < PartyCount; ++party)
            sum.perParty[std::size_t(party)] = query.value(4 + party).toLongLong();
        sums << sum;
    }
    if (query.lastError().isValid())
        return failed(query);
    return sums;
}

Expected<std::optional<EndedDeal>> CoachingRepository::lastEndedWithCustomer(const QString &customer,
                                                                             qint64 excludingDealId)
{
    if (customer.trimmed().isEmpty())
        return std::optional<EndedDeal>();
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    // Closed deals only: a walk-away is no outcome for the customer, and must not hide a win/lose before it.
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE customer_key = ? AND %3 AND id <> ? "
                                 "AND ending <> 'walked_away' ORDER BY ended_at DESC, id DESC LIMIT 1")
                      .arg(EndedDealColumns, Schema::Deals, Ended));
    query.addBindValue(nameKey(customer));
    query.addBindValue(excludingDealId);
    if (!query.exec())
        return failed(query);
    SqlRowReader reader(query);
    if (!reader.next())
        return query.lastError().isValid() ? Expected<std::optional<EndedDeal>>(failed(query))
                                           : std::optional<EndedDeal>();
    return std::optional<EndedDeal>(endedDealFrom(reader));
}

Expected<QStringList> CoachingRepository::salespeople()
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    // One name per person however they were written: the spelling of their most recent ending. A loose index scan
    // along deals_ended_by_salesperson (one seek per person, as in forEachSalesperson()): at start-up with a million
    // deals, a GROUP BY over every ended deal took 63-127 ms, this takes a few.
    const QString ended = QStringLiteral("ended_at IS NOT NULL AND deleted_at IS NULL");
    if (!query.exec(m_database.dialect().distinctValuesCte(QStringLiteral("people"), Schema::Deals,
                                                           QStringLiteral("salesperson_key"), ended) +
                    QStringLiteral(" SELECT (SELECT salesperson FROM %1 WHERE salesperson_key = people.value AND %2 "
                                   "ORDER BY ended_at DESC, id DESC LIMIT 1) FROM people WHERE value IS NOT NULL")
                        .arg(Schema::Deals, ended)))
        return failed(query);
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    if (query.lastError().isValid())
        return failed(query);
    return names;
}

} // namespace Triplewin::Core
