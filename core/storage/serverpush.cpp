#include "serverpush.h"

#include "database.h"

#include <algorithm>

namespace Triplewin::Core {

Expected<PushReport> pushDeals(Database &source, Database &target,
                               const std::function<bool(qint64 done, qint64 total)> &progress)
{
    constexpr qsizetype ChunkSize = 1000;
    PushReport report;
    DealRepository into(target);
    qint64 total = 0; // what progress says there is: the live deals (the trash moves too)
    if (progress) {
        const Expected<qint64> live = DealRepository(source).count();
        total = live.ok() ? live.value() : 0;
    }
    QList<Deal> chunk;
    StorageError pushFailure;
    qint64 copied = 0; // deals before this chunk, so that a report's deal numbers run on
    // @p last: the file's final chunk, after which a request to stop has nothing left to stop.
    const auto pushChunk = [&](bool last) -> bool {
        QList<IncomingDeal> incoming;
        incoming.reserve(chunk.size());
        for (Deal &deal : chunk) {
            IncomingDeal next;
            next.deal = std::move(deal);
            next.deal.id = 0; // the server's ids are its own; the uuid is what matches
            next.line = copied + incoming.size() + 1;
            incoming << std::move(next);
        }
        const Expected<SyncReport> synced = into.syncMany(std::move(incoming));
        copied += chunk.size();
        chunk.clear();
        if (!synced.ok()) {
            pushFailure = synced.error();
            return false;
        }
        report.added += synced.value().addedIds.size();
        report.updated += synced.value().updatedIds.size();
        report.unchanged += synced.value().unchanged;
        report.conflicts += synced.value().conflicts;
        if (progress && !progress(copied, std::max(total, copied)) && !last) {
            report.stopped = true;
            return false;
        }
        return true;
    };
    const StorageError readFailure = DealRepository(source).forEachDeal([&](const Deal &deal) {
        // A full chunk goes once the next deal shows there is more: the final one is always pushed below.
        if (chunk.size() == ChunkSize && !pushChunk(false))
            return false;
        chunk.append(deal);
        return true;
    });
    if (report.stopped)
        return report;
    if (pushFailure)
        return pushFailure;
    if (readFailure)
        return readFailure;
    if (!chunk.isEmpty() && !pushChunk(true))
        return pushFailure;
    return report;
}

} // namespace Triplewin::Core
