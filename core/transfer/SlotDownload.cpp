#include "core/transfer/SlotDownload.h"

#include "core/transfer/ContentRange.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSlotDownload, "salesdesk.transfer.slotdownload")

namespace salesdesk::transfer {

namespace {

// Reading stops while this many batches wait for the disk.
constexpr quint64 kBatchesAhead = 4;

// The file work of every download, on one thread of its own: apart from the pools that proofs
// and hashing keep busy (the global pool, the HashingPool), so a long hash never holds back the
// bytes arriving from the network; and one thread, so the jobs of all downloads run in the order
// they were handed over. A download started right after a cancelled one of the same file opens it
// only after the cancelled one's last write, never beside it.
QThreadPool& writePool() {
    struct WritePool : QThreadPool {
        WritePool() { setMaxThreadCount(1); }
    };
    static WritePool pool;
    return pool;
}

// What the token bucket holds at most: an eighth of a second of the rate, so reads come about
// eight times a second and a burst stays short.
quint64 bucketSize(quint64 rate, quint64 batchBytes) {
    return std::clamp<quint64>(rate / 8, 1, std::max<quint64>(batchBytes, 1));
}

} // namespace

SlotDownload::SlotDownload(QNetworkAccessManager* network, QUrl url, QString filePath,
                           quint64 slotSize, Options options, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_path(std::move(filePath))
    , m_slotSize(slotSize)
    , m_options(options) {
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownNetwork.get();
    }
    m_options.batchBytes = std::max<quint64>(m_options.batchBytes, 1);
    m_idleTimer.setSingleShot(true);
    m_rateTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        fail(makeError(ErrorCode::Io, QStringLiteral("no data arrived for %1 ms %2")
                                          .arg(m_options.idleTimeoutMs)
                                          .arg(where())));
    });
    connect(&m_rateTimer, &QTimer::timeout, this, &SlotDownload::readFromReply);
}

SlotDownload::~SlotDownload() {
    cancel();
}

void SlotDownload::start(const QObject* context, ProgressCallback progress, DoneCallback done) {
    if (m_started)
        return;
    m_started = true;
    m_guard = ContextGuard(context);
    m_progress = std::move(progress);
    m_done = std::move(done);
    if (context)
        connect(context, &QObject::destroyed, this, &SlotDownload::cancel);
    m_file = std::make_shared<SlotFileAppender>(m_path);
    qCInfo(lcSlotDownload).noquote() << QStringLiteral("download of %1 bytes from %2 into %3")
                                            .arg(m_slotSize)
                                            .arg(m_url.toDisplayString(), m_path);
    runJob([file = m_file] { return file->open(); }, Job{.open = true});
}

void SlotDownload::cancel() {
    if (m_cancelled)
        return;
    m_cancelled = true;
    const bool wasRunning = isRunning();
    m_over = true;
    releaseReply();
    if (m_job) {
        // The running write finishes on its own (it holds the file); nobody hears of it.
        m_job->disconnect(this);
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_queue = {};
    if (wasRunning)
        qCInfo(lcSlotDownload).noquote() << QStringLiteral("download cancelled %1").arg(where());
}

QString SlotDownload::where() const {
    return QStringLiteral("from %1 at byte %2 of %3")
        .arg(m_url.toDisplayString())
        .arg(m_received)
        .arg(m_slotSize);
}

QString SlotDownload::asked() const {
    if (windowed())
        return QStringLiteral("bytes %1-%2 of %3")
            .arg(m_options.resourceOffset + m_answerStart)
            .arg(m_options.resourceOffset + m_slotSize - 1)
            .arg(m_url.toDisplayString());
    return m_answerStart > 0
               ? QStringLiteral("bytes %1- of %2").arg(m_answerStart).arg(m_url.toDisplayString())
               : m_url.toDisplayString();
}

void SlotDownload::deliver(std::function<void()> call) {
    QMetaObject::invokeMethod(
        this,
        [this, call = std::move(call)] {
            if (!m_cancelled && !m_guard.gone())
                call();
        },
        Qt::QueuedConnection);
}

// --- the file, on the write pool ---------------------------------------------------------------

void SlotDownload::runJob(std::function<Result<quint64>()> work, Job job) {
    auto* watcher = new QFutureWatcher<Result<quint64>>();
    m_job = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        m_job = nullptr;
        onJobDone(watcher->result(), job);
    });
    watcher->setFuture(QtConcurrent::run(&writePool(), std::move(work)));
}

