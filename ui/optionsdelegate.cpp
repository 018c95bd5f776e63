#include "optionsdelegate.h"

#include "resultcolours.h"

#include <core/domain/amount.h>
#include <core/models/optionsbypartymodel.h>
#include <core/models/optionsmodel.h>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QToolTip>

namespace Triplewin::Ui {

using Core::OptionsModel;

namespace {

/// @p index as a cell of the OptionsModel behind any proxy the view shows it through (OptionsByPartyModel).
QModelIndex optionsCell(const QModelIndex &index)
{
    QModelIndex cell = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(cell.model()))
        cell = proxy->mapToSource(cell);
    return cell;
}

bool isAmountCell(const QModelIndex &cell)
{
    if (!qobject_cast<const OptionsModel *>(cell.model()) || !OptionsModel::partyOf(cell.column()))
        return false;
    const int offset = OptionsModel::offsetOf(cell.column());
    return offset == OptionsModel::ValueOffset || offset == OptionsModel::ReferenceOffset;
}

} // namespace

OptionsDelegate::OptionsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *OptionsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    const QModelIndex cell = optionsCell(index);
    if (!line || !isAmountCell(cell))
        return editor;
    line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    line->setProperty("triplewinAmount", true);
    const Core::Party party = *OptionsModel::partyOf(cell.column());
    line->setPlaceholderText(OptionsModel::offsetOf(cell.column()) == OptionsModel::ValueOffset
                                 ? tr("not assessed")
                                 : Core::referencePointName(party));
    // Preview every keystroke, so the results and the chart follow the keyboard; commit only when the edit ends.
    // From the first keystroke on, the text is the user's: setEditorData() leaves it alone.
    auto *model = qobject_cast<OptionsModel *>(const_cast<QAbstractItemModel *>(cell.model()));
    if (model)
        line->setProperty("triplewinLocale", model->locale());
    const QPersistentModelIndex typedCell(cell);
    connect(line, &QLineEdit::textEdited, line, [model, typedCell, line](const QString &text) {
        line->setProperty("triplewinTyped", true);
        if (model && typedCell.isValid())
            model->previewAmount(typedCell, text);
    });
    return editor;
}

void OptionsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (editor->property("triplewinTyped").toBool())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

bool OptionsDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *line = qobject_cast<QLineEdit *>(object);
    if (line && line->property("triplewinAmount").toBool() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            const QVariant locale = line->property("triplewinLocale");
            const Core::AmountParse parsed =
                Core::parseAmount(line->text(), locale.isValid() ? locale.value<QLocale>() : QLocale());
            if (!parsed.ok()) {
                QToolTip::showText(line->mapToGlobal(QPoint(0, line->height())), parsed.error, line);
                return true; // stay in the field: nothing typed is lost
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void OptionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Rows of one option share a background, alternating by option, with a line above each option.
    const int optionNumber = Core::OptionsByPartyModel::optionOf(index.row());
    const bool byParty = qobject_cast<const Core::OptionsByPartyModel *>(index.model());
    if (byParty) {
        if (optionNumber % 2 == 1)
            painter->fillRect(option.rect, option.palette.alternateBase());
        if (index.row() > 0 && index.data(Core::OptionsByPartyModel::FirstRowOfOptionRole).toBool()) {
            painter->save();
            painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
            painter->drawLine(option.rect.topLeft(), option.rect.topRight());
            painter->restore();
        }
    }
    if (byParty && index.column() == Core::OptionsByPartyModel::OptionColumn) {
        paintOption(painter, option, index);
        return;
    }
    const QVariant result = index.data(OptionsModel::ResultRole);
    const QVariant outcome = index.data(OptionsModel::OutcomeRole);
    if (!result.isValid() && !outcome.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        const QString placeholder = index.data(Core::OptionsByPartyModel::PlaceholderRole).toString();
        if (!placeholder.isEmpty() && index.data().toString().isEmpty()) {
            // An empty reference point says which one it is, in the grey of a line edit's placeholder.
            painter->save();
            QFont font = option.font;
            font.setItalic(true);
            painter->setFont(font);
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
            const QRect text = option.rect.adjusted(4, 0, -4, 0);
            painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                              QFontMetrics(font).elidedText(placeholder, Qt::ElideRight, text.width()));
            painter->restore();
        }
        return;
    }
    const QString text = paintWithoutText(painter, option, index);
    const ResultColours colours = result.isValid()
                                      ? ResultColours::forResult(Core::Result(result.toInt()), option.palette)
                                      : ResultColours::forOutcome(Core::Outcome(outcome.toInt()), option.palette);
    drawBadge(painter, option.rect.adjusted(4, 3, -4, -3), colours, text, option.font);
}

