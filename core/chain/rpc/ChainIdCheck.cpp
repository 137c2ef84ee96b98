#include "core/chain/rpc/ChainIdCheck.h"

namespace salesdesk {

QString ChainIdCheck::message() const {
    if (!actual)
        return QStringLiteral("could not read the chain id of the node at %1: %2")
            .arg(endpoint, error ? error->describe() : QStringLiteral("no answer"));
    if (*actual != expected)
        return QStringLiteral("the node at %1 serves chain id %2, not the expected %3")
            .arg(endpoint)
            .arg(*actual)
            .arg(expected);
    return QStringLiteral("the node at %1 serves chain id %2, as expected")
        .arg(endpoint)
        .arg(*actual);
}

void ChainIdCheck::run(JsonRpcClient& client, quint64 expected, const QObject* context,
                       std::function<void(const ChainIdCheck&)> done) {
    client.callQuantityU64(QStringLiteral("eth_chainId"), {}, context,
                           [expected, endpoint = client.endpoint().toString(),
                            done = std::move(done)](const RpcResult<quint64>& answer) {
                               ChainIdCheck check;
                               check.expected = expected;
                               check.endpoint = endpoint;
                               if (answer.ok())
                                   check.actual = *answer;
                               else
                                   check.error = answer.error();
                               done(check);
                           });
}

} // namespace salesdesk
