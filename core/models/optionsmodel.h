#pragma once

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

    /// Appends an option with a default name and reference points of 0; returns its row.
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

Q_SIGNALS:
    /// A typed value was refused; @p message says what is wrong, in plain words.
    void inputRejected(const QModelIndex &index, const QString &message);
    /// The user changed cell (@p row, @p column); optionsChanged() follows.
    void cellEdited(int row, int column);
    /// Any option changed, was added or removed.
    void optionsChanged();

private:
    QVariant partyData(const DealOption &option, Party party, int offset, int role) const;
    void emitCellChanged(const QModelIndex &index);

    QList<DealOption> m_options;
    QLocale m_locale;
};

} // namespace Triplewin::Core
