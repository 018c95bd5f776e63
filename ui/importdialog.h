#pragma once

#include <core/io/dealimporter.h>
#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace Triplewin::Core {
class DatabaseJobs;
class DealRepository;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

/// Imports a CSV file (Triplewin's own or a CRM export): shows the detected preset, the column mapping (which
/// the user can change) and a preview of the first deals and bad rows, then imports in one transaction with
/// progress and cancel, on @p jobs' worker (the preview's dry run of the first rows runs on @p repository).
/// Nothing is written unless the whole import succeeds; while it runs, Import cannot be pressed again and Cancel
/// or Escape cancel the import (the dialog stays open and says so).
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(Core::DealRepository &repository, Core::DatabaseJobs &jobs, const QString &path,
                 QWidget *parent = nullptr);

    /// Starts the import (what the Import button does); imported() follows, and the dialog is accepted when it
    /// worked. False when it could not start (an import already running, the file unreadable).
    bool startImport();
    bool isImporting() const { return m_importing; }
    const Core::ImportResult &lastResult() const { return m_result; }
    /// The preview's deals and issues as plain text (tests, screen readers).
    QString previewText() const;
    void setPreset(Core::ImportPreset preset);
    void setColumn(Core::ImportField field, int column);

    /// Escape and Cancel: while importing, cancel the import; otherwise close.
    void reject() override;

Q_SIGNALS:
    /// The import finished (imported, cancelled, refused or failed): lastResult() says which.
    void imported(const Triplewin::Core::ImportResult &result);

private:
    Core::ImportOptions options() const;
    /// options() with the decimal mark the preview settled from the file's amounts.
    Core::ImportOptions readingOptions() const;
    void refreshPreview();
    void mappingEdited();
    void setImporting(bool importing);
    void importFinished();

    Core::DealRepository &m_repository;
    Core::DatabaseJobs &m_jobs;
    QPushButton *m_importButton = nullptr;
    bool m_importing = false;
    QString m_path;
    Core::ColumnMapping m_mapping;
    bool m_customMapping = false;
    QChar m_settledMark; ///< the decimal mark the last preview settled from the file's amounts
    Core::ImportResult m_result;
    QComboBox *m_preset;
    QList<QPair<Core::ImportField, QComboBox *>> m_columns;
    QCheckBox *m_dayFirst;
    QComboBox *m_decimalMark;
    QCheckBox *m_skipBadRows;
    QTableWidget *m_preview;
    QPlainTextEdit *m_issues;
    QLabel *m_summary;
    QStringList m_headers;
};

} // namespace Triplewin::Ui
