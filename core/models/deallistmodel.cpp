#include "deallistmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScopedValueRollback>

namespace Triplewin::Core {

DealListModel::DealListModel(DealRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{}

void DealListModel::setQuery(const DealQuery &query)
{
    m_query = query;
    m_query.after.reset();
    reload();
}

void DealListModel::reload()
{
    const QScopedValueRollback<bool> busy(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_rows = fetchPage(std::nullopt);
    endResetModel();
}

QList<DealSummary> DealListModel::fetchPage(const std::optional<DealSummary> &after)
{
    DealQuery page = m_query;
    page.after = after;
    Expected<QList<DealSummary>> rows = m_repository.list(page);
    if (!rows.ok()) {
        m_atEnd = true;
        // Queued: a listener may open a dialog, and the model is in the middle of a reset or insert here.
        QMetaObject::invokeMethod(
            this, [this, message = rows.error().fullText()] { Q_EMIT loadFailed(message); }, Qt::QueuedConnection);
        return {};
    }
    if (rows.value().size() < page.limit)
        m_atEnd = true;
    return std::move(rows).value();
}

int DealListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

qint64 DealListModel::dealIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealSummary &row = m_rows.at(index.row());
    if (role == DealIdRole)
        return row.id;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return row.salesperson.isEmpty()
                   ? row.title
                   : QCoreApplication::translate("Triplewin::Core::DealListModel", "%1 (salesperson: %2)")
                         .arg(row.title, row.salesperson);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return row.title;
    case CustomerColumn:
        return row.customer;
    case StatusColumn:
        return statusName(row.status);
    case UpdatedColumn:
        return QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("Triplewin::Core::DealListModel", "Deal");
    case CustomerColumn:
        return QCoreApplication::translate("Triplewin::Core::DealListModel", "Customer");
    case StatusColumn:
        return QCoreApplication::translate("Triplewin::Core::DealListModel", "Status");
    case UpdatedColumn:
        return QCoreApplication::translate("Triplewin::Core::DealListModel", "Changed");
    }
    return {};
}

bool DealListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_viewsFetch;
}

void DealListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && m_viewsFetch)
        fetchNextPage();
}

void DealListModel::fetchNextPage()
{
    // Ignore calls made by listeners of this model's own signals (QAbstractItemModelTester fetches from its
    // rowsAboutToBeInserted and modelReset slots): m_rows is not yet updated there, so a page would be fetched twice.
    if (m_atEnd || m_rows.isEmpty() || m_changing)
        return;
    const QScopedValueRollback<bool> busy(m_changing, true);
    const QList<DealSummary> page = fetchPage(m_rows.constLast());
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

} // namespace Triplewin::Core