void SlotDownload::pump() {
    if (m_job || m_cancelled || m_queue.isEmpty())
        return;
    SlotFileAppender::Batch batch = std::move(m_queue);
    m_queue = {};
    const Job job{.sync = batch.sync, .bytes = batch.bytes()};
    runJob([file = m_file, batch = std::move(batch)] { return file->apply(batch); }, job);
}

void SlotDownload::onJobDone(const Result<quint64>& result, Job job) {
    m_pendingBytes -= std::min(m_pendingBytes, job.bytes);
    if (!result.ok()) {
        m_queue = {}; // the file cannot take more
        m_pendingBytes = 0;
        fail(result.error());
        maybeReport();
        return;
    }
    if (job.open) {
        onFileOpened(*result);
        return;
    }
    const quint64 before = m_fileBytes;
    m_fileBytes = *result;
    if (m_progress && (job.bytes > 0 || m_fileBytes != before))
        deliver([progress = m_progress, bytes = m_fileBytes] { progress(bytes); });
    if (job.sync)
        m_synced = true;
    pump();
    readFromReply(); // reading may have paused for the disk
    maybeReport();
}

void SlotDownload::onFileOpened(quint64 size) {
    m_resumedFrom = m_fileBytes = m_received = size;
    if (size > m_slotSize) {
        fail(makeError(ErrorCode::OutOfBounds,
                       QStringLiteral("the slot data file %1 holds %2 bytes, more than the slot's "
                                      "%3: it is not this slot's download")
                           .arg(m_path)
                           .arg(size)
                           .arg(m_slotSize)));
        maybeReport();
        return;
    }
    if (size == m_slotSize) {
        qCInfo(lcSlotDownload).noquote()
            << QStringLiteral("%1 already holds the slot's %2 bytes").arg(m_path).arg(m_slotSize);
        m_queue.sync = true;
        pump();
        return;
    }
    sendRequest();
}

// --- the answer --------------------------------------------------------------------------------

void SlotDownload::sendRequest() {
    QNetworkRequest request(m_url);
    // The bytes as stored: a compressed answer would not match the ranges and lengths we check.
    request.setRawHeader("Accept-Encoding", "identity");
    if (windowed()) {
        const quint64 offset = m_options.resourceOffset;
        request.setRawHeader("Range", "bytes=" + QByteArray::number(offset + m_received) + '-' +
                                          QByteArray::number(offset + m_slotSize - 1));
    } else if (m_received > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
    }
    m_answerStart = m_received;
    m_reply = m_network->get(request);
    const quint64 rate = m_options.rateLimit;
    m_readBufferSize = static_cast<qint64>(rate > 0 ? bucketSize(rate, m_options.batchBytes)
                                                    : m_options.batchBytes);
    m_reply->setReadBufferSize(m_readBufferSize);
    if (rate > 0) {
        m_tokens = static_cast<double>(bucketSize(rate, m_options.batchBytes));
        m_bucketClock.start();
    }
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (checkAnswerHead())
            readFromReply();
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_rateTimer.isActive())
            m_idleTimer.start(m_options.idleTimeoutMs);
        readFromReply();
    });
    connect(m_reply, &QNetworkReply::finished, this, &SlotDownload::onReplyFinished);
    m_idleTimer.start(m_options.idleTimeoutMs);
}

