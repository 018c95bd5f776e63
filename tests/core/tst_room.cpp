// The workshop room (issue 17): RoomVotes' rules, and RoomServer driven over loopback the way a phone and a hostile
// client do, with raw HTTP on a TCP socket: join, vote, change a vote, and every request it must refuse (other
// paths, "..", other session codes, other scenarios, huge bodies, malformed JSON, wrong methods, floods), each of
// which must change nothing.

#include "i18n/translations.h"
#include "roomclient.h"
#include "workshop/roomserver.h"
#include "workshop/roomvotes.h"

#include <memory>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>
#include <vector>

using namespace Triplewin::Core;
using RoomClient::exchange;
using RoomClient::request;
using RoomClient::Response;

namespace {

Assessment assessed(Money value)
{
    Assessment assessment;
    assessment.value = value;
    assessment.referencePoint = 0;
    return assessment;
}

constexpr Money Win = 123'456'00; // a value no page may show
constexpr Money Lose = -98'765'00;

/// Two options with known results: "Fixed price" (win, lose, even) and "Shared savings" (win, win, win).
Scenario scenario(const QString &id)
{
    Scenario s;
    s.id = id;
    s.title = QStringLiteral("Title of ") + id;
    s.summary = QStringLiteral("A public summary.");
    s.deal.salesperson = QStringLiteral("Dana");
    s.deal.customer = QStringLiteral("Acme");
    s.deal.customersCustomer = QStringLiteral("Acme's shippers");
    DealOption fixed;
    fixed.name = QStringLiteral("Fixed price");
    fixed.assessment(Party::You) = assessed(Win);
    fixed.assessment(Party::Customer) = assessed(Lose);
    fixed.assessment(Party::CustomersCustomer) = assessed(0);
    DealOption shared;
    shared.name = QStringLiteral("Shared savings");
    for (Party party : AllParties)
        shared.assessment(party) = assessed(Win);
    s.deal.options = {fixed, shared};
    s.roles[1].confidential = QStringLiteral("CONFIDENTIAL-NOTE");
    return s;
}

RoomVotes::Answers answers(std::initializer_list<std::array<std::optional<Result>, PartyCount>> rows)
{
    return RoomVotes::Answers(rows);
}

constexpr auto W = Result::Win;
constexpr auto E = Result::Even;
constexpr auto L = Result::Lose;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray answersJson(const QList<QStringList> &rows)
{
    QJsonArray array;
    for (const QStringList &row : rows) {
        QJsonArray cells;
        for (const QString &cell : row)
            cells << (cell.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cell));
        array << cells;
    }
    return array;
}

} // namespace

class TestRoom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesAreShortUnambiguousAndNew();
    void votesAreCountedOncePerParticipantAndCanChange();
    void closedVoteAndOtherScenariosRefuseVotes();
    void roomIsCappedAndNicknamesBounded();
    void stateShowsOnlyPublicTextAndTruthAfterTheVote();
    void revealedQuestionStaysClosed();
    void editedScenarioIsANewQuestion();
    void mostWrongComesFirst();
    void answersFromPhonesAreReadStrictly();
    void resultsExportCountsEveryAnswer();
    void phonesJoinAndVoteOverHttp();
    void hostileRequestsGet4xxAndChangeNothing_data();
    void hostileRequestsGet4xxAndChangeNothing();
    void hugeBodyIsRefusedBeforeItIsRead();
    void floodFromOneAddressIsSlowedDown();
    void oneDeviceJoinsAFewTimesAtMost();
    void idleConnectionsAreCutOff();
    void connectionsFromOneAddressAreCapped();
    void closedRoomListensNoMore();
    void reopenedRoomKeepsItsResultsUnderANewCode();
    void pageSpeaksTheAppsLanguage(); // last: it installs the German translation

private:
    /// An open room on loopback asking about "first", with one participant who answered everything.
    struct Room
    {
        RoomServer server;
        QString token;
    };
    void openRoom(Room *room);
};

void TestRoom::codesAreShortUnambiguousAndNew()
{
    QSet<QString> codes;
    for (int i = 0; i < 50; ++i) {
        const QString code = RoomVotes().code();
        QCOMPARE(code.size(), 4);
        QVERIFY2(QRegularExpression(QStringLiteral("^[ACDEFGHJKMNPQRTUVWXY34679]{4}$")).match(code).hasMatch(),
                 qPrintable(code));
        codes << code;
    }
    QVERIFY2(codes.size() > 40, "codes repeat: they are not random");
}

