#include "dealtransfer.h"

#include "importdialog.h"
#include "jobprogress.h"

#include <core/io/dealexporter.h>
#include <core/io/inputfile.h>
#include <core/storage/database.h>
#include <core/storage/databasejobs.h>
#include <core/storage/dealrepository.h>
#include <core/storage/mergeservice.h>
#include <core/storage/serverpush.h>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

namespace Triplewin::Ui {

std::optional<QString> DealTransfer::importDeals(QWidget *parent, Core::DealRepository &repository,
                                                 Core::DatabaseJobs &jobs)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import Deals"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    if (const QString problem = Core::inputFileProblem(path); !problem.isEmpty()) {
        QMessageBox::warning(parent, tr("Import Deals"), problem);
        return std::nullopt;
    }
    ImportDialog dialog(repository, jobs, path, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return tr("Imported “%1”: %2").arg(QDir::toNativeSeparators(path), Core::importSummary(dialog.lastResult()));
}

void DealTransfer::exportDeals(QWidget *parent, Core::DatabaseJobs &jobs,
                               const std::function<void(const QString &)> &done)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Deals"), tr("deals.csv"),
                                                      tr("Triplewin CSV (*.csv);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(u".json", Qt::CaseInsensitive) || selected.contains(u"json");
    struct Outcome
    {
        bool ran = false;
        bool stopped = false; ///< cancelled between deals: the old file is as it was
        QString error;
        qint64 written = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    const auto work = [path, json, outcome](Core::Database &database, Core::JobControl &control) {
        outcome->ran = true;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome->error = tr("Cannot write “%1”: %2.").arg(path, file.errorString());
            return;
        }
        Core::DealRepository repository(database);
        const Core::Expected<qint64> total = repository.count();
        Core::DealExporter exporter(&file, json ? Core::DealExporter::Format::Json : Core::DealExporter::Format::Csv);
        exporter.setProgress([&control, &outcome, total = total.ok() ? total.value() : 0](qint64 written) {
            outcome->stopped = !control.progress(written, total);
            return !outcome->stopped;
        });
        if (!exporter.exportAll(repository)) {
            file.cancelWriting(); // the old file stays as it was
            outcome->error = exporter.errorString();
            return;
        }
        if (!file.commit()) {
            outcome->error = tr("Cannot write “%1”: %2.").arg(path, file.errorString());
            return;
        }
        outcome->written = exporter.dealsWritten();
    };
    // What happened is told by the work's own outcome: a cancel may come after the file was written.
    JobProgress::start(
        parent, jobs, tr("Exporting deals…"), work,
        [parent, path, outcome, done](const Core::StorageError &openError, bool) {
            if (!openError && (!outcome->ran || outcome->stopped))
                return done(tr("Export cancelled; “%1” was left as it was.").arg(QDir::toNativeSeparators(path)));
            const QString error = openError ? openError.fullText() : outcome->error;
            if (!error.isEmpty()) {
                QMessageBox::warning(parent, tr("Export Deals"), error);
                return;
            }
            done(tr("Exported %n deal(s) to %1.", nullptr, int(outcome->written)).arg(QDir::toNativeSeparators(path)));
        });
}

void DealTransfer::mergeDatabase(QWidget *parent, Core::DatabaseJobs &jobs,
                                 const std::function<void(const QString &)> &done)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Merge a Team Member's Database"), QString(),
                                                      tr("Triplewin databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    // Until the work runs: cancelled before it began.
    auto merged = std::make_shared<Core::Expected<Core::MergeReport>>(
        Core::StorageError{Core::StorageError::Kind::Cancelled, QString(), QString()});
    const auto work = [path, merged](Core::Database &database, Core::JobControl &control) {
        Core::MergeService service(database);
        service.setProgress([&control](qint64 deals, qint64 total) { return control.progress(deals, total); });
        *merged = service.merge(path);
    };
    JobProgress::start(
        parent, jobs, tr("Merging “%1”…").arg(QFileInfo(path).fileName()), work,
        [parent, path, merged, done](const Core::StorageError &openError, bool cancelled) {
            if (cancelled)
                return done(tr("Merge cancelled: nothing of “%1” was merged.").arg(QDir::toNativeSeparators(path)));
            if (openError || !merged->ok()) {
                QMessageBox::warning(parent, tr("Merge"), (openError ? openError : merged->error()).fullText());
                return;
            }
            const Core::MergeReport &report = merged->value();
            QMessageBox box(report.conflicts.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Merge"),
                            mergeReportHtml(report), QMessageBox::Close, parent);
            box.setTextFormat(Qt::RichText);
            box.exec();
            done(tr("Merged %1.").arg(QDir::toNativeSeparators(report.sourcePath)));
        });
}

