// The workshop room's votes as a phone sends them (RoomServer's /vote body): any bytes as JSON, read by
// RoomVotes::readAnswers() for a scenario of one to four options, then voted, counted, shown and exported. A vote is
// either refused with a reason or counted exactly once; nothing crashes on what a hostile phone can send.
// The first byte picks the option count; the rest is the request body.

#include "fuzzsupport.h"
#include "workshop/roomvotes.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Triplewin::Core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Triplewin::Fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int options = 1 + data[0] % 4;
    Scenario scenario;
    scenario.id = QStringLiteral("s");
    for (int i = 0; i < options; ++i) {
        DealOption option;
        option.name = QString::number(i);
        option.assessment(Party::You).value = 100 * i;
        option.assessment(Party::You).referencePoint = 100;
        scenario.deal.options << option;
    }
    RoomVotes votes;
    votes.ask(scenario);
    QString error;
    const QString token = votes.join(QStringLiteral("fuzz"), &error);
    const QJsonObject body = QJsonDocument::fromJson(Triplewin::Fuzz::bytesOf(data + 1, size - 1)).object();

    RoomVotes::Answers answers;
    const QString refused = RoomVotes::readAnswers(body.value(QStringLiteral("answers")), options, &answers);
    if (refused.isEmpty()) {
        if (answers.size() != options)
            std::abort(); // read answers always have one row per option
        const QString scenarioId = body.value(QStringLiteral("scenario")).toString();
        const QString outcome = votes.vote(token, scenarioId, answers);
        if (outcome.isEmpty() != (scenarioId == scenario.id)) {
            std::fprintf(stderr, "a vote for scenario \"%s\" was %s\n", qPrintable(scenarioId),
                         outcome.isEmpty() ? "taken" : "refused");
            std::abort();
        }
    }
    // Each cell holds at most the one participant's answer.
    for (int option = 0; option < options; ++option) {
        for (Party party : AllParties) {
            int n = 0;
            for (Result answer : RoomAnswerOrder)
                n += votes.count(option, party, answer);
            if (n > 1)
                std::abort();
        }
    }
    if (votes.answeredAll() > votes.answeredAny() || votes.answeredAny() > votes.joined())
        std::abort();
    votes.stateFor(token);
    votes.mostWrong();
    votes.closeVote();
    votes.stateFor(token);
    votes.resultsCsv();
    votes.resultsJson();
    return 0;
}
