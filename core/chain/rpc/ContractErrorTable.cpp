#include "core/chain/rpc/ContractErrorTable.h"

#include "core/chain/abi/ContractAbi.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcContractErrors, "salesdesk.chain.contracterrortable")

namespace salesdesk {

namespace {

const QString kErrorString = QStringLiteral("Error(string)");
const QString kPanic = QStringLiteral("Panic(uint256)");
constexpr int kWord = 32;
constexpr qsizetype kReasonShownChars = 300;

quint32 selectorFromBytes(QByteArrayView bytes) {
    return (quint32(quint8(bytes[0])) << 24) | (quint32(quint8(bytes[1])) << 16) |
           (quint32(quint8(bytes[2])) << 8) | quint32(quint8(bytes[3]));
}

QString selectorHex(quint32 selector) {
    return QStringLiteral("0x%1").arg(selector, 8, 16, QLatin1Char('0'));
}

// A word of the arguments as a size, if it is one that fits in the data.
std::optional<qsizetype> sizeWord(QByteArrayView args, qsizetype at) {
    if (at < 0 || at + kWord > args.size())
        return std::nullopt;
    auto value = uint256::fromBigEndian(args.sliced(at, kWord));
    if (!value.ok() || value.value() > UInt256(args.size()))
        return std::nullopt;
    return static_cast<qsizetype>(value.value().convert_to<quint64>());
}

// Error(string)'s argument: an offset word, then at the offset a length word and the bytes.
std::optional<QString> decodeString(QByteArrayView args) {
    const auto offset = sizeWord(args, 0);
    if (!offset)
        return std::nullopt;
    const auto length = sizeWord(args, *offset);
    if (!length || *offset + kWord + *length > args.size())
        return std::nullopt;
    return QString::fromUtf8(args.sliced(*offset + kWord, *length));
}

} // namespace

QString DecodedRevert::name() const {
    const qsizetype paren = signature.indexOf(QLatin1Char('('));
    return paren < 0 ? signature : signature.left(paren);
}

QString DecodedRevert::describe() const {
    switch (kind) {
    case Kind::Empty:
        return QStringLiteral("reverted without data");
    case Kind::ErrorString: {
        QString shown = reason;
        if (shown.size() > kReasonShownChars)
            shown = shown.left(kReasonShownChars) + QChar(0x2026);
        return QStringLiteral("Error(\"%1\")").arg(shown);
    }
    case Kind::Panic:
        return QStringLiteral("Panic(%1: %2)")
            .arg(uint256::toHex(*panicCode), ContractErrorTable::panicMeaning(*panicCode));
    case Kind::Custom:
        if (arguments.isEmpty())
            return signature;
        return QStringLiteral("%1 with arguments 0x%2")
            .arg(signature, QString::fromLatin1(arguments.toHex()));
    case Kind::Unknown:
        break;
    }
    if (argumentsMalformed)
        return QStringLiteral("%1 with malformed arguments (%2 bytes)")
            .arg(signature)
            .arg(arguments.size());
    return QStringLiteral("unknown error %1 with %2 bytes of arguments")
        .arg(selectorHex(selector))
        .arg(arguments.size());
}

ContractErrorTable::ContractErrorTable() {
    addSignature(kErrorString);
    addSignature(kPanic);
}

quint32 ContractErrorTable::selectorOf(const QString& canonicalSignature) {
    const QByteArray hash =
        QCryptographicHash::hash(canonicalSignature.toUtf8(), QCryptographicHash::Keccak_256);
    return selectorFromBytes(hash);
}

bool ContractErrorTable::addSignature(const QString& canonicalSignature) {
    const quint32 selector = selectorOf(canonicalSignature);
    const auto known = m_signatures.constFind(selector);
    if (known != m_signatures.constEnd()) {
        if (*known != canonicalSignature)
            qCWarning(lcContractErrors).noquote()
                << QStringLiteral("%1 and %2 share the selector %3; keeping %1")
                       .arg(*known, canonicalSignature, selectorHex(selector));
        return false;
    }
    m_signatures.insert(selector, canonicalSignature);
    return true;
}

Result<int> ContractErrorTable::addAbi(const QJsonArray& abi) {
    const auto contract = abi::ContractAbi::fromJson(abi);
    if (!contract.ok())
        return contract.error();
    return addErrorsOf(*contract);
}

Result<int> ContractErrorTable::addAbiJson(const QByteArray& json) {
    const auto contract = abi::ContractAbi::fromArtifact(json);
    if (!contract.ok())
        return contract.error();
    return addErrorsOf(*contract);
}

int ContractErrorTable::addErrorsOf(const abi::ContractAbi& contract) {
    int added = 0;
    for (const abi::AbiEntry& error : contract.errors())
        if (addSignature(error.signature))
            ++added;
    return added;
}

std::optional<QString> ContractErrorTable::signatureOf(quint32 selector) const {
    const auto found = m_signatures.constFind(selector);
    if (found == m_signatures.constEnd())
        return std::nullopt;
    return *found;
}

DecodedRevert ContractErrorTable::decode(QByteArrayView revertData) const {
    DecodedRevert decoded;
    if (revertData.isEmpty()) {
        decoded.kind = DecodedRevert::Kind::Empty;
        return decoded;
    }
    if (revertData.size() < 4) {
        decoded.arguments = revertData.toByteArray();
        return decoded; // Unknown: too short for a selector
    }
    decoded.selector = selectorFromBytes(revertData);
    decoded.arguments = revertData.sliced(4).toByteArray();
    const auto signature = signatureOf(decoded.selector);
    if (!signature)
        return decoded;
    decoded.signature = *signature;
    if (*signature == kErrorString) {
        if (auto reason = decodeString(decoded.arguments)) {
            decoded.kind = DecodedRevert::Kind::ErrorString;
            decoded.reason = *reason;
        } else {
            decoded.argumentsMalformed = true;
        }
        return decoded;
    }
    if (*signature == kPanic) {
        if (decoded.arguments.size() == kWord) {
            decoded.kind = DecodedRevert::Kind::Panic;
            decoded.panicCode = uint256::fromBigEndian(decoded.arguments).value();
        } else {
            decoded.argumentsMalformed = true;
        }
        return decoded;
    }
    decoded.kind = DecodedRevert::Kind::Custom;
    return decoded;
}

QString ContractErrorTable::panicMeaning(const UInt256& code) {
    // The codes the Solidity compiler emits (its documentation, "Panic via assert and Error via
    // require").
    static const QHash<quint64, QString> meanings = {
        {0x00, QStringLiteral("generic compiler panic")},
        {0x01, QStringLiteral("assertion failed")},
        {0x11, QStringLiteral("arithmetic overflow or underflow")},
        {0x12, QStringLiteral("division or modulo by zero")},
        {0x21, QStringLiteral("conversion to an enum out of range")},
        {0x22, QStringLiteral("incorrectly encoded storage byte array")},
        {0x31, QStringLiteral("pop() on an empty array")},
        {0x32, QStringLiteral("array index out of bounds")},
        {0x41, QStringLiteral("out of memory")},
        {0x51, QStringLiteral("call of an uninitialised function pointer")},
    };
    if (code <= UInt256(0xff)) {
        const auto found = meanings.constFind(code.convert_to<quint64>());
        if (found != meanings.constEnd())
            return *found;
    }
    return QStringLiteral("unknown panic code");
}

} // namespace salesdesk
