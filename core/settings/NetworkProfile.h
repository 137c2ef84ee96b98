#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace salesdesk {

// A chain Sales Desk can sell on by RPC URL, as the user typed it in Settings → Market: a name, the
// node's RPC URL, the chain id, our Marketplace's address, the block it was deployed in, how many
// confirmations to wait for, and where slot data is downloaded from (a Codex node's REST API or a
// client's HTTP server). The fields are kept as text, so that a half-typed profile can be shown
// and refused field by field; check() turns a complete one into values.
//
// builtIn() lists the chains Sales Desk knows, with whether they can be used now and, when not,
// why in plain words.
class NetworkProfile {
    Q_DECLARE_TR_FUNCTIONS(NetworkProfile)
public:
    enum class Field { Name, RpcUrl, ChainId, Marketplace, StartBlock, Confirmations, DataSource };

    struct FieldError {
        Field field;
        QString message;
    };

    // A profile whose every field passed its check.
    struct Checked {
        QString name;
        QUrl rpcUrl;
        quint64 chainId = 0;
        Address marketplace;
        quint64 startBlock = 0;
        quint64 confirmations = 0;
        QUrl dataSourceUrl; // empty when none was given
        // Where this network's books live in a data directory (dataSubdirectory below).
        QString dataSubdirectory() const;
    };

    // The ids of the built-in profiles.
    static constexpr char kLocalChainId[] = "local-chain";
    static constexpr char kCodexTestnetId[] = "codex-testnet";
    static constexpr char kCustomId[] = "custom";
    static constexpr quint64 kCodexTestnetChainId = 789987;
    // What a new profile waits for: a reorg of up to this many blocks (which public chains have
    // now and then) does not undo a transaction or an event the desk has already acted on.
    static constexpr char kDefaultConfirmations[] = "3";

    QString id = QString::fromLatin1(kCustomId);
    QString name;
    QString rpcUrl;
    QString chainId;
    QString marketplace;
    QString startBlock = QStringLiteral("0");
    QString confirmations = QString::fromLatin1(kDefaultConfirmations);
    QString dataSourceUrl;
    // Whether Sales Desk can sell on it now; `reason` says why not.
    bool usable = true;
    QString reason;

    // The local test chain (anvil started by Sales Desk: market kind "local-chain"), then the
    // Codex testnet (not usable: offline).
    static QList<NetworkProfile> builtIn();
    // The custom profile kept in the settings (network/…), as stored; empty fields when none.
    static NetworkProfile stored(const QSettings& settings);
    // Writes the fields to the settings (network/…); call it with a profile that passed check().
    void store(QSettings& settings) const;

    // Every field that is wrong, with a message for the user, in the order of Field.
    QList<FieldError> errors() const;
    // The values, or an InvalidArgument error with the first field's message.
    Result<Checked> check() const;

    // One field's check: an empty message when the text is acceptable.
    static QString nameError(const QString& text);
    static QString rpcUrlError(const QString& text);
    static QString chainIdError(const QString& text);
    static QString marketplaceError(const QString& text);
    static QString startBlockError(const QString& text);
    static QString confirmationsError(const QString& text);
    static QString dataSourceUrlError(const QString& text);

    // "network-<chain id>-<first 8 hex digits of the marketplace>": each network's books in their
    // own subdirectory of the data directory, so that switching networks never mixes books.
    static QString dataSubdirectory(quint64 chainId, const Address& marketplace);
};

} // namespace salesdesk
