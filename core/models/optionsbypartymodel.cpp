#include "optionsbypartymodel.h"

#include <algorithm>
#include <QCoreApplication>

namespace Triplewin::Core {

namespace {

/// The column of each offset within a party's column group (OptionsModel::PartyColumnOffset order), both ways.
constexpr int PartyColumns[OptionsModel::ColumnsPerParty] = {
    OptionsByPartyModel::ValueColumn, OptionsByPartyModel::ReferenceColumn, OptionsByPartyModel::ResultColumn,
    OptionsByPartyModel::ReasonColumn};

/// The offset within a party's column group of column @p column, or -1 for the option's own columns.
int partyOffsetOf(int column)
{
    const auto *found = std::find(std::begin(PartyColumns), std::end(PartyColumns), column);
    return found == std::end(PartyColumns) ? -1 : int(found - std::begin(PartyColumns));
}

} // namespace

OptionsByPartyModel::OptionsByPartyModel(OptionsModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::dataChanged, this, &OptionsByPartyModel::forwardDataChanged);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first, int last) {
        beginInsertRows({}, firstRowOf(first), firstRowOf(last + 1) - 1);
    });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        beginRemoveRows({}, firstRowOf(first), firstRowOf(last + 1) - 1);
    });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            [this] { Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); });
}

QModelIndex OptionsByPartyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int option = optionOf(proxyIndex.row());
    const bool firstRow = proxyIndex.row() == firstRowOf(option);
    switch (proxyIndex.column()) {
    case OptionColumn:
        return firstRow ? m_source->index(option, OptionsModel::NameColumn) : QModelIndex();
    case OutcomeColumn:
        return firstRow ? m_source->index(option, OptionsModel::OutcomeColumn) : QModelIndex();
    case PartyColumn:
        return {};
    default:
        return m_source->index(
            option, OptionsModel::columnFor(partyOfRow(proxyIndex.row()), partyOffsetOf(proxyIndex.column())));
    }
}

QModelIndex OptionsByPartyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int option = sourceIndex.row();
    if (sourceIndex.column() == OptionsModel::NameColumn)
        return index(firstRowOf(option), OptionColumn);
    if (sourceIndex.column() == OptionsModel::OutcomeColumn)
        return index(firstRowOf(option), OutcomeColumn);
    const std::optional<Party> party = OptionsModel::partyOf(sourceIndex.column());
    if (!party)
        return {};
    return index(firstRowOf(option) + partyIndex(*party), PartyColumns[OptionsModel::offsetOf(sourceIndex.column())]);
}

QModelIndex OptionsByPartyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex OptionsByPartyModel::parent(const QModelIndex &) const
{
    return {};
}

int OptionsByPartyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->rowCount() * PartyCount;
}

int OptionsByPartyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptionsByPartyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Party party = partyOfRow(index.row());
    if (role == FirstRowOfOptionRole)
        return index.row() == firstRowOf(optionOf(index.row()));
    if (index.column() == PartyColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return partyName(party);
        case Qt::ToolTipRole:
            return QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel",
                                               "%1: the value of this option, against the %2")
                .arg(partyName(party), referencePointName(party));
        case OptionsModel::PartyRole:
            return int(party);
        default:
            return {};
        }
    }
    if (index.column() == ReferenceColumn && role == PlaceholderRole)
        return referencePointName(party);
    const QModelIndex source = mapToSource(index);
    if (!source.isValid())
        return {};
    if (role == Qt::AccessibleTextRole) {
        // A screen reader hears which option and party a cell is about, which the spans show to the eye.
        const QString option = m_source->index(source.row(), OptionsModel::NameColumn).data().toString();
        const QString text = source.data().toString();
        if (index.column() == OptionColumn) {
            QStringList parts{QStringLiteral("%1: %2").arg(option, outcomeText(source.row()))};
            parts << m_source->index(source.row(), OptionsModel::OutcomeColumn)
                         .data(OptionsModel::WarningsRole)
                         .toStringList();
            return parts.join(QStringLiteral(". "));
        }
        const QString header = headerData(index.column(), Qt::Horizontal).toString();
        if (index.column() == OutcomeColumn)
            return QStringLiteral("%1, %2: %3").arg(option, header, text);
        return QStringLiteral("%1, %2, %3: %4").arg(option, partyName(party), header, text);
    }
    if (role == Qt::ToolTipRole && index.column() == OptionColumn) {
        // A view may draw the outcome in the option's cell (OptionsDelegate): the tip explains both.
        const QString explanation = m_source->index(source.row(), OptionsModel::OutcomeColumn).data(role).toString();
        QString tip = QStringLiteral("%1 — %2").arg(source.data().toString(), outcomeText(source.row()));
        if (!explanation.isEmpty())
            tip += u'\n' + explanation;
        return tip;
    }
    return source.data(role);
}

QString OptionsByPartyModel::outcomeText(int option) const
{
    return m_source->index(option, OptionsModel::OutcomeColumn).data().toString();
}

QVariant OptionsByPartyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The option's number on its first row only: rows of one option share it.
        if (role == Qt::DisplayRole && section % PartyCount == 0)
            return optionOf(section) + 1;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case OptionColumn:
        return QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel", "Option");
    case OutcomeColumn:
        return tip ? QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel",
                                                 "What the option means for you and your customer together")
                   : QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel", "Outcome");
    case PartyColumn:
        return QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel", "Party");
    case ValueColumn:
        return tip ? QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel",
                                                 "What the option is worth to the party; empty when not assessed")
                   : QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel", "Value");
    case ReferenceColumn:
        return tip ? QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel",
                                                 "The party's reference point: your walk-away point, your "
                                                 "customer's best alternative, their customer's status quo")
                   : QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel", "Reference");
    case ResultColumn:
        return QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel", "Result");
    case ReasonColumn:
        return QCoreApplication::translate("Triplewin::Core::OptionsByPartyModel", "Reason");
    }
    return {};
}

Qt::ItemFlags OptionsByPartyModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const QModelIndex source = mapToSource(index);
    if (source.isValid())
        return m_source->flags(source);
    if (index.column() == PartyColumn)
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemNeverHasChildren; // under the option's name and outcome, which span its rows
}

void OptionsByPartyModel::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    // Cell by cell: the source leaves out the cell being typed in, and so must this model (a view would write the
    // model's text back into the open editor). A source row is a few cells, so this stays cheap.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
            const QModelIndex cell = mapFromSource(m_source->index(row, column));
            if (cell.isValid())
                Q_EMIT dataChanged(cell, cell, roles);
            // A view may draw the outcome in the option's cell (OptionsDelegate): that cell changes with it.
            if (column == OptionsModel::OutcomeColumn) {
                const QModelIndex option = index(firstRowOf(row), OptionColumn);
                Q_EMIT dataChanged(option, option, roles);
            }
        }
    }
}

} // namespace Triplewin::Core
