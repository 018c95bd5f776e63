#pragma once

#include "../storage/dealrepository.h"

#include <QAbstractTableModel>

namespace Triplewin::Core {

/// The deal list: live deals (or the trash), newest change first, fetched a page at a time from the
/// repository (keyset paging), so a list of a million deals costs one page of memory until scrolled.
class DealListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealListModel)

public:
    enum Column
    {
        TitleColumn,
        CustomerColumn,
        StatusColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        DealIdRole = Qt::UserRole + 1,
    };

    explicit DealListModel(DealRepository &repository, QObject *parent = nullptr);

    /// Replaces the filter and reloads from the first page.
    void setQuery(const DealQuery &query);
    const DealQuery &query() const { return m_query; }
    /// Reloads with the current filter (after a save or delete).
    void reload();
    /// The row of deal @p id among the rows fetched so far, or -1.
    int rowOf(qint64 id) const;
    qint64 dealIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// True while more pages exist and views may fetch them by themselves (see setViewsFetch()).
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Whether a view may fetch the next page on its own (true by default). QTreeView's layout fetches a page at
    /// every layout while it may, whether or not the last row is in sight: three pages before the first paint on
    /// a big database. A view that sets this false fetches with fetchNextPage() when its last row comes into view.
    void setViewsFetch(bool viewsFetch) { m_viewsFetch = viewsFetch; }
    /// More rows exist after those fetched so far.
    bool hasMorePages() const { return !m_atEnd; }
    /// Appends the next page of rows (nothing at the end).
    void fetchNextPage();

Q_SIGNALS:
    /// Reading from the database failed; the list keeps what it had.
    void loadFailed(const QString &message);

private:
    QList<DealSummary> fetchPage(const std::optional<DealSummary> &after);

    DealRepository &m_repository;
    DealQuery m_query;
    QList<DealSummary> m_rows;
    bool m_atEnd = true;
    bool m_changing = false; ///< inside reload() or fetchMore(), while their signals are delivered
    bool m_viewsFetch = true;
};

} // namespace Triplewin::Core
