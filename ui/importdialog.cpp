#include "importdialog.h"

#include "jobprogress.h"
#include "screenfit.h"

#include <core/domain/amount.h>
#include <core/storage/databasejobs.h>
#include <core/storage/dealrepository.h>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using namespace Core;

namespace {

QString fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Title:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Deal title");
    case ImportField::Customer:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Customer");
    case ImportField::Salesperson:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Salesperson");
    case ImportField::Currency:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Currency");
    case ImportField::ExpectedClose:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Close date");
    case ImportField::Amount:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Amount");
    case ImportField::Stage:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Stage");
    case ImportField::CrmStatus:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Won / lost status");
    case ImportField::Notes:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Notes");
    case ImportField::LostReason:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Lost reason");
    case ImportField::NextStep:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Next step");
    default:
        return fieldKey(field);
    }
}

/// What the preview's first column says a row will do.
QString actionName(SyncAction action)
{
    switch (action) {
    case SyncAction::Added:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "add");
    case SyncAction::Updated:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "update");
    case SyncAction::Unchanged:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "leave (unchanged)");
    case SyncAction::Conflicting:
        return QCoreApplication::translate("Triplewin::Ui::ImportDialog", "keep ours (see below)");
    }
    return {};
}

/// How many data rows the preview reads (and counts against the deals already here).
constexpr int PreviewRows = 50;

QStringList issueLines(const QList<ImportIssue> &issues)
{
    QStringList lines;
    for (const ImportIssue &issue : issues)
        lines << (issue.line > 0 ? QCoreApplication::translate("Triplewin::Ui::ImportDialog", "Line %1: %2")
                                       .arg(issue.line)
                                       .arg(issue.message)
                                 : issue.message);
    return lines;
}

const QList<ImportField> EditableFields{ImportField::Title,    ImportField::Customer,  ImportField::Salesperson,
                                        ImportField::Currency, ImportField::Amount,    ImportField::ExpectedClose,
                                        ImportField::Stage,    ImportField::CrmStatus, ImportField::LostReason,
                                        ImportField::NextStep, ImportField::Notes};

} // namespace

