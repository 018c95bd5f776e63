#pragma once

#include "../domain/party.h"
#include "relationalquotient.h"

#include <array>
#include <QList>
#include <QString>
#include <QStringList>

namespace Triplewin::Core {

/// How many deals one salesperson ended one way for one reason (CoachingRepository::endingReasons()).
struct ReasonCount
{
    QString salesperson; ///< as written on their deals (one spelling where they differ)
    Ending ending = Ending::Unknown;
    QString reason; ///< a standard key, a user's own reason, or empty: none given
    qint64 count = 0;
};

/// Ended deals counted by reason, grouped one way (by how they ended, or by salesperson): what the manager's
/// dashboard and `triplewin-cli reasons` show. One place for both, so they agree.
struct ReasonTable
{
    /// The columns: the reasons given, the standard ones in their list order, then the others alphabetically, then
    /// the empty reason (none given) when any deal has none.
    QStringList reasons;
    struct Row
    {
        QString label;        ///< an ending's name or a salesperson
        QString key;          ///< an ending's key ("win_win", "walked_away") or the salesperson as written
        QList<qint64> counts; ///< one per reason, in reasons' order
        qint64 total = 0;
    };
    QList<Row> rows;
    qint64 total = 0;

    bool isEmpty() const { return rows.isEmpty(); }
};

/// Rows by how the deals ended, best first (endingName() labels); only endings with deals.
ReasonTable reasonsByEnding(const QList<ReasonCount> &counts);
/// Rows by salesperson, in the order they first appear in @p counts (the repository gives them sorted).
ReasonTable reasonsBySalesperson(const QList<ReasonCount> &counts);

/// What one salesperson's closed deals in one currency left on the table, summed over the deals where it could be
/// said when they closed (CoachingRepository::valueLeftBySalesperson()).
struct ValueLeftSum
{
    QString salesperson;
    QString currency;
    qint64 deals = 0;                          ///< closed deals whose value left is known
    std::array<qint64, PartyCount> perParty{}; ///< cents
    qint64 total() const { return perParty[0] + perParty[1] + perParty[2]; }
};

/// "No reason given" for the empty reason, else endingReasonName().
QString reasonColumnName(const QString &reason);

} // namespace Triplewin::Core
