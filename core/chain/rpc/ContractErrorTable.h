#pragma once

#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QString>

#include <optional>

namespace salesdesk {

namespace abi {
class ContractAbi;
}

// A revert, named: what ContractErrorTable::decode makes of revert data.
struct DecodedRevert {
    Q_GADGET

public:
    enum class Kind {
        Empty,       // reverted without data (revert(), require(false) without a message)
        ErrorString, // Error(string): require(cond, "reason") and revert("reason")
        Panic,       // Panic(uint256): assert, overflow, division by zero…
        Custom,      // a custom error the table knows
        Unknown,     // a selector the table does not know, or data too short for one
    };
    Q_ENUM(Kind)
    Kind kind = Kind::Unknown;
    quint32 selector = 0;
    QString signature; // "Marketplace_SlotIsFree()", "Error(string)"; empty when unknown
    QString reason;    // ErrorString: the message
    std::optional<UInt256> panicCode;
    QByteArray arguments; // the ABI-encoded arguments after the selector
    bool argumentsMalformed =
        false; // Error(string) or Panic(uint256) whose arguments do not decode

    // The error's name alone: "Marketplace_SlotIsFree", "Error", "Panic"; empty when unknown.
    QString name() const;
    // One line for logs and people: `Marketplace_SlotIsFree()`, `Error("not enough funds")`,
    // `Panic(0x11: arithmetic overflow or underflow)`, `unknown error 0x12345678 with 64 bytes of
    // arguments`, `reverted without data`.
    QString describe() const;
};

// 4-byte error selectors (the first bytes of keccak256 of the canonical signature) and the
// errors they name. Knows Error(string) and Panic(uint256) from the start; custom errors are
// added by signature or from a contract's ABI JSON.
class ContractErrorTable {
public:
    ContractErrorTable();

    static quint32 selectorOf(const QString& canonicalSignature);

    // A canonical signature, "Name(type1,type2)" with tuples spelt "(…)". A second signature
    // with a known selector is ignored (the first stays) and the return is false.
    bool addSignature(const QString& canonicalSignature);
    // The "error" entries of an ABI (a JSON array as solc writes it, read by abi::ContractAbi,
    // which refuses the whole ABI when any entry is malformed). Returns how many were new.
    Result<int> addAbi(const QJsonArray& abi);
    // An ABI array, or an object with an "abi" member (a compiled contract's artifact).
    Result<int> addAbiJson(const QByteArray& json);

    std::optional<QString> signatureOf(quint32 selector) const;
    qsizetype size() const { return m_signatures.size(); }

    DecodedRevert decode(QByteArrayView revertData) const;

    // What a Panic code means, e.g. "arithmetic overflow or underflow" for 0x11.
    static QString panicMeaning(const UInt256& code);

private:
    // The contract's custom errors (Error(string) and Panic(uint256) are known from the start).
    int addErrorsOf(const abi::ContractAbi& contract);

    QHash<quint32, QString> m_signatures;
};

} // namespace salesdesk
