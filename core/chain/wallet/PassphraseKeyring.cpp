#include "core/chain/wallet/PassphraseKeyring.h"

#include "core/domain/ContextGuard.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcKeyring, "salesdesk.chain.passphrasekeyring")

namespace {

Error keyringError(const QString& what, const QKeychain::Job& job) {
    const QString why =
        job.error() == QKeychain::NoBackendAvailable
            ? QStringLiteral("no keyring is available on this desktop (%1)").arg(job.errorString())
            : job.errorString();
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(what, why));
}

} // namespace

PassphraseKeyring::PassphraseKeyring(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service)) {}

QString PassphraseKeyring::keyOf(const Address& wallet) {
    return QStringLiteral("wallet %1").arg(wallet.toHex());
}

void PassphraseKeyring::run(QKeychain::Job* job, const Address& wallet, const QObject* context,
                            std::function<void(QKeychain::Job&)> finished) {
    job->setInsecureFallback(false);
    job->setKey(keyOf(wallet));
    const ContextGuard guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [guard, finished = std::move(finished)](QKeychain::Job* done) {
                if (!guard.gone())
                    finished(*done);
            });
    job->start();
}

void PassphraseKeyring::store(const Address& wallet, const QString& passphrase,
                              const QObject* context, Done done) {
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(passphrase);
    run(job, wallet, context, [wallet, done = std::move(done)](QKeychain::Job& finished) {
        if (finished.error() != QKeychain::NoError)
            return done(keyringError(
                QStringLiteral("keeping the passphrase of %1 in the keyring").arg(wallet.toHex()),
                finished));
        qCInfo(lcKeyring).noquote()
            << QStringLiteral("the passphrase of %1 is kept in the keyring").arg(wallet.toHex());
        done({});
    });
}

void PassphraseKeyring::read(const Address& wallet, const QObject* context, Read done) {
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    run(job, wallet, context, [wallet, done = std::move(done)](QKeychain::Job& finished) {
        if (finished.error() == QKeychain::EntryNotFound)
            return done(std::optional<QString>());
        if (finished.error() != QKeychain::NoError)
            return done(keyringError(
                QStringLiteral("reading the passphrase of %1 from the keyring").arg(wallet.toHex()),
                finished));
        done(std::optional<QString>(
            static_cast<const QKeychain::ReadPasswordJob&>(finished).textData()));
    });
}

void PassphraseKeyring::forget(const Address& wallet, const QObject* context, Done done) {
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    run(job, wallet, context, [wallet, done = std::move(done)](QKeychain::Job& finished) {
        if (finished.error() != QKeychain::NoError && finished.error() != QKeychain::EntryNotFound)
            return done(
                keyringError(QStringLiteral("removing the passphrase of %1 from the keyring")
                                 .arg(wallet.toHex()),
                             finished));
        qCInfo(lcKeyring).noquote()
            << QStringLiteral("the passphrase of %1 is no longer in the keyring")
                   .arg(wallet.toHex());
        done({});
    });
}

} // namespace salesdesk
