#include "endingreason.h"

#include <QCoreApplication>

namespace Triplewin::Core {

namespace {

/// Lower case without spaces, "-" and "_": "No Decision", "no_decision" and "no-decision" are one name.
QString folded(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'-' && c != u'_')
            result += c.toLower();
    }
    return result;
}

/// Words in a CRM's free text that name a standard reason, most specific first.
struct Keyword
{
    const char16_t *word;
    const char *reason;
};
constexpr Keyword CrmKeywords[] = {
    {u"nodecision", "no_decision"},
    {u"wentdark", "no_decision"},
    {u"unresponsive", "no_decision"},
    {u"noresponse", "no_decision"},
    {u"competit", "competitor"},
    {u"price", "price"},
    {u"pricing", "price"},
    {u"budget", "price"},
    {u"cost", "price"},
    {u"expensive", "price"},
    {u"discount", "price"},
    {u"timing", "timing"},
    {u"delay", "timing"},
    {u"postpone", "timing"},
    {u"nextyear", "timing"},
    {u"scope", "scope"},
    {u"feature", "scope"},
    {u"requirement", "scope"},
    {u"product", "scope"},
    {u"relationship", "relationship"},
    {u"trust", "relationship"},
    {u"champion", "relationship"},
};

} // namespace

const QStringList &standardEndingReasons()
{
    static const QStringList keys = {
        QStringLiteral("price"),        QStringLiteral("scope"),      QStringLiteral("timing"),
        QStringLiteral("relationship"), QStringLiteral("competitor"), QStringLiteral("no_decision"),
        QStringLiteral("other"),
    };
    return keys;
}

QString endingReasonName(const QString &reason)
{
    if (reason == u"price")
        return QCoreApplication::translate("Triplewin::Core::EndingReason", "Price");
    if (reason == u"scope")
        return QCoreApplication::translate("Triplewin::Core::EndingReason", "Scope");
    if (reason == u"timing")
        return QCoreApplication::translate("Triplewin::Core::EndingReason", "Timing");
    if (reason == u"relationship")
        return QCoreApplication::translate("Triplewin::Core::EndingReason", "Relationship");
    if (reason == u"competitor")
        return QCoreApplication::translate("Triplewin::Core::EndingReason", "Competitor");
    if (reason == u"no_decision")
        return QCoreApplication::translate("Triplewin::Core::EndingReason", "No decision");
    if (reason == u"other")
        return QCoreApplication::translate("Triplewin::Core::EndingReason", "Other");
    return reason;
}

QString endingReasonFromName(const QString &name)
{
    const QString key = folded(name);
    if (key.isEmpty())
        return {};
    static const QStringList english = {
        QStringLiteral("Price"),        QStringLiteral("Scope"),      QStringLiteral("Timing"),
        QStringLiteral("Relationship"), QStringLiteral("Competitor"), QStringLiteral("No decision"),
        QStringLiteral("Other"),
    };
    const QStringList &keys = standardEndingReasons();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (key == folded(keys.at(i)) || key == folded(english.at(i)) || key == folded(endingReasonName(keys.at(i))))
            return keys.at(i);
    }
    return name.trimmed();
}

QString endingReasonSentence(const ReasonForEnding &why)
{
    const QString reason = endingReasonName(why.reason.trimmed());
    const QString note = why.note.trimmed();
    if (reason.isEmpty() && note.isEmpty())
        return {};
    if (note.isEmpty())
        return QCoreApplication::translate("Triplewin::Core::EndingReason", "Why it ended: %1.").arg(reason);
    if (reason.isEmpty())
        return QCoreApplication::translate("Triplewin::Core::EndingReason", "Why it ended: %1").arg(note);
    return QCoreApplication::translate("Triplewin::Core::EndingReason", "Why it ended: %1 — %2").arg(reason, note);
}

ReasonForEnding endingReasonFromCrm(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString named = endingReasonFromName(trimmed);
    if (standardEndingReasons().contains(named))
        return {named, {}}; // "Price": the reason says it all
    const QString key = folded(trimmed);
    for (const Keyword &keyword : CrmKeywords) {
        if (key.contains(QStringView(keyword.word)))
            return {QString::fromLatin1(keyword.reason), trimmed};
    }
    return {QStringLiteral("other"), trimmed};
}

} // namespace Triplewin::Core