ImportDialog::ImportDialog(DealRepository &repository, DatabaseJobs &jobs, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_jobs(jobs)
    , m_path(path)
    , m_preset(new QComboBox(this))
    , m_dayFirst(new QCheckBox(tr("Dates like 3/4/2026 are &day first (3 April)"), this))
    , m_decimalMark(new QComboBox(this))
    , m_skipBadRows(new QCheckBox(tr("&Skip bad rows and import the rest"), this))
    , m_preview(new QTableWidget(this))
    , m_issues(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import Deals from “%1”").arg(QFileInfo(path).fileName()));
    resizeWithinScreen(this, QSize(1000, 720));
    for (ImportPreset preset : {ImportPreset::Triplewin, ImportPreset::Salesforce, ImportPreset::HubSpot,
                                ImportPreset::Pipedrive, ImportPreset::Custom})
        m_preset->addItem(presetName(preset), int(preset));
    m_preset->setObjectName(QStringLiteral("importPreset"));

    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    auto *mappingForm = new QFormLayout(mappingBox);
    for (ImportField field : EditableFields) {
        auto *combo = new QComboBox(mappingBox);
        mappingForm->addRow(fieldLabel(field) + u':', combo);
        m_columns.append({field, combo});
        connect(combo, &QComboBox::activated, this, &ImportDialog::mappingEdited);
    }
    mappingForm->addRow(m_dayFirst);
    // "1,234" is 1234 or 1.234: the file's other amounts usually say which; when they do not, the user does.
    m_decimalMark->setObjectName(QStringLiteral("decimalMark"));
    m_decimalMark->addItem(tr("As the file's amounts show"), QString());
    m_decimalMark->addItem(tr("Point: 1,234.50"), QStringLiteral("."));
    m_decimalMark->addItem(tr("Comma: 1.234,50"), QStringLiteral(","));
    mappingForm->addRow(tr("Deci&mal mark:"), m_decimalMark);
    connect(m_decimalMark, &QComboBox::activated, this, &ImportDialog::refreshPreview);

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the first deals"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setColumnCount(7);
    m_preview->setHorizontalHeaderLabels({tr("Import will"), tr("Deal"), tr("Customer"), tr("Salesperson"),
                                          tr("Status"), tr("Close date"), tr("Notes")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_issues->setReadOnly(true);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setAccessibleName(tr("Rows that cannot be imported, and changes that will not be applied"));
    m_issues->setMaximumHeight(120);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setDefault(true);
    m_importButton = import;

    auto *top = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("E&xported from:"), this);
    presetLabel->setBuddy(m_preset);
    top->addWidget(presetLabel);
    top->addWidget(m_preset);
    top->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(mappingBox);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(new QLabel(tr("The first deals as they will be imported:"), this));
    previewColumn->addWidget(m_preview, 1);
    previewColumn->addWidget(
        new QLabel(tr("Rows that cannot be imported, and changes that will not be applied:"), this));
    previewColumn->addWidget(m_issues);
    middle->addLayout(previewColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipBadRows);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::activated, this, [this] {
        m_customMapping = false;
        refreshPreview();
    });
    connect(m_dayFirst, &QCheckBox::toggled, this, &ImportDialog::refreshPreview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(import, &QPushButton::clicked, this, &ImportDialog::startImport);

    // First look: let the importer recognise the file.
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        const ImportPreview first = DealImporter().preview(&file, 1); // no preset given: detect it
        m_headers = first.headers;
        if (first.recognised)
            m_preset->setCurrentIndex(m_preset->findData(int(first.mapping.preset)));
        else
            m_preset->setCurrentIndex(m_preset->findData(int(ImportPreset::Custom)));
    }
    refreshPreview();
}

ImportOptions ImportDialog::readingOptions() const
{
    ImportOptions reading = options();
    if (reading.decimalMark.isNull())
        reading.decimalMark = m_settledMark;
    return reading;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.preset = ImportPreset(m_preset->currentData().toInt());
    if (m_customMapping || options.preset == ImportPreset::Custom) {
        ColumnMapping mapping = m_mapping;
        mapping.preset = ImportPreset::Custom;
        options.mapping = mapping;
        options.preset = ImportPreset::Custom;
    }
    options.slashDates = m_dayFirst->isChecked() ? SlashDates::DayFirst : SlashDates::MonthFirst;
    if (const QString mark = m_decimalMark->currentData().toString(); !mark.isEmpty())
        options.decimalMark = mark.at(0);
    options.skipBadRows = m_skipBadRows->isChecked();
    return options;
}

void ImportDialog::setPreset(ImportPreset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    m_customMapping = false;
    refreshPreview();
}

void ImportDialog::setColumn(ImportField field, int column)
{
    m_mapping.setColumn(field, column);
    m_customMapping = true;
    refreshPreview();
}

void ImportDialog::mappingEdited()
{
    for (const auto &[field, combo] : std::as_const(m_columns))
        m_mapping.setColumn(field, combo->currentData().toInt());
    m_customMapping = true;
    refreshPreview();
}

void ImportDialog::refreshPreview()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read “%1”: %2.").arg(m_path, file.errorString()).toHtmlEscaped());
        return;
    }
    if (!m_customMapping)
        m_mapping = DealImporter::mappingFor(ImportPreset(m_preset->currentData().toInt()), m_headers);
    const ImportPreview preview = DealImporter(options()).preview(&file, PreviewRows);
    m_settledMark = preview.decimalMark; // the dry run and the import need not scan the amounts again
    m_headers = preview.headers;

    for (const auto &[field, combo] : std::as_const(m_columns)) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int column = 0; column < m_headers.size(); ++column)
            combo->addItem(m_headers.at(column), column);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.column(field))));
    }

    // What importing would do with the rows previewed: a deal imported before is updated or left, never added
    // again, and a change Triplewin does not apply (a CRM status) is said before, not discovered after.
    file.seek(0);
    const ImportResult dryRun = DealImporter(readingOptions()).dryRun(m_repository, &file, PreviewRows);
    const bool counted =
        dryRun.status == ImportResult::Status::Imported || dryRun.status == ImportResult::Status::BadRows;

    const QLocale locale;
    m_preview->setRowCount(int(preview.deals.size()));
    for (int row = 0; row < preview.deals.size(); ++row) {
        const Deal &deal = preview.deals.at(row);
        const QString closed = deal.ending ? locale.toString(deal.ending->at.toLocalTime().date(), QLocale::ShortFormat)
                                           : locale.toString(deal.expectedClose, QLocale::ShortFormat);
        const auto action = dryRun.actions.constFind(preview.lines.value(row));
        const QStringList cells{action == dryRun.actions.constEnd() ? QString() : actionName(*action),
                                deal.title,
                                deal.customer,
                                deal.salesperson,
                                statusName(deal.status),
                                closed,
                                QString(deal.notes).replace(u'\n', QStringLiteral(" · "))};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    QStringList issues = issueLines(preview.issues);
    if (counted && !dryRun.conflicts.isEmpty()) {
        if (!issues.isEmpty())
            issues << QString();
        issues << tr("Deals already here whose change will not be applied:") << issueLines(dryRun.conflicts);
    }
    m_issues->setPlainText(issues.isEmpty() ? tr("None in the rows previewed.") : issues.join(u'\n'));
    if (!preview.recognised && !m_customMapping) {
        m_summary->setText(tr("The columns were not recognised. Choose where the file comes from, or pick the "
                              "columns by hand."));
        return;
    }
    QStringList summary;
    if (counted)
        summary << QStringLiteral("<b>%1</b>")
                       .arg(tr("Of the rows previewed: %1").arg(importSummary(dryRun)).toHtmlEscaped());
    summary << tr("Read as %1. Values for you, your customer and their customer are not in CRM exports: they come in "
                  "as unknown for you to fill in. Won and lost deals come in as closed with an unknown outcome; lost "
                  "never counts as walked away.")
                   .arg(presetName(ImportPreset(m_preset->currentData().toInt())))
                   .toHtmlEscaped();
    if (preview.naturalKeys)
        summary << tr("This file has no record IDs: a deal imported before is recognised by its owner, title and "
                      "creation date, so a deal renamed in the CRM comes in as a new one.")
                       .toHtmlEscaped();
    m_summary->setText(summary.join(QStringLiteral("<br>")));
}

