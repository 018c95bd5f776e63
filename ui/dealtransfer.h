#pragma once

#include <functional>
#include <optional>
#include <QObject>
#include <QString>

class QWidget;

namespace Triplewin::Core {
class DatabaseJobs;
class DealRepository;
struct MergeReport;
struct PushReport;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

/// Deals in and out of the database as files: each function asks for the file, runs the work on @p jobs' worker
/// (with progress and cancel), and reports a failure in a message box on @p parent. When something was done, the
/// line for the status bar is returned (import) or given to @p done (export, merge, which return at once and finish
/// later). A QObject only for its tr() context.
class DealTransfer final : public QObject
{
    Q_OBJECT

public:
    DealTransfer() = delete;

    /// Imports a CSV file (ImportDialog: preview, column mapping, one transaction).
    static std::optional<QString> importDeals(QWidget *parent, Core::DealRepository &repository,
                                              Core::DatabaseJobs &jobs);
    /// Exports every live deal as Triplewin CSV or JSON; the old file stays until the new one is complete.
    static void exportDeals(QWidget *parent, Core::DatabaseJobs &jobs,
                            const std::function<void(const QString &)> &done);
    /// Merges another member's database file into the open one (the file itself is only read) and shows the report.
    static void mergeDatabase(QWidget *parent, Core::DatabaseJobs &jobs,
                              const std::function<void(const QString &)> &done);
    /// The merge report in rich text: one count per line, each with its own plural form, then the conflicts.
    static QString mergeReportHtml(const Core::MergeReport &report);
    /// Copies the deals of a personal database file (@p path, or one asked for; the file is only read) to the team
    /// server open in @p jobs, as its login, and shows the report: matched by uuid, so moving twice adds nothing
    /// twice; a deal that differs on the two sides is listed and left alone.
    static void moveDealsToServer(QWidget *parent, Core::DatabaseJobs &jobs, const QString &path,
                                  const std::function<void(const QString &)> &done);
    /// The push report in rich text, as mergeReportHtml().
    static QString pushReportHtml(const QString &path, const Core::PushReport &report);
};

} // namespace Triplewin::Ui
