#pragma once

#include "../domain/classification.h"
#include "scenariopack.h"

#include <array>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Triplewin::Core {

/// A workshop room's vote on the presenter's "guess" step: participants join from their phones (RoomServer) and
/// answer, for each option of the current scenario, whether each party wins, breaks even or loses. The room sees
/// only the scenario's public text (title, summary, who sells to whom, the options' names); never a value, a role
/// card's confidential note or another scenario. Answers can change until the trainer closes the vote; then the
/// room's distribution is compared with the true results.
///
/// Pure state: no network, no clock. Every input from a phone is checked here, and refused with a sentence that
/// says what is wrong.
class RoomVotes final
{
public:
    /// The answers of one participant: per option, per party (Party order), a result or none yet.
    using Answers = QList<std::array<std::optional<Result>, PartyCount>>;

    /// The most participants a room takes (RoomServer also limits the joins from one address).
    static constexpr int DefaultMaxParticipants = 300;
    static constexpr int MaxNicknameLength = 40;

    explicit RoomVotes(int maxParticipants = DefaultMaxParticipants);

    /// The session code in the room's address: four characters nobody confuses when read off a projector, new for
    /// each room (from the system's random source).
    QString code() const { return m_code; }
    /// A new session code for a room opened again: the old address leads nowhere; answers and participants stay.
    void renewCode();

    /// Asks the room about @p scenario: its vote opens, with no answers yet. Asking again about the same scenario
    /// (stepping back to it) keeps its answers and reopens the vote, unless its result was revealed: then the vote
    /// stays closed (nobody changes an answer after seeing the truth). A scenario edited since (other options or
    /// results) is a new question.
    void ask(const Scenario &scenario);
    /// Stops taking answers for the current scenario (the presenter left the guess step); the result stays hidden.
    void closeVote();
    /// Closes the vote and shows the true results to the phones (the presenter's result step).
    void reveal();
    bool hasQuestion() const { return m_current >= 0; }
    bool isVoteOpen() const { return m_open; }
    bool isRevealed() const { return current() && current()->revealed; }
    QString currentScenarioId() const;

    /// Why a join was refused.
    enum class JoinRefusal
    {
        None,
        NicknameTooLong,
        RoomFull,
    };
    /// A new participant; @p nickname may be empty (anonymous). Returns the participant's token (random, 32 hex
    /// digits), or an empty string, @p refusal and @p error when the room is full or the nickname is too long.
    QString join(const QString &nickname, QString *error, JoinRefusal *refusal = nullptr);
    bool isParticipant(const QString &token) const { return m_nicknames.contains(token); }
    /// Records @p token's answers for @p scenarioId, replacing any earlier ones. Returns the refusal in words, empty
    /// when the answers were taken.
    QString vote(const QString &token, const QString &scenarioId, const Answers &answers);

    int joined() const { return int(m_nicknames.size()); }
    /// Participants who answered the current scenario at all (what the presenter counts as answered).
    int answeredAny() const;
    /// Participants who answered every party of every option of the current scenario.
    int answeredAll() const;
    /// How many participants gave @p answer for @p party under option @p option of the current scenario.
    int count(int option, Party party, Result answer) const;
    /// The current scenario's true result for @p party under option @p option.
    Result truth(int option, Party party) const;
    int optionCount() const;
    QString optionName(int option) const;

    /// One cell the room got wrong: the share of its answers that missed the true result.
    struct Miss
    {
        int option = 0;
        Party party = Party::You;
        int wrong = 0;
        int answers = 0;
    };
    /// The current scenario's cells where most answers missed, worst first (at least one wrong answer each; cells
    /// whose result was not assessed are left out).
    QList<Miss> mostWrong() const;

    /// What a phone sees now (the page's JSON): the question's public text, whether the vote is open, and
    /// @p token's own answers. The true results only once revealed.
    QJsonObject stateFor(const QString &token) const;

    /// Every scenario the room was asked about, with the answers' counts and the true results, for the trainer
    /// after the workshop. CSV: one row per scenario, option and party; JSON: the same, nested.
    QByteArray resultsCsv() const;
    QByteArray resultsJson() const;

    /// Reads a vote's "answers" from a phone's JSON: an array with one array of three per option, each "win",
    /// "even", "lose" or null. Returns the refusal in words, empty on success.
    static QString readAnswers(const QJsonValue &json, int optionCount, Answers *answers);

private:
    struct Question
    {
        QString scenarioId;
        QString title;
        QString summary;
        QString setting;
        QStringList options;
        QList<std::array<Result, PartyCount>> truth;
        QHash<QString, Answers> answers; ///< by participant token
        bool revealed = false;
    };
    const Question *current() const { return m_current >= 0 ? &m_questions.at(m_current) : nullptr; }

    int m_maxParticipants;
    QString m_code;
    QHash<QString, QString> m_nicknames; ///< by token
    QList<Question> m_questions;         ///< in the order first asked
    int m_current = -1;
    bool m_open = false;
};

/// The answers a phone can give, in the order the page, the counts, the bars and the exports list them.
inline constexpr Result RoomAnswerOrder[] = {Result::Win, Result::Even, Result::Lose};

/// "win", "even", "lose" as a phone sends them (resultKey()), or empty for anything else.
std::optional<Result> roomAnswerFromKey(const QString &key);

} // namespace Triplewin::Core
