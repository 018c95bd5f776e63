#include "roomvotes.h"

#include "../io/dealexporter.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Triplewin::Core {

namespace {

struct RoomVotesText
{
    Q_DECLARE_TR_FUNCTIONS(Triplewin::Core::RoomVotes)
};

/// Letters and digits nobody mixes up when reading them off a projector (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
constexpr char CodeAlphabet[] = "ACDEFGHJKMNPQRTUVWXY34679";
constexpr int CodeLength = 4;

const QString PartyKeys[PartyCount] = {QStringLiteral("you"), QStringLiteral("customer"),
                                       QStringLiteral("customersCustomer")};

QString randomCode()
{
    QString code;
    const int size = int(sizeof(CodeAlphabet)) - 1;
    for (int i = 0; i < CodeLength; ++i)
        code += QLatin1Char(CodeAlphabet[QRandomGenerator::system()->bounded(size)]);
    return code;
}

QString randomToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

bool isComplete(const RoomVotes::Answers &answers)
{
    return std::all_of(answers.cbegin(), answers.cend(), [](const auto &parties) {
        return std::all_of(parties.cbegin(), parties.cend(), [](const auto &answer) { return answer.has_value(); });
    });
}

bool isEmpty(const RoomVotes::Answers &answers)
{
    return std::none_of(answers.cbegin(), answers.cend(), [](const auto &parties) {
        return std::any_of(parties.cbegin(), parties.cend(), [](const auto &answer) { return answer.has_value(); });
    });
}

/// How many of @p answers say win, even and lose (RoomAnswerOrder order) for @p party under option @p option.
std::array<int, 3> tally(const QHash<QString, RoomVotes::Answers> &answers, int option, Party party)
{
    std::array<int, 3> counts{};
    for (const RoomVotes::Answers &one : answers) {
        const std::optional<Result> answer = one.at(option)[std::size_t(partyIndex(party))];
        for (std::size_t i = 0; answer && i < counts.size(); ++i)
            counts[i] += RoomAnswerOrder[i] == *answer ? 1 : 0;
    }
    return counts;
}

QJsonValue answerJson(const std::optional<Result> &answer)
{
    return answer ? QJsonValue(resultKey(*answer)) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<Result> roomAnswerFromKey(const QString &key)
{
    for (Result result : RoomAnswerOrder) {
        if (key == resultKey(result))
            return result;
    }
    return std::nullopt;
}

RoomVotes::RoomVotes(int maxParticipants)
    : m_maxParticipants(maxParticipants)
    , m_code(randomCode())
{}

void RoomVotes::renewCode()
{
    const QString old = m_code;
    while (m_code == old)
        m_code = randomCode();
}

void RoomVotes::ask(const Scenario &scenario)
{
    Question question;
    question.scenarioId = scenario.id;
    question.title = scenario.title;
    question.summary = scenario.summary;
    const auto orUnnamed = [](const QString &name) { return name.isEmpty() ? RoomVotesText::tr("(not named)") : name; };
    question.setting = RoomVotesText::tr("%1 sells to %2, who serves %3.")
                           .arg(orUnnamed(scenario.deal.salesperson), orUnnamed(scenario.deal.customer),
                                orUnnamed(scenario.deal.customersCustomer));
    for (const DealOption &option : scenario.deal.options) {
        question.options << option.name;
        std::array<Result, PartyCount> truth{};
        for (Party party : AllParties)
            truth[std::size_t(partyIndex(party))] = classify(option.assessment(party));
        question.truth << truth;
    }
    // The same question asked again (stepping back to it): its answers stay. The newest match counts, so a scenario
    // edited and then edited back finds its latest round.
    for (int i = int(m_questions.size()) - 1; i >= 0; --i) {
        const Question &asked = m_questions.at(i);
        if (asked.scenarioId == question.scenarioId && asked.options == question.options &&
            asked.truth == question.truth) {
            m_current = i;
            m_open = !asked.revealed;
            return;
        }
    }
    m_questions << question;
    m_current = int(m_questions.size()) - 1;
    m_open = true;
}

void RoomVotes::closeVote()
{
    m_open = false;
}

void RoomVotes::reveal()
{
    m_open = false;
    if (m_current >= 0)
        m_questions[m_current].revealed = true;
}

QString RoomVotes::currentScenarioId() const
{
    return current() ? current()->scenarioId : QString();
}

QString RoomVotes::join(const QString &nickname, QString *error, JoinRefusal *refusal)
{
    const QString name = nickname.simplified();
    const auto refuse = [error, refusal](JoinRefusal why, const QString &text) {
        *error = text;
        if (refusal)
            *refusal = why;
        return QString();
    };
    if (name.size() > MaxNicknameLength)
        return refuse(JoinRefusal::NicknameTooLong,
                      RoomVotesText::tr("A nickname has at most %1 characters.").arg(MaxNicknameLength));
    if (m_nicknames.size() >= m_maxParticipants)
        return refuse(JoinRefusal::RoomFull,
                      RoomVotesText::tr("The room is full (%1 participants).").arg(m_maxParticipants));
    if (refusal)
        *refusal = JoinRefusal::None;
    QString token = randomToken();
    m_nicknames.insert(token, name);
    return token;
}

QString RoomVotes::vote(const QString &token, const QString &scenarioId, const Answers &answers)
{
    if (!m_nicknames.contains(token))
        return RoomVotesText::tr("Join the room first.");
    if (!current() || scenarioId != current()->scenarioId)
        return RoomVotesText::tr("The room has moved on to another scenario.");
    if (!m_open)
        return RoomVotesText::tr("The vote is closed.");
    if (answers.size() != current()->options.size())
        return RoomVotesText::tr("Expected answers for %n option(s).", nullptr, int(current()->options.size()));
    m_questions[m_current].answers.insert(token, answers);
    return {};
}

int RoomVotes::answeredAll() const
{
    if (!current())
        return 0;
    return int(std::count_if(current()->answers.cbegin(), current()->answers.cend(), isComplete));
}

int RoomVotes::answeredAny() const
{
    if (!current())
        return 0;
    return int(std::count_if(current()->answers.cbegin(), current()->answers.cend(),
                             [](const Answers &answers) { return !isEmpty(answers); }));
}

int RoomVotes::count(int option, Party party, Result answer) const
{
    if (!current() || option < 0 || option >= current()->options.size())
        return 0;
    const std::array<int, 3> counts = tally(current()->answers, option, party);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (RoomAnswerOrder[i] == answer)
            return counts[i];
    }
    return 0;
}

Result RoomVotes::truth(int option, Party party) const
{
    if (!current() || option < 0 || option >= current()->truth.size())
        return Result::Unknown;
    return current()->truth.at(option)[std::size_t(partyIndex(party))];
}

int RoomVotes::optionCount() const
{
    return current() ? int(current()->options.size()) : 0;
}

QString RoomVotes::optionName(int option) const
{
    return current() ? current()->options.value(option) : QString();
}

QList<RoomVotes::Miss> RoomVotes::mostWrong() const
{
    QList<Miss> misses;
    for (int option = 0; option < optionCount(); ++option) {
        for (Party party : AllParties) {
            Miss miss{option, party, 0, 0};
            if (truth(option, party) == Result::Unknown)
                continue; // nothing to get right
            for (Result answer : RoomAnswerOrder) {
                const int n = count(option, party, answer);
                miss.answers += n;
                if (answer != truth(option, party))
                    miss.wrong += n;
            }
            if (miss.wrong > 0)
                misses << miss;
        }
    }
    // Worst share first; equal shares by more wrong answers, then in table order (stable).
    std::stable_sort(misses.begin(), misses.end(), [](const Miss &a, const Miss &b) {
        const qint64 left = qint64(a.wrong) * b.answers;
        const qint64 right = qint64(b.wrong) * a.answers;
        return left != right ? left > right : a.wrong > b.wrong;
    });
    return misses;
}

QJsonObject RoomVotes::stateFor(const QString &token) const
{
    QJsonObject state{{QStringLiteral("joined"), m_nicknames.contains(token)}};
    const Question *question = current();
    if (!question) {
        state.insert(QStringLiteral("question"), QJsonValue::Null);
        return state;
    }
    QJsonArray options;
    for (int i = 0; i < question->options.size(); ++i) {
        QJsonObject option{{QStringLiteral("name"), question->options.at(i)}};
        if (question->revealed) {
            QJsonObject truth;
            for (Party party : AllParties)
                truth.insert(PartyKeys[partyIndex(party)],
                             resultKey(question->truth.at(i)[std::size_t(partyIndex(party))]));
            option.insert(QStringLiteral("truth"), truth);
        }
        options << option;
    }
    QJsonArray parties;
    for (Party party : AllParties)
        parties << QJsonObject{{QStringLiteral("key"), PartyKeys[partyIndex(party)]},
                               {QStringLiteral("name"), roleName(party)}};
    state.insert(QStringLiteral("question"), QJsonObject{{QStringLiteral("scenario"), question->scenarioId},
                                                         {QStringLiteral("title"), question->title},
                                                         {QStringLiteral("summary"), question->summary},
                                                         {QStringLiteral("setting"), question->setting},
                                                         {QStringLiteral("options"), options},
                                                         {QStringLiteral("parties"), parties},
                                                         {QStringLiteral("open"), m_open},
                                                         {QStringLiteral("revealed"), question->revealed}});
    QJsonArray mine;
    const auto own = question->answers.constFind(token);
    if (own != question->answers.cend()) {
        for (const auto &cells : *own) {
            QJsonArray row;
            for (const auto &answer : cells)
                row << answerJson(answer);
            mine << row;
        }
    }
    state.insert(QStringLiteral("mine"), mine);
    return state;
}

QString RoomVotes::readAnswers(const QJsonValue &json, int optionCount, Answers *answers)
{
    if (!json.isArray())
        return RoomVotesText::tr("“answers” must be a list with one entry per option.");
    const QJsonArray rows = json.toArray();
    if (rows.size() != optionCount)
        return RoomVotesText::tr("Expected answers for %n option(s).", nullptr, optionCount);
    Answers read;
    for (const QJsonValue &rowValue : rows) {
        const QJsonArray row = rowValue.toArray();
        if (!rowValue.isArray() || row.size() != PartyCount)
            return RoomVotesText::tr("Each option takes three answers, one per party.");
        std::array<std::optional<Result>, PartyCount> parties{};
        for (int i = 0; i < PartyCount; ++i) {
            if (row.at(i).isNull())
                continue;
            parties[std::size_t(i)] = roomAnswerFromKey(row.at(i).toString());
            if (!parties[std::size_t(i)])
                return RoomVotesText::tr("An answer is “win”, “even”, “lose” or empty.");
        }
        read << parties;
    }
    *answers = read;
    return {};
}

QByteArray RoomVotes::resultsCsv() const
{
    QStringList lines{QStringLiteral("scenario,title,option,party,true_result,win,even,lose,participants")};
    for (const Question &question : m_questions) {
        for (int option = 0; option < question.options.size(); ++option) {
            for (Party party : AllParties) {
                const auto index = std::size_t(partyIndex(party));
                const std::array<int, 3> counts = tally(question.answers, option, party);
                lines << QStringList{csvField(question.scenarioId),
                                     csvField(question.title),
                                     csvField(question.options.at(option)),
                                     PartyKeys[partyIndex(party)],
                                     resultKey(question.truth.at(option)[index]),
                                     QString::number(counts[0]),
                                     QString::number(counts[1]),
                                     QString::number(counts[2]),
                                     QString::number(question.answers.size())}
                             .join(u',');
            }
        }
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray RoomVotes::resultsJson() const
{
    QJsonArray scenarios;
    for (const Question &question : m_questions) {
        QJsonArray options;
        for (int option = 0; option < question.options.size(); ++option) {
            QJsonObject parties;
            for (Party party : AllParties) {
                const auto index = std::size_t(partyIndex(party));
                const std::array<int, 3> tallied = tally(question.answers, option, party);
                QJsonObject counts;
                for (std::size_t i = 0; i < tallied.size(); ++i)
                    counts.insert(resultKey(RoomAnswerOrder[i]), tallied[i]);
                parties.insert(PartyKeys[partyIndex(party)],
                               QJsonObject{{QStringLiteral("trueResult"), resultKey(question.truth.at(option)[index])},
                                           {QStringLiteral("answers"), counts}});
            }
            options << QJsonObject{{QStringLiteral("name"), question.options.at(option)},
                                   {QStringLiteral("parties"), parties}};
        }
        scenarios << QJsonObject{{QStringLiteral("id"), question.scenarioId},
                                 {QStringLiteral("title"), question.title},
                                 {QStringLiteral("participants"), int(question.answers.size())},
                                 {QStringLiteral("options"), options}};
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("triplewin-room-results")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("joined"), joined()},
                           {QStringLiteral("scenarios"), scenarios}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Triplewin::Core
