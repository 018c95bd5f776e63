#include "sqlrowreader.h"

#include "sqltext.h"

#include <charconv>
#include <libpq-fe.h>
#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

namespace Triplewin::Core {

namespace {

/// The libpq result behind @p query when its driver is Qt's PostgreSQL driver and the query holds the whole result;
/// null otherwise. A forward-only query on that driver holds one row at a time, each its own result (libpq's
/// single-row mode), so it is read through QSqlQuery.
const PGresult *wholeServerResult(const QSqlQuery &query)
{
    if (query.isForwardOnly() || !query.result())
        return nullptr;
    const QVariant handle = query.result()->handle();
    // Qt 6.4 names the type "pg_result*" (libpq's struct behind PGresult); later versions may name the typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_result*") != 0 && qstrcmp(handle.typeName(), "PGresult*") != 0))
        return nullptr;
    return *static_cast<PGresult *const *>(handle.constData());
}

} // namespace

SqlRowReader::SqlRowReader(QSqlQuery &query)
    : m_query(query)
    , m_result(wholeServerResult(query))
{}

bool SqlRowReader::next()
{
    if (!m_query.next())
        return false;
    m_row = m_query.at();
    return true;
}

bool SqlRowReader::isNull(int column) const
{
    if (m_result)
        return PQgetisnull(m_result, m_row, column);
    return m_query.isNull(column);
}

QString SqlRowReader::text(int column) const
{
    if (m_result)
        return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    return m_query.value(column).toString();
}

QString SqlRowReader::sharedText(int column)
{
    if (m_result) {
        const QByteArrayView bytes(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
        auto known = m_sharedBytes.constFind(bytes);
        if (known == m_sharedBytes.cend())
            known = m_sharedBytes.insert(bytes, QString::fromUtf8(bytes));
        return *known;
    }
    QString value = m_query.value(column).toString();
    const auto known = m_shared.constFind(value);
    if (known != m_shared.cend())
        return *known;
    m_shared.insert(value);
    return value;
}

qint64 SqlRowReader::integer(int column) const
{
    if (m_result) {
        const char *value = PQgetvalue(m_result, m_row, column);
        const char *end = value + PQgetlength(m_result, m_row, column);
        qint64 result = 0;
        if (const auto [last, error] = std::from_chars(value, end, result); error == std::errc() && last == end)
            return result;
        if (value == end) // NULL, as QVariant::toLongLong() reads it
            return 0;
    }
    return SqlText::integerFrom(m_query.value(column)); // a numeric or real column: the driver's conversion
}

QDateTime SqlRowReader::storedTime(int column) const
{
    if (m_result) {
        const int length = PQgetlength(m_result, m_row, column);
        if (length == 0)
            return {};
        return SqlText::timeFromStoredUtf8(QByteArrayView(PQgetvalue(m_result, m_row, column), length));
    }
    if (m_query.isNull(column))
        return {};
    const QString stored = m_query.value(column).toString();
    return stored.isEmpty() ? QDateTime() : SqlText::timeFromStored(stored);
}

} // namespace Triplewin::Core
