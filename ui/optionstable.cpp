#include "optionstable.h"

#include "changecommand.h"
#include "optionsdelegate.h"

#include <algorithm>
#include <core/domain/amount.h>
#include <core/domain/classification.h>
#include <core/domain/optionanalysis.h>
#include <core/models/optionsbypartymodel.h>
#include <core/models/optionsmodel.h>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using Core::DealOption;
using Core::OptionsByPartyModel;
using Core::OptionsModel;

namespace {

/// A table view that can commit its open editor on request (QAbstractItemView::commitData is protected).
class OptionsView final : public QTableView
{
public:
    using QTableView::QTableView;

    /// Commits and closes the open cell editor; false when there was one and the model refused its text.
    bool commitOpenEditor(Core::OptionsModel *model)
    {
        if (state() != QAbstractItemView::EditingState)
            return true;
        QWidget *editor = indexWidget(currentIndex());
        if (!editor)
            return true;
        bool refused = false;
        const QMetaObject::Connection watch =
            connect(model, &Core::OptionsModel::inputRejected, editor, [&refused] { refused = true; });
        commitData(editor);
        disconnect(watch);
        if (refused) {
            editor->setFocus();
            return false;
        }
        closeEditor(editor, QAbstractItemDelegate::NoHint);
        return true;
    }

protected:
    /// Tab and Shift+Tab skip the read-only cells (results, outcome): they only say what the typed cells mean.
    /// Like QTableView, Tab wraps from the end of a row to the next one, and from the last cell to the first.
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        const QModelIndex current = currentIndex();
        if ((action != MoveNext && action != MovePrevious) || !model() || !current.isValid())
            return QTableView::moveCursor(action, modifiers);
        const int columns = model()->columnCount(rootIndex());
        const int cells = model()->rowCount(rootIndex()) * columns;
        const int step = action == MoveNext ? 1 : -1;
        int cell = current.row() * columns + current.column();
        for (int i = 0; i < cells; ++i) {
            cell = (cell + step + cells) % cells;
            const QModelIndex candidate = model()->index(cell / columns, cell % columns, rootIndex());
            if (!isColumnHidden(candidate.column()) && (candidate.flags() & Qt::ItemIsEditable))
                return candidate;
        }
        return current;
    }
};

} // namespace

OptionsTable::OptionsTable(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_model(new OptionsModel(this))
    , m_rows(new OptionsByPartyModel(m_model, this))
    , m_view(new OptionsView(this))
    , m_addButton(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add option"), this))
    , m_removeButton(new QPushButton(QIcon(QStringLiteral(":/icons/remove.svg")), tr("&Remove option"), this))
{
    m_view->setObjectName(QStringLiteral("optionsView"));
    m_view->setAccessibleName(tr("Options"));
    m_view->setModel(m_rows);
    m_view->setItemDelegate(new OptionsDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(true);
    m_view->setWordWrap(true); // an option's name may wrap within the three rows it spans
    // Options alternate their background as a whole (OptionsDelegate), not row by row.
    m_view->setAlternatingRowColors(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true); // the reason takes what is left
    // Column widths for the widest usual content, so that four options of a deal read without scrolling sideways
    // on a 1366x768 screen (the editor gets about 640 pixels there).
    const QFontMetrics metrics = fontMetrics();
    const auto widthFor = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    // The outcome is drawn under the option's name (OptionsDelegate), in the cell that spans its rows.
    m_view->setColumnHidden(OptionsByPartyModel::OutcomeColumn, true);
    // Wide enough for a usual name and for the marks drawn under it in italics ("Below walk-away").
    QFont italic = font();
    italic.setItalic(true);
    const QFontMetrics italicMetrics(italic);
    // The outcome's badge under the name is always read whole ("ganar-ganar-ganar"); the name wraps, and where the
    // table has no room for the rest (fitOptionColumn()) the marks are shortened (the tooltip has them whole).
    QFont boldFont = font();
    boldFont.setBold(true);
    int badge = 0;
    for (Core::Outcome outcome : Core::AllOutcomes)
        badge = std::max(badge, QFontMetrics(boldFont).horizontalAdvance(Core::outcomeName(outcome)) + 24);
    m_optionFloor = std::max(widthFor(QStringLiteral("Two-year")), badge);
    m_optionWidth = std::max({widthFor(QStringLiteral("Two-year term")) + 8, m_optionFloor,
                              italicMetrics.horizontalAdvance(Core::belowWalkAwayMark()) + 14,
                              italicMetrics.horizontalAdvance(Core::dominatedMark(98)) + 14});
    m_view->setColumnWidth(OptionsByPartyModel::OptionColumn, m_optionWidth);
    int partyWidth = 0;
    for (Core::Party party : Core::AllParties)
        partyWidth = std::max(partyWidth, widthFor(Core::partyName(party)));
    m_view->setColumnWidth(OptionsByPartyModel::PartyColumn, partyWidth);
    // Amounts up to millions with cents, in the user's locale, are seen whole.
    const QString widestAmount = Core::formatAmount(-999'999'999, QLocale());
    m_view->setColumnWidth(OptionsByPartyModel::ValueColumn, metrics.horizontalAdvance(widestAmount) + 10);
    m_view->setColumnWidth(OptionsByPartyModel::ReferenceColumn, metrics.horizontalAdvance(widestAmount) + 10);
    // The widest result word in the user's language, bold in its badge ("ausgeglichen" is twice "even").
    QFont bold = font();
    bold.setBold(true);
    int resultWidth = 0;
    for (Core::Result result : {Core::Result::Unknown, Core::Result::Lose, Core::Result::Even, Core::Result::Win})
        resultWidth = std::max(resultWidth, QFontMetrics(bold).horizontalAdvance(Core::resultName(result)) + 20);
    m_view->setColumnWidth(OptionsByPartyModel::ResultColumn, resultWidth);
    m_view->horizontalHeader()->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("Reason")) + 16);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_view->viewport()->installEventFilter(this);

    m_addButton->setObjectName(QStringLiteral("addOptionButton"));
    m_addButton->setToolTip(tr("Add an option (Ctrl+Shift+A)"));
    m_addButton->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_removeButton->setObjectName(QStringLiteral("removeOptionButton"));
    m_removeButton->setToolTip(tr("Remove the selected option (Ctrl+Shift+Delete); Undo brings it back"));
    m_removeButton->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Del")));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &OptionsTable::addOption);
    connect(m_removeButton, &QPushButton::clicked, this, &OptionsTable::removeSelectedOption);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OptionsTable::updateButtons);
    // The option's name (and under it its outcome) spans its three rows; QTableView keeps spans by position, so they
    // are laid again whenever options come or go.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_rows, signal, this, &OptionsTable::updateSpans);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &OptionsTable::updateSpans);
    connect(m_model, &OptionsModel::inputRejected, this, [this](const QModelIndex &index, const QString &message) {
        const QString option = m_model->index(index.row(), OptionsModel::NameColumn).data().toString();
        const QString column = m_model->headerData(index.column(), Qt::Horizontal).toString().replace(u'\n', u' ');
        Q_EMIT inputRejected(tr("Option “%1”, %2: %3").arg(option, column, message));
    });
    connect(m_model, &OptionsModel::optionsChanged, this, [this] {
        if (!m_applyingUndo)
            recordChange(tr("Edit option"));
        Q_EMIT optionsChanged();
    });
    // An amount being typed: the results and the chart follow it, but it is no edit (and no undo step) yet.
    connect(m_model, &OptionsModel::previewChanged, this, &OptionsTable::optionsChanged);
    updateButtons();
}

