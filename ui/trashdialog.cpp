#include "trashdialog.h"

#include <core/models/deallistmodel.h>
#include <core/storage/dealrepository.h>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using Core::DealListModel;

TrashDialog::TrashDialog(Core::DealRepository &repository, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_model(new DealListModel(repository, this))
    , m_view(new QTreeView(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Trash"));
    resize(560, 380);
    m_view->setAccessibleName(tr("Deals in the trash"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setSectionResizeMode(DealListModel::TitleColumn, QHeaderView::Stretch);
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_empty = buttons->addButton(tr("&Empty Trash…"), QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(m_view, &QTreeView::doubleClicked, this, &TrashDialog::restoreSelected);
    connect(m_model, &DealListModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Trash"), message); });

    Core::DealQuery query;
    query.trash = true;
    m_model->setQuery(query);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrashDialog::updateState);
    updateState();
}

void TrashDialog::restoreSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Core::StorageError error = m_repository.restoreFromTrash(m_model->dealIdAt(current.row()));
    if (error)
        QMessageBox::warning(this, tr("Restore"), error.fullText());
    m_model->reload();
    updateState();
    Q_EMIT trashChanged();
}

void TrashDialog::emptyTrash()
{
    const auto answer = QMessageBox::warning(this, tr("Empty Trash"),
                                             tr("Delete every deal in the trash for good? This cannot be undone."),
                                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    const Core::Expected<int> removed = m_repository.emptyTrash();
    if (!removed.ok())
        QMessageBox::warning(this, tr("Empty Trash"), removed.error().fullText());
    m_model->reload();
    updateState();
    Q_EMIT trashChanged();
}

void TrashDialog::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_hint->setText(empty ? tr("The trash is empty. Deals you delete wait here until you empty it.")
                          : tr("Deals here are kept until you empty the trash. Restore one to bring it back."));
    m_restore->setEnabled(m_view->currentIndex().isValid());
    m_empty->setEnabled(!empty);
}

} // namespace Triplewin::Ui
