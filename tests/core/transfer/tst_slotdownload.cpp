#include "core/transfer/SlotDownload.h"
#include "tests/support/SlotDataServer.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace salesdesk;
using namespace salesdesk::transfer;
using salesdesk::test::SlotDataServer;
using Answer = SlotDataServer::Answer;

namespace {

constexpr int kWaitMs = 20'000;

QByteArray someBytes(qsizetype size, quint32 seed) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(random.bounded(256));
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// What one download said.
struct Heard {
    QList<quint64> progress;
    std::optional<Result<void>> done;
    int doneCalls = 0;
};

} // namespace

class TestSlotDownload : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fullDownloadWritesTheSlotAndReportsProgress();
    void resumeAsksForTheRestAndAppends();
    void serverIgnoringTheRangeStartsOver();
    void wrongContentRangeIsRefused();
    void contentLengthPastTheSlotIsRefused();
    void bodyPastTheSlotIsCutAway();
    void notFoundNamesTheStatusAndUrl();
    void rangeNotSatisfiableIsRefused();
    void droppedConnectionKeepsTheBytesAndResumes();
    void silentServerTimesOut();
    void rateLimitPausesReading();
    void completeFileAsksForNothing();
    void fileLongerThanTheSlotIsRefused();
    void cancelGivesNoCallback();
    void cancelInsideProgressStopsTheRest();
    void destroyedContextGivesNoCallback();
    void restartRightAfterCancelResumesCleanly();

private:
    std::unique_ptr<SlotDownload> start(Heard& heard, SlotDownload::Options options = {},
                                        const QObject* context = nullptr);
    void finish(Heard& heard, SlotDownload::Options options = {});
    QByteArray fileBytes() const;

    QTemporaryDir m_dir;
    QByteArray m_data;
    std::unique_ptr<SlotDataServer> m_server;
    QString m_path;
    int m_case = 0;
};

void TestSlotDownload::init() {
    // 1 MiB and a bit: not a whole number of blocks or batches.
    m_data = someBytes(1024 * 1024 + 123, 7);
    m_server = std::make_unique<SlotDataServer>(m_data);
    QVERIFY(m_server->listen());
    m_path = m_dir.filePath(QStringLiteral("slot%1.blocks").arg(++m_case));
}

std::unique_ptr<SlotDownload> TestSlotDownload::start(Heard& heard, SlotDownload::Options options,
                                                      const QObject* context) {
    auto download = std::make_unique<SlotDownload>(nullptr, m_server->url(), m_path,
                                                   static_cast<quint64>(m_data.size()), options);
    download->start(
        context, [&heard](quint64 bytes) { heard.progress.append(bytes); },
        [&heard](Result<void> result) {
            heard.done = std::move(result);
            ++heard.doneCalls;
        });
    return download;
}

void TestSlotDownload::finish(Heard& heard, SlotDownload::Options options) {
    auto download = start(heard, options);
    QTRY_VERIFY_WITH_TIMEOUT(heard.done.has_value(), kWaitMs);
    QVERIFY(!download->isRunning());
    QCOMPARE(heard.doneCalls, 1);
}

QByteArray TestSlotDownload::fileBytes() const {
    return test::readFile(m_path);
}

void TestSlotDownload::fullDownloadWritesTheSlotAndReportsProgress() {
    // A new file: no Range asked, every byte written, progress after each batch up to the end.
    Heard heard;
    SlotDownload::Options options;
    options.batchBytes = 64 * 1024;
    finish(heard, options);
    SD_VERIFY_OK(*heard.done);
    QCOMPARE(fileBytes(), m_data);
    QCOMPARE(m_server->rangeHeaders(), QList<QByteArray>{QByteArray()});
    QVERIFY2(heard.progress.size() >= 2, qPrintable(QString::number(heard.progress.size())));
    for (qsizetype i = 1; i < heard.progress.size(); ++i)
        QVERIFY(heard.progress[i] > heard.progress[i - 1]);
    QCOMPARE(heard.progress.last(), static_cast<quint64>(m_data.size()));
}

