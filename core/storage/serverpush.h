#pragma once

#include "dealrepository.h"
#include "storageerror.h"

#include <functional>

namespace Triplewin::Core {

class Database;

/// What moving a personal database to a team server did (triplewin-cli server push).
struct PushReport
{
    qint64 added = 0;     ///< deals new on the server
    qint64 updated = 0;   ///< deals there already, unchanged there since, taken from the file
    qint64 unchanged = 0; ///< there already, the same
    /// Deals not moved, each with the reason in plain words: changed on the server too, ended on either side and
    /// different, in the trash there.
    QList<SyncReport::Note> conflicts;
    /// Stopped on request before the end: what the counts say was moved stays moved (pushing again finishes).
    bool stopped = false;
};

/// Copies every deal of @p source (a Triplewin file, only read) to @p target (a team server, where they belong to
/// its login) with the rules of a Triplewin file's re-import: matched by uuid, so pushing twice adds nothing the
/// second time, and a deal that differs on the two sides is reported, never overwritten (also one edited only in
/// the file since it was pushed: nothing records what a push sent, so such an edit cannot be told from one that
/// crossed an edit on the server). A thousand deals per
/// transaction (DealRepository::syncMany(): the new ones in one statement per table), so a big file never sits in
/// memory: pushing again after a failure finishes the job. Pulling back
/// for offline work is the same with the roles swapped.
///
/// @p progress, when given, hears how many of the file's deals were read (and roughly how many there are) at each
/// chunk; returning false stops after the chunks already saved (PushReport::stopped).
Expected<PushReport> pushDeals(Database &source, Database &target,
                               const std::function<bool(qint64 done, qint64 total)> &progress = {});

} // namespace Triplewin::Core
