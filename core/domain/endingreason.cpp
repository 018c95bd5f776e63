#include "endingreason.h"

#include <QCoreApplication>

namespace Triplewin::Core {

namespace {

/// The standard reasons' English names, in standardEndingReasons() order.
constexpr const char *EnglishNames[] = {"Price",      "Scope",       "Timing", "Relationship",
                                        "Competitor", "No decision", "Other"};

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

/// Words in a CRM's free text that name a standard reason, most specific first: each matches at the start of a word
/// of the text, lower case ("competit" is "Competitor" and "competition"; "frustrated" is not "trust").
struct Keyword
{
    const char *word;
    const char *reason;
};
constexpr Keyword CrmKeywords[] = {
    {"no decision", "no_decision"},
    {"went dark", "no_decision"},
    {"unresponsive", "no_decision"},
    {"no response", "no_decision"},
    {"competit", "competitor"},
    {"price", "price"},
    {"pricing", "price"},
    {"budget", "price"},
    {"cost", "price"},
    {"expensive", "price"},
    {"discount", "price"},
    {"timing", "timing"},
    {"delay", "timing"},
    {"postpone", "timing"},
    {"next year", "timing"},
    {"scope", "scope"},
    {"feature", "scope"},
    {"requirement", "scope"},
    {"relationship", "relationship"},
    {"trust", "relationship"},
    {"champion", "relationship"},
};

/// Whether @p word starts a word of @p text (both lower case).
bool startsAWord(const QString &text, QLatin1String word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (at == 0 || !text.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

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
    const QStringList &keys = standardEndingReasons();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (key == folded(keys.at(i)) || key == folded(QString::fromLatin1(EnglishNames[i])) ||
            key == folded(endingReasonName(keys.at(i))))
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
    // A CRM's words are English or the CRM's own, whatever language Triplewin speaks: the same file gives the same
    // reasons in every language. A standard reason's key or English name says it all.
    const QString key = folded(trimmed);
    const QStringList &keys = standardEndingReasons();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (key == folded(keys.at(i)) || key == folded(QString::fromLatin1(EnglishNames[i])))
            return {keys.at(i), {}};
    }
    const QString lower = trimmed.toLower();
    for (const Keyword &keyword : CrmKeywords) {
        if (startsAWord(lower, QLatin1String(keyword.word)))
            return {QString::fromLatin1(keyword.reason), trimmed};
    }
    return {QStringLiteral("other"), trimmed};
}

} // namespace Triplewin::Core
