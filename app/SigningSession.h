#pragma once

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/chain/wallet/ChainAccount.h"
#include "core/chain/wallet/Wallet.h"
#include "core/clock/SystemClock.h"
#include "core/domain/Result.h"
#include "core/storage/Database.h"

#include <QUrl>

#include <functional>
#include <memory>

class QCommandLineOption;
class QCommandLineParser;

namespace salesdesk::app {

// What a command that sends transactions from a data directory's wallet needs: the wallet
// unlocked with the passphrase (from --passphrase-file or the terminal), the directory's
// database (where the transaction manager keeps its intents, so an interrupted command resumes),
// a JSON-RPC client for the node at `rpcUrl`, and, once start() has read the chain id, a
// TransactionManager that signs with the wallet and has taken up what an earlier run left.
class SigningSession {
public:
    // The refusal says what is wrong; `code` is ErrorCode::InvalidArgument for the user's input
    // (no wallet, a wrong passphrase) and ErrorCode::Io for the rest.
    static Result<std::unique_ptr<SigningSession>> open(const QCommandLineParser& parser,
                                                        const QCommandLineOption& passphraseFile,
                                                        const QString& dataDirectory,
                                                        const QUrl& rpcUrl);
    ~SigningSession();

    // Reads the chain id and sets the manager up; `done` runs once, from the event loop.
    void start(std::function<void(const Result<void>&)> done);

    const Address& account() const { return m_account; }
    // The unlocked wallet as an account that signs (deal proposals, vouchers); valid while this
    // session lives.
    ChainAccount signer();
    quint64 chainId() const { return m_chainId; }
    JsonRpcClient& rpc() { return *m_rpc; }
    TransactionManager& manager() { return *m_manager; }

    // Sends `transaction` as the intent `key` (or answers how the stored intent ended): its
    // receipt when mined and succeeded, else the error naming why.
    void send(const QString& key, const OutgoingTransaction& transaction,
              std::function<void(const Result<TransactionReceipt>&)> done);

private:
    SigningSession(const QString& dataDirectory, const QUrl& rpcUrl);

    Wallet m_wallet;
    Address m_account;
    QUrl m_rpcUrl;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<TransactionManager> m_manager;
    quint64 m_chainId = 0;
};

} // namespace salesdesk::app
