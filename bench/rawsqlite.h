#pragma once

#include <functional>
#include <QString>
#include <QStringList>
#include <QVariantList>

struct sqlite3;

namespace TriplewinBench {

/// What running a statement to its end produced: enough to compare with what the app read and to keep the
/// compiler from dropping the column reads.
struct RawResult
{
    qint64 rows = 0;
    qint64 lastColumnSum = 0; ///< sum of the last column where it is an integer (the count(*) of a GROUP BY)
    quint64 checksum = 0;     ///< over every column read
    QString error;            ///< empty on success

    bool ok() const { return error.isEmpty(); }
};

/// A read-only connection through the sqlite3 C API, the baseline the app's Qt SQL code is compared with.
class RawDatabase final
{
public:
    RawDatabase() = default;
    ~RawDatabase();
    Q_DISABLE_COPY_MOVE(RawDatabase)

    /// Opens @p path read-only (sqlite3_open_v2). Returns an error text, empty on success.
    QString open(const QString &path);
    void close();

    /// sqlite3_prepare_v2 + bind (qint64/int or text) + sqlite3_step over all rows, reading every column
    /// (integers with sqlite3_column_int64, text with sqlite3_column_text) + sqlite3_finalize.
    RawResult run(const QString &sql, const QVariantList &binds) const;

    /// EXPLAIN QUERY PLAN of @p sql, as the sqlite3 shell prints it ("|--" tree). Empty with @p error set on
    /// failure.
    QStringList queryPlan(const QString &sql, const QVariantList &binds, QString *error) const;

    /// The first column of the first row as text (empty when there is none).
    QString scalar(const QString &sql) const;

    /// The first row of @p sql with @p binds: integers as qint64, text as QString, NULL as a null QVariant. Empty
    /// with @p error set on failure or when there is no row.
    QVariantList firstRow(const QString &sql, const QVariantList &binds, QString *error) const;

private:
    sqlite3 *m_db = nullptr;
};

/// The SQL text of every statement @p connection starts while @p work runs (sqlite3_trace_v2,
/// SQLITE_TRACE_STMT). The connection may belong to Qt's QSQLITE driver: Debian's driver links the same system
/// libsqlite3, so its handle is an ordinary sqlite3*.
QStringList traceStatements(sqlite3 *connection, const std::function<void()> &work);

/// The SQLite library version (sqlite3_libversion).
QString sqliteVersion();

} // namespace TriplewinBench
