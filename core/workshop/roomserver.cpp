#include "roomserver.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <unistd.h>

namespace Triplewin::Core {

namespace {

struct RoomServerText
{
    Q_DECLARE_TR_FUNCTIONS(Triplewin::Core::RoomServer)
};

using Status = QHttpServerResponder::StatusCode;

/// Every answer closes its connection: a phone's next poll opens a new one, so the byte cap of a connection
/// (RoomTcpServer) is the cap of one request.
void reply(QHttpServerResponder &responder, Status status, const QJsonObject &json)
{
    responder.write(QJsonDocument(json).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"},
                     {"Cache-Control", "no-store"},
                     {"X-Content-Type-Options", "nosniff"},
                     {"Connection", "close"}},
                    status);
}

void refuse(QHttpServerResponder &responder, Status status, const QString &message)
{
    reply(responder, status, QJsonObject{{QStringLiteral("error"), message}});
}

void refuseMethod(QHttpServerResponder &responder, const QByteArray &allowed)
{
    responder.write(
        QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                   RoomServerText::tr("This address takes only %1.").arg(QLatin1String(allowed))}})
            .toJson(QJsonDocument::Compact),
        {{"Content-Type", "application/json"}, {"Allow", allowed}, {"Connection", "close"}}, Status::MethodNotAllowed);
}

/// The page's words in the app's language (the page falls back to its English ones for any missing).
QJsonObject pageWords()
{
    return {
        {QStringLiteral("title"), RoomServerText::tr("Triplewin workshop room")},
        {QStringLiteral("joinHeading"), RoomServerText::tr("Join the workshop room")},
        {QStringLiteral("joinHint"), RoomServerText::tr("Your answers are anonymous unless you give a nickname.")},
        {QStringLiteral("nickname"), RoomServerText::tr("Nickname (optional)")},
        {QStringLiteral("join"), RoomServerText::tr("Join")},
        {QStringLiteral("inHeading"), RoomServerText::tr("You are in")},
        {QStringLiteral("inHint"), RoomServerText::tr("Wait for the trainer to ask the room.")},
        {QStringLiteral("ask"),
         RoomServerText::tr("For each option: does each party win, break even or lose against its own "
                            "walk-away point? You can change your answers until the trainer closes the "
                            "vote.")},
        {QStringLiteral("connecting"), RoomServerText::tr("Connecting…")},
        {QStringLiteral("win"), RoomServerText::tr("Win")},
        {QStringLiteral("even"), RoomServerText::tr("Even")},
        {QStringLiteral("lose"), RoomServerText::tr("Lose")},
        {QStringLiteral("option"), RoomServerText::tr("Option %1: %2")},
        {QStringLiteral("notAssessed"), RoomServerText::tr("not assessed")},
        {QStringLiteral("truth"), RoomServerText::tr("It was: %1")},
        {QStringLiteral("truthRight"), RoomServerText::tr("It was: %1 — you were right.")},
        {QStringLiteral("truthWrong"), RoomServerText::tr("It was: %1 — you said %2.")},
        {QStringLiteral("allIn"), RoomServerText::tr("Your answers are in. You can still change them.")},
        {QStringLiteral("saved"), RoomServerText::tr("Saved. Answer the others too.")},
        {QStringLiteral("notJoined"), RoomServerText::tr("Not joined yet.")},
        {QStringLiteral("waiting"), RoomServerText::tr("Joined. Waiting for a question.")},
        {QStringLiteral("open"), RoomServerText::tr("The vote is open.")},
        {QStringLiteral("closed"), RoomServerText::tr("The vote is closed.")},
        {QStringLiteral("closedRevealed"), RoomServerText::tr("The vote is closed: here is how it came out.")},
        {QStringLiteral("joined"), RoomServerText::tr("Joined.")},
        {QStringLiteral("answeredStatus"), RoomServerText::tr("The room answered %1.")},
    };
}

/// resources/room/room.html in the app's language: its words object filled in, its lang attribute set.
QByteArray localizedPage()
{
    QFile file(QStringLiteral(":/room/room.html"));
    QByteArray html = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    // In a script element "</" would end it early: written "<\/" (the same string to JSON).
    QByteArray words = QJsonDocument(pageWords()).toJson(QJsonDocument::Compact);
    words.replace("</", "<\\/");
    const QByteArray filled = R"(<script id="words" type="application/json">)" + words + "</script>";
    html.replace(R"(<script id="words" type="application/json">{}</script>)", filled);
    const QByteArray lang = R"(<html lang=")" + QLocale().bcp47Name().toLatin1() + R"(">)";
    html.replace(R"(<html lang="en">)", lang);
    return html;
}

