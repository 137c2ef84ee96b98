// HistoryStore: bounded journals of the screens' records, kept across a reopen of the database.
#include "core/storage/Database.h"
#include "core/storage/HistoryStore.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {
constexpr qint32 kApplicationId = Database::kHostApplicationId;

QList<QByteArray> numbered(int from, int to) {
    QList<QByteArray> out;
    for (int i = from; i <= to; ++i)
        out.append(QByteArray::number(i));
    return out;
}
} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The records survive closing and reopening the database, in order.
    void recordsSurviveAReopen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("host.sqlite"));
        {
            auto db = Database::open(path, kApplicationId);
            SD_VERIFY_OK(db);
            HistoryStore store(**db);
            SD_VERIFY_OK(store.append(QStringLiteral("events"), numbered(1, 3), 100));
            SD_VERIFY_OK(store.append(QStringLiteral("events"), numbered(4, 5), 100));
        }
        auto db = Database::open(path, kApplicationId);
        SD_VERIFY_OK(db);
        HistoryStore store(**db);
        auto loaded = store.load(QStringLiteral("events"), 100);
        SD_VERIFY_OK(loaded);
        QCOMPARE(*loaded, numbered(1, 5));
    }

    // Only the newest `keep` records of the channel stay; other channels are not touched.
    void appendKeepsTheNewestOfItsChannelOnly() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("host.sqlite")), kApplicationId);
        SD_VERIFY_OK(db);
        HistoryStore store(**db);
        SD_VERIFY_OK(store.append(QStringLiteral("other"), numbered(1, 4), 10));
        SD_VERIFY_OK(store.append(QStringLiteral("events"), numbered(1, 6), 4));
        QCOMPARE(*store.load(QStringLiteral("events"), 100), numbered(3, 6));
        SD_VERIFY_OK(store.append(QStringLiteral("events"), numbered(7, 7), 4));
        QCOMPARE(*store.load(QStringLiteral("events"), 100), numbered(4, 7));
        QCOMPARE(*store.load(QStringLiteral("other"), 100), numbered(1, 4));
        // load's limit takes the newest too.
        QCOMPARE(*store.load(QStringLiteral("events"), 2), numbered(6, 7));
    }

    void replaceAndClear() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("host.sqlite")), kApplicationId);
        SD_VERIFY_OK(db);
        HistoryStore store(**db);
        SD_VERIFY_OK(store.append(QStringLiteral("matching"), numbered(1, 4), 10));
        SD_VERIFY_OK(store.replace(QStringLiteral("matching"), numbered(8, 9)));
        QCOMPARE(*store.load(QStringLiteral("matching"), 10), numbered(8, 9));
        SD_VERIFY_OK(store.clear(QStringLiteral("matching")));
        QVERIFY(store.load(QStringLiteral("matching"), 10)->isEmpty());
        SD_VERIFY_ERROR(store.append(QStringLiteral("matching"), {}, -1),
                        ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
