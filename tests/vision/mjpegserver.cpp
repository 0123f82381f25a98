#include "mjpegserver.h"

#include <QHostAddress>

namespace cg::test {

namespace {
const QByteArray kBoundary = "cgframe";
}

MjpegServer::MjpegServer(QList<QByteArray> jpegFrames, QObject* parent)
    : QObject(parent), m_frames(std::move(jpegFrames))
{
    connect(&m_server, &QTcpServer::newConnection, this, &MjpegServer::onConnection);
    m_timer.setInterval(40);   // 25 frames per second
    connect(&m_timer, &QTimer::timeout, this, &MjpegServer::sendFrames);
}

bool MjpegServer::start()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_timer.start();
    return true;
}

QString MjpegServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/video.mjpg").arg(port());
}

void MjpegServer::requireBasicAuth(const QString& user, const QString& password)
{
    m_expectedAuth = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

void MjpegServer::pause()
{
    m_paused = true;
}

void MjpegServer::resume()
{
    m_paused = false;
}

void MjpegServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_paused) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void MjpegServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n"))
        return;
    socket->setProperty("request", QByteArray());
    QByteArray auth;
    for (const QByteArray& line : request.split('\n')) {
        if (line.toLower().startsWith("authorization:"))
            auth = line.mid(14).trimmed();
    }
    if (!auth.isEmpty())
        m_lastAuthorization = auth;
    if (!m_expectedAuth.isEmpty() && auth != m_expectedAuth) {
        ++m_unauthorised;
        socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"camera\"\r\n"
                      "Content-Length: 0\r\n\r\n");
        return;   // keep-alive: the client retries with credentials
    }
    ++m_clients;
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: multipart/x-mixed-replace; boundary=" + kBoundary +
                  "\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n");
    m_streaming.append(socket);
}

void MjpegServer::sendFrames()
{
    if (m_paused || m_frames.isEmpty())
        return;
    const QByteArray& jpeg = m_frames.at(m_next);
    m_next = (m_next + 1) % int(m_frames.size());
    const QByteArray part = "--" + kBoundary + "\r\nContent-Type: image/jpeg\r\nContent-Length: " +
                            QByteArray::number(jpeg.size()) + "\r\n\r\n" + jpeg + "\r\n";
    m_streaming.removeAll(nullptr);
    for (const QPointer<QTcpSocket>& s : std::as_const(m_streaming)) {
        if (s && s->state() == QAbstractSocket::ConnectedState) {
            s->write(part);
            ++m_sent;
        }
    }
}

} // namespace cg::test