void TestRoom::votesAreCountedOncePerParticipantAndCanChange()
{
    RoomVotes votes;
    votes.ask(scenario(QStringLiteral("first")));
    QString error;
    const QString ann = votes.join(QStringLiteral("Ann"), &error);
    const QString bob = votes.join(QString(), &error);
    QCOMPARE(ann.size(), 32);
    QVERIFY(ann != bob);
    QCOMPARE(votes.joined(), 2);
    QCOMPARE(votes.answeredAll(), 0);

    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{W, L, E}, {W, std::nullopt, W}})), QString());
    QCOMPARE(votes.answeredAll(), 0); // one cell left open
    QCOMPARE(votes.answeredAny(), 1);
    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{W, L, E}, {W, W, W}})), QString());
    QCOMPARE(votes.vote(bob, QStringLiteral("first"), answers({{L, L, L}, {W, W, E}})), QString());
    QCOMPARE(votes.answeredAll(), 2);
    QCOMPARE(votes.count(0, Party::You, W), 1);
    QCOMPARE(votes.count(0, Party::You, L), 1);
    QCOMPARE(votes.count(0, Party::Customer, L), 2);
    // Bob changes his mind: his earlier answer no longer counts.
    QCOMPARE(votes.vote(bob, QStringLiteral("first"), answers({{W, L, L}, {W, W, E}})), QString());
    QCOMPARE(votes.count(0, Party::You, W), 2);
    QCOMPARE(votes.count(0, Party::You, L), 0);
    QCOMPARE(votes.answeredAll(), 2);
    QCOMPARE(votes.truth(0, Party::You), W);
    QCOMPARE(votes.truth(0, Party::Customer), L);
    QCOMPARE(votes.truth(0, Party::CustomersCustomer), E);
}

void TestRoom::closedVoteAndOtherScenariosRefuseVotes()
{
    RoomVotes votes;
    QString error;
    const QString ann = votes.join(QString(), &error);
    QVERIFY(!votes.vote(ann, QStringLiteral("first"), answers({{W, W, W}, {W, W, W}})).isEmpty()); // nothing asked
    votes.ask(scenario(QStringLiteral("first")));
    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{W, W, W}, {W, W, W}})), QString());
    votes.closeVote();
    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{L, L, L}, {L, L, L}})),
             QStringLiteral("The vote is closed."));
    QCOMPARE(votes.count(0, Party::You, W), 1);
    QVERIFY(!votes.vote(QStringLiteral("made-up"), QStringLiteral("first"), answers({{W, W, W}, {W, W, W}})).isEmpty());

    votes.ask(scenario(QStringLiteral("second")));
    QCOMPARE(votes.answeredAny(), 0);
    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{L, L, L}, {L, L, L}})),
             QStringLiteral("The room has moved on to another scenario."));
    QVERIFY(!votes.vote(ann, QStringLiteral("second"), answers({{W, W, W}})).isEmpty()); // one option short
    // Stepping back to the first scenario reopens its vote with its answers kept.
    votes.ask(scenario(QStringLiteral("first")));
    QCOMPARE(votes.answeredAll(), 1);
    QCOMPARE(votes.count(0, Party::You, W), 1);
}

void TestRoom::roomIsCappedAndNicknamesBounded()
{
    RoomVotes votes(3);
    QString error;
    for (int i = 0; i < 3; ++i)
        QVERIFY(!votes.join(QString(), &error).isEmpty());
    QVERIFY(votes.join(QString(), &error).isEmpty());
    QCOMPARE(error, QStringLiteral("The room is full (3 participants)."));
    QCOMPARE(votes.joined(), 3);

    RoomVotes other;
    QVERIFY(other.join(QString(RoomVotes::MaxNicknameLength + 1, u'x'), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("at most 40")));
    QVERIFY(!other.join(QString(RoomVotes::MaxNicknameLength, u'x'), &error).isEmpty());
}

