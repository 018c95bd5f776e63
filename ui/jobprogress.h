#pragma once

#include <core/storage/databasejobs.h>
#include <functional>
#include <QObject>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Runs long database work on Core::DatabaseJobs and shows it: a window-modal progress dialog on @p parent once the
/// work takes longer than a moment, with Cancel (and Escape) cancelling it. The dialog never runs the event loop
/// itself (QProgressDialog::setValue() would, when modal). The GUI thread never waits: the window
/// repaints and stays usable, and @p done is called there once the job has finished (committed, failed or rolled
/// back). A QObject only for its tr() context.
class JobProgress final : public QObject
{
    Q_OBJECT

public:
    JobProgress() = delete;

    using Done = std::function<void(const Core::StorageError &openError, bool cancelled)>;
    /// Starts @p work with @p label ("Importing deals…"). When another job is running, says so in a message box and
    /// returns false; @p done is then never called. Not @p cancellable: no Cancel (a restore, which must not stop
    /// half-way). @p done learns whether cancel was asked for; what the work did, it tells from its own result (a
    /// cancel can come after the work was done).
    static bool start(QWidget *parent, Core::DatabaseJobs &jobs, const QString &label, Core::DatabaseJobs::Work work,
                      Done done, bool cancellable = true);
    /// True, said in a message box titled @p label, while a job runs: what @p label names must wait for it.
    static bool isBusy(QWidget *parent, const Core::DatabaseJobs &jobs, const QString &label);
};

} // namespace Triplewin::Ui
