#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QString>
#include <QStringView>

// EIP-55 mixed-case checksum addresses: a hex digit a-f is upper case where the matching nibble
// of keccak256(lower-case hex address) is 8 or more, so a mistyped address is caught.
namespace salesdesk::eip55 {

// "0x" and the 40 hex digits in checksum case.
QString toChecksumHex(const Address& address);
// "0x" and 40 hex digits: all lower case, all upper case (no checksum to check), or mixed case
// that must match the checksum.
Result<Address> parse(QStringView text);

} // namespace salesdesk::eip55
