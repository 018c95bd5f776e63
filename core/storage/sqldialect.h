#pragma once

#include <QString>
#include <QStringList>

namespace Triplewin::Core {

/// The SQL that differs between database engines, in one place: the repositories build every engine-specific
/// piece of a statement here, never by testing which engine they talk to. Today's engine is SQLite; a server
/// engine (PostgreSQL, whose QPSQL driver speaks the same `?` placeholders through Qt SQL) is one more Engine here
/// and in the .cpp, not a change to the repositories. A CTest (`storage_sql_dialect_in_one_place`) fails when an
/// engine-specific keyword appears in a repository.
///
/// What is the same in both and so written directly in the repositories: standard SELECT/INSERT/UPDATE/DELETE,
/// row values in WHERE, `LIKE … ESCAPE`, `CASE`, window functions, partial and expression indexes.
class SqlDialect final
{
public:
    enum class Engine
    {
        SQLite,
    };

    /// The dialect of an SQLite database (a Triplewin file, or a merge's source file).
    static const SqlDialect &sqlite();

    Engine engine() const { return m_engine; }

    /// "INSERT INTO table (columns) VALUES (?, …) ON CONFLICT (key) DO UPDATE SET column = excluded.column, …":
    /// inserts a row or, when one with the same @p key exists, overwrites its @p update columns. With no
    /// @p update columns the existing row is kept as it is (DO NOTHING).
    QString upsert(const QString &table, const QStringList &columns, const QStringList &key,
                   const QStringList &update) const;
    /// One row, one column: the number that marks a database as Triplewin's (SQLite's application_id).
    QString applicationIdQuery() const;
    /// One row, one column: the schema version of the database (SQLite's user_version).
    QString schemaVersionQuery() const;
    /// A statement listing the secondary indexes of the given tables: two columns, the index's name and the
    /// statement that creates it again. Bind the table names.
    QString secondaryIndexesQuery(int tables) const;
    /// The statement that drops index @p name (quoted here: it cannot be bound).
    QString dropIndex(const QString &name) const;
    /// Reads the connection's page cache size (one row, one column); setCacheSize() sets it for the session,
    /// negative meaning KiB as in SQLite.
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

private:
    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {}
    Engine m_engine;
};

} // namespace Triplewin::Core
