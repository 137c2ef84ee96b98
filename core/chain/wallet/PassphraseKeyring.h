#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace salesdesk {

// Keeps a wallet's passphrase in the desktop's keyring (the Secret Service of GNOME Keyring or
// KWallet, through QtKeychain), when the user asks for it, so the wallet unlocks at start without
// a prompt. One entry per wallet address, under the service "Sales Desk". Never falls back to a
// file: without a keyring every call answers an error saying so, and the user types the
// passphrase as before. The passphrase is not logged.
//
// Every call is asynchronous (the keyring may ask the user, over D-Bus): the answer comes on the
// event loop, and not at all once `context` is destroyed.
class PassphraseKeyring final : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<void>&)>;
    // The passphrase, or nullopt when none is kept for the address.
    using Read = std::function<void(const Result<std::optional<QString>>&)>;

    explicit PassphraseKeyring(QString service = QStringLiteral("Sales Desk"),
                               QObject* parent = nullptr);

    void store(const Address& wallet, const QString& passphrase, const QObject* context, Done done);
    void read(const Address& wallet, const QObject* context, Read done);
    // Forgetting an entry that is not there succeeds.
    void forget(const Address& wallet, const QObject* context, Done done);

    static QString keyOf(const Address& wallet);

private:
    // Starts `job` for the wallet's entry (never with the plain-text fallback) and hands it to
    // `finished` when it ends, unless `context` is gone by then.
    void run(QKeychain::Job* job, const Address& wallet, const QObject* context,
             std::function<void(QKeychain::Job&)> finished);

    QString m_service;
};

} // namespace salesdesk
