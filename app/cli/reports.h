#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace Triplewin::Core {
class Database;
}

namespace Triplewin::Cli {

struct ReportOptions
{
    bool json = false;
    QString salesperson; ///< empty: everyone
    int months = 12;     ///< RQ period, ending with the current month
};

/// Habit flags per salesperson (with their evidence) as a table or JSON. False with @p error on failure.
bool printHabits(Core::Database &database, const ReportOptions &options, QTextStream &out, QString *error);
/// RQ per salesperson, overall and per month, as a table or JSON. False with @p error on failure.
bool printRq(Core::Database &database, const ReportOptions &options, QTextStream &out, QString *error);

/// Why deals ended, by how they ended and by salesperson, over the last options.months months, as tables or JSON.
bool printReasons(Core::Database &database, const ReportOptions &options, QTextStream &out, QString *error);

} // namespace Triplewin::Cli
