#pragma once

#include <optional>
#include <QObject>
#include <QString>

class QWidget;

namespace Triplewin::Core {
class Database;
class DealRepository;
struct MergeReport;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

/// Deals in and out of the database as files: each function asks for the file, does the work, reports a failure in
/// a message box on @p parent, and returns the line for the status bar when something was done (std::nullopt when
/// the user cancelled or it failed). A QObject only for its tr() context.
class DealTransfer final : public QObject
{
    Q_OBJECT

public:
    DealTransfer() = delete;

    /// Imports a CSV file (ImportDialog: preview, column mapping, one transaction).
    static std::optional<QString> importDeals(QWidget *parent, Core::DealRepository &repository);
    /// Exports every live deal as Triplewin CSV or JSON; the old file stays until the new one is complete.
    static std::optional<QString> exportDeals(QWidget *parent, Core::DealRepository &repository);
    /// Merges another member's database file into @p database (the file itself is only read) and shows the report.
    static std::optional<QString> mergeDatabase(QWidget *parent, Core::Database &database);
    /// The merge report in rich text: one count per line, each with its own plural form, then the conflicts.
    static QString mergeReportHtml(const Core::MergeReport &report);
};

} // namespace Triplewin::Ui
