#pragma once

#include "storage/backups.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QTreeWidget;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Lists the backups of a deal database (newest first: when, why, size) and lets the user pick one to restore.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    explicit RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    /// Lets the user pick one of @p databasePath's backups and confirm that it replaces every deal; its path, or
    /// empty when they cancelled.
    static QString chooseAndConfirm(const QString &databasePath, QWidget *parent);

    /// The chosen backup's path; empty when none is selected.
    QString selectedBackup() const;
    QTreeWidget *list() const { return m_list; }

private:
    QList<Core::BackupFile> m_backups;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QDialogButtonBox *m_buttons;
};

} // namespace Triplewin::Ui
