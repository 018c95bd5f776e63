#pragma once

#include "storageerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Triplewin::Core {

class Database;

/// A manager's coaching note on a deal.
struct CoachingNote
{
    qint64 id = 0;
    QString author;
    QDateTime createdAt; ///< UTC
    QString text;
};

/// Coaching notes, kept with their deal (deleted with it).
class NoteRepository final
{
public:
    explicit NoteRepository(Database &database);

    /// Adds a note by @p author; an empty text is refused.
    Expected<CoachingNote> add(qint64 dealId, const QString &author, const QString &text);
    /// The notes on @p dealId, oldest first.
    Expected<QList<CoachingNote>> notes(qint64 dealId);

private:
    Database &m_database;
};

} // namespace Triplewin::Core