bool SlotDownload::checkAnswerHead() {
    if (m_headChecked)
        return !m_failure;
    if (!m_reply)
        return false;
    const QVariant statusValue = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusValue.isValid())
        return false; // not known yet, or no HTTP answer at all (the reply's error says why)
    m_headChecked = true;
    const int status = statusValue.toInt();
    if (status == 206) {
        const quint64 offset = m_options.resourceOffset;
        auto range = ContentRange::checkAnswer(
            m_reply->rawHeader("Content-Range"), offset + m_answerStart, offset + m_slotSize,
            windowed() ? m_options.resourceSize : m_slotSize, asked());
        if (!range.ok()) {
            fail(range.error());
            return false;
        }
        return true;
    }
    if (status == 200 && windowed()) {
        fail(makeError(ErrorCode::InvalidArgument,
                       QStringLiteral("the server ignored the byte range of %1 (bytes %2 to %3 "
                                      "of %4): it does not serve ranges, and a slot is taken "
                                      "out of the whole dataset by range")
                           .arg(asked())
                           .arg(m_options.resourceOffset + m_answerStart)
                           .arg(m_options.resourceOffset + m_slotSize - 1)
                           .arg(m_options.resourceSize)));
        return false;
    }
    if (status == 200) {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toULongLong() != m_slotSize) {
            const quint64 offered = length.toULongLong();
            fail(makeError(offered > m_slotSize ? ErrorCode::OutOfBounds
                                                : ErrorCode::InvalidArgument,
                           QStringLiteral("the server offers %1 bytes at %2, the slot has %3")
                               .arg(offered)
                               .arg(m_url.toDisplayString())
                               .arg(m_slotSize)));
            return false;
        }
        if (m_answerStart > 0) {
            qCInfo(lcSlotDownload).noquote()
                << QStringLiteral("%1 ignored the range from byte %2: the file starts over")
                       .arg(m_url.toDisplayString())
                       .arg(m_answerStart);
            m_queue.truncateTo = 0;
            m_answerStart = m_received = 0;
            pump();
        }
        return true;
    }
    const QString reason =
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const ErrorCode code = (status == 404 || status == 410) ? ErrorCode::NotFound
                           : status == 416                  ? ErrorCode::InvalidArgument
                                                            : ErrorCode::Io;
    fail(makeError(code, QStringLiteral("the server answered HTTP %1 %2 for %3, the slot has "
                                        "%4 bytes")
                             .arg(status)
                             .arg(reason, asked())
                             .arg(m_slotSize)));
    return false;
}

void SlotDownload::refillTokens() {
    const quint64 rate = m_options.rateLimit;
    const double elapsed = static_cast<double>(m_bucketClock.nsecsElapsed()) / 1e9;
    m_bucketClock.restart();
    m_tokens = std::min(static_cast<double>(bucketSize(rate, m_options.batchBytes)),
                        m_tokens + elapsed * static_cast<double>(rate));
}

void SlotDownload::readFromReply() {
    if (!m_reply || m_over || m_failure || m_rateTimer.isActive() || !checkAnswerHead())
        return;
    const quint64 rate = m_options.rateLimit;
    const quint64 batch = m_options.batchBytes;
    bool drained = false;
    bool readSome = false;
    for (;;) {
        const quint64 available =
            static_cast<quint64>(std::max<qint64>(m_reply->bytesAvailable(), 0));
        if (available == 0) {
            drained = true;
            break;
        }
        if (available > m_slotSize - m_received) {
            fail(makeError(ErrorCode::OutOfBounds,
                           QStringLiteral("the server sent more than the slot's %1 bytes: its "
                                          "answer goes on past the slot's end %2")
                               .arg(m_slotSize)
                               .arg(where())),
                 Discard::ThisAnswer);
            return;
        }
        if (m_pendingBytes >= kBatchesAhead * batch) {
            m_idleTimer.stop(); // our own pause: resumed when a write is done
            break;
        }
        quint64 wanted = std::min(available, batch);
        if (rate > 0) {
            refillTokens();
            const auto allowed = static_cast<quint64>(m_tokens);
            if (allowed == 0) {
                const double missing =
                    std::min<double>(static_cast<double>(wanted),
                                     static_cast<double>(bucketSize(rate, batch))) -
                    m_tokens;
                const auto waitMs =
                    static_cast<int>(std::ceil(missing * 1000.0 / static_cast<double>(rate)));
                ++m_ratePauses;
                m_idleTimer.stop(); // our own pause: resumed by the rate timer
                m_rateTimer.start(std::max(waitMs, 1));
                break;
            }
            wanted = std::min(wanted, allowed);
            m_tokens -= static_cast<double>(wanted);
        }
        const QByteArray data = m_reply->read(static_cast<qint64>(wanted));
        if (data.isEmpty())
            break;
        readSome = true;
        m_received += static_cast<quint64>(data.size());
        m_pendingBytes += static_cast<quint64>(data.size());
        m_queue.chunks.append(data);
    }
    if (readSome && !m_replyFinished)
        m_idleTimer.start(m_options.idleTimeoutMs);
    pump();
    if (drained && m_replyFinished)
        endOfBody();
}

