#pragma once

#include "../coaching/walkawayscript.h"
#include "storageerror.h"

#include <optional>
#include <QDateTime>

namespace Triplewin::Core {

class Database;

/// The walk-away script a salesperson kept for a deal: their edited text and follow-up.
struct SavedScript
{
    QString text;
    FollowUp followUp;
    QDateTime updatedAt; ///< UTC, set by storage
};

/// Stores walk-away scripts with their deal (one per deal; deleted with it).
class ScriptRepository final
{
public:
    explicit ScriptRepository(Database &database);

    /// The script kept for @p dealId, or std::nullopt when there is none.
    Expected<std::optional<SavedScript>> load(qint64 dealId);
    /// Keeps @p script for @p dealId, replacing an earlier one, in one transaction.
    StorageError save(qint64 dealId, const SavedScript &script);

private:
    Database &m_database;
};

} // namespace Triplewin::Core
