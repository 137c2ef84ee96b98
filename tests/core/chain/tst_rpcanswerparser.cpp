#include "core/chain/rpc/RpcAnswerParser.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;

class TestRpcAnswerParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleResult();
    void singleError();
    void batchInAnyOrder();
    void batchWithAMissingAnswer();
    void wholeRequestRefused();
    void notJson();
    void brokenRules_data();
    void brokenRules();
    void batchAnsweredWithOneObject();
    void wrongId();
    void duplicateAnswer();
};

void TestRpcAnswerParser::singleResult() {
    const RpcAnswers answers =
        RpcAnswerParser::parse(R"({"jsonrpc":"2.0","id":7,"result":"0x1"})", {7});
    QVERIFY(!answers.whole);
    QCOMPARE(answers.byId.size(), 1);
    QVERIFY(answers.byId.value(7, RpcError()).ok());
    QCOMPARE(answers.byId.value(7, RpcError())->toString(), QStringLiteral("0x1"));
    const RpcAnswers null =
        RpcAnswerParser::parse(R"({"jsonrpc":"2.0","id":7,"result":null})", {7});
    QVERIFY(null.byId.value(7, RpcError()).ok()); // null is a result (e.g. no receipt yet)
}

void TestRpcAnswerParser::singleError() {
    const RpcAnswers answers = RpcAnswerParser::parse(
        R"({"jsonrpc":"2.0","id":3,"error":{"code":3,"message":"execution reverted","data":"0x8b41ec7f"}})",
        {3});
    const RpcResult<QJsonValue> answer = answers.byId.value(3, RpcError());
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, RpcError::Kind::JsonRpc);
    QCOMPARE(answer.error().code, qint64(3));
    QCOMPARE(answer.error().message, QStringLiteral("execution reverted"));
    QCOMPARE(answer.error().data.toString(), QStringLiteral("0x8b41ec7f"));
    QVERIFY(answers.isJsonRpc());
}

void TestRpcAnswerParser::batchInAnyOrder() {
    const RpcAnswers answers = RpcAnswerParser::parse(
        R"([{"jsonrpc":"2.0","id":2,"result":"b"},{"jsonrpc":"2.0","id":1,"result":"a"},
            {"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"Method not found"}}])",
        {1, 2, 3});
    QCOMPARE(answers.byId.value(1, RpcError())->toString(), QStringLiteral("a"));
    QCOMPARE(answers.byId.value(2, RpcError())->toString(), QStringLiteral("b"));
    QCOMPARE(answers.byId.value(3, RpcError()).error().code, qint64(-32601));
}

void TestRpcAnswerParser::batchWithAMissingAnswer() {
    const RpcAnswers answers = RpcAnswerParser::parse(
        R"([{"jsonrpc":"2.0","id":1,"result":"a"}, 42, {"id": 99}])", {1, 2});
    QVERIFY(!answers.whole);
    QCOMPARE(answers.byId.size(), 1); // 2 is unanswered: the client reports it as malformed
    QVERIFY(!answers.byId.contains(2));
}

void TestRpcAnswerParser::wholeRequestRefused() {
    const RpcAnswers object = RpcAnswerParser::parse(
        R"({"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"batch too large"}})",
        {1, 2});
    QVERIFY(object.whole);
    QCOMPARE(object.whole->kind, RpcError::Kind::JsonRpc);
    QCOMPARE(object.whole->code, qint64(-32005));
    QVERIFY(object.isJsonRpc());
    const RpcAnswers array = RpcAnswerParser::parse(
        R"([{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request"}}])",
        {1, 2});
    QVERIFY(array.whole);
    QCOMPARE(array.whole->code, qint64(-32600));
}

void TestRpcAnswerParser::notJson() {
    const RpcAnswers answers = RpcAnswerParser::parse("<html>Bad Gateway</html>", {1});
    QVERIFY(answers.whole);
    QCOMPARE(answers.whole->kind, RpcError::Kind::Malformed);
    QVERIFY2(answers.whole->message.contains(QLatin1String("not JSON")),
             qPrintable(answers.whole->message));
    QVERIFY(!answers.isJsonRpc());
    const RpcAnswers truncated = RpcAnswerParser::parse(R"({"jsonrpc":"2.0","id":1,"resu)", {1});
    QVERIFY(truncated.whole);
    QVERIFY(truncated.whole->message.contains(QLatin1String("byte")));
    const RpcAnswers scalar = RpcAnswerParser::parse("42", {1});
    QVERIFY(scalar.whole);
}

void TestRpcAnswerParser::brokenRules_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    QTest::newRow("no version") << QByteArray(R"({"id":1,"result":"0x1"})")
                                << QStringLiteral("jsonrpc");
    QTest::newRow("old version") << QByteArray(R"({"jsonrpc":"1.0","id":1,"result":"0x1"})")
                                 << QStringLiteral("jsonrpc");
    QTest::newRow("both")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":"x"}})")
        << QStringLiteral("both");
    QTest::newRow("neither") << QByteArray(R"({"jsonrpc":"2.0","id":1})")
                             << QStringLiteral("neither");
    QTest::newRow("error not object") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":"bad"})")
                                      << QStringLiteral("not an object");
    QTest::newRow("code not whole")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":1.5,"message":"x"}})")
        << QStringLiteral("code");
    QTest::newRow("no message") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":1}})")
                                << QStringLiteral("message");
}

void TestRpcAnswerParser::brokenRules() {
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    const RpcAnswers answers = RpcAnswerParser::parse(body, {1});
    const RpcResult<QJsonValue> answer = answers.byId.value(1, RpcError::jsonRpc(0, QString(), {}));
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, RpcError::Kind::Malformed);
    QVERIFY2(answer.error().message.contains(says), qPrintable(answer.error().message));
}

void TestRpcAnswerParser::batchAnsweredWithOneObject() {
    const RpcAnswers answers =
        RpcAnswerParser::parse(R"({"jsonrpc":"2.0","id":1,"result":"a"})", {1, 2});
    QVERIFY(answers.whole);
    QCOMPARE(answers.whole->kind, RpcError::Kind::Malformed);
    QVERIFY(answers.whole->message.contains(QLatin1String("single object")));
}

void TestRpcAnswerParser::wrongId() {
    const RpcAnswers answers =
        RpcAnswerParser::parse(R"({"jsonrpc":"2.0","id":8,"result":"a"})", {7});
    QVERIFY(answers.whole);
    QVERIFY2(answers.whole->message.contains(QLatin1String("8")),
             qPrintable(answers.whole->message));
}

void TestRpcAnswerParser::duplicateAnswer() {
    const RpcAnswers answers = RpcAnswerParser::parse(
        R"([{"jsonrpc":"2.0","id":1,"result":"a"},{"jsonrpc":"2.0","id":1,"result":"b"}])", {1, 2});
    QVERIFY(!answers.byId.value(1, RpcError()).ok());
    QVERIFY(answers.byId.value(1, RpcError()).error().message.contains(QLatin1String("twice")));
}

QTEST_GUILESS_MAIN(TestRpcAnswerParser)
#include "tst_rpcanswerparser.moc"
