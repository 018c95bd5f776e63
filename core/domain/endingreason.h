#pragma once

#include <QString>
#include <QStringList>

namespace Triplewin::Core {

/// Why a deal ended as it did (issue 16): the salesperson picks one reason from a short list when closing or walking
/// away, and may add a few words. A reason is stored as a stable key for the standard ones ("price", ..., never
/// translated) and as the text itself for one a user added to their list.

/// The standard reasons' keys, in the order the list offers them: price, scope, timing, relationship, competitor,
/// no_decision, other.
const QStringList &standardEndingReasons();

/// What @p reason says in the user's language: the translated name of a standard key ("No decision"), the text of
/// any other reason as it was written, and empty for none.
QString endingReasonName(const QString &reason);

/// The reason a name stands for, the way the list is edited and chosen from: a standard reason's key when @p name is
/// its key or its name (in English or translated, ignoring case, spaces, "-" and "_"), otherwise @p name trimmed.
QString endingReasonFromName(const QString &name);

/// A reason with the words that explain it, as DealEnding keeps them.
struct ReasonForEnding
{
    QString reason; ///< a standard key or a user's own reason; empty for none
    QString note;

    bool isEmpty() const { return reason.trimmed().isEmpty() && note.trimmed().isEmpty(); }
};

/// "Why it ended: Price — their budget moved to next year." for a closed deal's banner and the manager's viewer;
/// the reason or the words alone when only one is given; empty when neither is.
QString endingReasonSentence(const ReasonForEnding &why);

/// A CRM's lost reason (or next step) as a reason and a note: a standard reason where the text names one
/// ("Price", "Lost to competitor", "Budget", "Went dark": a key word at the start of a word, in English whatever the
/// user's language, so a file gives the same reasons everywhere), with the CRM's words kept as the note when they say
/// more; "other" with the whole text as the note when nothing matches; nothing for empty text.
ReasonForEnding endingReasonFromCrm(const QString &text);

} // namespace Triplewin::Core
