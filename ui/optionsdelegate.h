#pragma once

#include <QStyledItemDelegate>

namespace Triplewin::Ui {

/// Edits and paints the options table: amount cells commit as they are typed (so the chart follows the
/// keyboard), and result and outcome cells are drawn as a tinted badge that always carries the word.
class OptionsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsDelegate)

public:
    explicit OptionsDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    /// Enter or Tab on an amount that cannot be parsed keeps the editor open and says why at the field.
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace Triplewin::Ui
