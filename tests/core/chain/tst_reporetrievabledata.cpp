// RepoRetrievableData: the repo's slot data as retrievals read it, in the repo's blocks.
#include "core/chain/retrieval/RepoRetrievableData.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;

class TestRepoRetrievableData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                                 Database::kHostApplicationId);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
        m_db = std::move(*db);
        m_repo = std::make_unique<Repo>(*m_db, m_dir->filePath(QStringLiteral("slots")));
        SD_VERIFY_OK(m_repo->open());
    }
    void cleanup() {
        m_repo.reset();
        m_db.reset();
        m_dir.reset();
    }

    void theSlotsBytesAreReadInBlocks() {
        QByteArray bytes(RetrievableData::kBlockSize + 1'000, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(i % 253);
        SD_VERIFY_OK(m_repo->appendSlotData(slot(1), bytes, 2'000'000'000));
        const RepoRetrievableData data(*m_repo);
        QCOMPARE(data.size(slot(1)).value(), quint64(bytes.size()));
        QCOMPARE(data.readBlock(slot(1), 0).value(),
                 bytes.left(static_cast<qsizetype>(RetrievableData::kBlockSize)));
        QCOMPARE(data.readBlock(slot(1), 1).value(),
                 bytes.mid(static_cast<qsizetype>(RetrievableData::kBlockSize)));
        SD_VERIFY_ERROR(data.readBlock(slot(1), 2), ErrorCode::OutOfBounds);
    }

    void aSlotWithoutDataIsNotFound() {
        const RepoRetrievableData data(*m_repo);
        SD_VERIFY_ERROR(data.size(slot(2)), ErrorCode::NotFound);
        SD_VERIFY_ERROR(data.readBlock(slot(2), 0), ErrorCode::NotFound);
    }

private:
    static SlotId slot(char fill) { return SlotId::fromBytes(QByteArray(32, fill)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repo> m_repo;
};

QTEST_GUILESS_MAIN(TestRepoRetrievableData)
#include "tst_reporetrievabledata.moc"
