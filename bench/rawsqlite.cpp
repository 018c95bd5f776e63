#include "rawsqlite.h"

#include <QHash>
#include <sqlite3.h>

namespace TriplewinBench {

namespace {

/// Owns a prepared statement.
class Statement final
{
public:
    Statement(sqlite3 *db, const QString &sql, const QVariantList &binds)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            return;
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &value = binds.at(i);
            int rc = SQLITE_OK;
            if (value.typeId() == QMetaType::QString) {
                const QByteArray bytes = value.toString().toUtf8();
                rc = sqlite3_bind_text(m_stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            } else {
                rc = sqlite3_bind_int64(m_stmt, i + 1, value.toLongLong());
            }
            if (rc != SQLITE_OK) {
                m_error = QString::fromUtf8(sqlite3_errmsg(db));
                return;
            }
        }
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)

    sqlite3_stmt *get() const { return m_stmt; }
    QString error() const { return m_error; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

int traceCallback(unsigned type, void *context, void *statement, void * /*sqlText*/)
{
    if (type == SQLITE_TRACE_STMT) {
        auto *texts = static_cast<QStringList *>(context);
        if (const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement)))
            texts->append(QString::fromUtf8(sql));
    }
    return 0;
}

} // namespace

RawDatabase::~RawDatabase()
{
    close();
}

QString RawDatabase::open(const QString &path)
{
    close();
    const QByteArray name = path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &m_db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE, nullptr);
    if (rc != SQLITE_OK) {
        const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return text;
    }
    return {};
}

void RawDatabase::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

RawResult RawDatabase::run(const QString &sql, const QVariantList &binds) const
{
    RawResult result;
    const Statement statement(m_db, sql, binds);
    if (!statement.error().isEmpty()) {
        result.error = statement.error();
        return result;
    }
    sqlite3_stmt *stmt = statement.get();
    const int columns = sqlite3_column_count(stmt);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++result.rows;
        for (int column = 0; column < columns; ++column) {
            switch (sqlite3_column_type(stmt, column)) {
            case SQLITE_INTEGER: {
                const sqlite3_int64 value = sqlite3_column_int64(stmt, column);
                result.checksum += quint64(value);
                if (column == columns - 1) // wraps like the checksum: keyset sentinels are near the int64 limits
                    result.lastColumnSum = qint64(quint64(result.lastColumnSum) + quint64(value));
                break;
            }
            case SQLITE_TEXT: {
                const unsigned char *text = sqlite3_column_text(stmt, column);
                const int bytes = sqlite3_column_bytes(stmt, column);
                result.checksum = result.checksum * 31 + quint64(bytes) + (bytes > 0 ? text[bytes - 1] : 0);
                break;
            }
            default:
                break;
            }
        }
    }
    if (rc != SQLITE_DONE)
        result.error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return result;
}

QStringList RawDatabase::queryPlan(const QString &sql, const QVariantList &binds, QString *error) const
{
    const Statement statement(m_db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, binds);
    if (!statement.error().isEmpty()) {
        *error = statement.error();
        return {};
    }
    // Rows: id, parent, notused, detail. Children follow their parent, so one pass gives the depth.
    QHash<int, int> depthOf;
    QStringList lines;
    sqlite3_stmt *stmt = statement.get();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const int id = sqlite3_column_int(stmt, 0);
        const int parent = sqlite3_column_int(stmt, 1);
        const int depth = parent == 0 ? 0 : depthOf.value(parent, 0) + 1;
        depthOf.insert(id, depth);
        const QString detail = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
        lines << QStringLiteral("|  ").repeated(depth) + QStringLiteral("|--") + detail;
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return {};
    }
    return lines;
}

QString RawDatabase::scalar(const QString &sql) const
{
    const Statement statement(m_db, sql, {});
    if (!statement.error().isEmpty() || sqlite3_step(statement.get()) != SQLITE_ROW)
        return {};
    const unsigned char *text = sqlite3_column_text(statement.get(), 0);
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

QVariantList RawDatabase::firstRow(const QString &sql, const QVariantList &binds, QString *error) const
{
    const Statement statement(m_db, sql, binds);
    if (!statement.error().isEmpty()) {
        *error = statement.error();
        return {};
    }
    sqlite3_stmt *stmt = statement.get();
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW) {
        *error = rc == SQLITE_DONE ? QStringLiteral("no row") : QString::fromUtf8(sqlite3_errmsg(m_db));
        return {};
    }
    QVariantList values;
    for (int column = 0; column < sqlite3_column_count(stmt); ++column) {
        switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER:
            values << QVariant(qint64(sqlite3_column_int64(stmt, column)));
            break;
        case SQLITE_NULL:
            values << QVariant();
            break;
        default:
            values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                        sqlite3_column_bytes(stmt, column));
            break;
        }
    }
    return values;
}

QStringList traceStatements(sqlite3 *connection, const std::function<void()> &work)
{
    QStringList texts;
    sqlite3_trace_v2(connection, SQLITE_TRACE_STMT, traceCallback, &texts);
    work();
    sqlite3_trace_v2(connection, 0, nullptr, nullptr);
    return texts;
}

QString sqliteVersion()
{
    return QString::fromUtf8(sqlite3_libversion());
}

} // namespace TriplewinBench
