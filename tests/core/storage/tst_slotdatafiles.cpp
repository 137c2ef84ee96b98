#include "core/storage/SlotDataFiles.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>

using namespace salesdesk;
using salesdesk::test::readFile;

namespace {

SlotId slotNumber(int n) {
    QByteArray raw(32, '\0');
    raw[31] = static_cast<char>(n);
    return SlotId::fromBytes(raw);
}

QByteArray someBytes(qsizetype size, quint32 seed) {
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& b : bytes)
        b = static_cast<char>(generator.bounded(256));
    return bytes;
}

} // namespace

class TestSlotDataFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendWritesAtTheRecordedOffset();
    void fileShorterThanTheRecordIsAnError();
    void readBlockStopsAtTheRecord();
    void removeOfAMissingFileSucceeds();
    void listFindsOnlySlotFiles();
    void slotsCanBeWrittenFromManyThreads();
};

void TestSlotDataFiles::appendWritesAtTheRecordedOffset() {
    QTemporaryDir dir;
    SlotDataFiles files(dir.path());
    const SlotId slot = slotNumber(1);
    const QByteArray first = someBytes(100, 1);
    SD_VERIFY_OK(files.append(slot, 0, first));
    SD_VERIFY_OK(files.append(slot, 100, "abc"));
    QCOMPARE(readFile(files.path(slot)), first + "abc");
    // Bytes past the offset are an uncommitted leftover and get overwritten.
    SD_VERIFY_OK(files.append(slot, 100, "XY"));
    QCOMPARE(readFile(files.path(slot)), first + "XY");
}

void TestSlotDataFiles::fileShorterThanTheRecordIsAnError() {
    QTemporaryDir dir;
    SlotDataFiles files(dir.path());
    const SlotId slot = slotNumber(1);
    SD_VERIFY_OK(files.append(slot, 0, "12345"));
    auto appended = files.append(slot, 10, "more");
    SD_VERIFY_ERROR(appended, ErrorCode::Io);
    QVERIFY2(appended.message().contains(QStringLiteral("lost")), qPrintable(appended.message()));
    QCOMPARE(readFile(files.path(slot)), QByteArray("12345"));
    SD_VERIFY_ERROR(files.readBlock(slot, 0, 10), ErrorCode::Io);
    // A new slot at a non-zero offset: no file, also lost data.
    SD_VERIFY_ERROR(files.append(slotNumber(2), 1, "x"), ErrorCode::Io);
}

void TestSlotDataFiles::readBlockStopsAtTheRecord() {
    QTemporaryDir dir;
    SlotDataFiles files(dir.path());
    const SlotId slot = slotNumber(1);
    const auto block = static_cast<qsizetype>(SlotDataFiles::kBlockSize);
    const QByteArray data = someBytes(block + 10, 3);
    SD_VERIFY_OK(files.append(slot, 0, data));
    QCOMPARE(*files.readBlock(slot, 0, data.size()), data.first(block));
    QCOMPARE(*files.readBlock(slot, 1, data.size()), data.sliced(block));
    SD_VERIFY_ERROR(files.readBlock(slot, 2, data.size()), ErrorCode::OutOfBounds);
    // Only the recorded part is read, even when the file holds more.
    QCOMPARE(*files.readBlock(slot, 0, 5), data.first(5));
    SD_VERIFY_ERROR(files.readBlock(slot, 1, block), ErrorCode::OutOfBounds);
    SD_VERIFY_ERROR(files.readBlock(slot, 0, 0), ErrorCode::OutOfBounds);
}

void TestSlotDataFiles::removeOfAMissingFileSucceeds() {
    QTemporaryDir dir;
    SlotDataFiles files(dir.path());
    const SlotId slot = slotNumber(1);
    SD_VERIFY_OK(files.remove(slot));
    SD_VERIFY_OK(files.append(slot, 0, "data"));
    QVERIFY(QFile::exists(files.path(slot)));
    SD_VERIFY_OK(files.remove(slot));
    QVERIFY(!QFile::exists(files.path(slot)));
}

void TestSlotDataFiles::listFindsOnlySlotFiles() {
    QTemporaryDir dir;
    SlotDataFiles files(dir.filePath(QStringLiteral("slots")));
    SD_VERIFY_ERROR(files.list(), ErrorCode::Io); // no folder yet
    SD_VERIFY_OK(files.createDirectory());
    SD_VERIFY_OK(files.append(slotNumber(1), 0, "one"));
    SD_VERIFY_OK(files.append(slotNumber(2), 0, "two!"));
    const QStringList others = {QStringLiteral("notes.blocks"), QStringLiteral("readme.txt"),
                                QString(64, QLatin1Char('A')) + QStringLiteral(".blocks")};
    for (const QString& name : others) {
        QFile other(files.directory() + QLatin1Char('/') + name);
        QVERIFY(other.open(QIODevice::WriteOnly));
    }
    auto listed = files.list();
    SD_VERIFY_OK(listed);
    std::vector<SlotDataFiles::FileInfo> found = *listed;
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.slot < b.slot; });
    QCOMPARE(found.size(), std::size_t{2});
    QCOMPARE(found[0].slot, slotNumber(1));
    QCOMPARE(found[0].size, quint64{3});
    QCOMPARE(found[1].slot, slotNumber(2));
    QCOMPARE(found[1].size, quint64{4});
}

// The engine will write slot data from worker threads: one object, many slots at once.
void TestSlotDataFiles::slotsCanBeWrittenFromManyThreads() {
    QTemporaryDir dir;
    const SlotDataFiles files(dir.path());
    QList<int> slotNumbers;
    for (int i = 1; i <= 16; ++i)
        slotNumbers << i;
    const auto block = static_cast<qsizetype>(SlotDataFiles::kBlockSize);
    const QList<bool> ok = QtConcurrent::blockingMapped(slotNumbers, [&](int n) {
        const SlotId slot = slotNumber(n);
        const QByteArray data = someBytes(3 * block, static_cast<quint32>(n));
        for (qsizetype offset = 0; offset < data.size(); offset += block)
            if (!files.append(slot, offset, QByteArrayView(data).sliced(offset, block)).ok())
                return false;
        for (quint64 index = 0; index < 3; ++index) {
            auto read = files.readBlock(slot, index, data.size());
            if (!read.ok() || *read != data.sliced(static_cast<qsizetype>(index) * block, block))
                return false;
        }
        return true;
    });
    QCOMPARE(ok.count(true), slotNumbers.size());
}

QTEST_GUILESS_MAIN(TestSlotDataFiles)
#include "tst_slotdatafiles.moc"
