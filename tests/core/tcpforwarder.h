#pragma once

// A cable between the app and the test's PostgreSQL that a test can pull out: connections to port() are passed on
// to 127.0.0.1:target until cut(), which drops every connection and stops answering (as a server that went away or
// a network that broke), and resume() answers again on the same port. It runs on a thread of its own, because the
// code under test talks to the server through blocking libpq calls on the test's thread.
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Triplewin::Core::Test {

class TcpForwarder final : public QObject
{
public:
    explicit TcpForwarder(quint16 target)
        : m_target(target)
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~TcpForwarder() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                cutHere();
                moveToThread(nullptr);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(TcpForwarder)

    /// 0 when listening failed.
    quint16 port() const { return m_port; }
    void cut()
    {
        QMetaObject::invokeMethod(
            this, [this] { cutHere(); }, Qt::BlockingQueuedConnection);
    }
    void resume()
    {
        QMetaObject::invokeMethod(
            this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }

private:
    void listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                forward(client);
        });
        if (m_server->listen(QHostAddress::LocalHost, m_port))
            m_port = m_server->serverPort();
    }

    void forward(QTcpSocket *client)
    {
        client->setParent(this);
        auto *upstream = new QTcpSocket(this);
        m_sockets << client << upstream;
        const auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
            QObject::connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
            QObject::connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
        };
        pipe(client, upstream);
        pipe(upstream, client);
        upstream->connectToHost(QHostAddress::LocalHost, m_target); // what the client sends meanwhile is buffered
    }

    void cutHere()
    {
        delete m_server;
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket) {
                socket->abort();
                socket->deleteLater();
            }
        }
        m_sockets.clear();
    }

    QThread m_thread;
    quint16 m_target;
    quint16 m_port = 0;
    QPointer<QTcpServer> m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace Triplewin::Core::Test
