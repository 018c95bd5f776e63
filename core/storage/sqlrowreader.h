#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

class QSqlQuery;
struct pg_result; // libpq's PGresult

namespace Triplewin::Core {

/// Reads the rows of a query that has run, value by value, without making a QVariant for each value where the driver
/// lets it. Qt SQL's QSqlQuery::value() makes one per call; on a page of the team history (200 rows of 13 columns)
/// that was most of what the app spent above libpq itself (triplewin-bench-server-scale). A team server's result,
/// which a scrollable query holds whole (SqlDialect::setUpRead()), is read here in place from libpq's PGresult, through
/// QSqlResult::handle(); any other (an SQLite file's, whose driver has made its QVariants already, or a forward-only
/// one's) through QSqlQuery::value(). The values read the same either way (tst_teamhistory and its _on_postgres run).
///
/// The query must stay as it is while the reader is used: the shared texts refer to its result.
class SqlRowReader final
{
public:
    explicit SqlRowReader(QSqlQuery &query);

    /// Whether the values are read in place from a server's result, not through QSqlQuery::value().
    bool readsInPlace() const { return m_result != nullptr; }
    /// Moves to the next row, as QSqlQuery::next().
    bool next();

    bool isNull(int column) const;
    QString text(int column) const;
    /// The text of @p column, the same (implicitly shared) QString each time the same text comes again in this
    /// reader's rows: names, currencies and keys repeat across a page and are kept once.
    QString sharedText(int column);
    /// The integer in @p column; 0 when it is NULL.
    qint64 integer(int column) const;
    /// The time a stored timestamp in @p column says (SqlText::storedTime()); invalid when it is NULL or empty.
    QDateTime storedTime(int column) const;

private:
    QSqlQuery &m_query;
    const pg_result *m_result = nullptr; ///< the server's whole result, read in place; null: read through m_query
    int m_row = -1;
    QHash<QByteArrayView, QString> m_sharedBytes; ///< by the bytes in m_result, which live as long as the query
    QSet<QString> m_shared;
};

} // namespace Triplewin::Core
