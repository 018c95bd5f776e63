#pragma once

#include <optional>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QVariant>

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
/// and ordered correctly as text; empty for an invalid time. The same text as
/// `time.toUTC().toString(Qt::ISODateWithMs)`, which cost a tenth of a million-deal import (it formats through
/// printf): years 1 to 9999 are written here from the day (QDate) and the milliseconds into it, others by Qt.
inline QString storedTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    constexpr qint64 MsPerDay = 86400000;
    constexpr qint64 UnixEpochJulianDay = 2440588; // 1970-01-01
    const qint64 msecs = time.toMSecsSinceEpoch();
    qint64 days = msecs / MsPerDay;
    qint64 ms = msecs % MsPerDay;
    if (ms < 0) {
        ms += MsPerDay;
        --days;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(days + UnixEpochJulianDay).getDate(&year, &month, &day);
    if (year < 1 || year > 9999) // Qt writes more digits after 9999, and a sign before year 1
        return time.toUTC().toString(Qt::ISODateWithMs);
    char16_t text[24] = {};
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, ms / 3600000, 2);
    text[13] = u':';
    put(14, ms / 60000 % 60, 2);
    text[16] = u':';
    put(17, ms / 1000 % 60, 2);
    text[19] = u'.';
    put(20, ms % 1000, 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

namespace Detail {

/// The time @p text (a QStringView, or a QLatin1StringView of bytes) says when it is exactly a stored timestamp
/// (storedTime()'s text); empty for any other text.
template<typename View>
std::optional<QDateTime> exactStoredTime(View text)
{
    const auto digits = [text](int at, int count, int *value) {
        int result = 0;
        for (int i = at; i < at + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            result = result * 10 + (c - u'0');
        }
        *value = result;
        return true;
    };
    const auto is = [text](int at, char16_t c) { return text[at].unicode() == c; };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (text.size() != 24 || !is(4, u'-') || !is(7, u'-') || !is(10, u'T') || !is(13, u':') || !is(16, u':') ||
        !is(19, u'.') || !is(23, u'Z') || !digits(0, 4, &year) || !digits(5, 2, &month) || !digits(8, 2, &day) ||
        !digits(11, 2, &hour) || !digits(14, 2, &minute) || !digits(17, 2, &second) || !digits(20, 3, &ms) ||
        hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    constexpr qint64 UnixEpochJulianDay = 2440588; // 1970-01-01
    const qint64 msecs =
        (date.toJulianDay() - UnixEpochJulianDay) * 86400000 + ((hour * 60 + minute) * 60 + second) * 1000LL + ms;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); // Qt::UTC, as Qt's parser gives it
}

} // namespace Detail

/// The time @p text says when it is a stored timestamp (storedTime()'s text), as
/// `QDateTime::fromString(text, Qt::ISODateWithMs)` reads it, without its general parser: reading the two times of
/// each of a page's 200 rows through it cost more than the rest of the page on a team server (triplewin-bench-server-
/// scale). Any other text goes to Qt's parser.
inline QDateTime timeFromStored(QStringView text)
{
    if (std::optional<QDateTime> time = Detail::exactStoredTime(text))
        return *time;
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

/// timeFromStored() for a text in UTF-8, as a server's driver gives it (SqlRowReader), read without making a QString
/// first.
inline QDateTime timeFromStoredUtf8(QByteArrayView utf8)
{
    if (std::optional<QDateTime> time = Detail::exactStoredTime(QLatin1StringView(utf8)))
        return *time;
    return QDateTime::fromString(QString::fromUtf8(utf8), Qt::ISODateWithMs);
}

/// The integer a driver read into @p value. QPSQL reads a bigint into a qulonglong (or a qlonglong when negative),
/// which QVariant::toLongLong() converts through QMetaType::convert(): most of the cost of reading an amount on a
/// page of a team history. The integer types a driver gives are read directly; anything else is converted.
inline qint64 integerFrom(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return *static_cast<const qlonglong *>(value.constData());
    case QMetaType::ULongLong:
        return qint64(*static_cast<const qulonglong *>(value.constData()));
    case QMetaType::Int:
        return *static_cast<const int *>(value.constData());
    default:
        return value.toLongLong();
    }
}

} // namespace Triplewin::Core::SqlText
