#pragma once

#include "../domain/deal.h"
#include "../domain/endingreason.h"
#include "storageerror.h"

#include <functional>
#include <optional>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace Triplewin::Core {

class Database;
class DealWriter;
struct DealRow;

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

/// The CRM record an imported deal came from (schema v10, table deal_origins): one deal per source and record.
struct DealOrigin
{
    QString
        source; ///< the CRM: "salesforce", "hubspot", "pipedrive" (presetKey()), or "custom:" and a hash of the columns
    QString recordKey; ///< "id:" and the CRM's record id, or "key:" and a natural key when the file has no ids
    QString state;     ///< what the CRM said about the ending: "open", "won", "lost" or "closed"
    /// The notes the import wrote, at the start of the deal's notes. A re-import replaces only this part, so what
    /// the salesperson added after it stays.
    QString crmNotes;
    QString contentHash; ///< of everything the CRM said about the record; equal means nothing changed
};

/// A deal read from a file, for DealRepository::syncPulled().
struct IncomingDeal
{
    Deal deal;
    std::optional<DealOrigin> origin; ///< set for CRM rows; Triplewin's own rows are matched by deal.uuid
    qint64 line = 0;                  ///< where the deal starts in the file, for the report
};

/// What an import does with one deal of the file.
enum class SyncAction
{
    Added,
    Updated,
    Unchanged,
    Conflicting,
};

/// What an import did with each deal of the file, or would do (a dry run).
struct SyncReport
{
    struct Note
    {
        qint64 line = 0;
        qint64 dealId = 0;
        QString title;
        QString message; ///< plain words: what was not applied and why
    };
    QList<qint64> addedIds;   ///< new deals, in file order
    QList<qint64> updatedIds; ///< deals whose CRM fields (or, for Triplewin files, content) were updated
    qint64 unchanged = 0;     ///< already here, nothing changed
    /// Deals found here whose change was not (entirely) applied: a CRM status change, notes edited in the part the
    /// CRM wrote, a deal in the trash, or a Triplewin deal changed here since the file was exported. Their other
    /// CRM fields are updated. One note per deal.
    QList<Note> conflicts;
    /// A dry run only: what the import would do with the deal starting on each line, in file order.
    QList<std::pair<qint64, SyncAction>> actions;
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
    /// Saves @p deal over whatever is stored now, even when that changed after @p deal was loaded (the user
    /// chose to overwrite). Options stored since and not in @p deal are removed. Kind::NotFound when the deal is
    /// gone or in the trash.
    Expected<Deal> saveOverwriting(const Deal &deal);
    /// Adds new deals (id 0) in one transaction: all or none. A deal with `closing` set is stored as closed
    /// (or walked away) with that record; its agreed option is matched by name. Returns the new ids in order.
    Expected<QList<qint64>> insertMany(const QList<Deal> &deals);

    enum class Pull
    {
        Deal,  ///< *deal was filled: insert it and ask again
        End,   ///< no more deals: commit
        Abort, ///< roll back everything inserted by this call; it returns Kind::Invalid
    };
    /// Like insertMany() (one transaction, all or none), but pulls the deals one at a time from @p next, so a
    /// big import never holds them all in memory. The write transaction stays open while @p next runs.
    ///
    /// Big imports take a bulk path: once BulkMinimumDeals deals (and at least half as many as the table held)
    /// went in, the secondary indexes are dropped and built again before the commit, inside the same transaction.
    Expected<QList<qint64>> insertPulled(const std::function<Pull(Deal *deal)> &next);
    static constexpr qint64 BulkMinimumDeals = 10000;

    /// Imports deals that may be here already, in one transaction like insertPulled(): importing the same file
    /// twice changes nothing the second time.
    /// - A deal with an origin is matched by its source and record key. Found and unchanged: left. Found and
    ///   changed: only what the CRM owns is updated (title, customer, salesperson, currency, expected close, and
    ///   the notes it wrote); options, values, reference points, endings, scripts and the notes the salesperson
    ///   added are never touched. A changed CRM state (open, won, lost) is reported, never applied: an ending
    ///   changes only by closing, walking away or reopening.
    /// - A deal without an origin is matched by its uuid (Triplewin's own files). Same content: left. Changed in
    ///   the file but not here since the export (its updated time is the stored one) and not ended on either side:
    ///   the file's content is saved. Otherwise the stored deal is kept and the difference reported.
    /// - Anything else is added.
    /// A dry run does all of it and rolls back, to count what an import would do.
    Expected<SyncReport> syncPulled(const std::function<Pull(IncomingDeal *incoming)> &next, bool dryRun = false);
    /// syncPulled() for a chunk of deals in memory (a push's thousand), in one transaction: the deals whose uuid is
    /// not here yet are added together, one statement per table on a server (SqlDialect::insertRows()), instead of a
    /// dozen round trips each; the others go through syncPulled()'s rules one by one, after them. addedIds lists
    /// the deals added together first.
    Expected<SyncReport> syncMany(QList<IncomingDeal> deals);