void SlotDownload::onReplyFinished() {
    m_replyFinished = true;
    m_idleTimer.stop();
    if (m_over || m_failure || !m_reply)
        return;
    if (m_reply->error() == QNetworkReply::NoError) {
        readFromReply(); // the rest, as the rate limit allows; then endOfBody()
        return;
    }
    const QString networkError = m_reply->errorString();
    if (!checkAnswerHead()) {
        if (!m_failure) // no HTTP answer at all
            fail(makeError(ErrorCode::Io,
                           QStringLiteral("cannot download %1: %2").arg(asked(), networkError)));
        return;
    }
    // The answer broke off: keep what arrived (it is in memory already, the rate limit does not
    // apply), the next download resumes after it.
    const QByteArray rest = m_reply->readAll();
    if (static_cast<quint64>(rest.size()) > m_slotSize - m_received) {
        fail(makeError(ErrorCode::OutOfBounds,
                       QStringLiteral("the server sent more than the slot's %1 bytes %2")
                           .arg(m_slotSize)
                           .arg(where())),
             Discard::ThisAnswer);
        return;
    }
    if (!rest.isEmpty()) {
        m_received += static_cast<quint64>(rest.size());
        m_pendingBytes += static_cast<quint64>(rest.size());
        m_queue.chunks.append(rest);
    }
    fail(makeError(ErrorCode::Io,
                   QStringLiteral("the download broke off %1: %2").arg(where(), networkError)));
}

void SlotDownload::endOfBody() {
    if (m_received < m_slotSize) {
        fail(makeError(ErrorCode::Io,
                       QStringLiteral("the server's answer ended early, %1").arg(where())));
        return;
    }
    releaseReply();
    m_queue.sync = true;
    pump();
}

// --- the end -----------------------------------------------------------------------------------

void SlotDownload::fail(Error error, Discard discard) {
    if (m_over)
        return;
    if (!m_failure) {
        qCWarning(lcSlotDownload).noquote() << error.message;
        m_failure = std::move(error);
    }
    releaseReply();
    if (discard == Discard::ThisAnswer) {
        // Nothing of this answer stays: queued bytes are dropped, written ones cut away.
        m_pendingBytes -= std::min(m_pendingBytes, m_queue.bytes());
        m_queue.chunks.clear();
        m_queue.truncateTo = m_answerStart;
        m_received = m_answerStart;
    }
    m_queue.sync = false;
    pump();
    maybeReport();
}

void SlotDownload::maybeReport() {
    if (m_over || m_job || !m_queue.isEmpty())
        return;
    if (!m_failure && !m_synced)
        return;
    m_over = true;
    releaseReply();
    Result<void> result;
    if (m_failure) {
        // Said once the writes are done, so the size is the file's.
        Error error = *m_failure;
        error.message +=
            QStringLiteral(" (the file %1 holds %2 bytes)").arg(m_path).arg(m_fileBytes);
        result = std::move(error);
    } else {
        qCInfo(lcSlotDownload).noquote()
            << QStringLiteral("downloaded %1: %2 bytes, %3 of them resumed")
                   .arg(m_path)
                   .arg(m_fileBytes)
                   .arg(m_resumedFrom);
    }
    if (m_done)
        deliver([done = m_done, result = std::move(result)] { done(result); });
}

void SlotDownload::releaseReply() {
    m_idleTimer.stop();
    m_rateTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    // Aborted from the event loop, not here: this may run inside one of the reply's own signals,
    // and aborting a reply while it reports its status makes it report an error twice.
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            if (!reply->isFinished())
                reply->abort();
            reply->deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace salesdesk::transfer