void TestSlotDownload::resumeAsksForTheRestAndAppends() {
    // The file holds the first 300000 bytes: only the rest is asked for and appended.
    QVERIFY(writeFile(m_path, m_data.left(300000)));
    Heard heard;
    auto download = start(heard);
    QTRY_VERIFY_WITH_TIMEOUT(heard.done.has_value(), kWaitMs);
    SD_VERIFY_OK(*heard.done);
    QCOMPARE(m_server->rangeHeaders(), QList<QByteArray>{"bytes=300000-"});
    QCOMPARE(download->resumedFrom(), quint64(300000));
    QCOMPARE(fileBytes(), m_data);
    QVERIFY(!heard.progress.isEmpty());
    QVERIFY(heard.progress.first() > 300000u);
}

void TestSlotDownload::serverIgnoringTheRangeStartsOver() {
    // A 200 answer to a Range request carries the whole slot: the file starts over from byte 0,
    // so the 300000 wrong bytes it held are gone.
    QVERIFY(writeFile(m_path, someBytes(300000, 99)));
    m_server->enqueue(Answer::ignoringRange());
    Heard heard;
    finish(heard);
    SD_VERIFY_OK(*heard.done);
    QCOMPARE(m_server->rangeHeaders(), QList<QByteArray>{"bytes=300000-"});
    QCOMPARE(fileBytes(), m_data);
}

void TestSlotDownload::wrongContentRangeIsRefused() {
    // Asked from 300000, the server says its bytes start at 301000: nothing is written.
    QVERIFY(writeFile(m_path, m_data.left(300000)));
    m_server->enqueue(Answer::shiftingRange(1000));
    Heard heard;
    finish(heard);
    SD_VERIFY_ERROR(*heard.done, ErrorCode::InvalidArgument);
    QVERIFY2(heard.done->message().contains(QStringLiteral("from 301000 on")),
             qPrintable(heard.done->message()));
    QVERIFY2(heard.done->message().contains(QStringLiteral("not from 300000")),
             qPrintable(heard.done->message()));
    QCOMPARE(fileBytes(), m_data.left(300000));
}

void TestSlotDownload::contentLengthPastTheSlotIsRefused() {
    // A 200 that announces 10 bytes more than the slot is refused before a byte is written.
    m_server->enqueue(Answer::withExtra(QByteArray(10, 'x'), true));
    Heard heard;
    finish(heard);
    SD_VERIFY_ERROR(*heard.done, ErrorCode::OutOfBounds);
    const QString expected = QStringLiteral("the server offers %1 bytes at %2, the slot has %3")
                                 .arg(m_data.size() + 10)
                                 .arg(m_server->url().toDisplayString())
                                 .arg(m_data.size());
    QVERIFY2(heard.done->message().contains(expected), qPrintable(heard.done->message()));
    QVERIFY(fileBytes().isEmpty());
    QVERIFY(heard.progress.isEmpty());
}

void TestSlotDownload::bodyPastTheSlotIsCutAway() {
    // A resumed answer without a length that goes on past the slot: refused, the file is never
    // longer than the slot and what this answer wrote is cut away again.
    QVERIFY(writeFile(m_path, m_data.left(300000)));
    m_server->enqueue(Answer::withExtra(QByteArray(5000, 'x'), false));
    Heard heard;
    finish(heard);
    SD_VERIFY_ERROR(*heard.done, ErrorCode::OutOfBounds);
    QVERIFY2(heard.done->message().contains(
                 QStringLiteral("more than the slot's %1 bytes").arg(m_data.size())),
             qPrintable(heard.done->message()));
    for (const quint64 bytes : heard.progress)
        QVERIFY(bytes <= static_cast<quint64>(m_data.size()));
    QCOMPARE(fileBytes(), m_data.left(300000));
}

void TestSlotDownload::notFoundNamesTheStatusAndUrl() {
    m_server->enqueue(Answer::withStatus(404));
    Heard heard;
    finish(heard);
    SD_VERIFY_ERROR(*heard.done, ErrorCode::NotFound);
    QVERIFY2(
        heard.done->message().contains(
            QStringLiteral("HTTP 404 Not Found for %1").arg(m_server->url().toDisplayString())),
        qPrintable(heard.done->message()));
    QVERIFY(fileBytes().isEmpty());
}

