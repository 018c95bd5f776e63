#include "optionsdelegate.h"

#include "resultcolours.h"

#include <core/domain/amount.h>
#include <core/models/optionsmodel.h>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QToolTip>

namespace Triplewin::Ui {

using Core::OptionsModel;

namespace {

bool isAmountColumn(int column)
{
    if (!OptionsModel::partyOf(column))
        return false;
    const int offset = OptionsModel::offsetOf(column);
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
    if (!line || !isAmountColumn(index.column()))
        return editor;
    line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    line->setProperty("triplewinAmount", true);
    line->setPlaceholderText(
        index.column() == OptionsModel::columnFor(*OptionsModel::partyOf(index.column()), OptionsModel::ValueOffset)
            ? tr("unknown")
            : QStringLiteral("0"));
    // Preview every keystroke, so the results and the chart follow the keyboard; commit only when the edit ends.
    // From the first keystroke on, the text is the user's: setEditorData() leaves it alone.
    auto *model = qobject_cast<OptionsModel *>(const_cast<QAbstractItemModel *>(index.model()));
    if (model)
        line->setProperty("triplewinLocale", model->locale());
    const QPersistentModelIndex cell(index);
    connect(line, &QLineEdit::textEdited, line, [model, cell, line](const QString &text) {
        line->setProperty("triplewinTyped", true);
        if (model && cell.isValid())
            model->previewAmount(cell, text);
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
    const QVariant result = index.data(OptionsModel::ResultRole);
    const QVariant outcome = index.data(OptionsModel::OutcomeRole);
    if (!result.isValid() && !outcome.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QString text = base.text;
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const ResultColours colours = result.isValid()
                                      ? ResultColours::forResult(Core::Result(result.toInt()), option.palette)
                                      : ResultColours::forOutcome(Core::Outcome(outcome.toInt()), option.palette);
    const QRect badge = option.rect.adjusted(4, 3, -4, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.background);
    painter->drawRoundedRect(badge, 4, 4);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(colours.foreground);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize OptionsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 12;
    size.rheight() = std::max(size.height(), option.fontMetrics.height() + 12);
    return size;
}

} // namespace Triplewin::Ui
