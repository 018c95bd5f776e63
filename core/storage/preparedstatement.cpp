#include "preparedstatement.h"

#include "database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QVariant>
#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Triplewin::Core {

namespace {

/// The `?` parameters of @p sql, outside quoted text and identifiers (core/storage writes only `?` ones).
int countParameters(const QString &sql)
{
    int count = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            ++count;
        }
    }
    return count;
}

} // namespace

PreparedStatement::PreparedStatement(const Database &database, const QString &sql)
    : m_database(database)
    , m_db(database.handle())
{
    if (m_db) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr) != SQLITE_OK) {
            fail();
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return;
        }
        m_parameters = sqlite3_bind_parameter_count(m_statement);
        return;
    }
    m_parameters = countParameters(sql);
    m_sql = sql;
    m_query.emplace(database.connection());
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        fail(m_query->lastError());
}

PreparedStatement::~PreparedStatement()
{
    sqlite3_finalize(m_statement);
}

void PreparedStatement::fail()
{
    if (!m_error.isEmpty())
        return;
    m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database connection");
    m_code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

void PreparedStatement::fail(const QSqlError &error)
{
    if (!m_error.isEmpty())
        return;
    m_error = error.text();
    m_nativeCode = error.nativeErrorCode();
    bool numeric = false;
    m_code = error.nativeErrorCode().toInt(&numeric);
    if (!numeric)
        m_code = SQLITE_ERROR;
}

bool PreparedStatement::checkBinds()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_statement && !m_query) {
        fail();
        return false;
    }
    const int bound = m_next - 1;
    if (bound == m_parameters)
        return true;
    // A programming error, never a user's: loud in the log and in tests, and nothing is written.
    m_error = QStringLiteral("%1 of the statement's %2 parameters were bound").arg(bound).arg(m_parameters);
    m_code = SQLITE_RANGE;
    m_nativeCode = QStringLiteral("XX000"); // an internal error on a server, not a lost connection
    qCCritical(lcStorage) << "unbound parameters:" << m_error;
    return false;
}

void PreparedStatement::bind(qint64 value)
{
    if (m_statement) {
        if (sqlite3_bind_int64(m_statement, m_next, value) != SQLITE_OK)
            fail();
    } else if (m_query) {
        m_query->addBindValue(value);
    }
    ++m_next;
}

void PreparedStatement::bind(const QString &value)
{
    if (m_statement) {
        // The database is UTF-8: text bound as UTF-16 would be converted again for every index and expression that
        // reads it. SQLite keeps its own copy (SQLITE_TRANSIENT).
        const QByteArray text = value.toUtf8();
        if (sqlite3_bind_text(m_statement, m_next, text.constData(), int(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
            fail();
    } else if (m_query) {
        m_query->addBindValue(value.isNull() ? QStringLiteral("") : value);
    }
    ++m_next;
}

void PreparedStatement::bind(const std::optional<qint64> &value)
{
    if (value)
        bind(*value);
    else
        bindNull();
}

void PreparedStatement::bind(double value)
{
    if (m_statement) {
        if (sqlite3_bind_double(m_statement, m_next, value) != SQLITE_OK)
            fail();
    } else if (m_query) {
        m_query->addBindValue(value);
    }
    ++m_next;
}

void PreparedStatement::bind(const QVariant &value)
{
    if (value.isNull()) {
        bindNull();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bind(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        bind(value.toDouble());
        return;
    default:
        bind(value.toString());
        return;
    }
}

void PreparedStatement::bindNull()
{
    if (m_statement) {
        if (sqlite3_bind_null(m_statement, m_next) != SQLITE_OK)
            fail();
    } else if (m_query) {
        m_query->addBindValue(QVariant(QMetaType::fromType<qint64>()));
    }
    ++m_next;
}

bool PreparedStatement::exec()
{
    if (!checkBinds()) {
        reset();
        return false;
    }
    if (m_statement) {
        const int result = sqlite3_step(m_statement);
        if (result != SQLITE_DONE && result != SQLITE_ROW)
            fail();
        m_lastInsertId = sqlite3_last_insert_rowid(m_db);
        m_changes = sqlite3_changes(m_db);
    } else if (!m_query->exec()) {
        fail(m_query->lastError());
    } else {
        m_changes = m_query->numRowsAffected();
        // An INSERT … RETURNING id (a server's driver has no last insert id) gives the new row's id as its row. Never
        // ask a server's driver for the last id: it runs "SELECT lastval()", whose failure aborts the transaction.
        if (m_query->isSelect())
            m_lastInsertId = m_query->next() ? m_query->value(0).toLongLong() : 0;
        else
            m_lastInsertId = m_database.isServer() ? 0 : m_query->lastInsertId().toLongLong();
    }
    reset();
    return m_error.isEmpty();
}

bool PreparedStatement::next()
{
    if (!m_stepping) {
        if (!checkBinds())
            return false;
        m_stepping = true;
        if (m_query && !m_query->exec()) {
            fail(m_query->lastError());
            return false;
        }
    } else if (!m_error.isEmpty()) {
        return false;
    }
    if (m_statement) {
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW)
            return true;
        if (result != SQLITE_DONE)
            fail();
        return false;
    }
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid())
        fail(m_query->lastError());
    return false;
}

qint64 PreparedStatement::int64At(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_query ? m_query->value(column).toLongLong() : 0;
}

QString PreparedStatement::textAt(int column) const
{
    if (m_statement) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
    }
    return m_query ? m_query->value(column).toString() : QString();
}

void PreparedStatement::reset()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    } else if (m_query) {
        m_query->finish();
        // On a server, a statement run many times is prepared again now and then. PostgreSQL settles on a generic
        // plan after five runs, costed for the tables as they were then: one chosen while they were empty (a new
        // team, the start of an import or a push) would go on scanning them whole once they are big (13 ms a deal
        // by the 10,000th of an import). A new PREPARE plans for the tables as they are. Re-planning every run
        // instead (plan_cache_mode = force_custom_plan) made writes five times slower.
        if (m_database.isServer() && m_next > 1 && m_error.isEmpty()) {
            ++m_runs;
            if ((m_runs == 100 || m_runs % 1000 == 0) && !m_query->prepare(m_sql))
                fail(m_query->lastError());
        }
    }
    m_next = 1;
    m_stepping = false;
}

StorageError PreparedStatement::failure(const QString &action) const
{
    if (m_database.isServer())
        return m_database.failure(action, m_nativeCode, m_error);
    return Database::sqlError(action, m_code, m_error);
}

qint64 PreparedStatement::lastInsertId() const
{
    return m_lastInsertId;
}

int PreparedStatement::changes() const
{
    return m_changes;
}

} // namespace Triplewin::Core