    /// Whether load() gives a deal that is in the trash.
    enum class Trashed
    {
        Refuse,  ///< Kind::NotFound, as for a deal that is gone: what opens a deal for work never gets a trashed one
        Include, ///< the deal as stored (an import matching a file's deal to it, say)
    };
    Expected<Deal> load(qint64 id, Trashed trashed = Trashed::Refuse);
    Expected<QList<DealSummary>> list(const DealQuery &query);
    /// Number of live (not trashed) deals.
    Expected<qint64> count();
    /// The id of the live deal with @p uuid (Deal::uuid, as exports and the command line name deals); empty when
    /// there is none (or it is in the trash).
    Expected<std::optional<qint64>> idOfUuid(const QString &uuid);
    /// Whether there is any live deal (an empty state's question): one index step, where count() reads them all.
    Expected<bool> hasDeals();
    /// Calls @p visit with every live deal, fully loaded (as load() gives it), in id order, one at a time: one
    /// streaming pass over three forward-only cursors (four with the history), a page of deals in memory at a time.
    /// Stops early (without error) when @p visit returns false. For exports. @p visit must not write deals.
    StorageError forEachDeal(const std::function<bool(const Deal &)> &visit);
    /// The same, with each deal's history (closings, walk-aways, reopenings, oldest first) read page by page too.
    StorageError forEachDealWithHistory(const std::function<bool(const Deal &, const QList<DealEvent> &)> &visit);

    /// Closes deal @p dealId with its saved option @p optionId: each party's result and the outcome are
    /// computed now and frozen. Refused when the deal has already ended. @p why is the reason it ended so (kept with
    /// the ending, for the dashboard's reasons). @p gateReason, when given, is why the salesperson closed on an
    /// option the gate questioned (closingConcerns()): kept with the closing in the deal's history.
    Expected<Deal> closeDeal(qint64 dealId, qint64 optionId, const QString &by,
                             const QDateTime &at = QDateTime::currentDateTimeUtc(), const QString &gateReason = {},
                             const ReasonForEnding &why = {});
    /// Ends deal @p dealId as a transparent walk-away (a good outcome, never counted as lost), for reason @p why.
    Expected<Deal> walkAway(qint64 dealId, const QString &by, const QDateTime &at = QDateTime::currentDateTimeUtc(),
                            const ReasonForEnding &why = {});
    /// Reopens an ended deal for negotiation; the earlier closing stays in its history.
    Expected<Deal> reopen(qint64 dealId, const QString &by, const QDateTime &at = QDateTime::currentDateTimeUtc());
    /// Closings, walk-aways and reopenings of a deal, in the order they were recorded (a closing may be dated
    /// earlier than it was recorded).
    Expected<QList<DealEvent>> history(qint64 dealId);

    /// Moves a deal to the trash: it leaves the lists but keeps all its data until the trash is emptied.
    StorageError moveToTrash(qint64 id);
    StorageError restoreFromTrash(qint64 id);
    /// Deletes every deal in the trash for good; returns how many.
    Expected<int> emptyTrash();

private:
    class Sync;
    enum class PullMode
    {
        InsertOnly,
        Sync,
        DryRun,
    };
    Expected<SyncReport> pullDeals(const std::function<Pull(IncomingDeal *incoming)> &next, PullMode mode);
    static StorageError checkSavable(const Deal &deal);
    /// forEachDealWithHistory(), or with every history empty and not read unless @p withHistory (forEachDeal()).
    StorageError walkDeals(bool withHistory, const std::function<bool(const Deal &, const QList<DealEvent> &)> &visit);
    StorageError writeDeal(DealWriter &writer, Deal *deal, const QDateTime &now);
    /// Adds new deals as writeDeal() does, one statement per table where the engine can (else writeDeal() each).
    StorageError insertNewDeals(DealWriter &writer, const QList<Deal *> &deals, const QDateTime &now);
    /// The deals row of @p deal's user-changed columns (Title to Notes); its status made consistent with its ending.
    static DealRow contentRow(Deal *deal, bool inserting);
    /// The deals row of a new deal, with its ending's columns; gives it a uuid and times where it has none.
    static DealRow newDealRow(Deal *deal, const QDateTime &now);
    /// The option a new deal's ending names as agreed, or none (a walk-away, or no option of that name).
    static const DealOption *agreedOption(const Deal &deal);
    StorageError writeOptions(DealWriter &writer, qint64 dealId, QList<DealOption> *options, bool newDeal);
    StorageError writeEnding(const Deal &deal, const DealEnding &ending, const QString &reason = {});
    StorageError staleSaveError(const Deal &deal);
    StorageError setDeletedAt(qint64 id, const QString &deletedAt, bool inTrash);

    Database &m_database;
};

} // namespace Triplewin::Core
