#include "app/HostRetrieval.h"

#include "app/AppOptions.h"
#include "core/chain/retrieval/ChannelClaimer.h"
#include "core/chain/retrieval/RetrievalServer.h"
#include "core/chain/retrieval/VoucherBook.h"
#include "core/desk/Desk.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace salesdesk::app {

namespace {

// A byte count of the retrieval terms: a whole number, or its decimal string (as the ask answers
// it); `fallback` when absent.
Result<quint64> termsBytes(const QJsonObject& object, const QString& key, quint64 fallback) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    bool ok = false;
    quint64 bytes = 0;
    if (value.isString()) {
        bytes = value.toString().toULongLong(&ok);
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        ok = number >= 0 && number <= 9007199254740992.0 && number == double(quint64(number));
        bytes = ok ? quint64(number) : 0;
    }
    if (!ok)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" must be a whole number of bytes").arg(key));
    return bytes;
}

// The terms in a --retrieval-terms file's object.
Result<RetrievalTerms> termsOf(const QJsonObject& object) {
    RetrievalTerms terms;
    const QJsonValue price = object.value(QStringLiteral("pricePerByte"));
    if (!price.isString())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"pricePerByte\" must be a decimal string of base "
                                        "units"));
    auto parsed = uint256::parse(price.toString());
    if (!parsed.ok())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"pricePerByte\": %1").arg(parsed.message()));
    terms.pricePerByte = *parsed;
    SD_TRY_ASSIGN(terms.paymentInterval,
                  termsBytes(object, QStringLiteral("paymentInterval"), terms.paymentInterval));
    SD_TRY_ASSIGN(terms.paymentIntervalIncrease,
                  termsBytes(object, QStringLiteral("paymentIntervalIncrease"),
                             terms.paymentIntervalIncrease));
    SD_TRY(terms.validate());
    return terms;
}

// A retrieval channel as one line: what the chain says of it (the best voucher changes with
// every payment and is left out).
QString channelLine(const VoucherCheck::Channel& channel) {
    QString line = HostCommand::tr("retrieval channel %1: deposit %2, claimed %3")
                       .arg(channel.id.toHex(), uint256::toDecimal(channel.deposit),
                            uint256::toDecimal(channel.claimed));
    if (channel.closesAt != 0)
        line += HostCommand::tr(", closing at %1").arg(channel.closesAt);
    if (channel.finalized)
        line += HostCommand::tr(", finalized");
    return line;
}

} // namespace

QList<QCommandLineOption> HostRetrieval::options() const {
    return {m_options.channels, m_options.terms, m_options.port, m_options.claimThreshold};
}

bool HostRetrieval::anySet(const QCommandLineParser& parser) const {
    for (const QCommandLineOption& option : options())
        if (parser.isSet(option))
            return true;
    return false;
}

// --retrieval-channels, --retrieval-terms, --retrieval-port and --claim-threshold.
std::optional<HostRetrieval::Offer> HostRetrieval::offerOf(const QCommandLineParser& parser) const {
    const Options& options = m_options;
    if (!parser.isSet(options.channels) || !parser.isSet(options.terms)) {
        printError(HostCommand::tr("--retrieval-channels and --retrieval-terms go together "
                                   "(--retrieval-port and --claim-threshold need them)"));
        return std::nullopt;
    }
    Offer offer;
    auto contract = Address::fromHex(parser.value(options.channels));
    if (!contract.ok()) {
        printError(HostCommand::tr("--retrieval-channels must be the contract's address (0x and "
                                   "40 hex digits), not \"%1\"")
                       .arg(parser.value(options.channels)));
        return std::nullopt;
    }
    offer.channels = *contract;
    QFile file(parser.value(options.terms));
    if (!file.open(QIODevice::ReadOnly)) {
        printError(HostCommand::tr("--retrieval-terms: cannot read %1: %2")
                       .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    auto terms = document.isObject()
                     ? termsOf(document.object())
                     : Result<RetrievalTerms>(makeError(ErrorCode::InvalidArgument,
                                                        parseError.error != QJsonParseError::NoError
                                                            ? parseError.errorString()
                                                            : QStringLiteral("not a JSON object")));
    if (!terms.ok()) {
        printError(HostCommand::tr("--retrieval-terms: %1: %2")
                       .arg(QDir::toNativeSeparators(file.fileName()), terms.message()));
        return std::nullopt;
    }
    offer.service.terms = *terms;
    auto threshold = uint256::parse(parser.value(options.claimThreshold));
    if (!threshold.ok()) {
        printError(HostCommand::tr("--claim-threshold must be a whole number of base units, not "
                                   "\"%1\"")
                       .arg(parser.value(options.claimThreshold)));
        return std::nullopt;
    }
    offer.service.claimThreshold = *threshold;
    const auto port = wholeNumberOption(parser, options.port, 0, 65535);
    if (!port)
        return std::nullopt;
    offer.service.port = quint16(*port);
    return offer;
}

// Starts the paid retrieval and says where it listens; false after saying why not.
bool HostRetrieval::start(Desk& desk, const Offer& offer) {
    const auto started = desk.startRetrieval(offer.service);
    if (!started.ok()) {
        printError(HostCommand::tr("cannot serve paid retrieval: %1").arg(started.message()));
        return false;
    }
    RetrievalService& service = *desk.retrieval();
    printLine(HostCommand::tr("paid retrieval at %1").arg(service.server().baseUrl().toString()));
    // Each channel as the chain has it, a line whenever that changes (opened, closing, claimed).
    auto printed = std::make_shared<QHash<Hash32, QString>>();
    auto printChannels = [&service, printed] {
        const auto channels =
            service.vouchers().channels(service.options().chainId, service.options().channels);
        if (!channels.ok())
            return;
        for (const VoucherCheck::Channel& channel : *channels) {
            const QString line = channelLine(channel);
            if (printed->value(channel.id) == line)
                continue;
            printed->insert(channel.id, line);
            printLine(line);
        }
    };
    QObject::connect(&service, &RetrievalService::changed, &desk, printChannels);
    QObject::connect(
        &service.claimer(), &ChannelClaimer::claimSettled, &desk,
        [](const Hash32& channelId, const UInt256& amount, bool claimed, const QString& outcome) {
            printLine(HostCommand::tr("retrieval channel %1: claim of %2 %3 (%4)")
                          .arg(channelId.toHex(), uint256::toDecimal(amount),
                               claimed ? HostCommand::tr("mined") : HostCommand::tr("failed"),
                               outcome));
        });
    printChannels();
    return true;
}

} // namespace salesdesk::app
