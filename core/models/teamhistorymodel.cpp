#include "teamhistorymodel.h"

#include "../domain/amount.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaObject>
#include <QScopedValueRollback>

namespace Triplewin::Core {

TeamHistoryModel::TeamHistoryModel(TeamHistoryRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{}

void TeamHistoryModel::setFilter(const TeamHistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void TeamHistoryModel::reload()
{
    const QScopedValueRollback<bool> busy(m_changing, true);
    beginResetModel();
    m_atEnd = false;
    m_rows = fetchPage(std::nullopt);
    endResetModel();
}

QList<TeamHistoryRow> TeamHistoryModel::fetchPage(const std::optional<TeamHistoryRow> &after)
{
    Expected<QList<TeamHistoryRow>> rows = m_repository.page(m_filter, after);
    if (!rows.ok()) {
        m_atEnd = true;
        // Queued: a listener may open a dialog, and the model is in the middle of a reset or insert here.
        QMetaObject::invokeMethod(
            this, [this, message = rows.error().fullText()] { Q_EMIT loadFailed(message); }, Qt::QueuedConnection);
        return {};
    }
    if (rows.value().size() < m_filter.limit)
        m_atEnd = true;
    return std::move(rows).value();
}

qint64 TeamHistoryModel::dealIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int TeamHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : TeamHistoryColumnCount;
}

QVariant TeamHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamHistoryRow &row = m_rows.at(index.row());
    if (role == DealIdRole)
        return row.id;
    const auto column = TeamHistoryColumn(index.column());
    const bool amount = column == TeamHistoryColumn::YourValue || column == TeamHistoryColumn::CustomerValue ||
                        column == TeamHistoryColumn::CustomersCustomerValue;
    if (role == Qt::TextAlignmentRole && amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case TeamHistoryColumn::Salesperson:
        return row.salesperson;
    case TeamHistoryColumn::Customer:
        return row.customer;
    case TeamHistoryColumn::Title:
        return row.title;
    case TeamHistoryColumn::Status:
        return statusName(row.status);
    case TeamHistoryColumn::Outcome:
        return row.ending ? endingName(*row.ending) : QString();
    case TeamHistoryColumn::YourValue:
    case TeamHistoryColumn::CustomerValue:
    case TeamHistoryColumn::CustomersCustomerValue: {
        const std::optional<Money> value = row.values[std::size_t(index.column() - int(TeamHistoryColumn::YourValue))];
        if (value)
            return QString(formatAmount(*value, locale) + u' ' + row.currency);
        // A closed deal whose agreed option left this party unassessed says so; open deals show nothing.
        return row.ending && *row.ending != Ending::WalkedAway ? resultName(Result::Unknown) : QString();
    }
    case TeamHistoryColumn::Created:
        return locale.toString(row.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case TeamHistoryColumn::Closed:
        return row.closedAt.isValid() ? locale.toString(row.closedAt.toLocalTime().date(), QLocale::ShortFormat)
                                      : QString();
    }
    return {};
}

QVariant TeamHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (TeamHistoryColumn(section)) {
    case TeamHistoryColumn::Salesperson:
        return QCoreApplication::translate("Triplewin::Core::TeamHistoryModel", "Salesperson");
    case TeamHistoryColumn::Customer:
        return QCoreApplication::translate("Triplewin::Core::TeamHistoryModel", "Customer");
    case TeamHistoryColumn::Title:
        return QCoreApplication::translate("Triplewin::Core::TeamHistoryModel", "Deal");
    case TeamHistoryColumn::Status:
        return QCoreApplication::translate("Triplewin::Core::TeamHistoryModel", "Status");
    case TeamHistoryColumn::Outcome:
        return QCoreApplication::translate("Triplewin::Core::TeamHistoryModel", "Outcome");
    case TeamHistoryColumn::YourValue:
        return partyName(Party::You);
    case TeamHistoryColumn::CustomerValue:
        return partyName(Party::Customer);
    case TeamHistoryColumn::CustomersCustomerValue:
        return partyName(Party::CustomersCustomer);
    case TeamHistoryColumn::Created:
        return QCoreApplication::translate("Triplewin::Core::TeamHistoryModel", "Created");
    case TeamHistoryColumn::Closed:
        return QCoreApplication::translate("Triplewin::Core::TeamHistoryModel", "Closed");
    }
    return {};
}

bool TeamHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TeamHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty() || m_changing)
        return;
    const QScopedValueRollback<bool> busy(m_changing, true);
    const QList<TeamHistoryRow> page = fetchPage(m_rows.constLast());
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void TeamHistoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= TeamHistoryColumnCount)
        return;
    m_filter.sortColumn = TeamHistoryColumn(column);
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace Triplewin::Core
