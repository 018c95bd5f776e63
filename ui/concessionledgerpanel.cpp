#include "concessionledgerpanel.h"

#include "changecommand.h"
#include "dateedit.h"
#include "dealeditor.h"

#include <core/models/concessionsmodel.h>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using Core::Concession;
using Core::ConcessionLedger;
using Core::ConcessionsModel;
using Core::Party;

namespace {

/// What the date field shows as "Not known".
const QDate NoDate(1900, 1, 1);

/// Marks an unreciprocated concession's row: its "traded for" in italics, the row tinted as a warning.
class LedgerDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(ConcessionsModel::UnreciprocatedRole).toBool())
            return;
        if (index.column() == ConcessionsModel::TradedForColumn)
            option->font.setItalic(true);
        option->backgroundBrush = ConcessionLedgerPanel::unreciprocatedTint();
    }
};

} // namespace

ConcessionDialog::ConcessionDialog(const Concession &concession, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_concession(concession)
    , m_date(new DateEdit(this))
    , m_by(new QComboBox(this))
    , m_what(new QLineEdit(this))
    , m_tradedFor(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(concession.what.isEmpty() ? tr("Add Concession") : tr("Change Concession"));
    m_date->setObjectName(QStringLiteral("concessionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // The earliest date stands for "not known" (a ledger from a file may have none): it is kept as none.
    m_date->setMinimumDate(NoDate);
    m_date->setSpecialValueText(tr("Not known"));
    const bool adding = concession.what.isEmpty();
    m_date->setDate(concession.date.isValid() ? concession.date : adding ? QDate::currentDate() : NoDate);
    m_by->setObjectName(QStringLiteral("concessionBy"));
    for (Party party : Core::AllParties)
        m_by->addItem(ConcessionsModel::byText(party), int(party));
    m_by->setCurrentIndex(Core::partyIndex(concession.by));
    m_what->setObjectName(QStringLiteral("concessionWhat"));
    m_what->setText(concession.what);
    m_what->setPlaceholderText(tr("e.g. free installation"));
    m_tradedFor->setObjectName(QStringLiteral("concessionTradedFor"));
    m_tradedFor->setText(concession.tradedFor);
    m_tradedFor->setPlaceholderText(tr("Nothing yet"));
    m_error->setObjectName(QStringLiteral("concessionError"));
    m_error->setWordWrap(true);
    // Said in the error's own colour, light or dark (DealEditor::errorTextColour()).
    QPalette errorPalette;
    errorPalette.setResolveMask(0);
    errorPalette.setColor(QPalette::WindowText, DealEditor::errorTextColour(QApplication::palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field, const QString &accessibleName) {
        auto *name = new QLabel(label, this);
        name->setBuddy(field);
        field->setAccessibleName(accessibleName);
        form->addRow(name, field);
    };
    row(tr("&Date:"), m_date, tr("Date"));
    row(tr("&By:"), m_by, tr("By"));
    row(tr("&What:"), m_what, tr("What was conceded"));
    const QString mnemonics[] = {tr("Value to &you (%1):"), tr("Value to your &customer (%1):"),
                                 tr("Value to &their customer (%1):")};
    for (Party party : Core::AllParties) {
        const int p = Core::partyIndex(party);
        auto *value = new QLineEdit(this);
        value->setObjectName(QStringLiteral("concessionValue%1").arg(p));
        value->setPlaceholderText(tr("not known"));
        if (const std::optional<Core::Money> amount = concession.valueTo(party))
            value->setText(Core::formatAmount(*amount));
        m_values[std::size_t(p)] = value;
        row(mnemonics[p].arg(currency), value, tr("Value to %1").arg(Core::partyName(party)));
    }
    row(tr("T&raded for:"), m_tradedFor, tr("Traded for"));
    auto *hint = new QLabel(tr("A cost is negative. Leave “Traded for” empty when nothing was received in return: "
                               "the deal flags it."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    // Tab goes down the form as it reads (the value fields were made after the others).
    QWidget *previous = m_what;
    for (QLineEdit *value : m_values) {
        setTabOrder(previous, value);
        previous = value;
    }
    setTabOrder(previous, m_tradedFor);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConcessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_what->setFocus();
}

void ConcessionDialog::accept()
{
    const auto refuse = [this](QWidget *field, const QString &message) {
        m_error->setText(message);
        m_error->show();
        field->setFocus();
    };
    Concession typed;
    typed.date = m_date->date() == NoDate ? QDate() : m_date->date();
    typed.by = Party(m_by->currentData().toInt());
    typed.what = m_what->text().trimmed();
    typed.tradedFor = m_tradedFor->text().trimmed();
    if (typed.what.isEmpty())
        return refuse(m_what, tr("Say what was conceded."));
    for (Party party : Core::AllParties) {
        QLineEdit *field = m_values[std::size_t(Core::partyIndex(party))];
        const Core::AmountParse parsed = Core::parseAmount(field->text());
        if (!parsed.ok()) {
            field->selectAll();
            return refuse(field, tr("Value to %1: %2").arg(Core::partyName(party), parsed.error));
        }
        typed.value[std::size_t(Core::partyIndex(party))] = parsed.value;
    }
    m_concession = typed;
    QDialog::accept();
}

ConcessionLedgerPanel::ConcessionLedgerPanel(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_model(new ConcessionsModel(this))
    , m_notice(new QLabel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add concession…"), this))
    , m_change(new QPushButton(tr("Chan&ge…"), this))
    , m_remove(new QPushButton(QIcon(QStringLiteral(":/icons/remove.svg")), tr("&Remove concession"), this))
{
    m_notice->setObjectName(QStringLiteral("concessionNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("concessionsView"));
    m_view->setAccessibleName(tr("Concessions"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LedgerDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    // What was given and what it was traded for share the width; the rest is as wide as its content.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ConcessionsModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConcessionsModel::TradedForColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    m_view->setColumnWidth(ConcessionsModel::DateColumn,
                           metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat)) +
                               16);
    int byWidth = metrics.horizontalAdvance(m_model->headerData(ConcessionsModel::ByColumn, Qt::Horizontal).toString());
    for (Party party : Core::AllParties)
        byWidth = std::max(byWidth, metrics.horizontalAdvance(Core::partyName(party)));
    m_view->setColumnWidth(ConcessionsModel::ByColumn, byWidth + 16);
    for (int p = 0; p < Core::PartyCount; ++p)
        m_view->setColumnWidth(ConcessionsModel::FirstValueColumn + p,
                               metrics.horizontalAdvance(Core::formatAmount(-99'999'900)) + 16);
    // A long "what" or "traded for" wraps within its row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);

    m_add->setObjectName(QStringLiteral("addConcessionButton"));
    // The options' keys: only the buttons of the tab shown answer them.
    m_add->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_add->setToolTip(tr("Record a concession given or received (Ctrl+Shift+A)"));
    m_change->setObjectName(QStringLiteral("changeConcessionButton"));
    m_change->setToolTip(tr("Change the selected concession (Enter)"));
    m_remove->setObjectName(QStringLiteral("removeConcessionButton"));
    m_remove->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Del")));
    m_remove->setToolTip(tr("Remove the selected concession (Ctrl+Shift+Delete); Undo brings it back"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ConcessionLedgerPanel::addConcession);
    connect(m_change, &QPushButton::clicked, this, &ConcessionLedgerPanel::changeSelectedConcession);
    connect(m_remove, &QPushButton::clicked, this, &ConcessionLedgerPanel::removeSelectedConcession);
    connect(m_view, &QTableView::activated, this, &ConcessionLedgerPanel::changeSelectedConcession);
    updateNotice();
}

QColor ConcessionLedgerPanel::unreciprocatedTint()
{
    // A warm, translucent tint that reads in light and dark palettes alike, under the text's own colour.
    QColor tint(0xE0, 0x8A, 0x00);
    tint.setAlpha(48);
    return tint;
}

void ConcessionLedgerPanel::setLedger(const ConcessionLedger &ledger, bool keepRow)
{
    const int row = keepRow ? m_view->currentIndex().row() : 0;
    m_model->setLedger(ledger);
    selectRow(row);
    updateNotice();
}

void ConcessionLedgerPanel::selectRow(int row)
{
    // A reset model has no current row: keep the one the keyboard was on (or the nearest), so Delete and Enter act on
    // what is shown selected.
    if (m_model->rowCount() == 0)
        return;
    const int kept = std::clamp(row, 0, m_model->rowCount() - 1);
    m_view->setCurrentIndex(m_model->index(kept, ConcessionsModel::WhatColumn));
    m_view->selectRow(kept);
}

ConcessionLedger ConcessionLedgerPanel::ledger() const
{
    return m_model->ledger();
}

void ConcessionLedgerPanel::setCurrency(const QString &currency)
{
    m_currency = currency;
    m_model->setCurrency(currency);
}

QString ConcessionLedgerPanel::noticeText() const
{
    return m_notice->text();
}

void ConcessionLedgerPanel::apply(const ConcessionLedger &ledger, int row)
{
    m_model->setLedger(ledger);
    selectRow(row);
    updateNotice();
    Q_EMIT edited();
}

void ConcessionLedgerPanel::change(const ConcessionLedger &after, int row, const QString &text)
{
    const ConcessionLedger before = m_model->ledger();
    if (after == before)
        return;
    apply(after, row);
    // Undo and redo select the row the change was about (a removed one comes back selected; an added one is
    // selected again).
    m_undoStack->push(new ChangeCommand<ConcessionLedger>(
        [this, row](const ConcessionLedger &ledger) { apply(ledger, row); }, before, after, text));
}

void ConcessionLedgerPanel::addConcession()
{
    ConcessionDialog dialog(Concession(), m_currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConcessionLedger after = m_model->ledger();
    after << dialog.concession();
    change(after, int(after.size()) - 1, tr("Add concession “%1”").arg(dialog.concession().what));
    m_view->setFocus();
}

void ConcessionLedgerPanel::changeSelectedConcession()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    ConcessionDialog dialog(m_model->ledger().at(row), m_currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConcessionLedger after = m_model->ledger();
    after[row] = dialog.concession();
    change(after, row, tr("Change concession “%1”").arg(dialog.concession().what));
    m_view->setFocus();
}

void ConcessionLedgerPanel::removeSelectedConcession()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    ConcessionLedger after = m_model->ledger();
    const QString what = after.takeAt(row).what;
    change(after, row, tr("Remove concession “%1”").arg(what));
}

bool ConcessionLedgerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier; // the keypad's Ins and Del too
        if (key->key() == Qt::Key_Insert && modifiers == Qt::NoModifier) {
            addConcession();
            return true;
        }
        if (key->key() == Qt::Key_Delete && modifiers == Qt::NoModifier) {
            removeSelectedConcession();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConcessionLedgerPanel::updateNotice()
{
    const ConcessionLedger &ledger = m_model->ledger();
    const bool any = !ledger.isEmpty();
    m_change->setEnabled(any);
    m_remove->setEnabled(any);
    QStringList open;
    for (const Concession &concession : ledger) {
        if (Core::isUnreciprocated(concession))
            open << concession.what;
    }
    if (!any) {
        m_notice->setText(tr("No concessions recorded. During the negotiation, record each one given or received "
                             "and what it was traded for (Ctrl+Shift+A)."));
    } else if (open.isEmpty()) {
        m_notice->setText(tr("Every concession you gave was traded for something."));
    } else {
        m_notice->setText(tr("%n concession(s) given with nothing received in return: %1. Ask for something in "
                             "return before you give more.",
                             nullptr, int(open.size()))
                              .arg(open.join(QStringLiteral("; "))));
    }
    m_notice->setProperty("unreciprocated", !open.isEmpty());
    QFont font = m_notice->font();
    font.setBold(!open.isEmpty());
    m_notice->setFont(font);
}

} // namespace Triplewin::Ui
