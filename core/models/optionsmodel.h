#pragma once

#include "../domain/amount.h"
#include "../domain/classification.h"
#include "../domain/dealoption.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace Triplewin::Core {

/// The options of the deal being edited, one row per option, with a column group per party.
///
/// Amounts are edited as text and parsed with parseAmount(); a text that is not a valid amount is refused
/// (setData() returns false) and inputRejected() says why, so the view can show it at the field.
///
/// While an amount is being typed, previewAmount() shows what it would do (results, outcome, chart) without
/// committing it: no cellEdited()/optionsChanged(), and no dataChanged() for the cell being typed in, so a view
/// never writes the model's formatted text back into the open editor. The edit then ends with setData() (commit:
/// one cellEdited() and optionsChanged() if the value differs from the one before the preview) or revert()
/// (Escape: the value from before the preview is back).
class OptionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsModel)

public:
    /// Columns within a party's group: the group of party p starts at FirstPartyColumn + p * ColumnsPerParty.
    enum PartyColumnOffset
    {
        ValueOffset,
        ReferenceOffset,
        ResultOffset,
        ReasonOffset,
        ColumnsPerParty
    };
    /// Name and outcome first, so the verdict is visible without scrolling; then a group per party.
    enum Column
    {
        NameColumn,
        OutcomeColumn,
        FirstPartyColumn,
        ColumnCount = FirstPartyColumn + PartyCount * ColumnsPerParty
    };

    enum Role
    {
        ResultRole = Qt::UserRole + 1, ///< int(Result) on result columns
        OutcomeRole,                   ///< int(Outcome) on the outcome column
        PartyRole,                     ///< int(Party) on party columns, -1 elsewhere
        /// On the outcome column: what the option matrix says about the option beyond its outcome, in sentences
        /// (QStringList): dominated by another option, below a party's walk-away (optionanalysis.h); empty when
        /// nothing. Changes with any option, not only its own row.
        WarningsRole,
        MarksRole,     ///< on the outcome column: the same, short, for a cell or a chart label (QStringList)
        DominatorRole, ///< on the outcome column: the row of the option that dominates this one, or -1
        RoleEnd,       ///< where a proxy's own roles start (OptionsByPartyModel)
    };

    explicit OptionsModel(QObject *parent = nullptr);

    static int columnFor(Party party, int offset)
    {
        return FirstPartyColumn + partyIndex(party) * ColumnsPerParty + offset;
    }
    /// The party of a column, or std::nullopt for the name and outcome columns.
    static std::optional<Party> partyOf(int column);
    static int offsetOf(int column) { return (column - FirstPartyColumn) % ColumnsPerParty; }

    void setOptions(const QList<DealOption> &options);
    const QList<DealOption> &options() const { return m_options; }
    void setLocale(const QLocale &locale);
    const QLocale &locale() const { return m_locale; }

    /// Appends an option named @p name with the reference points of the last option (none for the first);
    /// returns its row.
    int appendOption(const QString &name);
    /// Inserts @p option at @p row (used to undo a removal).
    void insertOption(int row, const DealOption &option);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /// Shows @p text typed into amount cell @p cell as if committed (text that is not an amount previews the
    /// value from before the edit) and returns its parse. previewChanged() follows; nothing is committed.
    AmountParse previewAmount(const QModelIndex &cell, const QString &text);
    /// Ends a preview: the cell's value from before it is back (an editor closed with Escape).
    void revert() override;
    /// Ends a preview, keeping what setData() committed.
    bool submit() override;

Q_SIGNALS:
    /// A typed value was refused; @p message says what is wrong, in plain words.
    void inputRejected(const QModelIndex &index, const QString &message);
    /// The user changed cell (@p row, @p column); optionsChanged() follows.
    void cellEdited(int row, int column);
    /// Any option changed, was added or removed.
    void optionsChanged();
    /// options() show a preview of typed text, or a preview ended without a change; not an edit.
    void previewChanged();

private:
    QVariant partyData(const DealOption &option, Party party, int offset, int role) const;
    void emitCellChanged(const QModelIndex &index);
    /// dataChanged() for the warnings of every row: an edit to one option may make another one dominated or not.
    void emitWarningsChanged();
    /// dataChanged() for every cell of @p row but @p column (the one with an open editor), then previewChanged().
    void emitPreviewChanged(int row, int column);
    /// Puts the option from before the preview back, without signals; false when no preview is active.
    bool restorePreview();

    struct Preview
    {
        int row;
        int column;
        DealOption original;
    };

    QList<DealOption> m_options;
    QLocale m_locale;
    std::optional<Preview> m_preview;
};

} // namespace Triplewin::Core