void TestRoom::stateShowsOnlyPublicTextAndTruthAfterTheVote()
{
    RoomVotes votes;
    QString error;
    const QString ann = votes.join(QString(), &error);
    QVERIFY(votes.stateFor(ann).value(QStringLiteral("question")).isNull());
    votes.ask(scenario(QStringLiteral("first")));
    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{W, L, std::nullopt}, {W, W, W}})), QString());

    const QJsonObject open = votes.stateFor(ann);
    QVERIFY(open.value(QStringLiteral("joined")).toBool());
    const QJsonObject question = open.value(QStringLiteral("question")).toObject();
    QCOMPARE(question.value(QStringLiteral("title")).toString(), QStringLiteral("Title of first"));
    QCOMPARE(question.value(QStringLiteral("setting")).toString(),
             QStringLiteral("Dana sells to Acme, who serves Acme's shippers."));
    QCOMPARE(question.value(QStringLiteral("options")).toArray().size(), 2);
    QVERIFY(question.value(QStringLiteral("open")).toBool());
    QCOMPARE(open.value(QStringLiteral("mine")).toArray().at(0).toArray().at(1).toString(), QStringLiteral("lose"));
    QVERIFY(open.value(QStringLiteral("mine")).toArray().at(0).toArray().at(2).isNull());
    const QByteArray text = QJsonDocument(open).toJson();
    for (const char *hidden : {"truth", "123456", "123,456", "98765", "CONFIDENTIAL"})
        QVERIFY2(!text.contains(hidden), hidden);
    // Another participant's answers are not theirs to see; a stranger sees the question, not joined.
    QVERIFY(votes.stateFor(votes.join(QString(), &error)).value(QStringLiteral("mine")).toArray().isEmpty());
    QVERIFY(!votes.stateFor(QStringLiteral("made-up")).value(QStringLiteral("joined")).toBool());

    // Leaving the guess step closes the vote; the truth waits for the presenter's result step.
    votes.closeVote();
    QVERIFY(!QJsonDocument(votes.stateFor(ann)).toJson().contains("truth"));
    votes.reveal();
    const QJsonObject closed = votes.stateFor(ann).value(QStringLiteral("question")).toObject();
    QVERIFY(!closed.value(QStringLiteral("open")).toBool());
    QVERIFY(closed.value(QStringLiteral("revealed")).toBool());
    const QJsonObject truth =
        closed.value(QStringLiteral("options")).toArray().at(0).toObject().value(QStringLiteral("truth")).toObject();
    QCOMPARE(truth.value(QStringLiteral("you")).toString(), QStringLiteral("win"));
    QCOMPARE(truth.value(QStringLiteral("customer")).toString(), QStringLiteral("lose"));
    QCOMPARE(truth.value(QStringLiteral("customersCustomer")).toString(), QStringLiteral("even"));
    QVERIFY(!QJsonDocument(closed).toJson().contains("123456"));
}

void TestRoom::revealedQuestionStaysClosed()
{
    RoomVotes votes;
    QString error;
    const QString ann = votes.join(QString(), &error);
    votes.ask(scenario(QStringLiteral("first")));
    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{W, W, W}, {W, W, W}})), QString());
    votes.reveal();
    QVERIFY(votes.isRevealed());
    // Back to the guess step after the truth was shown: nobody changes an answer now.
    votes.ask(scenario(QStringLiteral("first")));
    QVERIFY(!votes.isVoteOpen());
    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{W, L, E}, {W, W, W}})),
             QStringLiteral("The vote is closed."));
    QCOMPARE(votes.count(0, Party::Customer, W), 1);
}

void TestRoom::editedScenarioIsANewQuestion()
{
    RoomVotes votes;
    QString error;
    const QString ann = votes.join(QString(), &error);
    votes.ask(scenario(QStringLiteral("first")));
    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{W, W, W}, {W, W, W}})), QString());
    votes.reveal();
    // The trainer edits the scenario between rounds: a third option, another result. The room answers it afresh.
    Scenario edited = scenario(QStringLiteral("first"));
    edited.deal.options << edited.deal.options.constFirst();
    edited.deal.options.last().name = QStringLiteral("Third");
    votes.ask(edited);
    QVERIFY(votes.isVoteOpen());
    QCOMPARE(votes.optionCount(), 3);
    QCOMPARE(votes.answeredAny(), 0);
    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{W, W, W}, {W, W, W}, {L, L, L}})), QString());
    QCOMPARE(QJsonDocument::fromJson(votes.resultsJson()).object().value(QStringLiteral("scenarios")).toArray().size(),
             2);
}

