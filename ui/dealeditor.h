#pragma once

#include <core/domain/deal.h>
#include <core/storage/noterepository.h>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QUndoStack;
QT_END_NAMESPACE

namespace Triplewin::Ui {

class ConcessionLedgerPanel;
class MessageBar;
class OptionsTable;
class PartyPreparationPanel;

/// Edits one deal: its fields and its options. It holds the deal being edited; saving is the caller's job
/// (the editor never touches storage). Field problems are shown at the field, in words.
class DealEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealEditor)

public:
    explicit DealEditor(QUndoStack *undoStack, QWidget *parent = nullptr);

    /// Shows @p deal for editing; the result of deal() equals it until the user changes something.
    void setDeal(const Core::Deal &deal);
    /// The deal as currently edited (ids, uuid and revision of the loaded deal kept).
    Core::Deal deal() const;

    /// Checks what a save needs (a title, a currency code, option names); shows the problem at its field
    /// and returns false when something is missing.
    bool validate();
    /// Shows a message above the form (errors from saving, refused input).
    void showMessage(const QString &message);
    void clearMessage();

    OptionsTable *optionsTable() const { return m_optionsTable; }
    PartyPreparationPanel *preparationPanel() const { return m_preparation; }
    ConcessionLedgerPanel *concessionPanel() const { return m_concessions; }

    /// Shows how the deal ended and its history (closed, walked away, reopened) above the form.
    void setHistory(const QList<Core::DealEvent> &events);
    /// The managers' notes on the deal, with author and date; @p error instead when they could not be read.
    void setCoachingNotes(const QList<Core::CoachingNote> &notes, const QString &error = {});
    /// Puts the cursor in the title, where a new deal starts.
    void focusTitle();
    QString coachingNotesText() const;
    /// Shows @p warning about the customer's last deal under the customer field; empty hides it.
    void setCustomerWarning(const QString &warning);
    QString customerWarning() const;
    QString closingText() const;
    /// True while the "no option is good for both of you" notice is shown.
    bool isNoWinWinNoticeShown() const;

    /// The colour of a problem said in words on @p palette's window (4.5:1 or more, light or dark).
    static QColor errorTextColour(const QPalette &palette);

    /// A deal's closings, walk-aways and reopenings in a line of rich text: "History: closed … by … (agreed …)".
    static QString historyText(const QList<Core::DealEvent> &events);

Q_SIGNALS:
    /// The user changed a field or an option.
    void edited();
    /// The user changed the customer's name.
    void customerEdited(const QString &customer);
    /// The user asked to prepare a transparent walk-away (from the "no win/win" notice).
    void walkAwayRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyErrorColours();
    void showFieldError(const QString &message);
    void updateNoWinWinNotice();

    Core::Deal m_loaded;
    MessageBar *m_messageBar;
    QLineEdit *m_title;
    QLabel *m_titleError;
    QLineEdit *m_customer;
    QLabel *m_customerWarning;
    QLabel *m_closingBanner;
    QLabel *m_coachingNotes;
    QWidget *m_noWinWin;
    QLineEdit *m_customersCustomer;
    QLineEdit *m_salesperson;
    QComboBox *m_currency;
    QDateEdit *m_expectedClose;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
    OptionsTable *m_optionsTable;
    QTabWidget *m_tabs;
    PartyPreparationPanel *m_preparation;
    ConcessionLedgerPanel *m_concessions;
};

} // namespace Triplewin::Ui
