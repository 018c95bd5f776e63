// triplewin-bench-room: the workshop room under a full room's load (issue 17). The presenter (a real PresenterView
// with its RoomServer, on the guess step) runs in the main thread as in the app; a crowd of simulated phones runs in
// a thread of its own and talks raw HTTP to 127.0.0.1, each phone from its own loopback address (127.0.0.2, .3, …) so
// the room's per-address limits apply as they do to real phones. Each phone joins, votes, changes its vote and polls
// the state, all within the given seconds.
//
// Reported: every vote counted once (the room's counts against the phones' final answers; exit 1 if not), the
// requests refused, the presenter's responsiveness (the lag of a 16 ms timer in its event loop, and the time to draw
// the presenter, while the crowd votes against the same figures measured idle in the same run), and memory (peak RSS
// against the idle presenter). Bounded: loopback only, every request times out after 20 s.
#include "procstatus.h"
#include "ui/presenterview.h"
#include "workshop/roomserver.h"
#include "workshop/scenariopack.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

using namespace Triplewin;
using namespace TriplewinBench;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

constexpr const auto &Answers = Core::RoomAnswerOrder;

/// Phone @p phone's final answer for @p party under option @p option (its first vote is the next answer along).
Core::Result finalAnswer(int phone, int option, int party)
{
    return Answers[(phone + option + party) % 3];
}

struct Totals
{
    std::atomic<int> requests{0};
    std::atomic<int> refused{0}; ///< a status other than 200, or no answer
    std::atomic<int> phonesDone{0};
    std::atomic<int> phonesFailed{0};
};

/// One phone: join, vote, change the vote, poll twice, each request on a connection of its own (as the room asks),
/// from its own loopback address.
class Phone final : public QObject
{
public:
    Phone(int index, quint16 port, QString base, QString scenario, int options, Totals *totals, QObject *parent)
        : QObject(parent)
        , m_index(index)
        , m_port(port)
        , m_base(std::move(base))
        , m_scenario(std::move(scenario))
        , m_options(options)
        , m_totals(totals)
        , m_address(quint32(QHostAddress(QStringLiteral("127.0.0.2")).toIPv4Address() + quint32(index)))
    {}

