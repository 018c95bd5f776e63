#pragma once

#include <algorithm>
#include <iterator>
#include <QString>
#include <utility>

/// Table and column names, in one place for every SQL statement in core/storage.
namespace Triplewin::Core::Schema {

inline const QString Deals = QStringLiteral("deals");
inline const QString Options = QStringLiteral("deal_options");
inline const QString Assessments = QStringLiteral("assessments");
inline const QString Events = QStringLiteral("deal_events");
inline const QString Scripts = QStringLiteral("walk_away_scripts");
inline const QString Notes = QStringLiteral("coaching_notes");
inline const QString DatabaseInfo = QStringLiteral("database_info");
inline const QString MergeLog = QStringLiteral("merge_log");
inline const QString Drafts = QStringLiteral("drafts");
inline const QString Origins = QStringLiteral("deal_origins");

/// The agreed option's three values, frozen onto the deal at closing like its results (schema v8), so the
/// team history sorts by them through an index: "you_value = (SELECT value FROM assessments WHERE option_id = ?
/// AND party = 'you'), customer_value = ..., customers_customer_value = ...". Bind the agreed option's id (NULL when
/// there is none) once per party.
inline QString frozenValueAssignments()
{
    return QStringLiteral(
               "you_value = (SELECT value FROM %1 WHERE option_id = ? AND party = 'you'), "
               "customer_value = (SELECT value FROM %1 WHERE option_id = ? AND party = 'customer'), "
               "customers_customer_value = (SELECT value FROM %1 WHERE option_id = ? AND party = 'customers_customer')")
        .arg(Assessments);
}

/// How good an ending is, worst first, by its deals.ending key: nobody gains, then the one-sided deals,
/// then an honest walk-away (better than a deal someone loses, not as good as one both win), then win/win and
/// win-win-win. A deal not ended yet (NULL) ranks before all of them.
inline const QString OutcomeKeysWorstFirst[] = {QStringLiteral("unknown"),     QStringLiteral("lose_lose"),
                                                QStringLiteral("lose_win"),    QStringLiteral("win_lose"),
                                                QStringLiteral("walked_away"), QStringLiteral("win_win"),
                                                QStringLiteral("win_win_win")};

/// The rank of OutcomeKeysWorstFirst as SQL over @p column ("ending", or "d.ending" in a query):
/// 0 for NULL, 1 for the worst ending and so on. An index on it (deals_history_outcome_rank) serves the sort.
inline QString outcomeRankExpression(const QString &column)
{
    QString expression = QStringLiteral("CASE %1").arg(column);
    int rank = 0;
    for (const QString &key : OutcomeKeysWorstFirst)
        expression += QStringLiteral(" WHEN '%1' THEN %2").arg(key).arg(++rank);
    return expression + QStringLiteral(" ELSE 0 END");
}

/// Columns of deals that schema 11 renamed to one vocabulary (an ending is a closing or a walk-away; the third
/// party is the customer's customer), with the names they had before. A merge reads older files by the old names.
inline const std::pair<QString, QString> DealColumnsRenamedIn11[] = {
    {QStringLiteral("ended_at"), QStringLiteral("closed_at")},
    {QStringLiteral("ended_by"), QStringLiteral("closed_by")},
    {QStringLiteral("agreed_option_id"), QStringLiteral("closed_option_id")},
    {QStringLiteral("agreed_option_name"), QStringLiteral("closed_option_name")},
    {QStringLiteral("ending"), QStringLiteral("final_outcome")},
    {QStringLiteral("customers_customer_result"), QStringLiteral("chain_result")},
    {QStringLiteral("customers_customer_value"), QStringLiteral("chain_value")},
};

/// Deals columns added in schema 12: why a deal ended, and the value its closing left on the table per party.
inline bool dealColumnAddedIn12(const QString &column)
{
    return column == QLatin1String("ending_reason") || column == QLatin1String("ending_note") ||
           column.endsWith(QLatin1String("_left"));
}

/// Deals columns added in schema 13: what was prepared about each party (partypreparation.h), four per party in
/// Party order: interests, relationship, reference_source (what its reference point is based on), confidence.
inline const QString PreparationColumns[] = {
    QStringLiteral("you_interests"),
    QStringLiteral("you_relationship"),
    QStringLiteral("you_reference_source"),
    QStringLiteral("you_confidence"),
    QStringLiteral("customer_interests"),
    QStringLiteral("customer_relationship"),
    QStringLiteral("customer_reference_source"),
    QStringLiteral("customer_confidence"),
    QStringLiteral("customers_customer_interests"),
    QStringLiteral("customers_customer_relationship"),
    QStringLiteral("customers_customer_reference_source"),
    QStringLiteral("customers_customer_confidence"),
};

inline bool dealColumnAddedIn13(const QString &column)
{
    return std::find(std::begin(PreparationColumns), std::end(PreparationColumns), column) !=
           std::end(PreparationColumns);
}

/// The deals column added in schema 14: the concession ledger (concession.h) as JSON text (concessionsText()), NULL
/// when empty.
inline const QString ConcessionsColumn = QStringLiteral("concessions");

/// Deals column @p column as a file of schema @p version names it: NULL for one it did not have yet.
inline QString dealColumnIn(int version, const QString &column)
{
    if ((version < 12 && dealColumnAddedIn12(column)) || (version < 13 && dealColumnAddedIn13(column)) ||
        (version < 14 && column == ConcessionsColumn))
        return QStringLiteral("NULL");
    if (version < 11) {
        for (const auto &[name, before] : DealColumnsRenamedIn11) {
            if (name == column)
                return before;
        }
    }
    return column;
}

/// Party keys stored in assessments.party, in Party order.
inline const QString PartyKeys[] = {QStringLiteral("you"), QStringLiteral("customer"),
                                    QStringLiteral("customers_customer")};

} // namespace Triplewin::Core::Schema
