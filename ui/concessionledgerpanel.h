#pragma once

#include <core/domain/concession.h>
#include <QDialog>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;
QT_END_NAMESPACE

namespace Triplewin::Core {
class ConcessionsModel;
}

namespace Triplewin::Ui {

/// Asks for one concession: when, by whom, what, its value to each party where known, and what it was traded for.
/// Amounts are typed as in the options table (parseAmount()); a refused one is named with its field, and the dialog
/// stays open.
class ConcessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcessionDialog)

public:
    ConcessionDialog(const Core::Concession &concession, const QString &currency, QWidget *parent = nullptr);

    /// The concession as typed; valid after accept().
    Core::Concession concession() const { return m_concession; }

    void accept() override;

private:
    Core::Concession m_concession;
    QDateEdit *m_date;
    QComboBox *m_by;
    QLineEdit *m_what;
    std::array<QLineEdit *, Core::PartyCount> m_values{};
    QLineEdit *m_tradedFor;
    QLabel *m_error;
};

/// A deal's concession ledger: every concession given and received during the negotiation, in a table, with those
/// given for nothing in return flagged above it. Adding (Ctrl+Shift+A, Insert), changing (Enter, double-click) and
/// removing (Ctrl+Shift+Del, Delete) concessions are undoable commands on the editor's undo stack.
class ConcessionLedgerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcessionLedgerPanel)

public:
    explicit ConcessionLedgerPanel(QUndoStack *undoStack, QWidget *parent = nullptr);

    /// Shows @p ledger (opening a deal; @p keepRow keeps the selected row, for the same deal shown again after a
    /// save); not undoable.
    void setLedger(const Core::ConcessionLedger &ledger, bool keepRow = false);
    Core::ConcessionLedger ledger() const;
    void setCurrency(const QString &currency);

    QTableView *view() const { return m_view; }
    /// The line above the table that flags unreciprocated concessions (or says the ledger is empty).
    QString noticeText() const;
    /// The background of an unreciprocated concession's row, drawn under the palette's text colour.
    static QColor unreciprocatedTint();

public Q_SLOTS:
    void addConcession();
    void changeSelectedConcession();
    void removeSelectedConcession();

Q_SIGNALS:
    /// The ledger changed by an edit, an undo or a redo.
    void edited();

private:
    void apply(const Core::ConcessionLedger &ledger, int row);
    void change(const Core::ConcessionLedger &after, int row, const QString &text);
    void updateNotice();
    void selectRow(int row);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QUndoStack *m_undoStack;
    Core::ConcessionsModel *m_model;
    QString m_currency;
    QLabel *m_notice;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
};

} // namespace Triplewin::Ui
