#include "deallistpanel.h"

#include "accessiblenames.h"

#include <algorithm>
#include <core/models/deallistmodel.h>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using Core::DealListModel;
using Core::DealStatus;

DealListPanel::DealListPanel(DealListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("dealSearch"));
    m_search->setAccessibleName(tr("Search deals by title or customer"));
    m_search->setPlaceholderText(tr("Search title or customer (Ctrl+F)"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    for (DealStatus status :
         {DealStatus::Preparing, DealStatus::Negotiating, DealStatus::Closed, DealStatus::WalkedAway})
        m_status->addItem(Core::statusName(status), int(status));

    m_view->setObjectName(QStringLiteral("dealList"));
    m_view->setAccessibleName(tr("Deals"));
    m_view->setModel(m_model);
    // The next page is fetched when the last row loaded comes into view (scrolled, paged or keyed down to), not at
    // each of the view's layouts (see DealListModel::setViewsFetch()).
    m_model->setViewsFetch(false);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DealListModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DealListModel::CustomerColumn, QHeaderView::Fixed);
    m_view->setColumnHidden(DealListModel::UpdatedColumn, true);
    // The customer column fits the rows on screen, not all the rows loaded (measuring 200 rows' text was a fifth of
    // the window's start-up), up to a limit (fitCustomerColumn()). The status column fits its widest word, whichever
    // rows are on screen.
    m_view->header()->setResizeContentsPrecision(0);
    int statusWidth = m_view->header()->sectionSizeHint(DealListModel::StatusColumn);
    const int margins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 8;
    for (DealStatus status :
         {DealStatus::Preparing, DealStatus::Negotiating, DealStatus::Closed, DealStatus::WalkedAway})
        statusWidth =
            std::max(statusWidth, m_view->fontMetrics().horizontalAdvance(Core::statusName(status)) + margins);
    m_view->header()->setSectionResizeMode(DealListModel::StatusColumn, QHeaderView::Fixed);
    m_view->header()->resizeSection(DealListModel::StatusColumn, statusWidth);

    m_empty->setObjectName(QStringLiteral("dealListEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    // Filter after a short pause in typing, not on every key.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &DealListPanel::applyFilter);
    // Down, Enter or Return in the search go on to what it found (DealListPanel::eventFilter()).
    m_search->installEventFilter(this);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DealListPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    Q_EMIT dealActivated(m_model->dealIdAt(current.row()));
            });
    // Queued: the scroll bar changes inside the view's own layout, and is read again once that is done.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &DealListPanel::fetchIfAtEnd,
            Qt::QueuedConnection);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &DealListPanel::fetchIfAtEnd,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DealListPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DealListPanel::updateEmptyState);
    updateEmptyState();
    // Queued: the rows on screen are known once the view has laid out the new ones.
    connect(m_model, &QAbstractItemModel::modelReset, this, &DealListPanel::fitCustomerColumn, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DealListPanel::fitCustomerColumn, Qt::QueuedConnection);
    m_view->installEventFilter(this);
}

void DealListPanel::fitCustomerColumn()
{
    // As wide as the customers' names on screen, but never more than two fifths of the room beside the status: the
    // title, what a deal is known by, keeps the rest (at 1280x720 in Spanish it had been left 36 px, "Ha…").
    QHeaderView *header = m_view->header();
    const int contents =
        std::max(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(DealListModel::CustomerColumn),
                 header->sectionSizeHint(DealListModel::CustomerColumn));
    const int room = m_view->viewport()->width() - header->sectionSize(DealListModel::StatusColumn);
    const int least = header->minimumSectionSize();
    header->resizeSection(DealListModel::CustomerColumn, std::clamp(contents, least, std::max(least, room * 2 / 5)));
}

void DealListPanel::applyFilter()
{
    Core::DealQuery query = m_model->query();
    query.search = m_search->text();
    const int status = m_status->currentData().toInt();
    query.status = status < 0 ? std::nullopt : std::optional<DealStatus>(DealStatus(status));
    const qint64 selected = selectedDealId();
    m_model->setQuery(query);
    selectDeal(selected);
}

void DealListPanel::fetchIfAtEnd()
{
    // The last row loaded is in view, even in part: at the bottom, or a list too short to scroll. (Not "the scroll
    // bar at its maximum": a horizontal scroll bar coming as the user pressed End adds a row to the range, and the
    // last row, half shown, never fetched the next page.)
    const int rows = m_model->rowCount();
    if (rows == 0 || !m_model->hasMorePages())
        return;
    const QRect last = m_view->visualRect(m_model->index(rows - 1, DealListModel::TitleColumn));
    if (last.isValid() && last.top() < m_view->viewport()->height())
        m_model->fetchNextPage();
}

void DealListPanel::updateEmptyState()
{
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_status->currentIndex() > 0;
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_empty->setText(filtered ? tr("No deal matches this search.") : tr("No saved deals yet."));
    m_stack->setCurrentWidget(m_empty);
}

bool DealListPanel::event(QEvent *event)
{
    // The clear button's icon is the style's, and loading it loads every image-format plugin: 4% of the start-up to
    // the first paint (issue 14). The button shows only once something is typed, so it is added after that paint.
    if (event->type() == QEvent::Paint && !m_clearButtonPending && !m_search->isClearButtonEnabled()) {
        m_clearButtonPending = true;
        QTimer::singleShot(0, this, [this] {
            m_search->setClearButtonEnabled(true);
            nameClearButton(m_search, tr("Clear the search"));
        });
    }
    return QWidget::event(event);
}

bool DealListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The view, not its viewport: a horizontal scroll bar coming or going (the viewport's height) changes nothing
    // here. Queued: the viewport has its new width once the view has handled its resize.
    if (watched == m_view && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &DealListPanel::fitCustomerColumn, Qt::QueuedConnection);
    // From the search, Down, Enter or Return go on to what it found, as in a file dialog: the list takes the keyboard
    // and its first deal (or the one already chosen) is current, which opens it. Typed too fast for the pause, the
    // search is applied first.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_debounce->isActive()) {
                m_debounce->stop();
                applyFilter();
            }
            if (m_model->rowCount() == 0)
                return false;
            m_view->setFocus(Qt::ShortcutFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, DealListModel::TitleColumn));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DealListPanel::selectDeal(qint64 id)
{
    m_selecting = true;
    const int row = id ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        m_view->selectionModel()->clear();
    m_selecting = false;
}

qint64 DealListPanel::selectedDealId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->dealIdAt(current.row()) : 0;
}

void DealListPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace Triplewin::Ui