void TestRoom::mostWrongComesFirst()
{
    RoomVotes votes;
    votes.ask(scenario(QStringLiteral("first")));
    QString error;
    // Truth: option 0 (win, lose, even), option 1 (win, win, win).
    const QList<RoomVotes::Answers> cast{answers({{W, W, W}, {W, W, L}}), answers({{W, W, E}, {W, W, W}}),
                                         answers({{W, W, L}, {W, W, W}}), answers({{L, L, E}, {W, W, W}})};
    for (const RoomVotes::Answers &one : cast)
        QCOMPARE(votes.vote(votes.join(QString(), &error), QStringLiteral("first"), one), QString());
    const QList<RoomVotes::Miss> misses = votes.mostWrong();
    QCOMPARE(misses.size(), 4);
    QCOMPARE(misses.at(0).option, 0); // your customer: 3 of 4 said win, it was a loss
    QCOMPARE(misses.at(0).party, Party::Customer);
    QCOMPARE(misses.at(0).wrong, 3);
    QCOMPARE(misses.at(1).party, Party::CustomersCustomer); // 2 of 4
    QCOMPARE(misses.at(1).wrong, 2);
    QCOMPARE(misses.at(2).party, Party::You); // option 0, 1 of 4, before option 1's
    QCOMPARE(misses.at(3).option, 1);
    QCOMPARE(misses.at(3).wrong, 1);
}

void TestRoom::answersFromPhonesAreReadStrictly()
{
    RoomVotes::Answers read;
    const auto parse = [&read](const char *text) {
        return RoomVotes::readAnswers(
            QJsonDocument::fromJson(QByteArray("{\"a\":") + text + '}').object().value(QStringLiteral("a")), 2, &read);
    };
    QCOMPARE(parse(R"([["win","even","lose"],[null,"win",null]])"), QString());
    QCOMPARE(read.at(1)[1], W);
    QVERIFY(!read.at(1)[0]);
    for (const char *bad :
         {R"("win")", R"([["win","even","lose"]])", R"([["win","even"],["win","even","lose"]])",
          R"([["WIN","even","lose"],["win","even","lose"]])", R"([["unknown",null,null],[null,null,null]])",
          R"([[1,2,3],[null,null,null]])", R"([{},[null,null,null]])"})
        QVERIFY2(!parse(bad).isEmpty(), bad);
}

