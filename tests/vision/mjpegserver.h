#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace cg::test {

// A real HTTP MJPEG (multipart/x-mixed-replace) server on 127.0.0.1 for
// capture tests. Optional Basic authentication; can pause (stop sending
// frames and refuse new clients, keeping open connections silent) and resume.
class MjpegServer final : public QObject
{
    Q_OBJECT
public:
    explicit MjpegServer(QList<QByteArray> jpegFrames, QObject* parent = nullptr);
    bool start();
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;
    void requireBasicAuth(const QString& user, const QString& password);
    void pause();
    void resume();
    int framesSent() const { return m_sent; }
    int clientsServed() const { return m_clients; }
    int unauthorised() const { return m_unauthorised; }
    QByteArray lastAuthorization() const { return m_lastAuthorization; }

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void sendFrames();

    QTcpServer m_server;
    QTimer m_timer;
    QList<QByteArray> m_frames;
    QList<QPointer<QTcpSocket>> m_streaming;
    QByteArray m_expectedAuth;
    QByteArray m_lastAuthorization;
    bool m_paused = false;
    int m_next = 0;
    int m_sent = 0;
    int m_clients = 0;
    int m_unauthorised = 0;
};

} // namespace cg::test
