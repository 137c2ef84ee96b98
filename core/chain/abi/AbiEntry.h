#pragma once

#include "core/chain/abi/AbiType.h"
#include "core/chain/abi/AbiValue.h"
#include "core/domain/FixedBytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// The plain records of a contract's ABI that ContractAbi reads and gives out.
namespace salesdesk::abi {

// A parameter of a function, event, error or constructor.
struct AbiParameter {
    QString name; // may be empty
    AbiType type;
    bool indexed = false; // events: carried in a topic instead of the data
};

// A function, constructor, event or custom error of a contract.
struct AbiEntry {
    enum class Kind { Function, Constructor, Event, Error };

    Kind kind = Kind::Function;
    QString name;
    std::vector<AbiParameter> inputs;
    std::vector<AbiParameter> outputs; // functions
    QString stateMutability;           // functions: "view", "nonpayable", …
    bool anonymous = false;            // events: no topic 0
    QString signature;                 // "fillSlot(bytes32,uint64,(bytes32,bytes32[],…))"
    QByteArray selector;               // functions and errors: keccak256(signature)[0..4]
    Hash32 topic;                      // events: keccak256(signature)

    static std::vector<AbiType> typesOf(const std::vector<AbiParameter>& parameters) {
        std::vector<AbiType> types;
        types.reserve(parameters.size());
        for (const AbiParameter& parameter : parameters)
            types.push_back(parameter.type);
        return types;
    }
    static QStringList namesOf(const std::vector<AbiParameter>& parameters) {
        QStringList names;
        for (const AbiParameter& parameter : parameters)
            names << parameter.name;
        return names;
    }
};

// A decoded value with the name and type of its parameter.
struct NamedValue {
    QString name;
    AbiType type;
    AbiValue value;
    // An indexed event parameter of a dynamic or composite type: the topic holds only the
    // keccak256 of its encoding, and `value` is those 32 bytes.
    bool hashed = false;
};

// What ContractAbi made of call data, a log or revert data.
struct DecodedEntry {
    QString name;      // "SlotFilled", "Error", "Marketplace_SlotNotFree"
    QString signature; // "SlotFilled(bytes32,uint64)"
    std::vector<NamedValue> values;

    // The value of the parameter called `parameter`; nullptr when there is none.
    const AbiValue* value(const QString& parameter) const {
        for (const NamedValue& named : values)
            if (named.name == parameter)
                return &named.value;
        return nullptr;
    }
};

} // namespace salesdesk::abi
