#pragma once

#include <core/coaching/walkawayscript.h>
#include <core/storage/scriptrepository.h>
#include <QWizard>

QT_BEGIN_NAMESPACE
class QDateEdit;
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Walks a salesperson through a transparent walk-away conversation built from the deal's own data:
/// check, commitment, transparency, the proposal, follow-up, then the whole script for review (editable;
/// copy, print, PDF, rehearse). Edits are kept with the deal and restored the next time.
class WalkAwayWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkAwayWizard)

public:
    enum Page
    {
        CheckPage,
        CommitmentPage,
        TransparencyPage,
        ProposalPage,
        FollowUpPage,
        ReviewPage,
    };

    /// @p saved is what the salesperson kept last time, if anything.
    WalkAwayWizard(const Core::Deal &deal, const std::optional<Core::SavedScript> &saved, QWidget *parent = nullptr);

    /// The script as it stands (the review text, with the follow-up fields).
    Core::SavedScript script() const;
    /// True when the user chose "Record Walk-Away" (the dialog is then accepted).
    bool recordRequested() const { return m_recordRequested; }

    QPlainTextEdit *reviewEdit() const { return m_review; }
    QPlainTextEdit *followUpEdit() const { return m_whatWouldChange; }
    QDateEdit *revisitEdit() const { return m_revisit; }

Q_SIGNALS:
    /// The user asked for a PDF or a print-out; the caller decides where it goes.
    void exportPdfRequested(const QString &text);
    void printRequested(const QString &text);

private:
    QWizardPage *textPage(const QString &title, const QString &subtitle, const QString &text);
    QWizardPage *followUpPage();
    QWizardPage *reviewPage();
    Core::FollowUp followUp() const;
    void regenerateReview();
    void rehearse();

    Core::Deal m_deal;
    QPlainTextEdit *m_whatWouldChange;
    QDateEdit *m_revisit;
    QPlainTextEdit *m_review;
    bool m_reviewEdited = false;
    bool m_recordRequested = false;
};

} // namespace Triplewin::Ui
