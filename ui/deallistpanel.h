#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;
class QTreeView;
QT_END_NAMESPACE

namespace Triplewin::Core {
class DealListModel;
}

namespace Triplewin::Ui {

/// The list of saved deals with a search field and a status filter.
class DealListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealListPanel)

public:
    explicit DealListPanel(Core::DealListModel *model, QWidget *parent = nullptr);

    /// Selects deal @p id if it is in the list (0 clears the selection), without emitting dealActivated().
    void selectDeal(qint64 id);
    qint64 selectedDealId() const;
    void focusSearch();
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// The user picked a deal.
    void dealActivated(qint64 id);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateEmptyState();
    /// The customer column as wide as the names on screen, within two fifths of the list's width.
    void fitCustomerColumn();
    /// Fetches the next page when the view shows its last row.
    void fetchIfAtEnd();

    Core::DealListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_empty;
    QTimer *m_debounce;
    bool m_selecting = false;
    bool m_clearButtonPending = false;
};

} // namespace Triplewin::Ui
