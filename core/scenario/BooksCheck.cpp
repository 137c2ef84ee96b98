#include "core/scenario/BooksCheck.h"

#include "core/clock/VirtualClock.h"
#include "core/desk/DemoTimeKeeper.h"
#include "core/desk/Desk.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/scenario/InvariantChecker.h"
#include "core/simulation/SimulatedMarket.h"
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <optional>

namespace salesdesk {

namespace {

// The size of a slot whose data is on record: from its reservation, else from the market's books
// (a slot is recorded there once it is filled); nothing when neither knows it.
std::optional<quint64> slotSizeOf(const SlotId& slot, const QHash<SlotId, quint64>& reserved,
                                  const SimulatedMarket& market) {
    if (const auto found = reserved.constFind(slot); found != reserved.cend())
        return *found;
    const SimSlot* onMarket = market.control().books().slot(slot);
    const SimRequest* request =
        onMarket ? market.control().books().request(onMarket->requestId) : nullptr;
    if (request == nullptr)
        return std::nullopt;
    return request->request.ask.slotSize;
}

// Slot data files against their records. Generated data (a host that does not store data) has no
// file; its record is checked against the slot's size instead.
Result<void> checkSlotFiles(const Repo& repo, Reservations& reservations,
                            const SimulatedMarket& market, BooksCheck::Findings& findings) {
    auto held = reservations.reservations();
    if (!held.ok())
        return held.error();
    QHash<SlotId, quint64> reserved;
    for (const Reservation& r : *held)
        reserved.insert(slotIdOf(r.requestId, r.slotIndex), r.slotSize);
    auto records = repo.slotDataRecords();
    if (!records.ok())
        return records.error();
    auto generated = repo.generatedSlotData();
    if (!generated.ok())
        return generated.error();
    QHash<SlotId, quint64> files;
    if (QFileInfo::exists(repo.slotDataFiles().directory())) {
        auto listed = repo.slotDataFiles().list();
        if (!listed.ok())
            return listed.error();
        for (const SlotDataFiles::FileInfo& file : *listed)
            files.insert(file.slot, file.size);
    }
    QStringList violations, notes;
    for (auto record = records->cbegin(); record != records->cend(); ++record) {
        const QString slot = record.key().toHex();
        const auto file = files.constFind(record.key());
        if (generated->contains(record.key())) {
            const std::optional<quint64> size = slotSizeOf(record.key(), reserved, market);
            if (!size)
                notes << QStringLiteral("generated slot data of slot %1: %2 bytes on record for "
                                        "a slot with no reservation, unknown to the market "
                                        "(deleted when it expires)")
                             .arg(slot)
                             .arg(record.value());
            else if (record.value() > *size)
                violations << QStringLiteral("generated slot data of slot %1: %2 bytes on "
                                             "record, more than the slot's %3")
                                  .arg(slot)
                                  .arg(record.value())
                                  .arg(*size);
            if (file != files.cend())
                notes << QStringLiteral("slot data of slot %1 is generated, yet a file of %2 "
                                        "bytes is there (deleted at the next start)")
                             .arg(slot)
                             .arg(*file);
        } else if (file == files.cend())
            violations << QStringLiteral("slot data of slot %1: %2 bytes on record, no file")
                              .arg(slot)
                              .arg(record.value());
        else if (*file < record.value())
            violations << QStringLiteral("slot data of slot %1: %2 bytes on record, %3 in its file")
                              .arg(slot)
                              .arg(record.value())
                              .arg(*file);
        else if (*file > record.value())
            notes << QStringLiteral(
                         "slot data of slot %1: its file holds %2 bytes beyond the %3 on "
                         "record (an unrecorded write, cut back at the next start)")
                         .arg(slot)
                         .arg(*file - record.value())
                         .arg(record.value());
        files.remove(record.key());
    }
    for (auto file = files.cbegin(); file != files.cend(); ++file)
        notes << QStringLiteral("slot data of slot %1: a file of %2 bytes without a record "
                                "(deleted at the next start)")
                     .arg(file.key().toHex())
                     .arg(file.value());
    // QHash order differs from run to run.
    violations.sort();
    notes.sort();
    findings.violations << violations;
    findings.notes << notes;
    return {};
}

} // namespace

Result<BooksCheck::Findings> BooksCheck::run(const QString& dataDirectory) {
    if (!QFileInfo(dataDirectory).isDir())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not a directory").arg(dataDirectory));
    const QString hostFile = HostEngine::databaseFilePath(dataDirectory);
    const QString marketFile = Desk::marketFilePath(dataDirectory);
    for (const QString& file : {hostFile, marketFile})
        if (!QFileInfo::exists(file))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 holds no desk: %2 is missing")
                                 .arg(dataDirectory, QFileInfo(file).fileName()));

    auto checked = HostEngine::checkDatabase(dataDirectory);
    if (!checked.ok())
        return checked.error();
    auto database = Database::openReadOnly(std::move(*checked));
    if (!database.ok())
        return database.error();
    VirtualClock clock(0);
    auto market = SimulatedMarket::openReadOnly(clock, marketFile);
    if (!market.ok())
        return market.error();
    clock.advanceTo(std::max<Timestamp>(0, DemoTimeKeeper::storedTime(**market)));
    auto startBalance = Desk::hostFunds(**market);
    if (!startBalance.ok())
        return startBalance.error();

    Repo repo(**database, HostEngine::slotDataDirectory(dataDirectory));
    Reservations reservations(**database, repo);
    Ledger ledger(**database);
    const InvariantChecker checker(
        *startBalance, [](const AvailabilityId& id) { return id.toHex(); },
        [](const RequestId& id) { return id.toHex(); });
    auto broken = checker.checkStored(reservations, repo, ledger, **market);
    if (!broken.ok())
        return broken.error();
    Findings findings;
    findings.violations = *broken;
    SD_TRY(checkSlotFiles(repo, reservations, **market, findings));
    return findings;
}

} // namespace salesdesk
