// The node's failures in plain words for the status bar and the wallet screen.
#include "core/chain/rpc/RpcError.h"
#include "ui/common/ChainText.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

class TestChainText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainWordsPerKind() {
        QCOMPARE(
            ChainText::plainError(RpcError::transport(QNetworkReply::ConnectionRefusedError, {})),
            QStringLiteral("the node refuses connections (is it running?)"));
        QCOMPARE(
            ChainText::plainError(RpcError::transport(QNetworkReply::RemoteHostClosedError, {})),
            QStringLiteral("the node cannot be reached"));
        QCOMPARE(ChainText::plainError(RpcError::timeout(30)),
                 QStringLiteral("the node took too long to answer"));
        QCOMPARE(ChainText::plainError(RpcError::httpStatusError(503, {})),
                 QStringLiteral("the node answered with HTTP error 503"));
        QCOMPARE(ChainText::plainError(RpcError::httpStatusError(429, {})),
                 QStringLiteral("the node refuses more requests for now (rate limit)"));
        QCOMPARE(ChainText::plainError(
                     RpcError::jsonRpc(-32000, QStringLiteral("header not found"), {})),
                 QStringLiteral("the node refused the request: header not found"));
        QCOMPARE(ChainText::plainError(RpcError::malformed(QStringLiteral("not JSON"))),
                 QStringLiteral("the node's answer could not be read"));
    }
};

QTEST_MAIN(TestChainText)
#include "tst_chaintext.moc"
