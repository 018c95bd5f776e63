#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Triplewin::Core {

class SqlDialect;

/// One statement as a repository sends it: its text with `?` placeholders and the values bound to them, in order.
/// Built by the repositories' statement functions, so that what runs them outside the app (triplewin-bench-server-scale
/// through libpq, to compare with the app) runs exactly the app's SQL.
struct SqlStatement
{
    QString text;
    QVariantList binds;

    /// Runs it once on @p query, in as few round trips as @p dialect allows: prepared with the values bound, or,
    /// where preparing costs round trips of its own (SqlDialect::inlinesOneOffValues()), with the values written
    /// into the text by the driver as its own EXECUTE would write them.
    bool execIn(QSqlQuery &query, const SqlDialect &dialect) const;
    /// The text with each `?` outside a quoted literal replaced by its value as @p query's driver formats it.
    QString withValuesInline(const QSqlQuery &query) const;
};

} // namespace Triplewin::Core
