#pragma once

#include <core/io/dealimporter.h>
#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace Triplewin::Core {
class DealRepository;
}

namespace Triplewin::Ui {

/// Imports a CSV file (Triplewin's own or a CRM export): shows the detected preset, the column mapping (which
/// the user can change) and a preview of the first deals and bad rows, then imports in one transaction with
/// progress and cancel. Nothing is written unless the whole import succeeds.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(Core::DealRepository &repository, const QString &path, QWidget *parent = nullptr);

    /// Runs the import (also what the Import button does); the result is kept in lastResult().
    Core::ImportResult runImport();
    const Core::ImportResult &lastResult() const { return m_result; }
    /// The preview's deals and issues as plain text (tests, screen readers).
    QString previewText() const;
    void setPreset(Core::ImportPreset preset);
    void setColumn(Core::ImportField field, int column);

private:
    Core::ImportOptions options() const;
    /// options() with the decimal mark the preview settled from the file's amounts.
    Core::ImportOptions readingOptions() const;
    void refreshPreview();
    void mappingEdited();

    Core::DealRepository &m_repository;
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
