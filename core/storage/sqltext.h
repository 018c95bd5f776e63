#pragma once

#include <QDateTime>
#include <QString>

/// Small text helpers shared by the repositories in core/storage.
namespace Triplewin::Core::SqlText {

/// A LIKE pattern that matches @p text literally anywhere (use with ESCAPE '\'): % and _ are not wildcards.
inline QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

/// "?, ?, ?": @p count positional parameters, for a VALUES list or an IN list.
inline QString placeholders(qsizetype count)
{
    QString marks;
    for (qsizetype i = 0; i < count; ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return marks;
}

/// A timestamp as stored: ISO 8601 UTC text with milliseconds ("2026-11-26T23:06:23.123Z"), readable, portable
/// and ordered correctly as text.
inline QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Triplewin::Core::SqlText