void DealTransfer::moveDealsToServer(QWidget *parent, Core::DatabaseJobs &jobs, const QString &chosen,
                                     const std::function<void(const QString &)> &done)
{
    const QString path =
        !chosen.isEmpty()
            ? chosen
            : QFileDialog::getOpenFileName(parent, tr("Move Deals to Team Server"), Core::Database::defaultPath(),
                                           tr("Triplewin databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    // Until the work runs: cancelled before it began.
    auto pushed = std::make_shared<Core::Expected<Core::PushReport>>(
        Core::StorageError{Core::StorageError::Kind::Cancelled, QString(), QString()});
    const auto work = [path, pushed](Core::Database &server, Core::JobControl &control) {
        Core::Database file(QStringLiteral("triplewin-push-source"));
        if (const Core::StorageError error = file.openForReading(path)) {
            *pushed = error;
            return;
        }
        *pushed = Core::pushDeals(file, server,
                                  [&control](qint64 read, qint64 total) { return control.progress(read, total); });
    };
    JobProgress::start(
        parent, jobs, tr("Moving the deals of “%1” to the team server…").arg(QFileInfo(path).fileName()), work,
        [parent, path, pushed, done](const Core::StorageError &openError, bool) {
            // A thousand deals are saved at a time: what was moved before a Cancel stays moved, and says so.
            if (openError || !pushed->ok()) {
                const Core::StorageError error = openError ? openError : pushed->error();
                if (error.kind == Core::StorageError::Kind::Cancelled)
                    return done(tr("Cancelled before any deal of “%1” was moved.").arg(QDir::toNativeSeparators(path)));
                QMessageBox::warning(parent, tr("Move Deals to Team Server"), error.fullText());
                return;
            }
            const Core::PushReport &report = pushed->value();
            QMessageBox box(report.conflicts.isEmpty() && !report.stopped ? QMessageBox::Information
                                                                          : QMessageBox::Warning,
                            tr("Move Deals to Team Server"), pushReportHtml(path, report), QMessageBox::Close, parent);
            box.setObjectName(QStringLiteral("pushReport"));
            box.setTextFormat(Qt::RichText);
            box.exec();
            done(report.stopped
                     ? tr("Stopped moving “%1”: move it again to finish.").arg(QDir::toNativeSeparators(path))
                     : tr("Moved the deals of “%1” to the team server.").arg(QDir::toNativeSeparators(path)));
        });
}

QString DealTransfer::pushReportHtml(const QString &path, const Core::PushReport &report)
{
    QString text = (report.stopped ? tr("<p>Stopped on request. From %1, before that:</p>")
                                   : tr("<p>From %1 to the team server:</p>"))
                       .arg(QDir::toNativeSeparators(path).toHtmlEscaped()) +
                   QStringLiteral("<ul><li>") + tr("%n new deal(s)", nullptr, int(report.added)) +
                   QStringLiteral("</li><li>") + tr("%n updated", nullptr, int(report.updated)) +
                   QStringLiteral("</li><li>") + tr("%n already there, the same", nullptr, int(report.unchanged)) +
                   QStringLiteral("</li></ul>");
    if (!report.conflicts.isEmpty()) {
        text += tr("<p><b>%n deal(s) not moved</b>, as they differ on the server:</p><ul>", nullptr,
                   int(report.conflicts.size()));
        for (const Core::SyncReport::Note &conflict : report.conflicts)
            text +=
                QStringLiteral("<li>%1: %2</li>").arg(conflict.title.toHtmlEscaped(), conflict.message.toHtmlEscaped());
        text += QStringLiteral("</ul>");
    }
    if (report.stopped)
        text += tr("<p>Move the file again to finish: what is on the server already is not added twice.</p>");
    return text;
}

QString DealTransfer::mergeReportHtml(const Core::MergeReport &report)
{
    QString text = tr("<p>Merged %1:</p>").arg(QDir::toNativeSeparators(report.sourcePath).toHtmlEscaped()) +
                   QStringLiteral("<ul><li>") + tr("%n new deal(s)", nullptr, report.added) +
                   QStringLiteral("</li><li>") + tr("%n updated", nullptr, report.updated) +
                   QStringLiteral("</li><li>") + tr("%n unchanged", nullptr, report.unchanged) +
                   QStringLiteral("</li><li>") + tr("%n changed only here, kept", nullptr, report.keptLocal) +
                   QStringLiteral("</li></ul>");
    if (!report.conflicts.isEmpty()) {
        text += tr("<p><b>%n deal(s) changed on both sides</b> and left as they are here:</p><ul>", nullptr,
                   int(report.conflicts.size()));
        for (const Core::MergeConflict &conflict : report.conflicts)
            text +=
                QStringLiteral("<li>%1: %2</li>").arg(conflict.title.toHtmlEscaped(), conflict.reason.toHtmlEscaped());
        text += QStringLiteral("</ul>");
    }
    return text;
}

} // namespace Triplewin::Ui
