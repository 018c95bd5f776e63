#include "sqldialect.h"

#include "sqltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Triplewin::Core {

const SqlDialect &SqlDialect::sqlite()
{
    static const SqlDialect dialect(Engine::SQLite);
    return dialect;
}

const SqlDialect &SqlDialect::postgresql()
{
    static const SqlDialect dialect(Engine::PostgreSQL);
    return dialect;
}

QStringList SqlDialect::perLoginKey(const QStringList &key) const
{
    if (m_engine == Engine::PostgreSQL)
        return QStringList{QStringLiteral("owner_login")} + key;
    return key;
}

QString SqlDialect::returningId() const
{
    return m_engine == Engine::PostgreSQL ? QStringLiteral(" RETURNING id") : QString();
}

qint64 SqlDialect::insertedId(QSqlQuery &query) const
{
    if (m_engine == Engine::PostgreSQL)
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

QString SqlDialect::beginWrite() const
{
    return m_engine == Engine::PostgreSQL ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::beginRead() const
{
    // SQLite: a deferred transaction takes its snapshot at its first read and keeps it to the end.
    return m_engine == Engine::PostgreSQL ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                          : QStringLiteral("BEGIN");
}

void SqlDialect::setUpRead(QSqlQuery &query) const
{
    query.setForwardOnly(m_engine == Engine::SQLite);
}

QString SqlDialect::likeIgnoringCase() const
{
    return m_engine == Engine::PostgreSQL ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString SqlDialect::upsert(const QString &table, const QStringList &columns, const QStringList &key,
                           const QStringList &update) const
{
    QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) ")
                            .arg(table, columns.join(QStringLiteral(", ")), SqlText::placeholders(columns.size()),
                                 key.join(QStringLiteral(", ")));
    if (update.isEmpty())
        return statement + QStringLiteral("DO NOTHING");
    QStringList assignments;
    for (const QString &column : update)
        assignments << QStringLiteral("%1 = excluded.%1").arg(column);
    return statement + QStringLiteral("DO UPDATE SET ") + assignments.join(QStringLiteral(", "));
}

QString SqlDialect::applicationIdQuery() const
{
    // A server's Triplewin schema is marked by its name and its schema_version table (TeamServer checks them).
    return m_engine == Engine::PostgreSQL ? QStringLiteral("SELECT 0") : QStringLiteral("PRAGMA application_id");
}

QString SqlDialect::schemaVersionQuery() const
{
    if (m_engine == Engine::PostgreSQL)
        return QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version");
    return QStringLiteral("PRAGMA user_version");
}

QString SqlDialect::secondaryIndexesQuery(int tables) const
{
    // sql IS NULL for the indexes SQLite makes itself for UNIQUE and PRIMARY KEY constraints: those stay.
    return QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                          "AND tbl_name IN (%1)")
        .arg(SqlText::placeholders(tables));
}

QString SqlDialect::dropIndex(const QString &name) const
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return QStringLiteral("DROP INDEX \"%1\"").arg(quoted);
}

QString SqlDialect::cacheSizeQuery() const
{
    return m_engine == Engine::PostgreSQL ? QString() : QStringLiteral("PRAGMA cache_size");
}

QString SqlDialect::setCacheSize(qint64 size) const
{
    return m_engine == Engine::PostgreSQL ? QString() : QStringLiteral("PRAGMA cache_size = %1").arg(size);
}

QString SqlDialect::ifNull(const QString &expression, const QString &fallback) const
{
    return m_engine == Engine::PostgreSQL ? QStringLiteral("COALESCE(%1, %2)").arg(expression, fallback)
                                          : QStringLiteral("IFNULL(%1, %2)").arg(expression, fallback);
}

QString SqlDialect::textPrefix(const QString &expression, int length) const
{
    return QStringLiteral("substr(%1, 1, %2)").arg(expression).arg(length);
}

QString SqlDialect::distinctValuesCte(const QString &name, const QString &table, const QString &column,
                                      const QString &condition) const
{
    // Each step asks for the smallest value greater than the last one: one index seek. The recursion ends on the
    // NULL that min() gives when there is none.
    return QStringLiteral("WITH RECURSIVE %1(value) AS (SELECT min(%3) FROM %2 WHERE %4 "
                          "UNION ALL SELECT (SELECT min(%3) FROM %2 WHERE %4 AND %3 > %1.value) FROM %1 "
                          "WHERE value IS NOT NULL)")
        .arg(name, table, column, condition);
}

QString SqlDialect::firstRowsPerValue(const QString &values, const QString &table, const QString &columns,
                                      const QString &match, const QString &order) const
{
    if (m_engine == Engine::PostgreSQL)
        return QStringLiteral("%1 CROSS JOIN LATERAL (SELECT %3 FROM %2 WHERE %4 ORDER BY %5 LIMIT ?) AS %2")
            .arg(values, table, columns, match, order);
    return QStringLiteral("%1 JOIN %2 ON %2.id IN (SELECT id FROM %2 WHERE %3 ORDER BY %4 LIMIT ?)")
        .arg(values, table, match, order);
}

namespace {

QString arrayType(SqlDialect::ListType type)
{
    return type == SqlDialect::ListType::Integer ? QStringLiteral("bigint[]") : QStringLiteral("text[]");
}

} // namespace

QString SqlDialect::insertRows(const QString &table, const QStringList &columns, const QList<ListType> &types) const
{
    if (m_engine != Engine::PostgreSQL)
        return {};
    QStringList lists;
    for (ListType type : types)
        lists << QStringLiteral("?::") + arrayType(type);
    return QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM unnest(%3)")
        .arg(table, columns.join(QStringLiteral(", ")), lists.join(QStringLiteral(", ")));
}

QString SqlDialect::inList(const QString &expression, ListType type) const
{
    if (m_engine == Engine::PostgreSQL)
        return QStringLiteral("%1 = ANY (?::%2)").arg(expression, arrayType(type));
    return QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(expression);
}

QString SqlDialect::listValue(const QVariantList &values) const
{
    if (m_engine != Engine::PostgreSQL)
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(values)).toJson(QJsonDocument::Compact));
    // An array literal (https://www.postgresql.org/docs/current/arrays.html#ARRAYS-IO): every element quoted, with
    // its backslashes and double quotes escaped, so that no text reads as NULL, a separator or a nested array.
    QString literal;
    literal.reserve(values.size() * 16 + 2);
    literal += u'{';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += u',';
        const QVariant &value = values.at(i);
        if (value.isNull()) {
            literal += QStringLiteral("NULL");
            continue;
        }
        literal += u'"';
        for (const QChar c : value.toString()) {
            if (c == u'"' || c == u'\\')
                literal += u'\\';
            literal += c;
        }
        literal += u'"';
    }
    literal += u'}';
    return literal;
}

QString SqlDialect::reserveIds(const QString &table) const
{
    if (m_engine != Engine::PostgreSQL)
        return {};
    return QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)").arg(table);
}

} // namespace Triplewin::Core