void TestRoom::resultsExportCountsEveryAnswer()
{
    RoomVotes votes;
    QString error;
    votes.ask(scenario(QStringLiteral("first")));
    const QString ann = votes.join(QStringLiteral("Ann"), &error);
    const QString bob = votes.join(QString(), &error);
    QCOMPARE(votes.vote(ann, QStringLiteral("first"), answers({{W, L, E}, {W, W, W}})), QString());
    QCOMPARE(votes.vote(bob, QStringLiteral("first"), answers({{L, L, std::nullopt}, {W, W, W}})), QString());
    votes.closeVote();
    votes.ask(scenario(QStringLiteral("=second")));
    QCOMPARE(votes.vote(bob, QStringLiteral("=second"), answers({{W, W, W}, {W, W, W}})), QString());

    const QList<QByteArray> lines = votes.resultsCsv().split('\n');
    QCOMPARE(lines.at(0).trimmed(), QByteArray("scenario,title,option,party,true_result,win,even,lose,participants"));
    QCOMPARE(lines.size(), 1 + 2 * 2 * 3 + 1); // header, 2 scenarios x 2 options x 3 parties, the last line's end
    QCOMPARE(lines.at(1).trimmed(), QByteArray("first,Title of first,Fixed price,you,win,1,0,1,2"));
    QCOMPARE(lines.at(3).trimmed(), QByteArray("first,Title of first,Fixed price,customersCustomer,even,0,1,0,2"));
    QVERIFY2(lines.at(7).startsWith("'=second,Title of =second,"), lines.at(7).constData()); // no formula

    const QJsonObject root = QJsonDocument::fromJson(votes.resultsJson()).object();
    QCOMPARE(root.value(QStringLiteral("joined")).toInt(), 2);
    const QJsonArray scenarios = root.value(QStringLiteral("scenarios")).toArray();
    QCOMPARE(scenarios.size(), 2);
    const QJsonObject you = scenarios.at(0)
                                .toObject()
                                .value(QStringLiteral("options"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("parties"))
                                .toObject()
                                .value(QStringLiteral("you"))
                                .toObject();
    QCOMPARE(you.value(QStringLiteral("trueResult")).toString(), QStringLiteral("win"));
    QCOMPARE(you.value(QStringLiteral("answers")).toObject().value(QStringLiteral("lose")).toInt(), 1);
    QCOMPARE(scenarios.at(1).toObject().value(QStringLiteral("participants")).toInt(), 1);
}

void TestRoom::openRoom(Room *room)
{
    QCOMPARE(room->server.open(QHostAddress::LocalHost, 0), QString());
    QVERIFY(room->server.isOpen());
    QVERIFY(room->server.port() > 0);
    room->server.votes().ask(scenario(QStringLiteral("first")));
    const QByteArray base = "/r/" + room->server.votes().code().toLatin1();
    const Response joined = exchange(room->server.port(), request("POST", base + "/join", "{\"nickname\":\"Ann\"}"));
    QCOMPARE(joined.status, 200);
    room->token = joined.json().value(QStringLiteral("token")).toString();
    QCOMPARE(room->token.size(), 32);
    const Response voted = exchange(
        room->server.port(),
        request("POST", base + "/vote",
                json({{QStringLiteral("token"), room->token},
                      {QStringLiteral("scenario"), QStringLiteral("first")},
                      {QStringLiteral("answers"),
                       answersJson({{QStringLiteral("win"), QStringLiteral("lose"), QStringLiteral("even")},
                                    {QStringLiteral("win"), QStringLiteral("win"), QStringLiteral("lose")}})}})));
    QCOMPARE(voted.status, 200);
    QCOMPARE(room->server.votes().answeredAll(), 1);
}

void TestRoom::phonesJoinAndVoteOverHttp()
{
    Room room;
    QSignalSpy changed(&room.server, &RoomServer::changed);
    openRoom(&room);
    QCOMPARE(changed.count(), 2); // the join and the vote
    const QUrl url = room.server.url();
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.path(), QStringLiteral("/r/") + room.server.votes().code());
    const QByteArray base = url.path().toLatin1();

    const Response page = exchange(room.server.port(), request("GET", base));
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers.contains("text/html"));
    QVERIFY(page.body.contains("Join the workshop room"));
    QCOMPARE(exchange(room.server.port(), request("GET", base + '/')).status, 200);
    QCOMPARE(exchange(room.server.port(), request("GET", base.toLower())).status, 200); // typed in lower case

    const Response state = exchange(room.server.port(), request("GET", base + "/state?token=" + room.token.toLatin1()));
    QCOMPARE(state.status, 200);
    QVERIFY(state.headers.contains("no-store"));
    QCOMPARE(state.json().value(QStringLiteral("mine")).toArray().at(1).toArray().at(2).toString(),
             QStringLiteral("lose"));

    // A second phone joins anonymously; the first changes a vote.
    const Response second = exchange(room.server.port(), request("POST", base + "/join", "{}"));
    QCOMPARE(second.status, 200);
    const QByteArray changedVote =
        json({{QStringLiteral("token"), room.token},
              {QStringLiteral("scenario"), QStringLiteral("first")},
              {QStringLiteral("answers"),
               answersJson({{QStringLiteral("win"), QStringLiteral("lose"), QStringLiteral("even")},
                            {QStringLiteral("win"), QStringLiteral("win"), QStringLiteral("win")}})}});
    QCOMPARE(exchange(room.server.port(), request("POST", base + "/vote", changedVote)).status, 200);
    QCOMPARE(room.server.votes().joined(), 2);
    QCOMPARE(room.server.votes().answeredAll(), 1);
    QCOMPARE(room.server.votes().count(1, Party::CustomersCustomer, W), 1);
    QCOMPARE(room.server.votes().count(1, Party::CustomersCustomer, L), 0);

    room.server.votes().closeVote();
    const Response closedVote = exchange(room.server.port(), request("POST", base + "/vote", changedVote));
    QCOMPARE(closedVote.status, 409);
    QCOMPARE(closedVote.json().value(QStringLiteral("error")).toString(), QStringLiteral("The vote is closed."));
}

