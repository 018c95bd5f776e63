#pragma once

#include <QStyledItemDelegate>

namespace Triplewin::Ui {

struct ResultColours;

/// Edits and paints the options table. An amount cell edits like a spreadsheet cell: what the user types stays
/// exactly as typed while the editor is open (the model previews it, so the results and the chart follow the
/// keyboard, but nothing is written back into the editor); Enter, Tab or a click elsewhere commits it, Escape
/// restores the value from before the edit. Result and outcome cells are drawn as a tinted badge that always
/// carries the word.
class OptionsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsDelegate)

public:
    explicit OptionsDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Fills a new editor from the model; never touches an editor the user has typed into.
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    /// Enter or Tab on an amount that cannot be parsed keeps the editor open and says why at the field.
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    /// The cell's background, focus and selection as the style draws them, without its text, which it returns.
    QString paintWithoutText(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// An option's name with its outcome under it, in the cell that spans the option's rows.
    void paintOption(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static void drawBadge(QPainter *painter, QRect rect, const ResultColours &colours, const QString &text,
                          const QFont &font);
};

} // namespace Triplewin::Ui