void TestSlotDownload::rangeNotSatisfiableIsRefused() {
    // 416 to a resume: the message names the status, the range asked for and the file.
    QVERIFY(writeFile(m_path, m_data.left(1000)));
    m_server->enqueue(Answer::withStatus(416));
    Heard heard;
    finish(heard);
    SD_VERIFY_ERROR(*heard.done, ErrorCode::InvalidArgument);
    QVERIFY2(heard.done->message().contains(QStringLiteral("HTTP 416 Range Not Satisfiable for "
                                                           "bytes 1000- of")),
             qPrintable(heard.done->message()));
    QCOMPARE(fileBytes(), m_data.left(1000));
}

void TestSlotDownload::droppedConnectionKeepsTheBytesAndResumes() {
    // The connection closes after 200000 body bytes: those stay in the file, and the next
    // download asks for the rest.
    m_server->enqueue(Answer::closingAfter(200000));
    Heard first;
    finish(first);
    SD_VERIFY_ERROR(*first.done, ErrorCode::Io);
    QVERIFY2(
        first.done->message().contains(QStringLiteral("at byte 200000 of %1").arg(m_data.size())),
        qPrintable(first.done->message()));
    QVERIFY2(first.done->message().contains(QStringLiteral("holds 200000 bytes")),
             qPrintable(first.done->message()));
    QCOMPARE(fileBytes(), m_data.left(200000));

    Heard second;
    finish(second);
    SD_VERIFY_OK(*second.done);
    QCOMPARE(m_server->rangeHeaders(), (QList<QByteArray>{QByteArray(), "bytes=200000-"}));
    QCOMPARE(fileBytes(), m_data);
}

void TestSlotDownload::silentServerTimesOut() {
    // 1000 bytes, then silence: after the idle timeout the download fails, the bytes stay.
    m_server->enqueue(Answer::stallingAfter(1000));
    Heard heard;
    SlotDownload::Options options;
    options.idleTimeoutMs = 300;
    finish(heard, options);
    SD_VERIFY_ERROR(*heard.done, ErrorCode::Io);
    QVERIFY2(heard.done->message().contains(QStringLiteral("no data arrived for 300 ms")),
             qPrintable(heard.done->message()));
    QCOMPARE(fileBytes(), m_data.left(1000));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, kWaitMs); // the reply was aborted
}

void TestSlotDownload::rateLimitPausesReading() {
    // 256 KiB at 256 KiB/s: the read buffer is an eighth of a second of the rate, reading
    // pauses for tokens, and after the first bucket the rest cannot arrive in under 7/8 s (a
    // lower bound only: a loaded machine makes it slower, never faster).
    m_data = someBytes(256 * 1024, 3);
    m_server = std::make_unique<SlotDataServer>(m_data);
    QVERIFY(m_server->listen());
    SlotDownload::Options options;
    options.rateLimit = 256 * 1024;
    Heard heard;
    QElapsedTimer elapsed;
    elapsed.start();
    auto download = start(heard, options);
    QTRY_VERIFY_WITH_TIMEOUT(heard.done.has_value(), kWaitMs);
    const qint64 ms = elapsed.elapsed();
    SD_VERIFY_OK(*heard.done);
    QCOMPARE(fileBytes(), m_data);
    QCOMPARE(download->readBufferSize(), qint64(32 * 1024));
    QVERIFY2(download->ratePauses() >= 5, qPrintable(QString::number(download->ratePauses())));
    QVERIFY2(ms >= 800, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

void TestSlotDownload::completeFileAsksForNothing() {
    QVERIFY(writeFile(m_path, m_data));
    Heard heard;
    finish(heard);
    SD_VERIFY_OK(*heard.done);
    QCOMPARE(m_server->requests(), 0);
    QCOMPARE(fileBytes(), m_data);
}

void TestSlotDownload::fileLongerThanTheSlotIsRefused() {
    QVERIFY(writeFile(m_path, m_data + "x"));
    Heard heard;
    finish(heard);
    SD_VERIFY_ERROR(*heard.done, ErrorCode::OutOfBounds);
    QVERIFY2(
        heard.done->message().contains(QStringLiteral("holds %1 bytes, more than the slot's %2")
                                           .arg(m_data.size() + 1)
                                           .arg(m_data.size())),
        qPrintable(heard.done->message()));
    QCOMPARE(m_server->requests(), 0);
    QCOMPARE(fileBytes(), m_data + "x");
}

void TestSlotDownload::cancelGivesNoCallback() {
    // Cancelled while the server is silent after 300000 bytes: the connection is closed and
    // nothing more is heard, not even after a second download ran to its end.
    m_server->enqueue(Answer::stallingAfter(300000));
    Heard heard;
    auto download = start(heard);
    QTRY_VERIFY_WITH_TIMEOUT(!heard.progress.isEmpty() && heard.progress.last() == 300000u,
                             kWaitMs);
    download->cancel();
    QVERIFY(!download->isRunning());
    const qsizetype progressAtCancel = heard.progress.size();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, kWaitMs);

    m_path = m_dir.filePath(QStringLiteral("other%1.blocks").arg(m_case));
    Heard other;
    finish(other);
    SD_VERIFY_OK(*other.done);
    QVERIFY(!heard.done.has_value());
    QCOMPARE(heard.progress.size(), progressAtCancel);
}

void TestSlotDownload::cancelInsideProgressStopsTheRest() {
    // Cancelled from its first progress report while the whole body is arriving and writes are
    // queued: no further progress, no done, even after a second download ran to its end.
    SlotDownload::Options options;
    options.batchBytes = 16 * 1024;
    SlotDownload* download = nullptr;
    QList<quint64> progress;
    bool done = false;
    auto owned = std::make_unique<SlotDownload>(nullptr, m_server->url(), m_path,
                                                static_cast<quint64>(m_data.size()), options);
    download = owned.get();
    download->start(
        nullptr,
        [&](quint64 bytes) {
            progress.append(bytes);
            download->cancel();
        },
        [&](const Result<void>&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), kWaitMs);
    QVERIFY(!download->isRunning());

    m_path = m_dir.filePath(QStringLiteral("other%1.blocks").arg(m_case));
    Heard other;
    finish(other);
    SD_VERIFY_OK(*other.done);
    QCOMPARE(progress.size(), 1);
    QVERIFY(!done);
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("slot%1.blocks").arg(m_case))).size() <
            m_data.size());
}