/// A TCP server that guards the HTTP server's connections: each is cut off once it sends more than
/// MaxConnectionBytes (QHttpServer buffers a whole request before it hands it over, so a huge body is refused here,
/// before it is read, with a 413) or stays open longer than Limits::idleMs, and one address may hold only
/// connectionsPerAddress at once, the server maxConnections.
class RoomTcpServer final : public QTcpServer
{
public:
    RoomTcpServer(const RoomServer::Limits &limits, QObject *parent)
        : QTcpServer(parent)
        , m_limits(limits)
    {
        setMaxPendingConnections(64);
        // Out of file descriptors, QTcpServer stops accepting; it tries again a moment later.
        connect(this, &QTcpServer::acceptError, this,
                [this] { QTimer::singleShot(500, this, [this] { resumeAccepting(); }); });
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            ::close(int(handle));
            return;
        }
        const QHostAddress address = socket->peerAddress();
        if (m_open >= m_limits.maxConnections || m_byAddress.value(address) >= m_limits.connectionsPerAddress) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        ++m_open;
        ++m_byAddress[address];
        connect(socket, &QObject::destroyed, this, [this, address] {
            --m_open;
            if (--m_byAddress[address] <= 0)
                m_byAddress.remove(address);
        });
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(m_limits.idleMs);
        // Connected before the HTTP server's own readyRead connection (made when it takes the pending connection),
        // so this sees the bytes first.
        auto received = std::make_shared<qint64>(0);
        connect(socket, &QTcpSocket::readyRead, socket, [socket, received] {
            if (*received > RoomServer::MaxConnectionBytes) {
                socket->readAll(); // refused already: nothing more reaches the parser
                return;
            }
            *received += socket->bytesAvailable();
            if (*received <= RoomServer::MaxConnectionBytes)
                return;
            socket->readAll();
            socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
        addPendingConnection(socket);
    }

private:
    const RoomServer::Limits m_limits;
    int m_open = 0;
    QHash<QHostAddress, int> m_byAddress;
};

} // namespace

class RoomServer::Http final : public QAbstractHttpServer
{
public:
    explicit Http(RoomServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_owner->answer(request, makeResponder(request, socket));
        // One request per connection ("Connection: close" in every answer): closed once the answer is written.
        socket->disconnectFromHost();
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    RoomServer *m_owner;
};

RoomServer::RoomServer(QObject *parent)
    : QObject(parent)
    , m_votes(std::make_unique<RoomVotes>())
{
    m_clock.start();
}

RoomServer::~RoomServer() = default;

QString RoomServer::open(const QHostAddress &address, quint16 port)
{
    close();
    auto *http = new Http(this);
    auto *tcp = new RoomTcpServer(m_limits, http);
    if (!tcp->listen(address, port)) {
        const QString error = RoomServerText::tr("Cannot open the room on %1, port %2: %3")
                                  .arg(address.toString())
                                  .arg(port)
                                  .arg(tcp->errorString());
        delete http;
        return error;
    }
    http->bind(tcp);
    m_http = http;
    m_address = address;
    m_port = tcp->serverPort();
    // A room opened again in the same workshop keeps what the room answered so far (for the export), under a new code.
    if (m_votes->hasQuestion())
        m_votes->renewCode();
    else
        m_votes = std::make_unique<RoomVotes>(m_limits.maxParticipants);
    m_buckets.clear();
    m_joins.clear();
    m_page = localizedPage();
    return {};
}

void RoomServer::close()
{
    delete m_http;
    m_http = nullptr;
}

QUrl RoomServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/r/") + m_votes->code());
    return url;
}

