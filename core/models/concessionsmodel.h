#pragma once

#include "../domain/concession.h"

#include <QAbstractTableModel>

namespace Triplewin::Core {

/// A deal's concession ledger as a read-only table, one row per concession in the order recorded. Concessions given
/// with nothing received in return (isUnreciprocated()) say so in the "traded for" column and carry
/// UnreciprocatedRole, so a view can mark them. Changes come whole through setLedger() (the editor's undoable
/// commands), never cell by cell.
class ConcessionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcessionsModel)

public:
    enum Column
    {
        DateColumn,
        ByColumn,
        WhatColumn,
        TradedForColumn,  ///< beside what was given, so an unreciprocated one shows at a glance
        FirstValueColumn, ///< the value to each party, in Party order
        ColumnCount = FirstValueColumn + PartyCount,
    };
    enum Role
    {
        UnreciprocatedRole = Qt::UserRole + 1, ///< bool, on every cell of a row
    };

    explicit ConcessionsModel(QObject *parent = nullptr);

    void setLedger(const ConcessionLedger &ledger);
    const ConcessionLedger &ledger() const { return m_ledger; }
    /// The currency the values are shown in (the column headers say it).
    void setCurrency(const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Given" for a concession by you, "Received" for one by another party, with the party: "You gave", "Your
    /// customer gave" (translated).
    static QString byText(Party party);
    /// What an unreciprocated concession shows in its "traded for" column (translated).
    static QString nothingYetText();

private:
    ConcessionLedger m_ledger;
    QString m_currency;
};

} // namespace Triplewin::Core
