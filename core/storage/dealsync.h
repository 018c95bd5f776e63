#pragma once

// Private to core/storage: how DealRepository::syncPulled() matches an imported deal with one already here.

#include "dealrepository.h"
#include "preparedstatement.h"

#include <memory>

namespace Triplewin::Core {

/// The lookups and updates of one import that may meet deals already in the database, prepared once per import
/// and run inside its transaction.
class DealRepository::Sync final
{
public:
    explicit Sync(DealRepository &repository);

    /// Whether @p incoming is already here. When it is, applies what may be applied (see syncPulled()), records
    /// the result in @p report and sets *matched; a new deal leaves *matched false and the report alone.
    StorageError match(DealWriter &writer, IncomingDeal &incoming, const QDateTime &now, SyncReport *report,
                       bool *matched);
    /// Records where a deal just inserted came from.
    StorageError recordOrigin(qint64 dealId, const DealOrigin &origin, const QDateTime &now);

private:
    StorageError matchOrigin(DealWriter &writer, const IncomingDeal &incoming, const QDateTime &now, SyncReport *report,
                             bool *matched);
    StorageError matchUuid(DealWriter &writer, IncomingDeal &incoming, const QDateTime &now, SyncReport *report,
                           bool *matched);

    DealRepository &m_repository;
    // Run once per deal of an import: SQLite's own statements where it can (see PreparedStatement), prepared again
    // now and then on a server.
    std::unique_ptr<PreparedStatement> m_byOrigin;
    std::unique_ptr<PreparedStatement> m_byUuid;
    std::unique_ptr<PreparedStatement> m_insertOrigin;
    std::unique_ptr<PreparedStatement> m_updateOrigin;
};

} // namespace Triplewin::Core
