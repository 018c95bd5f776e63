#pragma once

#include "../domain/deal.h"
#include "storageerror.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Triplewin::Core {

class Database;

/// One row of a deal list: enough to show and pick a deal without loading its options.
struct DealSummary
{
    qint64 id = 0;
    QString title;
    QString customer;
    QString salesperson;
    DealStatus status = DealStatus::Preparing;
    QDate expectedClose;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< set for deals in the trash
};

/// Which deals to list, newest change first, one page at a time (keyset paging: pass the last row of the
/// previous page as `after`).
struct DealQuery
{
    QString search;                   ///< matched literally (% and _ are not wildcards) in title and customer
    std::optional<DealStatus> status; ///< only this status when set
    bool trash = false;               ///< list the trash instead of the live deals
    int limit = 200;
    std::optional<DealSummary> after; ///< continue after this row
};

/// All SQL for deals, their options and assessments. Every write is one BEGIN IMMEDIATE transaction, so a
/// save that returned success is complete and durable, and a failed one changed nothing.
class DealRepository final
{
public:
    explicit DealRepository(Database &database);

    /// Inserts a new deal (id 0) or updates an existing one. Returns the deal as stored: ids of the deal and
    /// its options, the uuid, revision and timestamps. An update whose revision is older than the stored one
    /// is refused with Kind::Conflict and changes nothing.
    Expected<Deal> save(const Deal &deal);
    Expected<Deal> load(qint64 id);
    Expected<QList<DealSummary>> list(const DealQuery &query);
    /// Number of live (not trashed) deals.
    Expected<qint64> count();

    /// Moves a deal to the trash: it leaves the lists but keeps all its data until the trash is emptied.
    StorageError moveToTrash(qint64 id);
    StorageError restoreFromTrash(qint64 id);
    /// Deletes every deal in the trash for good; returns how many.
    Expected<int> emptyTrash();

private:
    StorageError saveOptions(qint64 dealId, QList<DealOption> *options);
    StorageError setDeletedAt(qint64 id, const QString &deletedAt, bool inTrash);

    Database &m_database;
};

} // namespace Triplewin::Core
