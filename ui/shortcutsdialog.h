#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QMenuBar;
class QTableView;
class QStandardItemModel;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Help ▸ Keyboard Shortcuts: every action of the menus that has a shortcut, read from the actions themselves when
/// the dialog opens (so the list is never out of date), by menu in menu order, the keys in the platform's own
/// notation. Actions whose shortcut depends on where the focus is (Qt::WidgetShortcut) are listed too.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    /// Columns of model(): the menu, the command as the menu shows it (without its mnemonic), the keys.
    enum Column
    {
        MenuColumn,
        CommandColumn,
        KeysColumn,
        ColumnCount
    };
    const QStandardItemModel *model() const { return m_model; }

private:
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace Triplewin::Ui