    void start() { next(); }

private:
    QByteArray voteBody(int shift) const
    {
        QJsonArray rows;
        for (int option = 0; option < m_options; ++option) {
            QJsonArray row;
            for (int party = 0; party < Core::PartyCount; ++party)
                row << Core::resultKey(Answers[(m_index + option + party + shift) % 3]);
            rows << row;
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("token"), m_token},
                                         {QStringLiteral("scenario"), m_scenario},
                                         {QStringLiteral("answers"), rows}})
            .toJson(QJsonDocument::Compact);
    }

    void next()
    {
        switch (m_step++) {
        case 0:
            send("POST", "/join", "{}");
            return;
        case 1:
            send("POST", "/vote", voteBody(1));
            return;
        case 2:
            send("POST", "/vote", voteBody(0)); // changed its mind: the final answer
            return;
        case 3:
        case 4:
            send("GET", "/state?token=" + m_token.toLatin1(), {});
            return;
        default:
            ++m_totals->phonesDone;
            return;
        }
    }

    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body)
    {
        ++m_totals->requests;
        auto *socket = new QTcpSocket(this);
        auto *timeout = new QTimer(socket);
        auto in = std::make_shared<QByteArray>();
        const auto finish = [this, socket, in](bool answered) {
            socket->disconnect();
            socket->deleteLater();
            int status = 0;
            QByteArray payload;
            if (answered) {
                const qsizetype end = in->indexOf("\r\n\r\n");
                status = in->mid(9, 3).toInt();
                payload = in->mid(end + 4);
            }
            if (status != 200) {
                ++m_totals->refused;
                ++m_totals->phonesFailed;
                return; // this phone gives up, as a person would reload: counted as failed
            }
            if (m_step == 1)
                m_token = QJsonDocument::fromJson(payload).object().value(QStringLiteral("token")).toString();
            next();
        };
        connect(socket, &QTcpSocket::connected, socket, [socket, method, path, body, this] {
            socket->write(method + ' ' + m_base.toLatin1() + path +
                          " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        });
        connect(socket, &QTcpSocket::readyRead, socket, [socket, in, finish] {
            *in += socket->readAll();
            const qsizetype end = in->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype lengthAt = in->toLower().indexOf("content-length:");
            const qsizetype size =
                lengthAt < 0
                    ? 0
                    : in->mid(lengthAt + 15, in->indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toLongLong();
            if (in->size() >= end + 4 + size)
                finish(true);
        });
        connect(socket, &QTcpSocket::errorOccurred, socket, [finish] { finish(false); });
        connect(timeout, &QTimer::timeout, socket, [finish] { finish(false); });
        timeout->start(20000);
        socket->bind(m_address);
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    int m_index;
    quint16 m_port;
    QString m_base;
    QString m_scenario;
    int m_options;
    Totals *m_totals;
    QHostAddress m_address;
    QString m_token;
    int m_step = 0;
};

/// Percentile @p p (0..100) of @p values (sorted in place).
double percentile(QList<double> &values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * p / 100)));
}

/// Lag of a 16 ms timer and the presenter's draw time, sampled for @p ms.
struct Responsiveness
{
    QList<double> lagMs;
    QList<double> drawMs;

    void sample(Ui::PresenterView &presenter, int ms, const std::function<bool()> &until = {})
    {
        QElapsedTimer total;
        total.start();
        QElapsedTimer tick;
        tick.start();
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        QEventLoop loop;
        int ticks = 0;
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            lagMs << std::max(0.0, double(tick.nsecsElapsed()) / 1e6 - 16);
            if (++ticks % 6 == 0) { // about ten frames a second drawn in full, as a projector shows them
                QElapsedTimer draw;
                draw.start();
                presenter.repaint();
                drawMs << double(draw.nsecsElapsed()) / 1e6;
            }
            tick.restart();
            if (total.elapsed() >= ms && (!until || until()))
                loop.quit();
        });
        timer.start(16);
        loop.exec();
    }
    QString text()
    {
        return QStringLiteral("timer lag p50 %1 ms, p99 %2 ms, max %3 ms; draw p50 %4 ms, p99 %5 ms")
            .arg(percentile(lagMs, 50), 0, 'f', 1)
            .arg(percentile(lagMs, 99), 0, 'f', 1)
            .arg(percentile(lagMs, 100), 0, 'f', 1)
            .arg(percentile(drawMs, 50), 0, 'f', 1)
            .arg(percentile(drawMs, 99), 0, 'f', 1);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The workshop room under a full room's load."));
    parser.addHelpOption();
    const QCommandLineOption participantsOption(QStringLiteral("participants"), QStringLiteral("Phones (default 200)."),
                                                QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("The phones start within this many seconds (default 8)."),
                                           QStringLiteral("s"), QStringLiteral("8"));
    parser.addOptions({participantsOption, secondsOption});
    parser.process(app);
    const int participants = std::clamp(parser.value(participantsOption).toInt(), 1, 250); // 127.0.0.2 … .251
    const int seconds = std::clamp(parser.value(secondsOption).toInt(), 1, 60);

    const Core::ScenarioPackRead read = Core::readScenarioPackFile(Core::bundledScenarioPackPath());
    if (!read.pack) {
        say(read.error.text());
        return 1;
    }
    Core::RoomServer room;
    Ui::PresenterView presenter(read.pack->scenarios, 0, &room);
    presenter.resize(1920, 1080);
    presenter.show();
    if (const QString error = presenter.openRoom(QHostAddress::LocalHost, 0); !error.isEmpty()) {
        say(error);
        return 1;
    }
    QKeyEvent space(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
    QApplication::sendEvent(&presenter, &space); // the guess step: the vote opens
    const Core::RoomVotes &votes = room.votes();
    if (!votes.isVoteOpen()) {
        say(QStringLiteral("the guess step did not open the vote"));
        return 1;
    }
    say(QStringLiteral("triplewin-bench-room: %1 phones starting within %2 s, each joins, votes, changes its vote and "
                       "polls twice (5 requests), each from its own loopback address")
            .arg(participants)
            .arg(seconds));

    Responsiveness idle;
    idle.sample(presenter, 2000);
    const double idleRss = procStatusMb("VmRSS");
    if (const QString error = resetPeakMemory(); !error.isEmpty())
        say(QStringLiteral("  (peak memory not reset: %1)").arg(error));

    Totals totals;
    QThread crowd;
    crowd.start();
    auto *phones = new QObject;
    phones->moveToThread(&crowd);
    const QString base = room.url().path();
    const int options = votes.optionCount();
    const QString scenario = votes.currentScenarioId();
    const quint16 port = room.port();
    QMetaObject::invokeMethod(phones, [&, phones] {
        for (int i = 0; i < participants; ++i) {
            auto *phone = new Phone(i, port, base, scenario, options, &totals, phones);
            const int delay = int(QRandomGenerator::global()->bounded(seconds * 1000));
            QTimer::singleShot(delay, phone, [phone] { phone->start(); });
        }
    });
    QElapsedTimer wall;
    wall.start();
    Responsiveness loaded;
    loaded.sample(presenter, seconds * 1000, [&] {
        return totals.phonesDone + totals.phonesFailed >= participants || wall.elapsed() > (seconds + 30) * 1000;
    });
    const qint64 elapsed = wall.elapsed();
    QMetaObject::invokeMethod(
        phones, [phones] { delete phones; }, Qt::BlockingQueuedConnection);
    crowd.quit();
    crowd.wait();

    // Every vote counted once: the room's counts against the phones' final answers.
    int mismatches = 0;
    for (int option = 0; option < options; ++option) {
        for (int party = 0; party < Core::PartyCount; ++party) {
            for (Core::Result answer : Answers) {
                int expected = 0;
                for (int phone = 0; phone < participants; ++phone)
                    expected += finalAnswer(phone, option, party) == answer ? 1 : 0;
                if (votes.count(option, Core::AllParties[std::size_t(party)], answer) != expected)
                    ++mismatches;
            }
        }
    }
    const bool counted = mismatches == 0 && votes.joined() == participants && votes.answeredAll() == participants &&
                         totals.phonesFailed == 0;
    say(QStringLiteral("  %1 requests in %2 s: %3 refused or unanswered; %4 of %5 phones done")
            .arg(int(totals.requests))
            .arg(double(elapsed) / 1000, 0, 'f', 1)
            .arg(int(totals.refused))
            .arg(int(totals.phonesDone))
            .arg(participants));
    say(QStringLiteral("  counted: %1 joined, %2 answered, %3 of %4 counts wrong — %5")
            .arg(votes.joined())
            .arg(votes.answeredAll())
            .arg(mismatches)
            .arg(options * Core::PartyCount * 3)
            .arg(counted ? QStringLiteral("every vote counted once") : QStringLiteral("VOTES LOST OR DOUBLED")));
    say(QStringLiteral("  presenter idle:   %1").arg(idle.text()));
    say(QStringLiteral("  presenter loaded: %1").arg(loaded.text()));
    say(QStringLiteral("  memory: idle presenter %1, peak under load %2 (+%3)")
            .arg(mb(idleRss), mb(procStatusMb("VmHWM")), mb(procStatusMb("VmHWM") - idleRss)));
    return counted ? 0 : 1;
}
