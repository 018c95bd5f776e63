#pragma once

#include <core/domain/dealoption.h>
#include <QList>
#include <QModelIndex>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QPushButton;
class QTableView;
class QUndoStack;
QT_END_NAMESPACE

namespace Triplewin::Core {
class OptionsByPartyModel;
class OptionsModel;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

/// The options of a deal as an editable table, with buttons to add and remove options. Every change is an
/// undoable command on the given undo stack.
///
/// The view shows the OptionsModel one row per option and party (OptionsByPartyModel), the option's name and
/// outcome spanning its three rows; model() is the OptionsModel itself, and viewIndex() finds one of its cells
/// in the view.
class OptionsTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsTable)

public:
    explicit OptionsTable(QUndoStack *undoStack, QWidget *parent = nullptr);

    /// Replaces the options (opening a deal); not undoable.
    void setOptions(const QList<Core::DealOption> &options);
    QList<Core::DealOption> options() const;

    Core::OptionsModel *model() const { return m_model; }

    /// Commits the cell being edited, if any, so that what the user typed is in the model before a save, a
    /// close or a switch. Returns false (the message already shown) when the typed text was refused.
    bool commitPendingEdit();
    QTableView *view() const { return m_view; }
    /// Where cell @p cell of model() is in view().
    QModelIndex viewIndex(const QModelIndex &cell) const;

public Q_SLOTS:
    void addOption();
    void removeSelectedOption();

Q_SIGNALS:
    /// The options changed by an edit, an undo or a redo.
    void optionsChanged();
    /// A typed value was refused; @p message says where and why.
    void inputRejected(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The option's column as wide as it likes where there is room, narrower (down to its outcome badge) where not.
    void fitOptionColumn();
    void recordChange(const QString &text);
    void updateButtons();
    void updateSpans();

    QUndoStack *m_undoStack;
    Core::OptionsModel *m_model;
    Core::OptionsByPartyModel *m_rows;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QList<Core::DealOption> m_snapshot; ///< the options as of the last recorded change
    bool m_applyingUndo = false;
    int m_optionWidth = 0; ///< the option's column where there is room
    int m_optionFloor = 0; ///< and at the narrowest
};

} // namespace Triplewin::Ui