void TestRoom::hostileRequestsGet4xxAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path"); ///< "{base}" is the room's /r/<code>
    QTest::addColumn<QByteArray>("body"); ///< "{token}" is a participant's token
    QTest::addColumn<int>("status");

    const QByteArray vote =
        R"({"token":"{token}","scenario":"first","answers":[["lose","lose","lose"],["lose","lose","lose"]]})";
    QTest::newRow("another path") << QByteArray("GET") << QByteArray("/etc/passwd") << QByteArray() << 404;
    QTest::newRow("the root") << QByteArray("GET") << QByteArray("/") << QByteArray() << 404;
    QTest::newRow("dot dot") << QByteArray("GET") << QByteArray("{base}/../../etc/passwd") << QByteArray() << 404;
    QTest::newRow("dot dot, encoded") << QByteArray("GET") << QByteArray("{base}/%2e%2e/%2e%2e/etc/passwd")
                                      << QByteArray() << 404;
    QTest::newRow("a file under the room")
        << QByteArray("GET") << QByteArray("{base}/room.html") << QByteArray() << 404;
    QTest::newRow("the resource path") << QByteArray("GET") << QByteArray("/:/room/room.html") << QByteArray() << 404;
    // B is not in the codes' alphabet: never a real code.
    QTest::newRow("another session code") << QByteArray("GET") << QByteArray("/r/BBBB") << QByteArray() << 404;
    QTest::newRow("vote in another room") << QByteArray("POST") << QByteArray("/r/BBBB/vote") << vote << 404;
    QTest::newRow("another scenario id")
        << QByteArray("POST") << QByteArray("{base}/vote")
        << QByteArray(
               R"({"token":"{token}","scenario":"second","answers":[["lose","lose","lose"],["lose","lose","lose"]]})")
        << 409;
    QTest::newRow("unknown participant")
        << QByteArray("POST") << QByteArray("{base}/vote")
        << QByteArray(
               R"({"token":"0123456789abcdef0123456789abcdef","scenario":"first","answers":[["lose","lose","lose"],["lose","lose","lose"]]})")
        << 403;
    QTest::newRow("malformed JSON") << QByteArray("POST") << QByteArray("{base}/vote") << QByteArray("{\"token\":")
                                    << 400;
    QTest::newRow("JSON not an object") << QByteArray("POST") << QByteArray("{base}/vote") << QByteArray("[1,2]")
                                        << 400;
    QTest::newRow("answers malformed")
        << QByteArray("POST") << QByteArray("{base}/vote")
        << QByteArray(
               R"({"token":"{token}","scenario":"first","answers":[["lose","lose","maybe"],["lose","lose","lose"]]})")
        << 400;
    QTest::newRow("answers for one option")
        << QByteArray("POST") << QByteArray("{base}/vote")
        << QByteArray(R"({"token":"{token}","scenario":"first","answers":[["lose","lose","lose"]]})") << 400;
    QTest::newRow("nickname not text") << QByteArray("POST") << QByteArray("{base}/join")
                                       << QByteArray(R"({"nickname":{"a":1}})") << 400;
    QTest::newRow("nickname too long") << QByteArray("POST") << QByteArray("{base}/join")
                                       << QByteArray("{\"nickname\":\"" + QByteArray(41, 'x') + "\"}") << 400;
    QTest::newRow("body over 4 KiB") << QByteArray("POST") << QByteArray("{base}/vote")
                                     << QByteArray("{\"pad\":\"" + QByteArray(5000, 'x') + "\"}") << 413;
    QTest::newRow("GET a vote") << QByteArray("GET") << QByteArray("{base}/vote") << QByteArray() << 405;
    QTest::newRow("DELETE a vote") << QByteArray("DELETE") << QByteArray("{base}/vote") << QByteArray() << 405;
    QTest::newRow("PUT a join") << QByteArray("PUT") << QByteArray("{base}/join") << QByteArray("{}") << 405;
    QTest::newRow("POST the page") << QByteArray("POST") << QByteArray("{base}") << vote << 405;
    QTest::newRow("POST the state") << QByteArray("POST") << QByteArray("{base}/state") << vote << 405;
}

