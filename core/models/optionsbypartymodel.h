#pragma once

#include "optionsmodel.h"

#include <QAbstractProxyModel>

namespace Triplewin::Core {

/// The options of an OptionsModel laid out one row per option and party, so that a deal reads top to bottom
/// in a narrow window: each option takes three rows (you, your customer, their customer) with the same seven
/// columns, instead of one row of fourteen columns that only a wide screen shows whole.
///
/// The option's name and outcome belong to the option's first row (a view spans them over its three rows; the
/// cells below are empty and read-only). The party column is read-only text. Every other cell is a cell of the
/// source model, edited through it: setData(), previews and inputRejected() stay the source's.
class OptionsByPartyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsByPartyModel)

public:
    enum Column
    {
        OptionColumn,
        OutcomeColumn,
        PartyColumn,
        ValueColumn,
        ReferenceColumn,
        ResultColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        /// Grey text a view shows in an empty cell (the party's reference point: "walk-away point", ...).
        PlaceholderRole = OptionsModel::RoleEnd,
        /// True on the first row of each option (where a view draws the line between options).
        FirstRowOfOptionRole,
    };

    explicit OptionsByPartyModel(OptionsModel *source, QObject *parent = nullptr);

    OptionsModel *optionsModel() const { return m_source; }
    /// The first row of option @p option, and the option of @p row.
    static int firstRowOf(int option) { return option * PartyCount; }
    static int optionOf(int row) { return row / PartyCount; }
    static Party partyOfRow(int row) { return AllParties[std::size_t(row % PartyCount)]; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString outcomeText(int option) const;
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    OptionsModel *m_source;
};

} // namespace Triplewin::Core