bool RoomServer::takeToken(const QHostAddress &address)
{
    const qint64 now = m_clock.elapsed();
    if (m_buckets.size() > 4096) { // many addresses: forget those that have refilled
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (it->tokens + double(now - it->at) / 1000 * m_limits.perSecond >= m_limits.burst)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    auto it = m_buckets.find(address);
    if (it == m_buckets.end())
        it = m_buckets.insert(address, Bucket{m_limits.burst, now});
    it->tokens = std::min(m_limits.burst, it->tokens + double(now - it->at) / 1000 * m_limits.perSecond);
    it->at = now;
    if (it->tokens < 1)
        return false;
    it->tokens -= 1;
    return true;
}

void RoomServer::answer(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    using Method = QHttpServerRequest::Method;
    if (!takeToken(request.remoteAddress())) {
        refuse(responder, Status::TooManyRequests,
               RoomServerText::tr("Too many requests from this device; wait a moment."));
        return;
    }
    const QString path = request.url().path();
    const QString prefix = QStringLiteral("/r/") + m_votes->code();
    // The code as typed off the projector: any case.
    if (!path.startsWith(prefix, Qt::CaseInsensitive)) {
        refuse(responder, Status::NotFound, RoomServerText::tr("There is no room at this address; check the code."));
        return;
    }
    const QString rest = path.mid(prefix.size());
    const Method method = request.method();
    if (request.body().size() > MaxBodyBytes) {
        refuse(responder, Status::PayloadTooLarge, RoomServerText::tr("The request is too large."));
        return;
    }
    if (rest.isEmpty() || rest == QLatin1String("/")) {
        if (method != Method::Get && method != Method::Head)
            return refuseMethod(responder, "GET");
        responder.write(m_page,
                        {{"Content-Type", "text/html; charset=utf-8"},
                         {"Cache-Control", "no-store"},
                         {"X-Content-Type-Options", "nosniff"},
                         {"Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; "
                                                     "style-src 'unsafe-inline'; connect-src 'self'"},
                         {"Connection", "close"}},
                        Status::Ok);
        return;
    }
    if (rest == QLatin1String("/state")) {
        if (method != Method::Get)
            return refuseMethod(responder, "GET");
        const QString token = request.query().queryItemValue(QStringLiteral("token"));
        reply(responder, Status::Ok, m_votes->stateFor(token));
        return;
    }
    if (rest != QLatin1String("/join") && rest != QLatin1String("/vote")) {
        refuse(responder, Status::NotFound, RoomServerText::tr("There is nothing at this address."));
        return;
    }
    if (method != Method::Post)
        return refuseMethod(responder, "POST");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        refuse(responder, Status::BadRequest, RoomServerText::tr("The request is not a JSON object."));
        return;
    }
    const QJsonObject body = document.object();
    if (rest == QLatin1String("/join")) {
        const QJsonValue nickname = body.value(QStringLiteral("nickname"));
        if (!nickname.isUndefined() && !nickname.isNull() && !nickname.isString()) {
            refuse(responder, Status::BadRequest, RoomServerText::tr("A nickname is text."));
            return;
        }
        if (m_joins.value(request.remoteAddress()) >= m_limits.joinsPerAddress) {
            refuse(responder, Status::Forbidden, RoomServerText::tr("This device has joined the room already."));
            return;
        }
        QString error;
        RoomVotes::JoinRefusal refusal = RoomVotes::JoinRefusal::None;
        const QString token = m_votes->join(nickname.toString(), &error, &refusal);
        if (token.isEmpty()) {
            refuse(responder,
                   refusal == RoomVotes::JoinRefusal::NicknameTooLong ? Status::BadRequest : Status::Forbidden, error);
            return;
        }
        ++m_joins[request.remoteAddress()];
        reply(responder, Status::Ok, QJsonObject{{QStringLiteral("token"), token}});
        Q_EMIT changed();
        return;
    }
    const QString token = body.value(QStringLiteral("token")).toString();
    if (!m_votes->isParticipant(token)) {
        refuse(responder, Status::Forbidden, RoomServerText::tr("Join the room first."));
        return;
    }
    RoomVotes::Answers answers;
    const QString scenario = body.value(QStringLiteral("scenario")).toString();
    if (scenario != m_votes->currentScenarioId() || !m_votes->isVoteOpen()) {
        refuse(responder, Status::Conflict,
               m_votes->isVoteOpen() ? RoomServerText::tr("The room has moved on to another scenario.")
                                     : RoomServerText::tr("The vote is closed."));
        return;
    }
    if (const QString error =
            RoomVotes::readAnswers(body.value(QStringLiteral("answers")), m_votes->optionCount(), &answers);
        !error.isEmpty()) {
        refuse(responder, Status::BadRequest, error);
        return;
    }
    if (const QString error = m_votes->vote(token, scenario, answers); !error.isEmpty()) {
        refuse(responder, Status::Conflict, error);
        return;
    }
    reply(responder, Status::Ok, QJsonObject{{QStringLiteral("ok"), true}});
    Q_EMIT changed();
}

QHostAddress RoomServer::defaultAddress()
{
    // The interface of the default route: /proc/net/route's line whose destination is 00000000.
    QFile routes(QStringLiteral("/proc/net/route"));
    if (routes.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = routes.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 2 || fields.at(1) != "00000000")
                continue;
            const QNetworkInterface interface = QNetworkInterface::interfaceFromName(QString::fromLatin1(fields.at(0)));
            for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
                if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                    return entry.ip();
            }
        }
    }
    const QList<QPair<QString, QHostAddress>> all = addresses();
    return all.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : all.first().second;
}

QList<QPair<QString, QHostAddress>> RoomServer::addresses()
{
    QList<QPair<QString, QHostAddress>> found;
    QList<QPair<QString, QHostAddress>> loopback;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!interface.flags().testFlag(QNetworkInterface::IsUp) ||
            !interface.flags().testFlag(QNetworkInterface::IsRunning))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            (entry.ip().isLoopback() ? loopback : found) << qMakePair(interface.humanReadableName(), entry.ip());
        }
    }
    if (loopback.isEmpty())
        loopback << qMakePair(QStringLiteral("lo"), QHostAddress(QHostAddress::LocalHost));
    return found + loopback;
}

} // namespace Triplewin::Core
