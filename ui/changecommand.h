#pragma once

#include <functional>
#include <QUndoCommand>

namespace Triplewin::Ui {

/// An undo step that replaces a whole value (a deal's options, its concession ledger, a party's confidence): undo()
/// applies the value before, redo() the value after. The first redo(), from QUndoStack::push(), is skipped: the
/// change has already happened where the user made it. Steps never merge.
template<typename T>
class ChangeCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const T &)>;

    ChangeCommand(Apply apply, T before, T after, const QString &text)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    void undo() override { m_apply(m_before); }
    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        m_apply(m_after);
    }

private:
    Apply m_apply;
    T m_before;
    T m_after;
    bool m_firstRedo = true;
};

} // namespace Triplewin::Ui
