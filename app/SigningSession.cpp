#include "app/SigningSession.h"

#include "app/AppOptions.h"
#include "app/PassphraseInput.h"
#include "core/chain/crypto/Eip55.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/engine/HostEngine.h"

#include <QCommandLineParser>

namespace salesdesk::app {

SigningSession::SigningSession(const QString& dataDirectory, const QUrl& rpcUrl)
    : m_wallet(dataDirectory)
    , m_rpcUrl(rpcUrl) {}

SigningSession::~SigningSession() {
    m_manager.reset();
    m_wallet.lock();
}

Result<std::unique_ptr<SigningSession>>
SigningSession::open(const QCommandLineParser& parser, const QCommandLineOption& passphraseFile,
                     const QString& dataDirectory, const QUrl& rpcUrl) {
    std::unique_ptr<SigningSession> session(new SigningSession(dataDirectory, rpcUrl));
    // Whatever keeps the wallet from opening is the user's to fix: no wallet, a wrong passphrase.
    const auto input = [](const Error& error) {
        return makeError(ErrorCode::InvalidArgument, error.message);
    };
    auto account = session->m_wallet.address();
    if (!account.ok())
        return input(account.error());
    session->m_account = *account;
    const auto passphrase = PassphraseInput::fromOptionOrTerminal(
        parser, passphraseFile,
        QStringLiteral("Passphrase of %1:").arg(eip55::toChecksumHex(session->m_account)), false);
    if (!passphrase.ok())
        return input(passphrase.error());
    if (auto unlocked = session->m_wallet.unlock(*passphrase); !unlocked.ok())
        return input(unlocked.error());
    auto database =
        Database::open(HostEngine::databaseFilePath(dataDirectory), Database::kHostApplicationId);
    if (!database.ok())
        return makeError(ErrorCode::Io, database.message());
    session->m_database = std::move(*database);
    JsonRpcClient::Options rpcOptions;
    rpcOptions.maxAttempts = 3;
    rpcOptions.timeoutSeconds = 30;
    session->m_rpc = std::make_unique<JsonRpcClient>(rpcUrl, session->m_clock, rpcOptions);
    return session;
}

ChainAccount SigningSession::signer() {
    return ChainAccount{
        m_account,
        [this](const Eip1559Transaction& transaction) { return m_wallet.sign(transaction); },
        [this](const Hash32& digest) {
            return m_wallet.signDigest(digest);
        }};
}

void SigningSession::start(std::function<void(const Result<void>&)> done) {
    m_rpc->callQuantityU64(
        QStringLiteral("eth_chainId"), {}, nullptr,
        [this, done = std::move(done)](const RpcResult<quint64>& chainId) {
            if (!chainId.ok())
                return done(makeError(ErrorCode::Io,
                                      QStringLiteral("the node at %1 did not answer: %2")
                                          .arg(m_rpcUrl.toString(), chainId.error().describe())));
            m_chainId = *chainId;
            TransactionManager::Options options;
            options.chainId = m_chainId;
            options.errors = ourContractErrors();
            m_manager = std::make_unique<TransactionManager>(
                *m_rpc, *m_database, m_clock, m_account,
                [this](const Eip1559Transaction& tx) { return m_wallet.sign(tx); }, options);
            QObject::connect(m_manager.get(), &TransactionManager::problem, m_manager.get(),
                             [](const QString& key, const QString& message) {
                                 printError(
                                     QStringLiteral("%1: %2 (trying again)").arg(key, message));
                             });
            auto resumed = m_manager->resume();
            if (!resumed.ok())
                return done(makeError(ErrorCode::Io, resumed.message()));
            done({});
        });
}

void SigningSession::send(const QString& key, const OutgoingTransaction& transaction,
                          std::function<void(const Result<TransactionReceipt>&)> done) {
    m_manager->send(
        key, transaction, m_manager.get(),
        [done = std::move(done)](const TransactionOutcome& outcome) {
            if (outcome.succeeded() && outcome.receipt)
                return done(*outcome.receipt);
            done(outcome.error.value_or(makeError(
                ErrorCode::Io, QStringLiteral("%1: %2").arg(outcome.label, outcome.describe()))));
        });
}

} // namespace salesdesk::app
