#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

namespace Triplewin::Core {

/// The SQL that differs between database engines, in one place: the repositories build every engine-specific
/// piece of a statement here, never by testing which engine they talk to. Today's engine is SQLite; a server
/// engine (PostgreSQL, whose QPSQL driver speaks the same `?` placeholders through Qt SQL) is one more Engine here
/// and in the .cpp, not a change to the repositories. A CTest (`storage_layout`) fails when an
/// engine-specific keyword appears in a repository.
///
/// What is the same in both and so written directly in the repositories: standard SELECT/INSERT/UPDATE/DELETE,
/// row values in WHERE, `LIKE … ESCAPE`, `CASE`, window functions, partial and expression indexes, ISO 8601 UTC text
/// for timestamps (the server stores them as text too, so they compare, sort and page alike), and byte order for text
/// (the server's text columns are COLLATE "C").
class SqlDialect final
{
public:
    enum class Engine
    {
        SQLite,
        PostgreSQL,
    };

    /// The dialect of an SQLite database (a Triplewin file, or a merge's source file).
    static const SqlDialect &sqlite();
    /// The dialect of a team server (PostgreSQL 15 or later, resources/server).
    static const SqlDialect &postgresql();

    Engine engine() const { return m_engine; }

    /// "INSERT INTO table (columns) VALUES (?, …) ON CONFLICT (key) DO UPDATE SET column = excluded.column, …":
    /// inserts a row or, when one with the same @p key exists, overwrites its @p update columns. With no
    /// @p update columns the existing row is kept as it is (DO NOTHING).
    QString upsert(const QString &table, const QStringList &columns, const QStringList &key,
                   const QStringList &update) const;
    /// The key of a table that keeps its rows per login (drafts) as @p key names it in an SQLite file: on a server,
    /// where one table holds every login's rows, the login is part of it.
    QStringList perLoginKey(const QStringList &key) const;
    /// Appended to an INSERT whose new row's id the caller wants: then the statement returns it as a row (a
    /// server's driver has no last insert id), or nothing to append where the driver reports it.
    QString returningId() const;
    /// The new row's id after an INSERT ending in returningId(), from @p query, which ran it; 0 when there is none.
    qint64 insertedId(QSqlQuery &query) const;
    /// Starts a write transaction: on SQLite one that takes the write lock at once (BEGIN IMMEDIATE), so that two
    /// writers wait for each other instead of failing halfway.
    QString beginWrite() const;
    /// Starts a transaction that only reads, on one snapshot of the database for all of its statements.
    QString beginRead() const;
    /// The LIKE operator that ignores the case of ASCII letters, as SQLite's LIKE does (ILIKE on the server).
    QString likeIgnoringCase() const;
    /// One row, one column: the number that marks a database as Triplewin's (SQLite's application_id).
    QString applicationIdQuery() const;
    /// One row, one column: the schema version of the database (SQLite's user_version).
    QString schemaVersionQuery() const;
    /// Whether a big import may drop the secondary indexes and build them again after it: on a file, yes; on a server
    /// no, where they serve everyone else working meanwhile and belong to the schema's owner, not to the login.
    bool dropsIndexesForBulkWrites() const { return m_engine == Engine::SQLite; }
    /// A statement listing the secondary indexes of the given tables: two columns, the index's name and the
    /// statement that creates it again. Bind the table names.
    QString secondaryIndexesQuery(int tables) const;
    /// The statement that drops index @p name (quoted here: it cannot be bound).
    QString dropIndex(const QString &name) const;
    /// Reads the connection's page cache size (one row, one column); setCacheSize() sets it for the session,
    /// negative meaning KiB as in SQLite. Both empty on an engine without such a setting: run neither.
    QString cacheSizeQuery() const;
    QString setCacheSize(qint64 size) const;
    /// @p expression, or @p fallback where it is NULL. An index on it must be built from this same text.
    QString ifNull(const QString &expression, const QString &fallback) const;
    /// The first @p length characters of a text expression (the month "2026-11" of a stored timestamp). An index
    /// on it must be built from this same text, or the planner cannot use it.
    QString textPrefix(const QString &expression, int length) const;
    /// A common table expression `name(value)` listing the distinct values of @p column in @p table among the rows
    /// where @p condition holds, in order, ending with one NULL row: a loose index scan (one seek per value) along
    /// an index led by @p column, where SELECT DISTINCT would read every row. Starts with "WITH RECURSIVE".
    QString distinctValuesCte(const QString &name, const QString &table, const QString &column,
                              const QString &condition) const;

    /// A FROM clause joining every row of @p values (a common table expression with a column `value`) with the first
    /// rows of @p table that @p match (a condition naming `values`' value) in @p order, at most as many as the one
    /// `?` it holds says: the newest ended deals of each salesperson. The joined rows read as @p table, with
    /// @p columns. SQLite: `JOIN table ON table.id IN (SELECT id … LIMIT ?)`, which it runs as one index seek per
    /// value; PostgreSQL cannot pull such a subquery up and ran it once per pair of value and row (300 ms for 5,000
    /// deals), so there a LATERAL subquery: one index seek per value too.
    QString firstRowsPerValue(const QString &values, const QString &table, const QString &columns, const QString &match,
                              const QString &order) const;

    /// Whether a statement run once is sent with its values written in (SqlStatement::execIn()) rather than
    /// prepared: on a server, where Qt's driver prepares with a PREPARE, an EXECUTE and a DEALLOCATE, three round
    /// trips for a read of a fraction of a millisecond, and writes the values into the EXECUTE itself (so this is
    /// no less safe than preparing). SQLite prepares in-process.
    bool inlinesOneOffValues() const { return m_engine == Engine::PostgreSQL; }

    /// Sets @p query up for a read whose rows the caller takes all of, as every read of the repositories does (a
    /// page, a coach's window, a chunk, one deal): forward-only on SQLite, where a scrollable query copies each row it
    /// passes into a cache of its own. On a server not: Qt's driver reads a forward-only result row by row (libpq's
    /// single-row mode, one result object made and freed per row), which was a tenth of a 200-row history page's
    /// time; a scrollable one arrives as one result, read in place.
    void setUpRead(QSqlQuery &query) const;

    /// The type of a column bound as a whole list of values (insertRows(), inList()).
    enum class ListType
    {
        Integer,
        Text,
    };
    /// "INSERT INTO table (columns) SELECT … FROM unnest(?, ?, …)": many rows in one statement, each column bound as
    /// one value, a list made by listValue() (all of the same length: row i takes the i-th of each). On a server one
    /// statement for a thousand rows is a thousand round trips fewer. Empty where the engine has no such form (SQLite,
    /// where a row's statement costs no round trip): insert row by row there.
    QString insertRows(const QString &table, const QStringList &columns, const QList<ListType> &types) const;
    /// "@p expression IN (the values of one bound list)", the list bound as listValue() gives it: one statement for
    /// a thousand lookups.
    QString inList(const QString &expression, ListType type) const;
    /// @p values (integers, texts, NULL) as one bound value for insertRows() or inList(): an array literal on a
    /// server, a JSON array on SQLite.
    QString listValue(const QVariantList &values) const;
    /// A statement giving as many new ids of @p table's id column as its one bound number says, one per row, for
    /// rows inserted with insertRows() that others refer to. Empty with insertRows().
    QString reserveIds(const QString &table) const;

private:
    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {}
    Engine m_engine;
};

} // namespace Triplewin::Core
