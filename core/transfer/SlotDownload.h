#pragma once

#include "core/domain/ContextGuard.h"
#include "core/domain/Result.h"
#include "core/transfer/SlotFileAppender.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
template <typename T> class QFutureWatcher;

namespace salesdesk::transfer {

// Downloads one slot's bytes over HTTP(S) from `url` into the slot's data file, resuming what the
// file already holds:
// - the file holds N bytes: asks for `Range: bytes=N-` and appends. A 206 answer must say
//   `Content-Range: bytes N-…/slotSize`; a 200 answer means the server ignored the range, and the
//   file is cut to 0 and filled from the start. N equal to the slot size asks for nothing;
//   N larger is refused.
// - never writes past the slot size: an answer that announces another length, or whose body goes
//   on past the slot, is refused (the bytes of that answer already written are cut away again).
// - errors (HTTP status, connection lost, a body that ends early, no byte for idleTimeoutMs)
//   keep the bytes that arrived intact in the file, so a new SlotDownload resumes from there. It
//   does not retry by itself: when and how often to try again is the caller's decision.
// - a window of a larger resource (Options::resourceOffset, resourceSize): the same, with every
//   range shifted by the window's offset, and ranges required.
// - a rate limit in bytes per second (0: none) that never sleeps: the reply's read buffer is
//   kept small and reading stops until a token bucket (refilled on a QTimer) has room again, so
//   the kernel's TCP window slows the server down.
// - the file writes, the fsync at the end and even the open run on a thread of their own
//   (QtConcurrent on a one-thread pool shared by all downloads), one batch at a time, in order;
//   the reply stays on this object's thread. Reading also pauses while 4 batches wait for the
//   disk. A write running when the download is cancelled still finishes, before any job of a
//   later download of the same file starts.
//
// Time: the timeouts and the rate limit use QTimer and QElapsedTimer (wall-clock, milliseconds),
// not the engine's Clock: bytes arrive in real time however fast the market's clock runs (the
// demo's accelerated clock would turn a 30 s timeout into milliseconds, a VirtualClock would
// never fire it while the test waits on the socket), and Clock counts whole seconds, too coarse
// for a token bucket.
//
// Callbacks run on this object's thread as queued calls, never inside start() or cancel(); none
// runs after cancel(), after the destructor or once `context` is destroyed (which cancels the
// download). A callback may delete the download with deleteLater().
class SlotDownload final : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint64 rateLimit = 0;            // bytes per second; 0: no limit
        int idleTimeoutMs = 30'000;       // no byte arrived for this long: the download fails
        quint64 batchBytes = 1024 * 1024; // the reply's read buffer, and bytes per write at most
        // The slot as a window of a larger resource (a whole dataset, as a Codex node serves
        // it): its first byte is at `resourceOffset` of a resource of `resourceSize` bytes.
        // Every request then names the window's remaining bytes as a closed range, the answer
        // must be 206 with a Content-Range inside the window, and a server that ignores ranges
        // is refused (InvalidArgument). 0: the URL is the slot alone.
        quint64 resourceOffset = 0;
        quint64 resourceSize = 0;
    };
    // The bytes of the slot that the file holds now (written, not yet synced). Reported after
    // every batch written; it goes down (to 0) when a server ignored the range and the file was
    // started over.
    using ProgressCallback = std::function<void(quint64 bytesInFile)>;
    using DoneCallback = std::function<void(Result<void>)>;

    // `network` may be null (the download makes its own); when given it must outlive this.
    SlotDownload(QNetworkAccessManager* network, QUrl url, QString filePath, quint64 slotSize,
                 Options options, QObject* parent = nullptr);
    ~SlotDownload() override;

    // Starts once; later calls do nothing. `done` gets ok once the file holds the slot's bytes
    // and they are synced to the disk.
    void start(const QObject* context, ProgressCallback progress, DoneCallback done);
    // Aborts the transfer; no callback follows. A write already running finishes on its thread.
    void cancel();

    const QUrl& url() const { return m_url; }
    const QString& filePath() const { return m_path; }
    quint64 slotSize() const { return m_slotSize; }
    bool isRunning() const { return m_started && !m_over; }
    // What the file held when the download started (known once the file is open).
    quint64 resumedFrom() const { return m_resumedFrom; }
    quint64 bytesInFile() const { return m_fileBytes; }
    // The reply's read buffer in bytes (0 before the request is sent).
    qint64 readBufferSize() const { return m_readBufferSize; }
    // How many times reading paused because the rate limit had no tokens left.
    int ratePauses() const { return m_ratePauses; }

private:
    enum class Discard { No, ThisAnswer };
    struct Job {
        bool open = false;
        bool sync = false;
        quint64 bytes = 0;
    };

    void runJob(std::function<Result<quint64>()> work, Job job);
    void onJobDone(const Result<quint64>& result, Job job);
    void onFileOpened(quint64 size);
    void pump();
    void sendRequest();
    bool checkAnswerHead();
    void readFromReply();
    void onReplyFinished();
    void endOfBody();
    void refillTokens();
    void fail(Error error, Discard discard = Discard::No);
    void maybeReport();
    void releaseReply();
    void deliver(std::function<void()> call);
    QString where() const;
    QString asked() const;
    bool windowed() const { return m_options.resourceSize > 0; }

    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QUrl m_url;
    QString m_path;
    quint64 m_slotSize = 0;
    Options m_options;

    ContextGuard m_guard{nullptr};
    ProgressCallback m_progress;
    DoneCallback m_done;
    bool m_started = false;
    bool m_over = false;      // reported, or cancelled
    bool m_cancelled = false; // no callback any more

    // The file: written by one job at a time on a pool thread.
    std::shared_ptr<SlotFileAppender> m_file;
    QFutureWatcher<Result<quint64>>* m_job = nullptr;
    SlotFileAppender::Batch m_queue; // waiting for the next job
    quint64 m_pendingBytes = 0;      // read from the reply, not yet written
    quint64 m_fileBytes = 0;
    quint64 m_resumedFrom = 0;
    bool m_synced = false;

    // The answer.
    QPointer<QNetworkReply> m_reply;
    bool m_headChecked = false;
    bool m_replyFinished = false;
    quint64 m_answerStart = 0; // the slot offset of the answer's first byte
    quint64 m_received = 0;    // the slot offset of the next byte to read
    std::optional<Error> m_failure;
    qint64 m_readBufferSize = 0;

    QTimer m_idleTimer;
    QTimer m_rateTimer;
    QElapsedTimer m_bucketClock;
    double m_tokens = 0; // bytes that may be read now (the bucket)
    int m_ratePauses = 0;
};

} // namespace salesdesk::transfer
