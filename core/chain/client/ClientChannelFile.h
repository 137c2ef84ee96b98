#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

// The payment channels a retrieval client opened from one data directory, kept in
// client-channels.json so that `salesdesk-cli client retrieve` reuses a channel to the same
// provider and signs its vouchers on from what it signed before (a voucher must raise the
// channel's cumulative amount). An entry is written with its intent key before the channel's
// transactions are sent (the id is not known until the opening is mined), so a run that was
// interrupted sends the same intents again and learns the id from their receipt; `signed` is
// written before each voucher is sent.
class ClientChannelFile {
public:
    struct Entry {
        QString intentKey; // the transaction manager's key prefix of the opening
        quint64 chainId = 0;
        Address contract; // RetrievalChannels
        Address payee;
        UInt256 deposit;
        std::optional<Hash32> channelId; // once the opening is mined
        UInt256 signedAmount;            // the newest voucher's cumulative amount
    };

    explicit ClientChannelFile(QString dataDirectory);

    QString filePath() const;
    // Every entry; none when the file does not exist yet. A damaged file is an error naming the
    // entry and field.
    Result<QList<Entry>> read() const;
    // The newest entry for `payee` on `contract` of `chainId`, if any.
    Result<std::optional<Entry>> latest(quint64 chainId, const Address& contract,
                                        const Address& payee) const;
    // Adds `entry` (replacing the one of the same intent key), written to a temporary file first
    // and then renamed over the old one.
    Result<void> put(const Entry& entry) const;

private:
    QString m_dataDirectory;
};

} // namespace salesdesk
