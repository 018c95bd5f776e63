#pragma once

#include "../coaching/relationalquotient.h"
#include "../domain/deal.h"
#include "sqlstatement.h"
#include "storageerror.h"

#include <optional>
#include <QDate>
#include <QList>
#include <QString>

namespace Triplewin::Core {

class Database;
class SqlDialect;

/// Columns of the team history, in display order; also the sort keys.
enum class TeamHistoryColumn
{
    Salesperson,
    Customer,
    Title,
    Status,
    Outcome,
    YourValue,
    CustomerValue,
    CustomersCustomerValue,
    Created,
    Closed,
};
inline constexpr int TeamHistoryColumnCount = 10;

/// One deal in the team history. Values are those of the agreed option of a closed deal (empty otherwise).
struct TeamHistoryRow
{
    qint64 id = 0;
    QString salesperson;
    QString customer;
    QString title;
    DealStatus status = DealStatus::Preparing;
    std::optional<Ending> ending; ///< how it ended; empty while open
    std::array<std::optional<Money>, PartyCount> values;
    QString currency;
    QDateTime createdAt;
    QDateTime closedAt;
    QVariant sortKey; ///< the value of the sort column, for keyset paging; page() sets it on its last row only
};

/// What the manager filters by; every field is optional. Text is matched literally (% and _ are not wildcards).
struct TeamHistoryFilter
{
    QString salesperson;
    QString customer;
    std::optional<DealStatus> status;
    std::optional<Ending> ending;
    QDate createdFrom; ///< inclusive
    QDate createdTo;   ///< inclusive
    QString search;    ///< in title, customer and salesperson
    TeamHistoryColumn sortColumn = TeamHistoryColumn::Created;
    bool descending = true;
    int limit = 200;
};

/// The SQL behind the team history: filters and sorting in SQL, keyset paging over (sort key, id).
class TeamHistoryRepository final
{
public:
    explicit TeamHistoryRepository(Database &database);

    /// The next page after @p after (the last row of the previous page), or the first page.
    Expected<QList<TeamHistoryRow>> page(const TeamHistoryFilter &filter, const std::optional<TeamHistoryRow> &after);
    /// The statement page() sends to a database of @p dialect (for a benchmark comparing it with the same SQL run
    /// outside the app). Its columns: id, salesperson, customer, title, status, ending, the three values, currency,
    /// created_at, ended_at, the sort key.
    static SqlStatement pageStatement(const SqlDialect &dialect, const TeamHistoryFilter &filter,
                                      const std::optional<TeamHistoryRow> &after);

private:
    Database &m_database;
};

} // namespace Triplewin::Core
