#pragma once

#include <array>
#include <core/domain/partypreparation.h>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// What the salesperson prepares about each of the three parties, one column per party: their interests (what they
/// need and why, one per line), the relationship (history, trust, what is at stake next time), what their reference
/// point is based on and how sure that is. Shown beside the options; the text fields' own undo (Ctrl+Z) applies,
/// and each change of how sure is a step on @p undoStack (Edit ▸ Undo).
class PartyPreparationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartyPreparationPanel)

public:
    explicit PartyPreparationPanel(QUndoStack *undoStack, QWidget *parent = nullptr);

    /// Shows @p preparation; every field's own undo history starts afresh.
    void setPreparation(const Core::PartyPreparations &preparation);
    Core::PartyPreparations preparation() const;
    /// The first field (your interests), where the cursor goes when the tab is chosen.
    QPlainTextEdit *firstField() const;

Q_SIGNALS:
    /// The user changed a field.
    void edited();

private:
    struct Fields
    {
        QPlainTextEdit *interests = nullptr;
        QPlainTextEdit *relationship = nullptr;
        QLineEdit *referenceSource = nullptr;
        QComboBox *confidence = nullptr;
        int shownConfidence = 0; ///< the index before a change, for its undo step
    };
    QUndoStack *m_undoStack;
    std::array<Fields, Core::PartyCount> m_fields;
};

} // namespace Triplewin::Ui
