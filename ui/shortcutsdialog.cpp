#include "shortcutsdialog.h"

#include "screenfit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Triplewin::Ui {

namespace {

/// A menu text as people read it: "&Close Deal…" is "Close Deal…" ("&&" is a literal "&").
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

/// Appends a row for each action of @p menu (and its submenus, named "Menu ▸ Submenu") that has a shortcut.
void addRows(QStandardItemModel *model, const QMenu *menu, const QString &path)
{
    const auto actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (const QMenu *submenu = action->menu()) {
            addRows(model, submenu, path + QStringLiteral(" ▸ ") + withoutMnemonic(submenu->title()));
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts << key.toString(QKeySequence::NativeText);
        QList<QStandardItem *> row{new QStandardItem(path), new QStandardItem(withoutMnemonic(action->text())),
                                   new QStandardItem(texts.join(QStringLiteral(", ")))};
        row.at(ShortcutsDialog::CommandColumn)->setToolTip(action->toolTip());
        for (QStandardItem *item : row)
            item->setEditable(false);
        model->appendRow(row);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    const auto menus = menuBar->actions();
    for (const QAction *action : menus) {
        if (const QMenu *menu = action->menu())
            addRows(m_model, menu, withoutMnemonic(menu->title()));
    }

    auto *intro = new QLabel(tr("Every command with a shortcut, as the menus have it now. In a menu, Alt and the "
                                "underlined letter choose too; in the options table, Tab moves to the next cell "
                                "you can type in and Enter ends an edit."),
                             this);
    intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("shortcutsTable"));
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(620, 560));
}

} // namespace Triplewin::Ui
