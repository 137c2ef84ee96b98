#include "core/scenario/ScenarioReport.h"

#include "core/scenario/OrderedJson.h"

namespace salesdesk {

namespace {

OrderedJson amount(const UInt256& value) {
    return OrderedJson(uint256::toDecimal(value));
}

OrderedJson stateName(SaleStateKind kind) {
    return OrderedJson(toString(kind));
}

OrderedJson requestsJson(const QList<ScenarioReport::RequestEntry>& requests) {
    OrderedJson out = OrderedJson::object();
    for (const auto& r : requests) {
        OrderedJson entry = OrderedJson::object();
        entry.add(QStringLiteral("id"), r.id.toHex());
        entry.add(QStringLiteral("state"),
                  r.state.isEmpty() ? OrderedJson() : OrderedJson(r.state));
        entry.add(QStringLiteral("slotsFilled"), r.slotsFilled);
        entry.add(QStringLiteral("expiresAt"), r.expiresAt);
        entry.add(QStringLiteral("endsAt"), r.endsAt);
        out.add(r.name, std::move(entry));
    }
    return out;
}

OrderedJson salesJson(const QList<ScenarioReport::SaleEntry>& sales) {
    OrderedJson out = OrderedJson::array();
    for (const auto& s : sales) {
        OrderedJson states = OrderedJson::array();
        for (SaleStateKind kind : s.states)
            states.append(stateName(kind));
        OrderedJson entry = OrderedJson::object();
        entry.add(QStringLiteral("request"), s.request);
        entry.add(QStringLiteral("slotIndex"), s.slotIndex);
        entry.add(QStringLiteral("slotId"), s.slotId.toHex());
        entry.add(QStringLiteral("runs"), s.runs);
        entry.add(QStringLiteral("states"), std::move(states));
        entry.add(QStringLiteral("final"), s.finalState ? stateName(*s.finalState) : OrderedJson());
        entry.add(QStringLiteral("filledAt"),
                  s.filledAt ? OrderedJson(*s.filledAt) : OrderedJson());
        entry.add(QStringLiteral("payout"), amount(s.payout));
        entry.add(QStringLiteral("collateralDeposited"), amount(s.collateralDeposited));
        entry.add(QStringLiteral("collateralReturned"), amount(s.collateralReturned));
        entry.add(QStringLiteral("slashed"), amount(s.slashed));
        entry.add(QStringLiteral("proofsSubmitted"), s.proofsSubmitted);
        entry.add(QStringLiteral("proofsMissed"), s.proofsMissed);
        out.append(std::move(entry));
    }
    return out;
}

OrderedJson availabilitiesJson(const QList<ScenarioReport::AvailabilityEntry>& availabilities) {
    OrderedJson out = OrderedJson::object();
    for (const auto& entry : availabilities) {
        const Availability& a = entry.availability;
        OrderedJson json = OrderedJson::object();
        json.add(QStringLiteral("id"), a.id.toHex());
        json.add(QStringLiteral("totalSize"), a.totalSize);
        json.add(QStringLiteral("freeSize"), a.freeSize);
        json.add(QStringLiteral("duration"), a.duration);
        json.add(QStringLiteral("minPricePerBytePerSecond"), amount(a.minPricePerBytePerSecond));
        json.add(QStringLiteral("totalCollateral"), amount(a.totalCollateral));
        json.add(QStringLiteral("totalRemainingCollateral"), amount(a.totalRemainingCollateral));
        json.add(QStringLiteral("collateralCommitted"), amount(entry.collateralCommitted));
        json.add(QStringLiteral("collateralLost"), amount(a.collateralLost));
        json.add(QStringLiteral("enabled"), a.enabled);
        json.add(QStringLiteral("until"), a.until);
        out.add(entry.name, std::move(json));
    }
    return out;
}

OrderedJson reservationsJson(const QList<ScenarioReport::ReservationEntry>& reservations) {
    OrderedJson out = OrderedJson::array();
    for (const auto& r : reservations) {
        OrderedJson json = OrderedJson::object();
        json.add(QStringLiteral("availability"), r.availability);
        json.add(QStringLiteral("request"), r.request);
        json.add(QStringLiteral("slotIndex"), r.slotIndex);
        json.add(QStringLiteral("slotSize"), r.slotSize);
        json.add(QStringLiteral("size"), r.size);
        json.add(QStringLiteral("validUntil"), r.validUntil);
        out.append(std::move(json));
    }
    return out;
}

OrderedJson queueJson(const ScenarioReport::QueueEntry& queue) {
    OrderedJson items = OrderedJson::array();
    for (const auto& item : queue.items) {
        OrderedJson json = OrderedJson::object();
        json.add(QStringLiteral("request"), item.request);
        json.add(QStringLiteral("slotIndex"), item.slotIndex);
        json.add(QStringLiteral("seen"), item.seen);
        items.append(std::move(json));
    }
    OrderedJson out = OrderedJson::object();
    out.add(QStringLiteral("length"), queue.length);
    out.add(QStringLiteral("paused"), queue.paused);
    out.add(QStringLiteral("items"), std::move(items));
    return out;
}

} // namespace

QByteArray ScenarioReport::toJson() const {
    OrderedJson violations = OrderedJson::array();
    for (const auto& v : invariantViolations) {
        OrderedJson json = OrderedJson::object();
        json.add(QStringLiteral("at"), v.at);
        json.add(QStringLiteral("what"), v.what);
        violations.append(std::move(json));
    }
    OrderedJson errorList = OrderedJson::array();
    for (const auto& e : errors) {
        OrderedJson json = OrderedJson::object();
        json.add(QStringLiteral("event"), e.event);
        json.add(QStringLiteral("at"), e.at);
        json.add(QStringLiteral("message"), e.message);
        errorList.append(std::move(json));
    }
    OrderedJson repoJson = OrderedJson::object();
    repoJson.add(QStringLiteral("quotaBytes"), repo.maxBytes);
    repoJson.add(QStringLiteral("reservedBytes"), repo.reservedBytes);
    repoJson.add(QStringLiteral("usedBytes"), repo.usedBytes);
    OrderedJson hostJson = OrderedJson::object();
    hostJson.add(QStringLiteral("startBalance"), amount(host.startBalance));
    hostJson.add(QStringLiteral("balance"), amount(host.balance));
    hostJson.add(QStringLiteral("earned"), amount(host.earned));
    hostJson.add(QStringLiteral("collateralLocked"), amount(host.collateralLocked));
    hostJson.add(QStringLiteral("slashed"), amount(host.slashed));
    OrderedJson slotList = OrderedJson::array();
    for (const auto& s : mySlots) {
        OrderedJson json = OrderedJson::object();
        json.add(QStringLiteral("request"), s.request);
        json.add(QStringLiteral("slotIndex"), s.slotIndex);
        slotList.append(std::move(json));
    }
    OrderedJson agentList = OrderedJson::array();
    for (const auto& a : agents) {
        OrderedJson json = OrderedJson::object();
        json.add(QStringLiteral("request"), a.request);
        json.add(QStringLiteral("slotIndex"), a.slotIndex);
        json.add(QStringLiteral("state"), stateName(a.state));
        agentList.append(std::move(json));
    }

    OrderedJson root = OrderedJson::object();
    root.add(QStringLiteral("start"), start);
    root.add(QStringLiteral("end"), end);
    root.add(QStringLiteral("ok"), ok());
    root.add(QStringLiteral("invariantViolations"), std::move(violations));
    root.add(QStringLiteral("errors"), std::move(errorList));
    root.add(QStringLiteral("requests"), requestsJson(requests));
    root.add(QStringLiteral("sales"), salesJson(sales));
    root.add(QStringLiteral("availabilities"), availabilitiesJson(availabilities));
    root.add(QStringLiteral("reservations"), reservationsJson(reservations));
    root.add(QStringLiteral("repo"), std::move(repoJson));
    root.add(QStringLiteral("host"), std::move(hostJson));
    root.add(QStringLiteral("queue"), queueJson(queue));
    root.add(QStringLiteral("mySlots"), std::move(slotList));
    root.add(QStringLiteral("agents"), std::move(agentList));
    return root.toJson();
}

} // namespace salesdesk
