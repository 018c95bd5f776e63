#pragma once

#include <array>
#include <core/domain/classification.h>
#include <core/domain/party.h>
#include <QWidget>

namespace Triplewin::Core {
class RoomVotes;
}

namespace Triplewin::Ui {

/// What the room answered beside the true results, for the presenter's result step: per option and party one
/// horizontal bar split into win / even / lose in proportion to the answers, the true answer's part bright and
/// named, the rest dimmed, and "it was …" at the end. Drawn large enough to read from the back of a room; the same in
/// words for screen readers and tests (text()).
class RoomResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomResultsView)

public:
    explicit RoomResultsView(QWidget *parent = nullptr);

    /// Takes the current scenario's answers and true results from @p votes.
    void setVotes(const Core::RoomVotes &votes);
    /// "What the room thought (3 answered)", then per option and party the counts and the true result, in words.
    QString text() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Cell
    {
        std::array<int, 3> counts{}; ///< win, even, lose
        Core::Result truth = Core::Result::Unknown;
    };
    struct Option
    {
        QString name;
        std::array<Cell, Core::PartyCount> parties;
    };
    QFont fittedFont() const;

    int m_answered = 0;
    QList<Option> m_options;
};

} // namespace Triplewin::Ui
