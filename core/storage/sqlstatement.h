#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Triplewin::Core {

/// One statement as a repository sends it: its text with `?` placeholders and the values bound to them, in order.
/// Built by the repositories' statement functions, so that what runs them outside the app (triplewin-bench-server-scale
/// through libpq, to compare with the app) runs exactly the app's SQL.
struct SqlStatement
{
    QString text;
    QVariantList binds;

    /// Runs it on @p query: prepared with the values bound, or, with none to bind, as it is (on a server one round
    /// trip instead of a prepare, the run and a deallocation).
    bool execIn(QSqlQuery &query) const
    {
        if (binds.isEmpty())
            return query.exec(text);
        if (!query.prepare(text))
            return false;
        for (const QVariant &value : binds)
            query.addBindValue(value);
        return query.exec();
    }
};

} // namespace Triplewin::Core
