#pragma once

#include <optional>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Triplewin::Core {

/// A prepared statement on the sqlite3 handle behind a Database (Database::handle()), for core/storage's write
/// path. On a big import, binding through Qt SQL (a QVariant per value, placeholder bookkeeping, a copy of every
/// string) cost more than SQLite's own work; this binds straight into SQLite.
///
/// Values are bound in order, like QSqlQuery::addBindValue(); exec() runs the statement and resets it for the
/// next use. A null QString binds as '' (text columns are NOT NULL); use bindNull() for NULL.
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    void bind(qint64 value);
    void bind(const QString &value);
    void bind(const std::optional<qint64> &value);
    void bindNull();

    /// Runs a statement that returns no rows. False on error (see errorText()).
    bool exec();
    /// Steps a query: true with a row to read, false when done or on error (errorText() is then non-empty).
    bool next();
    qint64 int64At(int column) const;
    /// Resets a query after next() so it can be bound and run again.
    void reset();

    qint64 lastInsertId() const;
    /// Rows changed by the last exec().
    int changes() const;
    /// SQLite's message for the last failure (preparing, binding or running), empty when there was none.
    QString errorText() const { return m_error; }

private:
    void fail();

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_next = 1;
    QString m_error;
};

} // namespace Triplewin::Core