void TestSlotDownload::destroyedContextGivesNoCallback() {
    // The context goes while bytes are arriving: the download stops, no callback follows.
    m_server->enqueue(Answer::stallingAfter(300000));
    Heard heard;
    auto context = std::make_unique<QObject>();
    auto download = start(heard, {}, context.get());
    QTRY_VERIFY_WITH_TIMEOUT(!heard.progress.isEmpty() && heard.progress.last() == 300000u,
                             kWaitMs);
    context.reset();
    QVERIFY(!download->isRunning());
    const qsizetype progressAtCancel = heard.progress.size();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, kWaitMs);

    m_path = m_dir.filePath(QStringLiteral("other%1.blocks").arg(m_case));
    Heard other;
    finish(other);
    SD_VERIFY_OK(*other.done);
    QVERIFY(!heard.done.has_value());
    QCOMPARE(heard.progress.size(), progressAtCancel);
}

void TestSlotDownload::restartRightAfterCancelResumesCleanly() {
    // Cancelled from its first progress report with writes still queued, and started again at
    // once on the same file: the new download opens the file after the old one's last write, so
    // it resumes from a size that no longer moves and the file ends up exactly the slot.
    SlotDownload::Options options;
    options.batchBytes = 16 * 1024;
    std::unique_ptr<SlotDownload> first;
    std::unique_ptr<SlotDownload> second;
    Heard heard;
    first = std::make_unique<SlotDownload>(nullptr, m_server->url(), m_path,
                                           static_cast<quint64>(m_data.size()), options);
    first->start(
        nullptr,
        [&](quint64) {
            if (second)
                return;
            first->cancel();
            second = start(heard, options);
        },
        [](const Result<void>&) {});
    QTRY_VERIFY_WITH_TIMEOUT(heard.done.has_value(), kWaitMs);
    SD_VERIFY_OK(*heard.done);
    QCOMPARE(m_server->requests(), 2);
    QVERIFY(second->resumedFrom() > 0);
    QCOMPARE(m_server->rangeHeaders().last(),
             QByteArray("bytes=" + QByteArray::number(second->resumedFrom()) + '-'));
    QCOMPARE(fileBytes(), m_data);
}

QTEST_GUILESS_MAIN(TestSlotDownload)
#include "tst_slotdownload.moc"
