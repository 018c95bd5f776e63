#pragma once

#include "storageerror.h"

#include <optional>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Triplewin::Core {

class Database;

/// A prepared statement for core/storage's write path, with positional parameters bound in order (like
/// QSqlQuery::addBindValue()). exec() runs the statement and resets it for the next use.
///
/// Two ways to run it, with the same results:
/// - the accelerator: straight on the sqlite3 handle behind Qt's connection, when Database::handle() offers it
///   (Qt's SQLite driver uses the SQLite this library was built with). On a big import, binding through Qt SQL
///   (a QVariant per value, placeholder bookkeeping, a copy of every string) cost more than SQLite's own work.
/// - Qt SQL (QSqlQuery), on any other build, e.g. Qt's own binaries whose driver carries its own SQLite.
///
/// Binds are checked: a statement run with fewer or more values than it has parameters fails (errorText() says
/// how many), it never writes NULL for a value that was forgotten. A null QString binds as '' (text columns are
/// NOT NULL); use bindNull() for NULL.
class PreparedStatement final
{
public:
    PreparedStatement(const Database &database, const QString &sql);
    ~PreparedStatement();
    Q_DISABLE_COPY_MOVE(PreparedStatement)

    void bind(qint64 value);
    void bind(const QString &value);
    void bind(const std::optional<qint64> &value);
    /// A value as Qt SQL read it (a merge copies rows between files): NULL, an integer, a real or text.
    void bind(const QVariant &value);
    void bindNull();

    /// Runs a statement that returns no rows. False on error (see errorText()).
    bool exec();
    /// Steps a query: true with a row to read, false when done or on error (errorText() is then non-empty).
    bool next();
    qint64 int64At(int column) const;
    /// A text column of the current row (a null QString for NULL).
    QString textAt(int column) const;
    /// Resets a query after next() so it can be bound and run again.
    void reset();

    qint64 lastInsertId() const;
    /// Rows changed by the last exec().
    int changes() const;
    /// SQLite's message for the last failure (preparing, binding or running), empty when there was none.
    QString errorText() const { return m_error; }
    /// SQLite's (extended) result code of that failure.
    int errorCode() const { return m_code; }
    /// The last failure as a StorageError for @p action, classified as the database's engine does
    /// (Database::failure()).
    StorageError failure(const QString &action) const;
    /// True when the statement runs on the sqlite3 handle (the accelerator), false through Qt SQL.
    bool accelerated() const { return m_statement != nullptr; }

private:
    void fail();
    void fail(const QSqlError &error);
    bool checkBinds();
    void bind(double value);

    const Database &m_database;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query; ///< when not accelerated
    QString m_sql;                    ///< its text, to prepare again (see reset())
    qint64 m_runs = 0;                ///< how often it ran through m_query
    int m_parameters = 0;             ///< how many the statement has
    int m_next = 1;
    bool m_stepping = false; ///< next() ran since the last reset (the binds were checked)
    QString m_error;
    int m_code = 0;
    QString m_nativeCode; ///< the driver's own code of the failure through Qt SQL (a SQLSTATE on a server)
    qint64 m_lastInsertId = 0;
    int m_changes = 0;
};

} // namespace Triplewin::Core
