#pragma once

#include "../domain/deal.h"
#include "storageerror.h"

#include <optional>

namespace Triplewin::Core {

class Database;

/// The deal being edited, autosaved while it has unsaved changes, so that after a crash or a power loss the
/// next start can offer it back. One draft per database; it is not a deal (lists, the coach and exports never
/// see it) until the user restores and saves it.
struct Draft
{
    Deal deal;         ///< ids, uuid and revision of the deal it edits (0 for a new deal)
    QDateTime savedAt; ///< UTC
};

class DraftRepository final
{
public:
    explicit DraftRepository(Database &database);

    /// Replaces the draft with @p deal.
    StorageError save(const Deal &deal, const QDateTime &at = QDateTime::currentDateTimeUtc());
    /// The draft, if there is one. A draft that cannot be read is reported as Kind::Corrupt.
    Expected<std::optional<Draft>> load();
    StorageError discard();

private:
    Database &m_database;
};

} // namespace Triplewin::Core
