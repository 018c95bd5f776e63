#pragma once

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

} // namespace Triplewin::Core::SqlText