void OptionsDelegate::paintOption(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The option's cell spans its rows: its name on top (wrapped over the rows it has), its outcome as a badge in
    // the last row, so the verdict sits beside the option without a column of its own.
    // What the option matrix warns of (dominated, below a walk-away) takes the line above the badge, in italics.
    const QString name = paintWithoutText(painter, option, index);
    const int line = option.fontMetrics.height() + 8;
    const QModelIndex outcomeCell = index.siblingAtColumn(Core::OptionsByPartyModel::OutcomeColumn);
    const QStringList warnings = outcomeCell.data(OptionsModel::MarksRole).toStringList();
    // The cell spans its option's three rows: the name takes the first, the warnings the second.
    const int third = option.rect.height() / 3;
    const bool warn = !warnings.isEmpty() && third >= option.fontMetrics.height();
    QRect nameRect = option.rect.adjusted(6, 4, -4, 0);
    nameRect.setBottom(warn ? option.rect.top() + third
                            : std::max(nameRect.top() + line - 4, option.rect.bottom() - line));
    painter->save();
    painter->setClipRect(nameRect);
    painter->setPen(
        option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    // With a warning under it the name has one line: shortened, not cut through (the tooltip has it whole).
    if (warn)
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignTop,
                          option.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    else
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name);
    painter->restore();

    if (warn) {
        painter->save();
        QFont font = option.font;
        font.setItalic(true);
        painter->setFont(font);
        painter->setPen(
            option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect warningRect(option.rect.left() + 6, option.rect.top() + third, option.rect.width() - 10, third);
        // In words where the cell has room ("Below walk-away for your customer", "Dominated by option 2: …"), else
        // the short marks (the tooltip has the words).
        const QFontMetrics metrics(font);
        const QString sentences =
            outcomeCell.data(OptionsModel::WarningsRole).toStringList().join(QStringLiteral(" · "));
        const QString shown =
            metrics.horizontalAdvance(sentences) <= warningRect.width()
                ? sentences
                : metrics.elidedText(warnings.join(QStringLiteral(" · ")), Qt::ElideRight, warningRect.width());
        painter->drawText(warningRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
        painter->restore();
    }
    const QVariant outcome = outcomeCell.data(OptionsModel::OutcomeRole);
    if (!outcome.isValid() || option.rect.height() < 2 * line)
        return;
    const QRect badge(option.rect.left() + 4, option.rect.bottom() - line + 3, option.rect.width() - 8, line - 6);
    drawBadge(painter, badge, ResultColours::forOutcome(Core::Outcome(outcome.toInt()), option.palette),
              outcomeCell.data().toString(), option.font);
}

QString OptionsDelegate::paintWithoutText(QPainter *painter, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QString text = base.text;
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);
    return text;
}

void OptionsDelegate::drawBadge(QPainter *painter, QRect rect, const ResultColours &colours, const QString &text,
                                const QFont &font)
{
    // One line high, at the top of a cell that may span several rows.
    rect.setHeight(std::min(rect.height(), QFontMetrics(font).height() + 6));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.background);
    painter->drawRoundedRect(rect, 4, 4);
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(colours.foreground);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

void OptionsDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // A name is typed on one line, at the top of the option's cell, not in a box as tall as its three rows.
    if (index.column() == Core::OptionsByPartyModel::OptionColumn &&
        qobject_cast<const Core::OptionsByPartyModel *>(index.model())) {
        QRect rect = editor->geometry();
        rect.setHeight(std::min(rect.height(), editor->sizeHint().height()));
        editor->setGeometry(rect);
    }
}

QSize OptionsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 12;
    size.rheight() = std::max(size.height(), option.fontMetrics.height() + 12);
    return size;
}

} // namespace Triplewin::Ui
