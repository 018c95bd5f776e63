#pragma once

#include "workshop/scenariopack.h"

#include <optional>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QHostAddress;
class QLabel;
class QTimer;
class QScrollArea;
class QStackedWidget;
QT_END_NAMESPACE

namespace Triplewin::Core {
class RoomServer;
}

namespace Triplewin::Ui {

class QrCodeView;
class RoomResultsView;
class ValueChartView;

/// The workshop's presenter view, for a projector: large type, high contrast, one step at a time.
///
/// Each scenario goes through four steps: the deal and its options (values hidden), a pause while the room
/// guesses each party's result, the value chart with the outcomes, then the debrief questions and the lesson.
/// Role cards are shown one role at a time (keys 1, 2, 3). Keys: Space or → next, ← or Backspace back,
/// Page Down / Page Up next / previous scenario, Home first step, Esc hides a role card or leaves. The keys are
/// always shown at the bottom.
///
/// With a room (Core::RoomServer), R opens it: a QR code and a short address for the phones, live counts of who
/// joined and answered. The room votes on the guess step (the vote opens there and closes on any other step); the
/// result step shows the room's answers beside the true results, in words and bars, and the debrief lists what the
/// room got most wrong. Closing the presenter closes the room; its results stay with the room for an export.
class PresenterView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterView)

public:
    enum class Step
    {
        Deal,
        Guess,
        Reveal,
        Debrief,
    };
    static constexpr int StepCount = 4;

    explicit PresenterView(QList<Core::Scenario> scenarios, int firstScenario = 0, Core::RoomServer *room = nullptr,
                           QWidget *parent = nullptr);
    ~PresenterView() override;

    int scenarioIndex() const { return m_scenario; }
    Step step() const { return m_step; }
    /// The role whose card is shown, if any.
    std::optional<Core::Party> shownRole() const { return m_role; }
    /// What the room sees now, as plain text (for tests and screen readers).
    QString visibleText() const;
    ValueChartView *chart() const { return m_chart; }

    /// Opens the room on @p address at @p port (0: any free port). Returns the error in words, empty on success.
    QString openRoom(const QHostAddress &address, quint16 port);
    void closeRoom();
    bool isRoomOpen() const;
    QrCodeView *qrCode() const { return m_qr; }

Q_SIGNALS:
    /// Esc with no role card shown: the presenter should close.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showStep(int scenario, Step step);
    void next();
    void previous();
    void showRole(std::optional<Core::Party> role);
    void refresh();
    void applyFontSizes();
    QString dealText(const Core::Scenario &scenario) const;
    QString guessText(const Core::Scenario &scenario) const;
    QString revealText(const Core::Scenario &scenario) const;
    QString debriefText(const Core::Scenario &scenario) const;
    QString roleText(const Core::Scenario &scenario, Core::Party role) const;
    /// Opens or closes the vote for the step shown, and shows the room's address and counts.
    void syncRoom();
    void showRoomCounts();
    /// The cells the room got most wrong (debrief); empty when none.
    QString roomMissesText(const Core::Scenario &scenario) const;
    bool roomAnswered(const Core::Scenario &scenario) const;
    void askToOpenRoom();

    QList<Core::Scenario> m_scenarios;
    int m_scenario = 0;
    Step m_step = Step::Deal;
    std::optional<Core::Party> m_role;

    QLabel *m_position;
    QString m_positionText; ///< the position line without the room's address and counts
    QLabel *m_heading;
    QStackedWidget *m_pages;
    QScrollArea *m_textPage;
    QLabel *m_text;
    QWidget *m_chartPage;
    ValueChartView *m_chart;
    QLabel *m_outcomes;
    QLabel *m_hint;
    Core::RoomServer *m_room;
    QWidget *m_roomPanel;
    QrCodeView *m_qr;
    QLabel *m_roomAddress;
    QLabel *m_roomCounts;
    RoomResultsView *m_roomResults;
    QTimer *m_roomCountsTimer;
};

} // namespace Triplewin::Ui
