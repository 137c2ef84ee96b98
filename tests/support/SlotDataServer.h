#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <deque>

class QTcpSocket;

namespace salesdesk::test {

// A small HTTP/1.1 server on a free loopback port that serves one slot's bytes, for the download
// tests. One request per connection (it answers with `Connection: close`). It honours
// `Range: bytes=N-` with 206 and a Content-Range (416 when N is past the end), unless the next
// queued Answer says otherwise: ignore the range (200 with everything), name a wrong first byte,
// send bytes past the data, leave out the Content-Length, close the connection or go silent
// part-way through the body, or answer with another status and no body. A request whose path ends
// with "/slot-roots" gets the JSON set with setSlotRoots() (404 while none is set), as the
// client's DatasetServer answers it.
class SlotDataServer final : public QObject {
    Q_OBJECT
public:
    struct Answer {
        bool honourRange = true;
        int status = 0;                  // 0: 200 or 206 as asked; else this status, empty body
        qint64 contentRangeShift = 0;    // added to the first byte the Content-Range names
        QByteArray extra;                // sent after the data, as part of the body
        bool withContentLength = true;   // false: the body ends when the connection closes
        qint64 closeAfterBodyBytes = -1; // close the connection after this many body bytes
        qint64 stallAfterBodyBytes = -1; // send this many body bytes, then nothing

        static Answer ignoringRange() {
            Answer answer;
            answer.honourRange = false;
            return answer;
        }
        static Answer withStatus(int status) {
            Answer answer;
            answer.status = status;
            return answer;
        }
        static Answer shiftingRange(qint64 shift) {
            Answer answer;
            answer.contentRangeShift = shift;
            return answer;
        }
        static Answer withExtra(QByteArray extra, bool withContentLength) {
            Answer answer;
            answer.extra = std::move(extra);
            answer.withContentLength = withContentLength;
            return answer;
        }
        static Answer closingAfter(qint64 bodyBytes) {
            Answer answer;
            answer.closeAfterBodyBytes = bodyBytes;
            return answer;
        }
        static Answer stallingAfter(qint64 bodyBytes) {
            Answer answer;
            answer.stallAfterBodyBytes = bodyBytes;
            return answer;
        }
    };

    explicit SlotDataServer(QByteArray data, QObject* parent = nullptr);

    bool listen();
    QUrl url() const;
    // http://127.0.0.1:<port>, a data source for HostHooks (any other path serves the slot).
    QUrl baseUrl() const;
    void setSlotRoots(QByteArray json) { m_slotRoots = std::move(json); }
    // Answers for the next requests, in order; requests after them get the default Answer.
    void enqueue(const Answer& answer) { m_answers.push_back(answer); }

    int requests() const { return static_cast<int>(m_ranges.size()); }
    // The Range header of each request, empty when it had none.
    const QList<QByteArray>& rangeHeaders() const { return m_ranges; }
    // The path of each request, slot roots included.
    const QList<QByteArray>& paths() const { return m_paths; }
    int slotRootsRequests() const { return m_slotRootsRequests; }
    int openConnections() const { return m_open; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const QByteArray& head);

    QTcpServer m_server;
    QByteArray m_data;
    std::deque<Answer> m_answers;
    QList<QByteArray> m_ranges;
    QList<QByteArray> m_paths;
    QByteArray m_slotRoots;
    int m_slotRootsRequests = 0;
    int m_open = 0;
};

} // namespace salesdesk::test
