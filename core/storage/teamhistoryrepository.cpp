#include "teamhistoryrepository.h"

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

/// The SQL expression each column sorts by, each one an index of its own (schema v6 and v8: deals_history_*).
/// Nullable columns sort through SqlDialect::ifNull() so keyset comparisons work; amounts sort as numbers.
QString sortExpression(const SqlDialect &dialect, TeamHistoryColumn column)
{
    const QString lowest = QStringLiteral("-9223372036854775807");
    switch (column) {
    case TeamHistoryColumn::Salesperson:
        return QStringLiteral("d.salesperson_key"); // as people read names: "müller" next to "Müller"
    case TeamHistoryColumn::Customer:
        return QStringLiteral("d.customer");
    case TeamHistoryColumn::Title:
        return QStringLiteral("d.title");
    case TeamHistoryColumn::Status:
        return QStringLiteral("d.status");
    case TeamHistoryColumn::Outcome:
        return Schema::outcomeRankExpression(QStringLiteral("d.ending")); // how good, not alphabetical
    case TeamHistoryColumn::YourValue:
        return dialect.ifNull(QStringLiteral("d.you_value"), lowest);
    case TeamHistoryColumn::CustomerValue:
        return dialect.ifNull(QStringLiteral("d.customer_value"), lowest);
    case TeamHistoryColumn::CustomersCustomerValue:
        return dialect.ifNull(QStringLiteral("d.customers_customer_value"), lowest);
    case TeamHistoryColumn::Created:
        return QStringLiteral("d.created_at");
    case TeamHistoryColumn::Closed:
        return dialect.ifNull(QStringLiteral("d.ended_at"), QStringLiteral("''"));
    }
    return QStringLiteral("d.created_at");
}

} // namespace

TeamHistoryRepository::TeamHistoryRepository(Database &database)
    : m_database(database)
{}

SqlStatement TeamHistoryRepository::pageStatement(const SqlDialect &dialect, const TeamHistoryFilter &filter,
                                                  const std::optional<TeamHistoryRow> &after)
{
    const QString sortKey = sortExpression(dialect, filter.sortColumn);
    QStringList where{QStringLiteral("d.deleted_at IS NULL")};
    QVariantList values;
    if (!filter.salesperson.isEmpty()) {
        where << QStringLiteral("d.salesperson_key = ?");
        values << nameKey(filter.salesperson);
    }
    if (!filter.customer.isEmpty()) {
        where << QStringLiteral("d.customer_key = ?");
        values << nameKey(filter.customer);
    }
    if (filter.status) {
        where << QStringLiteral("d.status = ?");
        values << statusKey(*filter.status);
    }
    if (filter.ending) {
        where << QStringLiteral("d.ending = ?");
        values << endingKey(*filter.ending);
    }
    if (filter.createdFrom.isValid()) {
        where << QStringLiteral("d.created_at >= ?");
        values << filter.createdFrom.toString(Qt::ISODate);
    }
    if (filter.createdTo.isValid()) {
        where << QStringLiteral("d.created_at < ?");
        values << filter.createdTo.addDays(1).toString(Qt::ISODate);
    }
    if (!filter.search.trimmed().isEmpty()) {
        where << QStringLiteral("(d.title %1 ? ESCAPE '\\' OR d.customer_key %1 ? ESCAPE '\\' "
                                "OR d.salesperson_key %1 ? ESCAPE '\\')")
                     .arg(dialect.likeIgnoringCase());
        const QString pattern = SqlText::containsPattern(filter.search.trimmed());
        const QString folded = SqlText::containsPattern(nameKey(filter.search));
        values << pattern << folded << folded;
    }
    const QString direction = filter.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString select =
        QStringLiteral(
            "SELECT d.id, d.salesperson, d.customer, d.title, d.status, d.ending, d.you_value, "
            "d.customer_value, d.customers_customer_value, d.currency, d.created_at, d.ended_at, %1 FROM %2 d WHERE %3")
            .arg(sortKey, Schema::Deals, where.join(QStringLiteral(" AND ")));
    SqlStatement statement;
    if (!after) {
        statement.text = QStringLiteral("%1 ORDER BY %2 %3, d.id %3 LIMIT ?").arg(select, sortKey, direction);
        statement.binds << values << filter.limit;
    } else {
        // Keyset: continue strictly after the last row in (sort key, id) order, as two seeks that each use the
        // whole sort index: the rest of the rows with the same key (key = ? AND id after), then the keys after it.
        // A row value "(key, id) > (?, ?)" seeks by the key alone (a status shared by 250,000 deals is then read
        // through) and not at all on an expression index; "key > ? OR (key = ? AND id > ?)" scans every row before.
        const QString after_ = filter.descending ? QStringLiteral("<") : QStringLiteral(">");
        statement.text =
            (QStringLiteral("SELECT * FROM (%1 AND %2 = ? AND d.id %3 ? ORDER BY d.id %4 LIMIT ?) AS same_key "
                            "UNION ALL SELECT * FROM (%1 AND %2 %3 ? ORDER BY %2 %4, d.id %4 LIMIT ?) "
                            "AS later_keys "
                            "ORDER BY 13 %4, 1 %4 LIMIT ?")
                 .arg(select, sortKey, after_, direction));
        statement.binds << values << after->sortKey << after->id << filter.limit << values << after->sortKey
                        << filter.limit << filter.limit;
    }
    return statement;
}

