#include "optionsmodel.h"

#include "../domain/amount.h"
#include "../domain/optionanalysis.h"

#include <QCoreApplication>

namespace Triplewin::Core {

OptionsModel::OptionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(this, &OptionsModel::optionsChanged, this, &OptionsModel::emitWarningsChanged);
    connect(this, &OptionsModel::previewChanged, this, &OptionsModel::emitWarningsChanged);
}

void OptionsModel::emitWarningsChanged()
{
    if (!m_options.isEmpty())
        Q_EMIT dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, OutcomeColumn),
                           {WarningsRole, MarksRole, DominatorRole, Qt::ToolTipRole});
}

std::optional<Party> OptionsModel::partyOf(int column)
{
    if (column < FirstPartyColumn || column >= ColumnCount)
        return std::nullopt;
    return AllParties[std::size_t((column - FirstPartyColumn) / ColumnsPerParty)];
}

void OptionsModel::setOptions(const QList<DealOption> &options)
{
    m_preview.reset();
    beginResetModel();
    m_options = options;
    endResetModel();
}

void OptionsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_options.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OptionsModel::appendOption(const QString &name)
{
    DealOption option;
    option.name = name;
    // A walk-away point rarely depends on the option: a new option starts from the one above's reference points
    // (none for the first option: nothing is assumed, a 0 included).
    if (!m_options.isEmpty()) {
        for (Party party : AllParties)
            option.assessment(party).referencePoint = m_options.constLast().assessment(party).referencePoint;
    }
    const int row = rowCount();
    insertOption(row, option);
    return row;
}

void OptionsModel::insertOption(int row, const DealOption &option)
{
    restorePreview();
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row);
    m_options.insert(row, option);
    endInsertRows();
    Q_EMIT optionsChanged();
}

int OptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

int OptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealOption &option = m_options.at(index.row());
    const int column = index.column();
    if (role == PartyRole) {
        const std::optional<Party> party = partyOf(column);
        return party ? partyIndex(*party) : -1;
    }
    if (column == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return option.name;
        return {};
    }
    if (column == OutcomeColumn) {
        const Outcome outcome = outcomeOf(option);
        switch (role) {
        case Qt::DisplayRole:
            return outcomeName(outcome);
        case Qt::ToolTipRole: {
            QStringList lines{outcomeExplanation(outcome)};
            lines << optionWarnings(m_options, index.row());
            return lines.join(u'\n');
        }
        case OutcomeRole:
            return int(outcome);
        case WarningsRole:
            return optionWarnings(m_options, index.row());
        case MarksRole:
            return optionMarks(m_options, index.row());
        case DominatorRole:
            return dominators(m_options).at(index.row()).value_or(-1);
        default:
            return {};
        }
    }
    return partyData(option, *partyOf(column), offsetOf(column), role);
}

QVariant OptionsModel::partyData(const DealOption &option, Party party, int offset, int role) const
{
    const Assessment &assessment = option.assessment(party);
    switch (offset) {
    case ValueOffset:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return assessment.value ? formatAmount(*assessment.value, m_locale) : QString();
        if (role == Qt::ToolTipRole && !assessment.value)
            return QCoreApplication::translate("Triplewin::Core::OptionsModel", "Not assessed yet: type an estimate.");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ReferenceOffset:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return assessment.referencePoint ? formatAmount(*assessment.referencePoint, m_locale) : QString();
        if (role == Qt::ToolTipRole && !assessment.referencePoint)
            return QCoreApplication::translate("Triplewin::Core::OptionsModel",
                                               "Not assessed yet: type the %1 (0 is a figure too).")
                .arg(referencePointName(party));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ResultOffset: {
        const Result result = classify(assessment);
        if (role == Qt::DisplayRole)
            return resultName(result);
        if (role == ResultRole)
            return int(result);
        if (role == Qt::ToolTipRole && result != Result::Unknown)
            return QCoreApplication::translate("Triplewin::Core::OptionsModel",
                                               "%1 against a %2 of %3 (even within ±%4)")
                .arg(formatAmount(*assessment.value, m_locale), referencePointName(party),
                     formatAmount(*assessment.referencePoint, m_locale),
                     formatAmount(Tolerance::bandFor(*assessment.referencePoint), m_locale));
        if (role == Qt::ToolTipRole)
            return QCoreApplication::translate("Triplewin::Core::OptionsModel",
                                               "No result until both the value and the %1 are entered.")
                .arg(referencePointName(party));
        return {};
    }
    case ReasonOffset:
        if (role == Qt::DisplayRole || role == Qt::EditRole ||
            (role == Qt::ToolTipRole && !assessment.reason.isEmpty()))
            return assessment.reason;
        return {};
    }
    return {};
}

