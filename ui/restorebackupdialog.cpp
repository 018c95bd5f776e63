#include "restorebackupdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Triplewin::Ui {

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_backups(Core::Backups::list(databasePath))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto *intro = new QLabel(tr("Restoring replaces every deal in this database with the backup's. What it "
                                "replaces is kept as a backup of its own, so a restore can be undone the same way."),
                             this);
    intro->setWordWrap(true);
    m_empty->setText(tr("No backups yet. Triplewin makes one on each day you open a database, and one before "
                        "every upgrade of its format. They are kept in\n%1")
                         .arg(QDir::toNativeSeparators(Core::Backups::folderFor(databasePath))));
    m_empty->setWordWrap(true);
    m_empty->setVisible(m_backups.isEmpty());

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setVisible(!m_backups.isEmpty());
    const QLocale locale;
    for (const Core::BackupFile &backup : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(backup.created.toLocalTime(), QLocale::ShortFormat),
                                                  Core::backupReasonName(backup.reason),
                                                  locale.formattedDataSize(backup.bytes)});
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (!m_backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));

    QPushButton *restore = m_buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!m_backups.isEmpty());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(560, 360);
}

QString RestoreBackupDialog::selectedBackup() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).path : QString();
}

QString RestoreBackupDialog::chooseAndConfirm(const QString &databasePath, QWidget *parent)
{
    RestoreBackupDialog dialog(databasePath, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return {};
    const QMessageBox::StandardButton answer = QMessageBox::question(
        parent, tr("Restore from Backup"),
        tr("Replace every deal in this database with the backup's? What is there now is kept as a backup first."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes ? dialog.selectedBackup() : QString();
}

} // namespace Triplewin::Ui