Expected<QList<TeamHistoryRow>> TeamHistoryRepository::page(const TeamHistoryFilter &filter,
                                                            const std::optional<TeamHistoryRow> &after)
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    if (!pageStatement(m_database.dialect(), filter, after).execIn(query, m_database.dialect()))
        return Database::sqlError(
            QCoreApplication::translate("Triplewin::Core::TeamHistoryRepository", "Reading the team history failed"),
            query);
    QList<TeamHistoryRow> rows;
    rows.reserve(filter.limit);
    // A page's rows stay in memory while the manager looks at them; what keeps them cheap on a team server is
    // fewer strings kept alive per row: names and currencies repeat across a page and are kept once
    // (SqlRowReader::sharedText()). The sort key is only kept for the last row, the one the next page continues
    // after. Each value is read once, without a QVariant where the driver allows (SqlRowReader); rows are built in
    // place.
    const bool forwardOnly = query.isForwardOnly();
    QVariant lastSortKey;
    SqlRowReader reader(query);
    while (reader.next()) {
        TeamHistoryRow &row = rows.emplaceBack();
        row.id = reader.integer(0);
        row.salesperson = reader.sharedText(1);
        row.customer = reader.sharedText(2);
        row.title = reader.text(3);
        row.status = statusFromKey(reader.sharedText(4)).value_or(DealStatus::Preparing);
        if (!reader.isNull(5))
            row.ending = endingFromKey(reader.sharedText(5));
        for (int party = 0; party < PartyCount; ++party) {
            if (!reader.isNull(6 + party))
                row.values[std::size_t(party)] = reader.integer(6 + party);
        }
        row.currency = reader.sharedText(9);
        row.createdAt = reader.storedTime(10);
        row.closedAt = reader.storedTime(11);
        if (forwardOnly)
            lastSortKey = query.value(12);
    }
    if (!forwardOnly && query.last()) // a server's result is held whole (SqlDialect::setUpRead()): no second trip
        lastSortKey = query.value(12);
    if (!rows.isEmpty())
        rows.last().sortKey = std::move(lastSortKey);
    if (query.lastError().isValid())
        return Database::sqlError(
            QCoreApplication::translate("Triplewin::Core::TeamHistoryRepository", "Reading the team history failed"),
            query);
    return rows;
}

} // namespace Triplewin::Core
