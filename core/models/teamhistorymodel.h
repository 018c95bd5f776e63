#pragma once

#include "../storage/teamhistoryrepository.h"

#include <QAbstractTableModel>

namespace Triplewin::Core {

/// The team's deal history for a manager: every live deal, filtered and sorted in SQL, fetched a page at a
/// time with keyset paging (never OFFSET, never every row at once).
class TeamHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamHistoryModel)

public:
    enum Role
    {
        DealIdRole = Qt::UserRole + 1,
    };

    explicit TeamHistoryModel(TeamHistoryRepository &repository, QObject *parent = nullptr);

    void setFilter(const TeamHistoryFilter &filter);
    const TeamHistoryFilter &filter() const { return m_filter; }
    void reload();
    qint64 dealIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorting runs in SQL; the rows are fetched again from the first page.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QList<TeamHistoryRow> fetchPage(const std::optional<TeamHistoryRow> &after);

    TeamHistoryRepository &m_repository;
    TeamHistoryFilter m_filter;
    QList<TeamHistoryRow> m_rows;
    bool m_atEnd = true;
    bool m_changing = false;
};

} // namespace Triplewin::Core
