// AbiType: canonical type strings parse and print back, with the right layout (dynamic or not,
// head size); malformed strings and JSON parameters are errors that say what is wrong.
#include "core/chain/abi/AbiType.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace salesdesk;
using salesdesk::abi::AbiType;

class TestAbiType : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Each canonical string parses, prints back the same, and has the specification's layout.
    void canonicalStringsRoundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dynamic");
        QTest::addColumn<quint64>("headSize");
        QTest::addRow("uint8") << "uint8" << false << quint64(32);
        QTest::addRow("int256") << "int256" << false << quint64(32);
        QTest::addRow("address") << "address" << false << quint64(32);
        QTest::addRow("bool") << "bool" << false << quint64(32);
        QTest::addRow("bytes1") << "bytes1" << false << quint64(32);
        QTest::addRow("bytes32") << "bytes32" << false << quint64(32);
        QTest::addRow("bytes") << "bytes" << true << quint64(32);
        QTest::addRow("string") << "string" << true << quint64(32);
        QTest::addRow("uint64[]") << "uint64[]" << true << quint64(32);
        QTest::addRow("bytes3[2]") << "bytes3[2]" << false << quint64(64);
        QTest::addRow("uint256[2][3]") << "uint256[2][3]" << false << quint64(192);
        QTest::addRow("string[2]") << "string[2]" << true << quint64(32);
        QTest::addRow("uint256[][]") << "uint256[][]" << true << quint64(32);
        QTest::addRow("static tuple") << "(uint256,(address,bool))" << false << quint64(96);
        QTest::addRow("dynamic tuple") << "(uint256,(address,bytes))" << true << quint64(32);
        QTest::addRow("tuple arrays")
            << "(bytes32,bytes32[],(bytes32[],bytes32[]))[2][]" << true << quint64(32);
        QTest::addRow("static tuple array") << "(uint8,bool)[3]" << false << quint64(192);
    }
    void canonicalStringsRoundTrip() {
        QFETCH(QString, text);
        QFETCH(bool, dynamic);
        QFETCH(quint64, headSize);
        const auto type = AbiType::parse(text);
        SD_VERIFY_OK(type);
        QCOMPARE(type->canonical(), text);
        QCOMPARE(type->isDynamic(), dynamic);
        QCOMPARE(type->headSize(), headSize);
        QVERIFY(*type == *AbiType::parse(type->canonical()));
    }

    // The parts of a composite type.
    void compositeParts() {
        const auto type = AbiType::parse(u"(uint64,bytes10)[4]");
        SD_VERIFY_OK(type);
        QVERIFY(type->kind() == AbiType::Kind::FixedArray);
        QCOMPARE(type->length(), quint64(4));
        const AbiType& tuple = type->element();
        QVERIFY(tuple.kind() == AbiType::Kind::Tuple);
        QCOMPARE(tuple.components().size(), std::size_t(2));
        QCOMPARE(tuple.components()[0].width(), 64);
        QCOMPARE(tuple.components()[1].width(), 10);
        QVERIFY(tuple.components()[1].isElementary());
        QVERIFY(!tuple.isElementary());
        QCOMPARE(type->depth(), 2);
        QVERIFY(!(*type == *AbiType::parse(u"(uint64,bytes10)[5]")));
    }

    // Each malformed string is an error whose message says what is wrong.
    void malformedStringsAreErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::addRow("uint7") << "uint7"
                               << "uint7 is not a type: uint<N> takes N = 8";
        QTest::addRow("int264") << "int264"
                                << "int264 is not a type";
        QTest::addRow("uint08") << "uint08"
                                << "uint08 is not a type";
        QTest::addRow("bare uint") << "uint"
                                   << "uint is not canonical: write uint256";
        QTest::addRow("bytes0") << "bytes0"
                                << "bytes0 is not a type: bytes<N> takes N = 1";
        QTest::addRow("bytes33") << "bytes33"
                                 << "bytes33 is not a type";
        QTest::addRow("unknown") << "foo"
                                 << "\"foo\" is not an ABI type";
        QTest::addRow("fixed") << "fixed128x18"
                               << "fixed128x18 is not supported";
        QTest::addRow("empty") << ""
                               << "expected a type at the end of \"\"";
        QTest::addRow("space") << "uint256 "
                               << "unexpected \" \" at 7";
        QTest::addRow("open tuple") << "(uint256"
                                    << "ends inside a tuple";
        QTest::addRow("trailing comma") << "(uint256,)"
                                        << "expected a type at 9";
        QTest::addRow("empty tuple") << "()"
                                     << "the empty tuple () at 0";
        QTest::addRow("open bracket") << "uint256["
                                      << "is not closed";
        QTest::addRow("zero length") << "uint256[0]"
                                     << "\"[0]\" at 7 in \"uint256[0]\" is not an "
                                        "array length";
        QTest::addRow("leading zero") << "uint256[01]"
                                      << "is not an array length";
        QTest::addRow("letters") << "uint256[k]"
                                 << "is not an array length";
        QTest::addRow("extra bracket") << "bool[]]"
                                       << "unexpected \"]\" at 6";
        QTest::addRow("too large") << "uint256[1000000][1000000]"
                                   << "is too large";
        QTest::addRow("too deep") << QString("uint8") + QString("[]").repeated(33)
                                  << "nest more than 32 levels";
        QTest::addRow("deep tuples")
            << QString("(").repeated(40) + "uint8" + QString(")").repeated(40)
            << "nest more than 32 levels";
    }
    void malformedStringsAreErrors() {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto type = AbiType::parse(text);
        SD_VERIFY_ERROR(type, ErrorCode::InvalidArgument);
        QVERIFY2(type.message().contains(says), qPrintable(type.message()));
    }

    // A JSON ABI parameter spells tuples "tuple" with components, whose names are kept.
    void jsonParameterWithComponents() {
        const QJsonObject parameter = QJsonDocument::fromJson(R"({"name": "proof",
            "type": "tuple[]", "components": [
              {"name": "slotRoot", "type": "bytes32"},
              {"name": "inner", "type": "tuple[2]", "components": [
                {"name": "leaves", "type": "bytes32[]"}]}]})")
                                          .object();
        const auto type = AbiType::fromJson(parameter);
        SD_VERIFY_OK(type);
        QCOMPARE(type->canonical(), QStringLiteral("(bytes32,(bytes32[])[2])[]"));
        QCOMPARE(type->element().componentName(0), QStringLiteral("slotRoot"));
        QCOMPARE(type->element().componentName(1), QStringLiteral("inner"));
        QCOMPARE(type->element().components()[1].element().componentName(0),
                 QStringLiteral("leaves"));
        QCOMPARE(type->element().componentName(5), QString());
    }

    // JSON parameters without a type, with a bad tuple suffix or without components are refused.
    void malformedJsonParameters_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::addRow("no type") << QByteArray(R"({"name": "a"})") << "has no \"type\"";
        QTest::addRow("bad element") << QByteArray(R"({"type": "uint3[]"})") << "uint3 is not";
        QTest::addRow("no components")
            << QByteArray(R"({"name": "s", "type": "tuple"})") << "has no components";
        QTest::addRow("bad suffix")
            << QByteArray(R"({"type": "tuplex", "components": [{"type": "bool"}]})")
            << "\"tuplex\" is not an ABI type";
    }
    void malformedJsonParameters() {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto type = AbiType::fromJson(QJsonDocument::fromJson(json).object());
        SD_VERIFY_ERROR(type, ErrorCode::InvalidArgument);
        QVERIFY2(type.message().contains(says), qPrintable(type.message()));
    }
};

QTEST_GUILESS_MAIN(TestAbiType)
#include "tst_abitype.moc"