void TestRoom::hostileRequestsGet4xxAndChangeNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    Room room;
    openRoom(&room);
    const QByteArray before = room.server.votes().resultsJson();
    const int joined = room.server.votes().joined();
    path.replace("{base}", QByteArray("/r/" + room.server.votes().code().toLatin1()));
    body.replace("{token}", room.token.toLatin1());
    const Response response = exchange(room.server.port(), request(method, path, body));
    QCOMPARE(response.status, status);
    QVERIFY2(!response.json().value(QStringLiteral("error")).toString().isEmpty(), response.body.constData());
    QVERIFY(!response.body.contains("root:"));
    QCOMPARE(room.server.votes().resultsJson(), before);
    QCOMPARE(room.server.votes().joined(), joined);
}

void TestRoom::hugeBodyIsRefusedBeforeItIsRead()
{
    Room room;
    openRoom(&room);
    const QByteArray before = room.server.votes().resultsJson();
    // A megabyte announced, 70 KiB sent and the rest never: refused once the connection passes 64 KiB, with the
    // guard's own bare 413 (the parser never saw the request: it would still be waiting for the rest).
    QElapsedTimer timer;
    timer.start();
    const Response response =
        exchange(room.server.port(), "POST /r/" + room.server.votes().code().toLatin1() +
                                         "/vote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1048576\r\n\r\n" +
                                         QByteArray(70 * 1024, 'x'));
    QCOMPARE(response.status, 413);
    QVERIFY2(response.body.isEmpty(), response.body.constData());
    QVERIFY2(timer.elapsed() < 5000, "the refusal waited for the body");
    QCOMPARE(room.server.votes().resultsJson(), before);
    // The room still answers.
    QCOMPARE(
        exchange(room.server.port(), request("GET", "/r/" + room.server.votes().code().toLatin1() + "/state")).status,
        200);
}

void TestRoom::floodFromOneAddressIsSlowedDown()
{
    RoomServer server;
    server.setLimits({RoomVotes::DefaultMaxParticipants, 0.01, 5});
    QCOMPARE(server.open(QHostAddress::LocalHost, 0), QString());
    const QByteArray state = request("GET", "/r/" + server.votes().code().toLatin1() + "/state");
    QList<int> statuses;
    for (int i = 0; i < 8; ++i)
        statuses << exchange(server.port(), state).status;
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 200, 200, 429, 429, 429}));
    QVERIFY(exchange(server.port(), request("POST", "/r/" + server.votes().code().toLatin1() + "/join", "{}")).status ==
            429);
    QCOMPARE(server.votes().joined(), 0);
}

void TestRoom::oneDeviceJoinsAFewTimesAtMost()
{
    RoomServer server;
    QCOMPARE(server.open(QHostAddress::LocalHost, 0), QString());
    const QByteArray join = request("POST", "/r/" + server.votes().code().toLatin1() + "/join", "{}");
    QList<int> statuses;
    for (int i = 0; i < 5; ++i)
        statuses << exchange(server.port(), join).status;
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 403, 403}));
    QCOMPARE(server.votes().joined(), 3);
}