bool OptionsTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitOptionColumn();
    return QWidget::eventFilter(watched, event);
}

void OptionsTable::fitOptionColumn()
{
    // Every column in view without scrolling sideways where the room allows (Spanish and German party names and
    // result words are wider): the option's column gives up what the others and the reason's heading need.
    const QHeaderView *header = m_view->horizontalHeader();
    int others = header->sectionSizeHint(OptionsByPartyModel::ReasonColumn);
    for (int column : {OptionsByPartyModel::PartyColumn, OptionsByPartyModel::ValueColumn,
                       OptionsByPartyModel::ReferenceColumn, OptionsByPartyModel::ResultColumn})
        others += header->sectionSize(column);
    const int room = m_view->viewport()->width() - others;
    m_view->setColumnWidth(OptionsByPartyModel::OptionColumn, std::clamp(room, m_optionFloor, m_optionWidth));
}

void OptionsTable::setOptions(const QList<DealOption> &options)
{
    m_model->setOptions(options);
    m_snapshot = options;
    updateButtons();
    Q_EMIT optionsChanged();
}

QList<DealOption> OptionsTable::options() const
{
    return m_model->options();
}

void OptionsTable::recordChange(const QString &text)
{
    const QList<DealOption> after = m_model->options();
    if (after == m_snapshot)
        return;
    auto apply = [this](const QList<DealOption> &options) {
        m_applyingUndo = true;
        m_model->setOptions(options);
        m_snapshot = options;
        m_applyingUndo = false;
        updateButtons();
        Q_EMIT optionsChanged();
    };
    m_undoStack->push(new ChangeCommand<QList<DealOption>>(apply, m_snapshot, after, text));
    m_snapshot = after;
}

bool OptionsTable::commitPendingEdit()
{
    return static_cast<OptionsView *>(m_view)->commitOpenEditor(m_model);
}

void OptionsTable::addOption()
{
    if (!commitPendingEdit())
        return;
    // A name no other option has, so every option can be told apart in the chart.
    int number = m_model->rowCount() + 1;
    const auto taken = [this](const QString &name) {
        for (const DealOption &option : m_model->options()) {
            if (option.name == name)
                return true;
        }
        return false;
    };
    while (taken(tr("Option %1").arg(number)))
        ++number;
    m_applyingUndo = true; // recorded below with its own text
    const int row = m_model->appendOption(tr("Option %1").arg(number));
    m_applyingUndo = false;
    recordChange(tr("Add option"));
    const QModelIndex name = viewIndex(m_model->index(row, OptionsModel::NameColumn));
    m_view->setCurrentIndex(name);
    m_view->setFocus();
    m_view->edit(name);
    updateButtons();
}

void OptionsTable::removeSelectedOption()
{
    if (!commitPendingEdit())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int option = OptionsByPartyModel::optionOf(current.row());
    const QString name = m_model->index(option, OptionsModel::NameColumn).data().toString();
    m_applyingUndo = true;
    m_model->removeRows(option, 1);
    m_applyingUndo = false;
    recordChange(tr("Remove option “%1”").arg(name));
    updateButtons();
}

QModelIndex OptionsTable::viewIndex(const QModelIndex &cell) const
{
    return m_rows->mapFromSource(cell);
}

void OptionsTable::updateSpans()
{
    m_view->clearSpans();
    for (int option = 0; option < m_model->rowCount(); ++option) {
        const int row = OptionsByPartyModel::firstRowOf(option);
        m_view->setSpan(row, OptionsByPartyModel::OptionColumn, Core::PartyCount, 1);
    }
}

void OptionsTable::updateButtons()
{
    m_removeButton->setEnabled(m_view->currentIndex().isValid() && m_model->rowCount() > 0);
}

} // namespace Triplewin::Ui
