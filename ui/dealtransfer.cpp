#include "dealtransfer.h"

#include "importdialog.h"

#include <core/io/dealexporter.h>
#include <core/io/inputfile.h>
#include <core/storage/dealrepository.h>
#include <core/storage/mergeservice.h>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace Triplewin::Ui {

std::optional<QString> DealTransfer::importDeals(QWidget *parent, Core::DealRepository &repository)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import Deals"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    if (const QString problem = Core::inputFileProblem(path); !problem.isEmpty()) {
        QMessageBox::warning(parent, tr("Import Deals"), problem);
        return std::nullopt;
    }
    ImportDialog dialog(repository, path, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return tr("Imported “%1”: %2").arg(QDir::toNativeSeparators(path), Core::importSummary(dialog.lastResult()));
}

std::optional<QString> DealTransfer::exportDeals(QWidget *parent, Core::DealRepository &repository)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Deals"), tr("deals.csv"),
                                                      tr("Triplewin CSV (*.csv);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return std::nullopt;
    const bool json = path.endsWith(u".json", Qt::CaseInsensitive) || selected.contains(u"json");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(parent, tr("Export Deals"), tr("Cannot write “%1”: %2.").arg(path, file.errorString()));
        return std::nullopt;
    }
    Core::DealExporter exporter(&file, json ? Core::DealExporter::Format::Json : Core::DealExporter::Format::Csv);
    if (!exporter.exportAll(repository) || !file.commit()) {
        QMessageBox::warning(parent, tr("Export Deals"),
                             exporter.errorString().isEmpty() ? file.errorString() : exporter.errorString());
        return std::nullopt;
    }
    return tr("Exported %n deal(s) to %1.", nullptr, int(exporter.dealsWritten())).arg(QDir::toNativeSeparators(path));
}

std::optional<QString> DealTransfer::mergeDatabase(QWidget *parent, Core::Database &database)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Merge a Team Member's Database"), QString(),
                                                      tr("Triplewin databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    const Core::Expected<Core::MergeReport> merged = Core::MergeService(database).merge(path);
    if (!merged.ok()) {
        QMessageBox::warning(parent, tr("Merge"), merged.error().fullText());
        return std::nullopt;
    }
    const Core::MergeReport &report = merged.value();
    QMessageBox box(report.conflicts.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Merge"),
                    mergeReportHtml(report), QMessageBox::Close, parent);
    box.setTextFormat(Qt::RichText);
    box.exec();
    return tr("Merged %1.").arg(QDir::toNativeSeparators(report.sourcePath));
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