bool OptionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    DealOption &option = m_options[index.row()];
    const int column = index.column();
    if (column == NameColumn) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) {
            Q_EMIT inputRejected(
                index, QCoreApplication::translate("Triplewin::Core::OptionsModel", "An option needs a name."));
            return false;
        }
        if (name == option.name)
            return true;
        option.name = name;
        emitCellChanged(index);
        return true;
    }
    const std::optional<Party> party = partyOf(column);
    if (!party)
        return false;
    Assessment &assessment = option.assessment(*party);
    switch (offsetOf(column)) {
    case ValueOffset:
    case ReferenceOffset: {
        // A commit ends the preview: compare with, and undo from, the value before the typing started.
        const bool previewed = m_preview && m_preview->row == index.row() && m_preview->column == column;
        if (previewed)
            restorePreview();
        const AmountParse parsed = parseAmount(value.toString(), m_locale);
        if (!parsed.ok()) {
            if (previewed)
                emitPreviewChanged(index.row(), column);
            Q_EMIT inputRejected(index, parsed.error);
            return false;
        }
        const bool unchanged = offsetOf(column) == ValueOffset ? assessment.value == parsed.value
                                                               : assessment.referencePoint == parsed.value;
        if (unchanged) {
            if (previewed)
                emitPreviewChanged(index.row(), column);
            return true;
        }
        if (offsetOf(column) == ValueOffset)
            assessment.value = parsed.value;
        else
            assessment.referencePoint = parsed.value;
        break;
    }
    case ReasonOffset:
        if (assessment.reason == value.toString())
            return true;
        assessment.reason = value.toString();
        break;
    default:
        return false;
    }
    emitCellChanged(index);
    return true;
}

void OptionsModel::emitCellChanged(const QModelIndex &cell)
{
    // The whole row: results and the outcome follow from any cell.
    Q_EMIT dataChanged(index(cell.row(), 0), index(cell.row(), ColumnCount - 1));
    Q_EMIT cellEdited(cell.row(), cell.column());
    Q_EMIT optionsChanged();
}

AmountParse OptionsModel::previewAmount(const QModelIndex &cell, const QString &text)
{
    const AmountParse parsed = parseAmount(text, m_locale);
    if (!checkIndex(cell, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return parsed;
    const std::optional<Party> party = partyOf(cell.column());
    const int offset = party ? offsetOf(cell.column()) : -1;
    if (offset != ValueOffset && offset != ReferenceOffset)
        return parsed;
    if (!m_preview || m_preview->row != cell.row() || m_preview->column != cell.column()) {
        restorePreview();
        m_preview = Preview{cell.row(), cell.column(), m_options.at(cell.row())};
    }
    Assessment &assessment = m_options[cell.row()].assessment(*party);
    const Assessment &original = m_preview->original.assessment(*party);
    if (offset == ValueOffset)
        assessment.value = parsed.ok() ? parsed.value : original.value;
    else
        assessment.referencePoint = parsed.ok() ? parsed.value : original.referencePoint;
    emitPreviewChanged(cell.row(), cell.column());
    return parsed;
}

void OptionsModel::revert()
{
    if (!m_preview)
        return;
    const int row = m_preview->row;
    restorePreview();
    // The editor is gone by now (QAbstractItemView closes it before reverting): the whole row may repaint.
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT previewChanged();
}

bool OptionsModel::submit()
{
    m_preview.reset();
    return true;
}

bool OptionsModel::restorePreview()
{
    if (!m_preview)
        return false;
    if (m_preview->row < m_options.size())
        m_options[m_preview->row] = m_preview->original;
    m_preview.reset();
    return true;
}

void OptionsModel::emitPreviewChanged(int row, int column)
{
    if (column > 0)
        Q_EMIT dataChanged(index(row, 0), index(row, column - 1));
    if (column < ColumnCount - 1)
        Q_EMIT dataChanged(index(row, column + 1), index(row, ColumnCount - 1));
    Q_EMIT previewChanged();
}

QVariant OptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == NameColumn)
        return QCoreApplication::translate("Triplewin::Core::OptionsModel", "Option");
    if (section == OutcomeColumn)
        return QCoreApplication::translate("Triplewin::Core::OptionsModel", "Outcome");
    const std::optional<Party> party = partyOf(section);
    if (!party)
        return {};
    QString what;
    switch (offsetOf(section)) {
    case ValueOffset:
        what = QCoreApplication::translate("Triplewin::Core::OptionsModel", "value");
        break;
    case ReferenceOffset:
        what = referencePointName(*party);
        break;
    case ResultOffset:
        what = QCoreApplication::translate("Triplewin::Core::OptionsModel", "result");
        break;
    case ReasonOffset:
        what = QCoreApplication::translate("Triplewin::Core::OptionsModel", "reason");
        break;
    }
    return QString(partyName(*party) + u'\n' + what);
}

Qt::ItemFlags OptionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const bool readOnly =
        index.column() == OutcomeColumn || (partyOf(index.column()) && offsetOf(index.column()) == ResultOffset);
    if (!readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool OptionsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    restorePreview();
    beginRemoveRows({}, row, row + count - 1);
    m_options.remove(row, count);
    endRemoveRows();
    Q_EMIT optionsChanged();
    return true;
}

} // namespace Triplewin::Core
