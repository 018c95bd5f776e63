#include "concessionsmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace Triplewin::Core {

ConcessionsModel::ConcessionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConcessionsModel::setLedger(const ConcessionLedger &ledger)
{
    beginResetModel();
    m_ledger = ledger;
    endResetModel();
}

void ConcessionsModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    Q_EMIT headerDataChanged(Qt::Horizontal, FirstValueColumn, FirstValueColumn + PartyCount - 1);
}

int ConcessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ledger.size());
}

int ConcessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConcessionsModel::byText(Party party)
{
    switch (party) {
    case Party::You:
        return QCoreApplication::translate("Triplewin::Core::ConcessionsModel", "You gave");
    case Party::Customer:
        return QCoreApplication::translate("Triplewin::Core::ConcessionsModel", "Your customer gave");
    case Party::CustomersCustomer:
        return QCoreApplication::translate("Triplewin::Core::ConcessionsModel", "Their customer gave");
    }
    return {};
}

QString ConcessionsModel::nothingYetText()
{
    return QCoreApplication::translate("Triplewin::Core::ConcessionsModel", "Nothing yet (unreciprocated)");
}

QVariant ConcessionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ledger.size())
        return {};
    const Concession &concession = m_ledger.at(index.row());
    const bool unreciprocated = isUnreciprocated(concession);
    if (role == UnreciprocatedRole)
        return unreciprocated;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column >= FirstValueColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case DateColumn:
        return concession.date.isValid() ? QLocale().toString(concession.date, QLocale::ShortFormat) : QString();
    case ByColumn:
        return partyName(concession.by);
    case WhatColumn:
        return concession.what;
    case TradedForColumn:
        if (!concession.tradedFor.trimmed().isEmpty())
            return concession.tradedFor;
        return unreciprocated ? nothingYetText() : QString();
    default:
        if (const std::optional<Money> value = concession.valueTo(Party(column - FirstValueColumn)))
            return formatAmount(*value);
        return role == Qt::AccessibleTextRole
                   ? QCoreApplication::translate("Triplewin::Core::ConcessionsModel", "not known")
                   : QString();
    }
}

QVariant ConcessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return QCoreApplication::translate("Triplewin::Core::ConcessionsModel", "Date");
    case ByColumn:
        return QCoreApplication::translate("Triplewin::Core::ConcessionsModel", "Given by");
    case WhatColumn:
        return QCoreApplication::translate("Triplewin::Core::ConcessionsModel", "What");
    case TradedForColumn:
        return QCoreApplication::translate("Triplewin::Core::ConcessionsModel", "Traded for");
    default:
        break;
    }
    if (section < FirstValueColumn || section >= ColumnCount)
        return {};
    // The column says the party, a word a line so that it is narrow enough for a laptop's editor; its tooltip says
    // the rest.
    const Party party = Party(section - FirstValueColumn);
    if (role == Qt::ToolTipRole)
        return QCoreApplication::translate("Triplewin::Core::ConcessionsModel",
                                           "What the concession is worth to %1, in %2 (a cost is negative)")
            .arg(partyName(party), m_currency);
    const QString name = partyName(party).replace(u' ', u'\n');
    return m_currency.isEmpty()
               ? name
               : QCoreApplication::translate("Triplewin::Core::ConcessionsModel", "%1\n(%2)").arg(name, m_currency);
}

} // namespace Triplewin::Core
