// RotatingLogFile: files never pass their size, the right number of rotated files is kept, no
// line is lost or split by a rotation (also with several threads writing), and a folder that
// cannot be written gives a clear error instead of a crash.
#include "core/logging/RotatingLogFile.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace salesdesk;

namespace {

QByteArray numberedLine(int writer, int n) {
    return QStringLiteral("writer %1 line %2 of the log")
        .arg(writer)
        .arg(n, 5, 10, QLatin1Char('0'))
        .toUtf8();
}

// Every line of the log, oldest first: <name>.<keep> … <name>.1, then <name>.
QList<QByteArray> allLines(const RotatingLogFile& log) {
    QList<QByteArray> lines;
    QStringList files;
    for (int n = log.keepFiles(); n >= 1; --n)
        files.append(log.rotatedPath(n));
    files.append(log.filePath());
    for (const QString& path : files) {
        if (!QFile::exists(path))
            continue;
        const QByteArray bytes = test::readFile(path);
        if (!bytes.endsWith('\n'))
            qFatal("%s does not end with a whole line", qPrintable(path));
        lines.append(bytes.chopped(1).split('\n'));
    }
    return lines;
}

} // namespace

class TestRotatingLogFile : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<RotatingLogFile> open(qint64 maxBytes, int keepFiles,
                                          const QString& name = QStringLiteral("logs/test.log")) {
        auto log = RotatingLogFile::open({m_dir->filePath(name), maxBytes, keepFiles});
        if (!log.ok())
            qFatal("%s", qPrintable(log.message()));
        return std::move(*log);
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    // The folder is created; lines are appended whole, each with its newline.
    void createsTheFolderAndAppendsLines() {
        auto log = open(1000, 2);
        QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("logs"))).isDir());
        SD_VERIFY_OK(log->write("first"));
        SD_VERIFY_OK(log->write("second"));
        QCOMPARE(test::readFile(log->filePath()), QByteArray("first\nsecond\n"));
        QVERIFY(!QFile::exists(log->rotatedPath(1)));
    }

    // However much is written, no file passes maxBytes, and a file is only begun anew when the
    // next line would not fit (each rotated file is nearly full).
    void noFilePassesTheSizeBound() {
        constexpr qint64 kMax = 1000;
        auto log = open(kMax, 3);
        for (int n = 0; n < 500; ++n) {
            SD_VERIFY_OK(log->write(numberedLine(0, n)));
            QVERIFY2(QFileInfo(log->filePath()).size() <= kMax, qPrintable(QString::number(n)));
        }
        const qint64 lineBytes = numberedLine(0, 0).size() + 1;
        for (int n = 1; n <= 3; ++n) {
            const qint64 size = QFileInfo(log->rotatedPath(n)).size();
            QVERIFY2(size <= kMax && size > kMax - lineBytes, qPrintable(QString::number(size)));
        }
    }

    // Exactly keepFiles rotated files remain; the oldest lines are the ones that went.
    void keepsTheConfiguredNumberOfRotatedFiles_data() {
        QTest::addColumn<int>("keep");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("three") << 3;
    }
    void keepsTheConfiguredNumberOfRotatedFiles() {
        QFETCH(int, keep);
        auto log = open(300, keep);
        for (int n = 0; n < 200; ++n)
            SD_VERIFY_OK(log->write(numberedLine(0, n)));
        for (int n = 1; n <= keep; ++n)
            QVERIFY2(QFile::exists(log->rotatedPath(n)), qPrintable(log->rotatedPath(n)));
        QVERIFY(!QFile::exists(log->rotatedPath(keep + 1)));
        QCOMPARE(QDir(m_dir->filePath(QStringLiteral("logs"))).entryList(QDir::Files).size(),
                 keep + 1);
        // What is kept is the end of the log, in order.
        const QList<QByteArray> lines = allLines(*log);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.last(), numberedLine(0, 199));
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i), numberedLine(0, int(200 - lines.size() + i)));
    }

    // With room for everything, the files read oldest to newest give back every line written,
    // in order, none split across two files.
    void noLineIsLostOrSplitAcrossRotations() {
        auto log = open(256, 100);
        for (int n = 0; n < 300; ++n)
            SD_VERIFY_OK(log->write(numberedLine(0, n)));
        QVERIFY(QFile::exists(log->rotatedPath(20)));
        const QList<QByteArray> lines = allLines(*log);
        QCOMPARE(lines.size(), 300);
        for (int n = 0; n < 300; ++n)
            QCOMPARE(lines.at(n), numberedLine(0, n));
    }

    // Several threads writing at once: every line arrives once, whole.
    void threadsWritingAtOnceLoseNothing() {
        auto log = open(4096, 1000);
        constexpr int kThreads = 4;
        constexpr int kLines = 500;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back(QThread::create([&log, t] {
                for (int n = 0; n < kLines; ++n)
                    if (!log->write(numberedLine(t, n)).ok())
                        qFatal("write failed");
            }));
        for (auto& thread : threads)
            thread->start();
        for (auto& thread : threads)
            QVERIFY(thread->wait(60'000));
        QList<QByteArray> lines = allLines(*log);
        QCOMPARE(lines.size(), kThreads * kLines);
        for (int t = 0; t < kThreads; ++t) {
            int next = 0; // each writer's own lines stay in its order
            for (const QByteArray& line : lines)
                if (line.startsWith(QStringLiteral("writer %1 ").arg(t).toUtf8()))
                    QCOMPARE(line, numberedLine(t, next++));
            QCOMPARE(next, kLines);
        }
    }

    // A line longer than the bound is cut to fit, with its newline.
    void aLineLongerThanTheBoundIsCut() {
        auto log = open(16, 1);
        SD_VERIFY_OK(log->write("short"));
        SD_VERIFY_OK(log->write(QByteArray(100, 'x')));
        QCOMPARE(test::readFile(log->filePath()), QByteArray(15, 'x') + '\n');
        QCOMPARE(test::readFile(log->rotatedPath(1)), QByteArray("short\n"));
    }

    // A file left by an earlier run is continued, and its size counts towards the bound.
    void continuesAnEarlierFile() {
        {
            auto first = open(100, 1);
            SD_VERIFY_OK(first->write(QByteArray(60, 'a')));
        }
        auto again = open(100, 1);
        SD_VERIFY_OK(again->write(QByteArray(60, 'b')));
        QCOMPARE(test::readFile(again->rotatedPath(1)), QByteArray(60, 'a') + '\n');
        QCOMPARE(test::readFile(again->filePath()), QByteArray(60, 'b') + '\n');
    }

    // A folder that cannot be made (a file stands where it should be) is an error naming the
    // log file and the reason; nothing is created.
    void aFolderThatCannotBeMadeIsAClearError() {
        QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("logs")), "not a folder"));
        const auto before = test::FolderSnapshot::take(m_dir->path());
        auto log = RotatingLogFile::open({m_dir->filePath(QStringLiteral("logs/salesdesk.log"))});
        SD_VERIFY_ERROR(log, ErrorCode::Io);
        QVERIFY2(log.message().contains(QStringLiteral("salesdesk.log")) &&
                     log.message().contains(QStringLiteral("cannot be created")),
                 qPrintable(log.message()));
        SD_VERIFY_FOLDER_UNCHANGED(before, m_dir->path());
    }

    // A folder this process may not write: the same, and no crash.
    void anUnwritableFolderIsAClearError() {
        const QString folder = m_dir->filePath(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(folder));
        test::Unwritable readOnly(folder);
        if (!readOnly.ok())
            QSKIP(qPrintable(QStringLiteral("cannot make a folder read-only here: ") +
                             readOnly.why()));
        auto log = RotatingLogFile::open({folder + QStringLiteral("/salesdesk.log")});
        SD_VERIFY_ERROR(log, ErrorCode::Io);
        QVERIFY2(log.message().startsWith(QStringLiteral("Cannot write the log file ")) &&
                     log.message().contains(QStringLiteral("salesdesk.log")),
                 qPrintable(log.message()));
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    }

    // The folder turns unwritable while logging: the rotation that needs it fails with an error
    // naming the file, the full file is left as it was (within its bound), and once the folder
    // is writable again the log goes on.
    void aRotationThatCannotRenameFailsClearly() {
        auto log = open(100, 2);
        SD_VERIFY_OK(log->write(QByteArray(80, 'a')));
        {
            test::Unwritable readOnly(m_dir->filePath(QStringLiteral("logs")));
            if (!readOnly.ok())
                QSKIP(qPrintable(QStringLiteral("cannot make a folder read-only here: ") +
                                 readOnly.why()));
            auto refused = log->write(QByteArray(80, 'b'));
            SD_VERIFY_ERROR(refused, ErrorCode::Io);
            QVERIFY2(refused.message().contains(QStringLiteral("test.log")),
                     qPrintable(refused.message()));
            QCOMPARE(test::readFile(log->filePath()), QByteArray(80, 'a') + '\n');
        }
        SD_VERIFY_OK(log->write(QByteArray(80, 'c')));
        QCOMPARE(test::readFile(log->rotatedPath(1)), QByteArray(80, 'a') + '\n');
        QCOMPARE(test::readFile(log->filePath()), QByteArray(80, 'c') + '\n');
    }

    // Options that cannot work are refused.
    void refusesOptionsThatCannotWork() {
        SD_VERIFY_ERROR(RotatingLogFile::open({QString()}), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(RotatingLogFile::open({m_dir->filePath(QStringLiteral("a.log")), 1, 1}),
                        ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(RotatingLogFile::open({m_dir->filePath(QStringLiteral("a.log")), 100, -1}),
                        ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestRotatingLogFile)
#include "tst_rotatinglogfile.moc"
