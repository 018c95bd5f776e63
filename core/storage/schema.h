#pragma once

#include <QString>

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

/// Party keys stored in assessments.party, in Party order.
inline const QString PartyKeys[] = {QStringLiteral("you"), QStringLiteral("customer"),
                                    QStringLiteral("customers_customer")};

} // namespace Triplewin::Core::Schema
