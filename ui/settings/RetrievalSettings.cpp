#include "ui/settings/RetrievalSettings.h"

#include "core/domain/UInt256.h"

#include <QHostAddress>

namespace salesdesk::ui {

namespace {

bool isIpAddress(const QString& value) {
    return !QHostAddress(value.trimmed()).isNull();
}

} // namespace

QString RetrievalSettings::listenAddressError(const QString& text) {
    if (text.trimmed().isEmpty())
        return tr("Type the IP address to listen on, such as 127.0.0.1 (this computer only) or "
                  "0.0.0.0 (every network interface).");
    if (!isIpAddress(text))
        return tr("\"%1\" is not an IP address: type one such as 127.0.0.1 (this computer only) "
                  "or 0.0.0.0 (every network interface).")
            .arg(text.trimmed());
    return {};
}

QString RetrievalSettings::amountError(const QString& text) {
    if (text.trimmed().isEmpty())
        return tr("Type a whole number of the token's smallest unit (0 or more).");
    auto parsed = uint256::parse(text.trimmed());
    if (!parsed.ok())
        return tr("Type a whole number of the token's smallest unit (0 or more): %1")
            .arg(parsed.message());
    return {};
}

Result<RetrievalService::Options> RetrievalSettings::storedOffer(const QSettings& settings) {
    RetrievalService::Options offer;
    offer.listenAddress = QHostAddress(listenAddress.value(settings).trimmed());
    offer.port = static_cast<quint16>(port.value(settings));
    // Checked when read: a value that does not parse reads as the default, "0".
    SD_TRY_ASSIGN(offer.terms.pricePerByte, uint256::parse(pricePerByte.value(settings).trimmed()));
    offer.terms.paymentInterval = quint64(firstChunkKiB.value(settings)) * 1024;
    offer.terms.paymentIntervalIncrease = quint64(chunkGrowthKiB.value(settings)) * 1024;
    SD_TRY_ASSIGN(offer.claimThreshold, uint256::parse(claimThreshold.value(settings).trimmed()));
    offer.maxActivePerClient = maxActivePerClient.value(settings);
    SD_TRY(offer.terms.validate());
    return offer;
}

} // namespace salesdesk::ui