void TestRoom::idleConnectionsAreCutOff()
{
    RoomServer server;
    RoomServer::Limits limits;
    limits.idleMs = 300;
    server.setLimits(limits);
    QCOMPARE(server.open(QHostAddress::LocalHost, 0), QString());
    QTcpSocket idle; // connects and says nothing, as a slow-loris client does
    idle.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(idle.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
    // Half a request, never finished, is cut off too.
    QTcpSocket half;
    half.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(half.waitForConnected(5000));
    half.write("POST /r/" + server.votes().code().toLatin1() + "/join HTTP/1.1\r\nContent-Length: 100\r\n\r\n{");
    QTRY_COMPARE_WITH_TIMEOUT(half.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(server.votes().joined(), 0);
}

void TestRoom::connectionsFromOneAddressAreCapped()
{
    RoomServer server;
    RoomServer::Limits limits;
    limits.connectionsPerAddress = 3;
    server.setLimits(limits);
    QCOMPARE(server.open(QHostAddress::LocalHost, 0), QString());
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(held.back()->waitForConnected(5000));
    }
    QTest::qWait(100); // the server takes them
    // A fourth is closed at once, without an answer.
    QCOMPARE(exchange(server.port(), request("GET", "/r/" + server.votes().code().toLatin1() + "/state")).status, 0);
    for (const auto &socket : held)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    held.clear();
    QTRY_COMPARE(exchange(server.port(), request("GET", "/r/" + server.votes().code().toLatin1() + "/state")).status,
                 200);
}

void TestRoom::closedRoomListensNoMore()
{
    RoomServer server;
    QCOMPARE(server.open(QHostAddress::LocalHost, 0), QString());
    const quint16 port = server.port();
    const QString code = server.votes().code();
    server.close();
    QVERIFY(!server.isOpen());
    QCOMPARE(exchange(port, request("GET", "/r/" + code.toLatin1())).status, 0);
    // A new room has a new code; the old one leads nowhere.
    QString newCode;
    for (int i = 0; i < 5 && (newCode.isEmpty() || newCode == code); ++i) {
        QCOMPARE(server.open(QHostAddress::LocalHost, 0), QString());
        newCode = server.votes().code();
    }
    QVERIFY(newCode != code);
    QCOMPARE(exchange(server.port(), request("GET", "/r/" + code.toLatin1())).status, 404);
    // The same port twice is refused in words.
    RoomServer other;
    const QString error = other.open(QHostAddress::LocalHost, server.port());
    QVERIFY2(error.contains(QString::number(server.port())), qPrintable(error));
}

void TestRoom::reopenedRoomKeepsItsResultsUnderANewCode()
{
    Room room;
    openRoom(&room);
    const QString code = room.server.votes().code();
    const QByteArray results = room.server.votes().resultsJson();
    room.server.close();
    QCOMPARE(room.server.open(QHostAddress::LocalHost, 0), QString());
    QVERIFY(room.server.votes().code() != code);
    QCOMPARE(room.server.votes().resultsJson(), results);
    QCOMPARE(exchange(room.server.port(), request("GET", "/r/" + code.toLatin1())).status, 404);
}

void TestRoom::pageSpeaksTheAppsLanguage()
{
    const auto words = [](const QByteArray &page) {
        const qsizetype start = page.indexOf(R"(<script id="words" type="application/json">)");
        const qsizetype from = page.indexOf('>', start) + 1;
        return QJsonDocument::fromJson(page.mid(from, page.indexOf("</script>", from) - from)).object();
    };
    {
        RoomServer server;
        QCOMPARE(server.open(QHostAddress::LocalHost, 0), QString());
        const Response page = exchange(server.port(), request("GET", "/r/" + server.votes().code().toLatin1()));
        QVERIFY(page.body.contains(R"(<html lang="en)"));
        QCOMPARE(words(page.body).value(QStringLiteral("join")).toString(), QStringLiteral("Join"));
        QCOMPARE(words(page.body).size(), 26);
    }
    // In German, as the app runs after Settings > Language > Deutsch.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    installTranslations(*QCoreApplication::instance(), QLocale());
    RoomServer server;
    QCOMPARE(server.open(QHostAddress::LocalHost, 0), QString());
    const Response page = exchange(server.port(), request("GET", "/r/" + server.votes().code().toLatin1()));
    QVERIFY(page.body.contains(R"(<html lang="de)"));
    const QJsonObject german = words(page.body);
    QCOMPARE(german.size(), 26);
    QVERIFY2(german.value(QStringLiteral("join")).toString() != QStringLiteral("Join"),
             qPrintable(german.value(QStringLiteral("join")).toString()));
    QVERIFY(!german.value(QStringLiteral("option")).toString().contains(QStringLiteral("Option %1")) ||
            german.value(QStringLiteral("option")).toString().contains(QStringLiteral("%2")));
    const Response refused = exchange(server.port(), request("GET", "/r/BBBB"));
    QCOMPARE(refused.status, 404);
    QVERIFY2(!refused.json().value(QStringLiteral("error")).toString().startsWith(QStringLiteral("There is no room")),
             refused.body.constData());
}

QTEST_GUILESS_MAIN(TestRoom)
#include "tst_room.moc"
