#pragma once

// A phone, or a hostile client, talking to the workshop room (RoomServer) with raw HTTP over loopback: what it sends
// is exactly what the test wrote, with nothing normalised on the way (QNetworkAccessManager would resolve "..").

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

namespace RoomClient {

struct Response
{
    int status = 0; ///< 0: no HTTP answer (the connection was cut)
    QByteArray headers;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// Sends @p raw bytes to the server on loopback and reads the answer (the server runs in this thread: waits spin
/// the event loop).
inline Response exchange(quint16 port, const QByteArray &raw)
{
    QTcpSocket socket;
    QByteArray in;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(raw); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { in += socket.readAll(); });
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&] { closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    Response response;
    const auto complete = [&] {
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        response.headers = in.left(end);
        const QRegularExpression length(QStringLiteral("(?i)content-length: *(\\d+)"));
        const auto match = length.match(QString::fromLatin1(response.headers));
        const qsizetype size = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (in.size() < end + 4 + size)
            return false;
        response.body = in.mid(end + 4, size);
        response.status = in.mid(9, 3).toInt();
        return true;
    };
    if (!QTest::qWaitFor([&] { return complete() || closed; }, 10000))
        qWarning("no answer within 10 s");
    return response;
}

inline QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace RoomClient