bool ImportDialog::startImport()
{
    if (m_importing)
        return false; // a second click while the first import runs
    auto file = std::make_shared<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_result = ImportResult();
        m_result.error = tr("Cannot read “%1”: %2.").arg(m_path, file->errorString());
        QMessageBox::warning(this, windowTitle(), m_result.error);
        return false;
    }
    // The import runs on a worker with its own connection, in one transaction: the window stays responsive, and
    // nothing of it is visible (or kept, when cancelled) until it commits.
    const ImportOptions options = readingOptions();
    auto result = std::make_shared<ImportResult>();
    const auto work = [options, file, result](Database &database, JobControl &control) {
        ImportOptions reading = options;
        reading.progress = [&control](qint64 done, qint64 total) { return control.progress(done, total); };
        DealRepository repository(database);
        *result = DealImporter(reading).importInto(repository, file.get());
        file->close(); // on the worker that read it
    };
    setImporting(true);
    const bool started = JobProgress::start(
        this, m_jobs, tr("Importing deals…"), work, [this, result](const StorageError &openError, bool cancelled) {
            if (openError) {
                result->status = ImportResult::Status::Failed;
                result->error = openError.fullText();
            } else if (cancelled && result->status != ImportResult::Status::Imported) {
                // Also when cancelled before the worker began: nothing was written.
                *result = ImportResult();
                result->status = ImportResult::Status::Cancelled;
            }
            m_result = *result;
            setImporting(false);
            importFinished();
        });
    if (!started)
        setImporting(false);
    return started;
}

void ImportDialog::setImporting(bool importing)
{
    m_importing = importing;
    // Nothing to change or start twice while it runs; Cancel (and Escape) cancel the import instead of closing.
    for (QWidget *widget : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!widget->isWindow() && widget != m_summary && !qobject_cast<QDialogButtonBox *>(widget))
            widget->setEnabled(!importing);
    }
    m_importButton->setEnabled(!importing);
    if (importing)
        m_summary->setText(tr("Importing… Nothing is kept until the whole file is in.").toHtmlEscaped());
}

void ImportDialog::reject()
{
    if (m_importing) {
        m_jobs.cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::importFinished()
{
    switch (m_result.status) {
    case ImportResult::Status::Imported:
        break;
    case ImportResult::Status::Cancelled:
        m_summary->setText(tr("Import cancelled: nothing was added."));
        break;
    case ImportResult::Status::BadRows: {
        m_issues->setPlainText(issueLines(m_result.issues).join(u'\n'));
        m_summary->setText(tr("Nothing was imported: %n row(s) cannot be read (listed above). Fix them, or choose "
                              "to skip bad rows.",
                              nullptr, int(m_result.issues.size())));
        break;
    }
    case ImportResult::Status::Failed:
        m_summary->setText(tr("Nothing was imported: %1").arg(m_result.error).toHtmlEscaped());
        break;
    }
    Q_EMIT imported(m_result);
    if (m_result.status != ImportResult::Status::Imported)
        return;
    if (!m_result.conflicts.isEmpty()) {
        // Deals already here whose CRM change was not applied: the user should know which, and why.
        QMessageBox box(QMessageBox::Information, windowTitle(), importSummary(m_result), QMessageBox::Ok, this);
        box.setInformativeText(tr("%n deal(s) changed in the file in a way Triplewin did not apply: a status "
                                  "that changed in the CRM, or notes edited here. The deals here were kept as "
                                  "they are; the details list each one.",
                                  nullptr, int(m_result.conflicts.size())));
        box.setDetailedText(issueLines(m_result.conflicts).join(u'\n'));
        box.exec();
    }
    accept();
}

QString ImportDialog::previewText() const
{
    QStringList lines;
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_preview->columnCount(); ++column)
            cells << (m_preview->item(row, column) ? m_preview->item(row, column)->text() : QString());
        lines << cells.join(u'|');
    }
    lines << m_issues->toPlainText() << m_summary->text();
    return lines.join(u'\n');
}

} // namespace Triplewin::Ui
