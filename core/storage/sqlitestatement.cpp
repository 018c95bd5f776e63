#include "sqlitestatement.h"

#include <sqlite3.h>

namespace Triplewin::Core {

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    if (!m_db) {
        m_error = QStringLiteral("no database connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK)
        fail();
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail()
{
    if (m_error.isEmpty())
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database connection");
}

void SqliteStatement::bind(qint64 value)
{
    if (m_statement && sqlite3_bind_int64(m_statement, m_next, value) != SQLITE_OK)
        fail();
    ++m_next;
}

void SqliteStatement::bind(const QString &value)
{
    // The database is UTF-8: text bound as UTF-16 would be converted again for every index and expression that
    // reads it. SQLite keeps its own copy (SQLITE_TRANSIENT).
    const QByteArray text = value.toUtf8();
    if (m_statement &&
        sqlite3_bind_text(m_statement, m_next, text.constData(), int(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail();
    ++m_next;
}

void SqliteStatement::bind(const std::optional<qint64> &value)
{
    if (value)
        bind(*value);
    else
        bindNull();
}

void SqliteStatement::bindNull()
{
    if (m_statement && sqlite3_bind_null(m_statement, m_next) != SQLITE_OK)
        fail();
    ++m_next;
}

bool SqliteStatement::exec()
{
    if (!m_error.isEmpty() || !m_statement) {
        fail();
        reset();
        return false;
    }
    const int result = sqlite3_step(m_statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW)
        fail();
    reset();
    return m_error.isEmpty();
}

bool SqliteStatement::next()
{
    if (!m_error.isEmpty() || !m_statement) {
        fail();
        return false;
    }
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        fail();
    return false;
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

void SqliteStatement::reset()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    m_next = 1;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace Triplewin::Core
