#include "core/settings/NetworkProfile.h"

#include "core/chain/crypto/Eip55.h"
#include "core/settings/Settings.h"

#include <optional>

namespace salesdesk {

namespace {

std::optional<quint64> parseNumber(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    for (QChar c : trimmed)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    bool ok = false;
    const quint64 value = trimmed.toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

// A URL with one of `schemes` and a host; an empty message when it is one.
bool isUrlWith(const QString& text, std::initializer_list<const char*> schemes) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    for (const char* scheme : schemes)
        if (url.scheme() == QLatin1String(scheme))
            return true;
    return false;
}

// Chain ids above 2^53 − 1 cannot be used by JSON tools (EIP-2294).
constexpr quint64 kMaxChainId = (quint64(1) << 53) - 1;
// More confirmations than this would wait hours on any chain: a typing mistake.
constexpr quint64 kMaxConfirmations = 1000;

} // namespace

QList<NetworkProfile> NetworkProfile::builtIn() {
    NetworkProfile local;
    local.id = QString::fromLatin1(kLocalChainId);
    local.name = tr("Local test chain (anvil, started by Sales Desk)");
    NetworkProfile testnet;
    testnet.id = QString::fromLatin1(kCodexTestnetId);
    testnet.name = tr("Codex testnet (chain %1) — offline since 2025-09, not usable")
                       .arg(kCodexTestnetChainId);
    testnet.chainId = QString::number(kCodexTestnetChainId);
    testnet.usable = false;
    testnet.reason = tr("The Codex testnet has been offline since September 2025: its nodes no "
                        "longer answer and its marketplace cannot be reached. Use the local test "
                        "chain, or enter the details of a network that runs.");
    return {local, testnet};
}

NetworkProfile NetworkProfile::stored(const QSettings& stored) {
    NetworkProfile profile;
    profile.name = settings::networkName.value(stored);
    profile.rpcUrl = settings::networkRpcUrl.value(stored);
    profile.chainId = settings::networkChainId.value(stored);
    profile.marketplace = settings::networkMarketplace.value(stored);
    profile.startBlock = settings::networkStartBlock.value(stored);
    profile.confirmations = settings::networkConfirmations.value(stored);
    profile.dataSourceUrl = settings::networkDataSourceUrl.value(stored);
    return profile;
}

void NetworkProfile::store(QSettings& stored) const {
    settings::networkName.set(stored, name.trimmed());
    settings::networkRpcUrl.set(stored, rpcUrl.trimmed());
    settings::networkChainId.set(stored, chainId.trimmed());
    settings::networkMarketplace.set(stored, marketplace.trimmed());
    settings::networkStartBlock.set(stored, startBlock.trimmed());
    settings::networkConfirmations.set(stored, confirmations.trimmed());
    settings::networkDataSourceUrl.set(stored, dataSourceUrl.trimmed());
}

QString NetworkProfile::nameError(const QString& text) {
    return text.trimmed().isEmpty() ? tr("Give the network a name.") : QString();
}

QString NetworkProfile::rpcUrlError(const QString& text) {
    if (text.trimmed().isEmpty())
        return tr("Enter the RPC URL of a node of the network.");
    if (isUrlWith(text, {"ws", "wss"}))
        return tr("Sales Desk talks to the node over HTTP: enter its http:// or https:// URL, "
                  "not the WebSocket one.");
    if (!isUrlWith(text, {"http", "https"}))
        return tr("Not a node's URL: it must start with http:// or https:// and name a host, "
                  "e.g. http://127.0.0.1:8545.");
    return QString();
}

QString NetworkProfile::chainIdError(const QString& text) {
    const std::optional<quint64> id = parseNumber(text);
    if (!id || *id == 0 || *id > kMaxChainId)
        return tr("The chain id is a whole number above 0 (e.g. 31337 for a local anvil).");
    return QString();
}

QString NetworkProfile::marketplaceError(const QString& text) {
    if (text.trimmed().isEmpty())
        return tr("Enter the address of the network's Marketplace contract.");
    if (auto address = eip55::parse(text.trimmed()); !address.ok())
        return tr("Not a valid address: 0x and 40 hex digits, with the checksum's mixed case if "
                  "it has any (a mistyped letter changes it).");
    return QString();
}

QString NetworkProfile::startBlockError(const QString& text) {
    return parseNumber(text) ? QString()
                             : tr("The start block is a whole number, 0 or more (the block the "
                                  "Marketplace was deployed in; 0 reads from the first block).");
}

QString NetworkProfile::confirmationsError(const QString& text) {
    const std::optional<quint64> count = parseNumber(text);
    if (!count || *count > kMaxConfirmations)
        return tr("Confirmations are a whole number from 0 to %1.").arg(kMaxConfirmations);
    return QString();
}

QString NetworkProfile::dataSourceUrlError(const QString& text) {
    if (text.trimmed().isEmpty())
        return QString();
    if (!isUrlWith(text, {"http", "https"}))
        return tr("Not a web address: it must start with http:// or https:// and name a host, "
                  "e.g. http://127.0.0.1:8080/api/codex/v1.");
    return QString();
}

QList<NetworkProfile::FieldError> NetworkProfile::errors() const {
    QList<FieldError> found;
    const auto add = [&found](Field field, const QString& message) {
        if (!message.isEmpty())
            found.append({field, message});
    };
    add(Field::Name, nameError(name));
    add(Field::RpcUrl, rpcUrlError(rpcUrl));
    add(Field::ChainId, chainIdError(chainId));
    add(Field::Marketplace, marketplaceError(marketplace));
    add(Field::StartBlock, startBlockError(startBlock));
    add(Field::Confirmations, confirmationsError(confirmations));
    add(Field::DataSource, dataSourceUrlError(dataSourceUrl));
    return found;
}

Result<NetworkProfile::Checked> NetworkProfile::check() const {
    if (!usable)
        return makeError(ErrorCode::InvalidArgument, reason);
    const QList<FieldError> wrong = errors();
    if (!wrong.isEmpty())
        return makeError(ErrorCode::InvalidArgument, wrong.constFirst().message);
    Checked checked;
    checked.name = name.trimmed();
    checked.rpcUrl = QUrl(rpcUrl.trimmed(), QUrl::StrictMode);
    checked.chainId = *parseNumber(chainId);
    checked.marketplace = *eip55::parse(marketplace.trimmed());
    checked.startBlock = *parseNumber(startBlock);
    checked.confirmations = *parseNumber(confirmations);
    if (!dataSourceUrl.trimmed().isEmpty())
        checked.dataSourceUrl = QUrl(dataSourceUrl.trimmed(), QUrl::StrictMode);
    return checked;
}

QString NetworkProfile::dataSubdirectory(quint64 chainId, const Address& marketplace) {
    return QStringLiteral("network-%1-%2")
        .arg(chainId)
        .arg(marketplace.toHex().mid(2, 8).toLower());
}

QString NetworkProfile::Checked::dataSubdirectory() const {
    return NetworkProfile::dataSubdirectory(chainId, marketplace);
}

} // namespace salesdesk
