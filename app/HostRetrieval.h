#pragma once

#include "app/HostCommand.h"
#include "core/chain/retrieval/RetrievalService.h"
#include "core/domain/FixedBytes.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

namespace salesdesk {

class Desk;

namespace app {

// Paid retrieval in `salesdesk-cli host` (docs/retrieval.md): its options (--retrieval-channels,
// --retrieval-terms, --retrieval-port, --claim-threshold), read into what Desk::startRetrieval
// takes, and the start, which prints where it listens, each channel's news and each claim.
class HostRetrieval {
public:
    // The retrieval options as Desk::startRetrieval takes them, and the channels contract.
    struct Offer {
        Address channels;
        RetrievalService::Options service;
    };

    QList<QCommandLineOption> options() const;
    // Whether any of the options was given (then the two that go together must be).
    bool anySet(const QCommandLineParser& parser) const;
    // The offer, or nullopt after saying on stderr which option is wrong.
    std::optional<Offer> offerOf(const QCommandLineParser& parser) const;
    // Starts the paid retrieval and says where it listens; false after saying why not.
    static bool start(Desk& desk, const Offer& offer);

private:
    struct Options {
        QCommandLineOption channels{
            QStringLiteral("retrieval-channels"),
            HostCommand::tr(
                "Serve paid retrievals of the slot data held, paid over channels of the "
                "RetrievalChannels contract at <address> (docs/retrieval.md), on the "
                "terms of --retrieval-terms."),
            QStringLiteral("address")};
        QCommandLineOption terms{
            QStringLiteral("retrieval-terms"),
            HostCommand::tr("The paid retrievals' terms: a JSON file with \"pricePerByte\" (base "
                            "units, a decimal string) and optionally \"paymentInterval\" and "
                            "\"paymentIntervalIncrease\" (bytes; default 1048576 each), as GET "
                            "/salesdesk/v1/retrieval/ask answers them."),
            QStringLiteral("file")};
        QCommandLineOption port{
            QStringLiteral("retrieval-port"),
            HostCommand::tr(
                "The port the paid-retrieval endpoint listens on, on 127.0.0.1 (default "
                "0: a free port, printed)."),
            QStringLiteral("port"), QStringLiteral("0")};
        QCommandLineOption claimThreshold{
            QStringLiteral("claim-threshold"),
            HostCommand::tr("Claim a retrieval channel's best voucher as soon as it pays <amount> "
                            "base units more than was claimed (default 0: only when its payer "
                            "asks to close it)."),
            QStringLiteral("amount"), QStringLiteral("0")};
    };
    Options m_options;
};

} // namespace app
} // namespace salesdesk
