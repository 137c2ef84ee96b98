#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkReply>
#include <QObject>
#include <QString>

namespace salesdesk {

// How one JSON-RPC call failed. Every failure has a kind the caller can branch on and the details
// of that kind; describe() says it all in one line for logs and people.
struct RpcError {
    Q_GADGET

public:
    enum class Kind {
        Transport, // no HTTP answer: refused, reset, closed early, DNS… (networkError says which)
        Timeout,   // no complete answer within the call's time limit
        HttpStatus, // an HTTP answer that is not 2xx and holds no JSON-RPC answer (httpStatus)
        JsonRpc,    // the node answered with a JSON-RPC error object (code, message, data)
        Malformed,  // the answer is not what JSON-RPC promises, or is too large (message says what)
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Malformed;
    QString method;   // the call's method, e.g. "eth_call"
    QString endpoint; // the node's URL, for messages
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // Transport
    int httpStatus = 0;                                                // HttpStatus
    qint64 code = 0;                                                   // JsonRpc
    QString message;  // JsonRpc: the node's message; others: what went wrong
    QJsonValue data;  // JsonRpc: the error's data member, if any (e.g. revert data)
    int attempts = 1; // how many times the call was sent

    static RpcError transport(QNetworkReply::NetworkError error, QString text);
    static RpcError timeout(qint64 seconds);
    static RpcError httpStatusError(int status, QString bodyExcerpt);
    static RpcError jsonRpc(qint64 code, QString message, QJsonValue data);
    static RpcError malformed(QString what);

    // Whether sending the same request again may help: transport failures and HTTP 429 and 5xx.
    // Timeouts, JSON-RPC errors and malformed answers are answers and are not retried.
    bool isRetryable() const;
    // The JSON-RPC error object as the node sent it (code, message and data), for revertData().
    QJsonObject errorObject() const;
    // "eth_call at http://127.0.0.1:8545: the node answered error 3: execution reverted (data
    // 0x8b41ec7f)" and the like.
    QString describe() const;
};

} // namespace salesdesk
