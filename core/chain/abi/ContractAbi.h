#pragma once

#include "core/chain/abi/AbiEntry.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QStringView>

#include <optional>
#include <vector>

namespace salesdesk::abi {

// A contract's ABI, read from the JSON solc writes (the "abi" array of our artifacts,
// contracts/CMakeLists.txt): its functions, constructor, events and custom errors with their
// canonical signatures, function and error selectors and event topics. Encodes calls and
// constructor arguments and decodes return data, call data, logs and revert data with AbiCodec.
//
// Functions are named by name, or by signature where a name is overloaded
// ("freeSlot(bytes32)"); encodeCall also picks the one overload with as many parameters as it
// was given values. The builtin errors Error(string) and Panic(uint256) are always known.
class ContractAbi {
public:
    static Result<ContractAbi> fromJson(const QJsonArray& abi);
    // An ABI array, or an object with an "abi" array (a compiled contract's artifact).
    static Result<ContractAbi> fromArtifact(const QByteArray& json);

    const std::vector<AbiEntry>& functions() const { return m_functions; }
    const std::vector<AbiEntry>& events() const { return m_events; }
    // The contract's custom errors, then Error(string) and Panic(uint256).
    const std::vector<AbiEntry>& errors() const { return m_errors; }
    const std::optional<AbiEntry>& constructor() const { return m_constructor; }

    // By signature, or by a name that is not overloaded; with `argumentCount`, by a name whose
    // overloads differ in their number of parameters.
    Result<const AbiEntry*> function(QStringView nameOrSignature,
                                     std::optional<std::size_t> argumentCount = {}) const;
    const AbiEntry* functionBySelector(QByteArrayView selector) const;
    const AbiEntry* eventByTopic(const Hash32& topic) const;
    const AbiEntry* errorBySelector(QByteArrayView selector) const;

    // The selector followed by the encoded arguments.
    Result<QByteArray> encodeCall(QStringView nameOrSignature,
                                  const std::vector<AbiValue>& arguments) const;
    // Call data back to the function and its arguments.
    Result<DecodedEntry> decodeCall(QByteArrayView callData) const;
    Result<std::vector<AbiValue>> decodeOutput(QStringView nameOrSignature,
                                               QByteArrayView returnData) const;
    // Creation code followed by the encoded constructor arguments.
    Result<QByteArray> encodeConstructor(QByteArrayView bytecode,
                                         const std::vector<AbiValue>& arguments) const;
    // A log of one of the contract's (non-anonymous) events: topic 0 names it, the other topics
    // hold its indexed parameters, the data the others. Values in the order of the parameters.
    Result<DecodedEntry> decodeEvent(const std::vector<Hash32>& topics, QByteArrayView data) const;
    // Revert data: a custom error, Error(string) or Panic(uint256) with its arguments. Empty
    // data or an unknown selector: ErrorCode::NotFound.
    Result<DecodedEntry> decodeError(QByteArrayView revertData) const;

private:
    ContractAbi();

    std::vector<AbiEntry> m_functions;
    std::vector<AbiEntry> m_events;
    std::vector<AbiEntry> m_errors;
    std::optional<AbiEntry> m_constructor;
};

} // namespace salesdesk::abi
