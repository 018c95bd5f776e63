#pragma once

#include "roomvotes.h"

#include <memory>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace Triplewin::Core {

/// The workshop room's web server: while the trainer has the room open, phones on the local network load one page
/// (resources/room/room.html, compiled in) at http://<address>:<port>/r/<code> and join, read the current question
/// and vote through three JSON requests beside it. Built on Qt's QHttpServer module (its parser and responder);
/// everything else is refused with a 4xx status and changes nothing:
/// - other paths, other session codes, ".." (no file is ever served: the page comes from the resources);
/// - wrong methods (405), bodies over MaxBodyBytes (413; a connection that sends more than MaxConnectionBytes is cut
///   off before its body is read), malformed JSON or answers (400), unknown participants (403), a vote for another
///   scenario or after the vote closed (409);
/// - more requests from one address than its rate allows (429), more joins from it than Limits::joinsPerAddress, and
///   joins beyond the room's participant cap (403); connections beyond Limits' caps, or idle too long, are closed.
/// Nothing from the deal database, a role card or another scenario is reachable: the server only knows RoomVotes.
class RoomServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomServer)

public:
    static constexpr quint16 DefaultPort = 8421;
    static constexpr int MaxBodyBytes = 4096;
    static constexpr qint64 MaxConnectionBytes = 64 * 1024;

    /// How much one address may ask: a token bucket of burst requests, refilled at perSecond (a phone polls every 1.5
    /// seconds; the default lets it join, vote and reload freely, and stops a script flooding the room), a few joins
    /// (a phone, a second tab, a reload after a new code), a few connections at once; every connection is cut off
    /// after idleMs, and the whole server takes maxConnections at once, so idle sockets cannot use up the app's files.
    struct Limits
    {
        int maxParticipants = RoomVotes::DefaultMaxParticipants;
        double perSecond = 5;
        double burst = 20;
        int joinsPerAddress = 3;
        int connectionsPerAddress = 8;
        int maxConnections = 600;
        int idleMs = 10000;
    };

    explicit RoomServer(QObject *parent = nullptr);
    ~RoomServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }

    /// Opens the room (a new session code) listening on @p address at @p port (0: any free port). Returns the error
    /// in words, empty on success. An open room is closed first. What an earlier room of this server answered stays
    /// (RoomVotes::renewCode()), so one export has the whole workshop.
    QString open(const QHostAddress &address, quint16 port);
    /// Stops listening; the votes stay readable (for the export) until the next open().
    void close();
    bool isOpen() const { return m_http != nullptr; }
    /// The address phones open: http://<address>:<port>/r/<code>.
    QUrl url() const;
    quint16 port() const { return m_port; }

    RoomVotes &votes() { return *m_votes; }
    const RoomVotes &votes() const { return *m_votes; }

    /// The interface a room opens on by default: the IPv4 address of the interface with the default route (Linux:
    /// /proc/net/route), else the first non-loopback IPv4 address that is up, else loopback.
    static QHostAddress defaultAddress();
    /// Every IPv4 address the room can open on, loopback last, each with its interface's name.
    static QList<QPair<QString, QHostAddress>> addresses();

Q_SIGNALS:
    /// A participant joined or voted: the counts changed.
    void changed();

private:
    class Http;
    void answer(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool takeToken(const QHostAddress &address);

    Limits m_limits;
    std::unique_ptr<RoomVotes> m_votes;
    Http *m_http = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    QHash<QHostAddress, Bucket> m_buckets;
    QHash<QHostAddress, int> m_joins;
    QByteArray m_page; ///< the phones' page in the app's language
    QElapsedTimer m_clock;
};

} // namespace Triplewin::Core
