// ClientRequestFile: the client's requests survive a write and a read exactly; a damaged entry
// (a CID that is not hex, an id that does not match its fields, roots of the wrong count) is
// refused with a message naming the entry and the field.
#include "core/chain/client/ClientRequestFile.h"
#include "core/chain/client/GeneratedDataset.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

ClientRequestFile::Entry entry(quint32 seed) {
    QRandomGenerator random(seed);
    StorageRequest request;
    request.client = Address::random(random);
    request.ask = StorageAsk{UInt256(2), UInt256(5), UInt256(7), 2, 70'000, 3600, 1};
    request.expiry = 600;
    request.content.cid = QByteArray::fromHex("01551220") + Hash32::random(random).toByteArray();
    request.nonce = Nonce::random(random);
    ClientRequestFile::Entry e;
    e.request = GeneratedDataset::withGeneratedRoot(request, &e.slotRoots);
    return e;
}

// The file with the first entry's `field` set to `value`.
bool damage(const QString& path, const QString& field, const QJsonValue& value) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    file.close();
    QJsonObject first = array.at(0).toObject();
    first.insert(field, value);
    array.replace(0, first);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QJsonDocument(array).toJson()) > 0;
}

} // namespace

class TestClientRequestFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsEveryFieldAndReplacesByRequestId() {
        QTemporaryDir dir;
        const ClientRequestFile file(dir.path());
        QVERIFY(file.read().value().isEmpty());
        const auto a = entry(1);
        const auto b = entry(2);
        SD_VERIFY_OK(file.add(a));
        SD_VERIFY_OK(file.add(b));
        SD_VERIFY_OK(file.add(a)); // the same request again: replaced, not doubled
        const auto read = file.read();
        SD_VERIFY_OK(read);
        QCOMPARE(read->size(), 2);
        QVERIFY(read->at(0).request == b.request);
        QVERIFY(read->at(1).request == a.request);
        QVERIFY(read->at(1).slotRoots == a.slotRoots);
    }

    void refusesDamagedEntries_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("cid not hex") << "cid" << QJsonValue(QStringLiteral("0x01zz")) << "\"cid\"";
        QTest::newRow("cid empty") << "cid" << QJsonValue(QStringLiteral("0x")) << "\"cid\"";
        QTest::newRow("id of other fields")
            << "expiry" << QJsonValue(QStringLiteral("601")) << "request id";
        QTest::newRow("roots of another count")
            << "slotRoots" << QJsonValue(QJsonArray()) << "0 slot roots for 2 slots";
        QTest::newRow("slots not a number")
            << "slots" << QJsonValue(QStringLiteral("two")) << "\"slots\"";
    }
    void refusesDamagedEntries() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const ClientRequestFile file(dir.path());
        SD_VERIFY_OK(file.add(entry(3)));
        QVERIFY(damage(file.filePath(), field, value));
        const auto read = file.read();
        QVERIFY(!read.ok());
        QVERIFY2(read.message().contains(QStringLiteral("request 1")), qPrintable(read.message()));
        QVERIFY2(read.message().contains(named), qPrintable(read.message()));
    }
};

QTEST_GUILESS_MAIN(TestClientRequestFile)
#include "tst_clientrequestfile.moc"
