#pragma once

// Private to core/storage: how DealRepository::syncPulled() matches an imported deal with one already here.

#include "dealrepository.h"
#include "preparedstatement.h"

#include <memory>
#include <QSqlQuery>

namespace Triplewin::Core {

/// The lookups and updates of one import that may meet deals already in the database, prepared once per import
/// and run inside its transaction.
class DealRepository::Sync final
{
public:
    Sync(DealRepository &repository, const QSqlDatabase &db);

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
    QSqlQuery m_byOrigin;
    /// Asked once per deal of a Triplewin file: on SQLite's own statement (see PreparedStatement), as a read
    /// through Qt SQL cost a twentieth of a big import.
    std::unique_ptr<PreparedStatement> m_byUuid;
    QSqlQuery m_insertOrigin;
    QSqlQuery m_updateOrigin;
    qint64 m_byOriginUses = 0; ///< uses of each statement, to prepare it again now and then on a server
    qint64 m_insertOriginUses = 0;
    qint64 m_updateOriginUses = 0;
};

} // namespace Triplewin::Core
