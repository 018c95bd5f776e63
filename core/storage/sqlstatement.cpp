#include "sqlstatement.h"

#include "sqldialect.h"

#include <QSqlDriver>
#include <QSqlField>

namespace Triplewin::Core {

bool SqlStatement::execIn(QSqlQuery &query, const SqlDialect &dialect) const
{
    if (binds.isEmpty())
        return query.exec(text);
    if (dialect.inlinesOneOffValues())
        return query.exec(withValuesInline(query));
    if (!query.prepare(text))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return query.exec();
}

QString SqlStatement::withValuesInline(const QSqlQuery &query) const
{
    const QSqlDriver *driver = query.driver();
    QString result;
    result.reserve(text.size() + binds.size() * 16);
    qsizetype next = 0;
    bool quoted = false; // inside '…' (a doubled quote closes and opens again: the same text)
    for (const QChar c : text) {
        if (c == u'\'')
            quoted = !quoted;
        if (c != u'?' || quoted || next >= binds.size()) {
            result += c;
            continue;
        }
        const QVariant &value = binds.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        result += driver->formatValue(field);
    }
    return result;
}

} // namespace Triplewin::Core
