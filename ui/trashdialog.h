#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTreeView;
QT_END_NAMESPACE

namespace Triplewin::Core {
class DealListModel;
class DealRepository;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

/// Deals moved to the trash: restore one, or empty the trash for good (after asking).
class TrashDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrashDialog)

public:
    explicit TrashDialog(Core::DealRepository &repository, QWidget *parent = nullptr);

Q_SIGNALS:
    /// Deals were restored or deleted; the main list should reload.
    void trashChanged();

private:
    void restoreSelected();
    void emptyTrash();
    void updateState();

    Core::DealRepository &m_repository;
    Core::DealListModel *m_model;
    QTreeView *m_view;
    QLabel *m_hint;
    QPushButton *m_restore;
    QPushButton *m_empty;
};

} // namespace Triplewin::Ui
