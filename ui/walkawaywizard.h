#pragma once

#include <core/coaching/walkawayscript.h>
#include <core/domain/endingreason.h>
#include <core/storage/scriptrepository.h>
#include <QWizard>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Walks a salesperson through a transparent walk-away conversation built from the deal's own data:
/// check, commitment, transparency, the proposal, follow-up, then the whole script for review (editable;
/// copy, print, PDF, rehearse). Edits are kept with the deal and restored the next time.
class EndingReasonFields;

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

    /// What to keep with the deal: the follow-up fields, and the review text only when the salesperson
    /// edited it (an unedited script is generated afresh from the deal's current values next time).
    Core::SavedScript script() const;
    /// True when the follow-up or the review text differ from what the wizard opened with.
    bool isModified() const;
    /// True when the user chose "Record Walk-Away" (the dialog is then accepted).
    bool recordRequested() const { return m_recordRequested; }
    /// Why the salesperson walks away, as given on the review page (kept with the walk-away when recorded).
    Core::ReasonForEnding why() const;
    EndingReasonFields *whyFields() const { return m_why; }

    QPlainTextEdit *reviewEdit() const { return m_review; }
    QPlainTextEdit *followUpEdit() const { return m_whatWouldChange; }
    QDateEdit *revisitEdit() const { return m_revisit; }
    QCheckBox *revisitCheck() const { return m_hasRevisit; }

Q_SIGNALS:
    /// The script was saved as a PDF at @p path.
    void scriptExported(const QString &path);

private:
    /// The script as reviewed, as a PDF the user places, or on a printer the user picks.
    void exportPdf();
    void printScript();
    QWizardPage *textPage(const QString &title, const QString &subtitle, const QString &text);
    QWizardPage *followUpPage();
    QWizardPage *reviewPage();
    Core::FollowUp followUp() const;
    void regenerateReview();
    void rehearse();

    Core::Deal m_deal;
    QPlainTextEdit *m_whatWouldChange;
    QCheckBox *m_hasRevisit;
    QDateEdit *m_revisit;
    QLabel *m_staleNote;
    Core::SavedScript m_initial;
    QPlainTextEdit *m_review;
    EndingReasonFields *m_why;
    bool m_reviewEdited = false;
    bool m_regenerating = false; ///< the review text is being set by the wizard, not typed
    bool m_recordRequested = false;
};

} // namespace Triplewin::Ui
