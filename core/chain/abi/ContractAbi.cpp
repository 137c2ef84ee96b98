#include "core/chain/abi/ContractAbi.h"

#include "core/chain/abi/AbiCodec.h"
#include "core/domain/AbiEncoder.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace salesdesk::abi {

namespace {

constexpr qsizetype kSelectorSize = 4;

QString hex(QByteArrayView bytes) {
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toByteArray().toHex());
}

Result<std::vector<AbiParameter>> parameters(const QJsonArray& items, const QString& owner,
                                             const QString& what) {
    std::vector<AbiParameter> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        auto type = AbiType::fromJson(item);
        if (!type.ok())
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("%1, %2 %3: %4").arg(owner, what).arg(i + 1).arg(type.message()));
        out.push_back({item.value(QStringLiteral("name")).toString(), std::move(*type),
                       item.value(QStringLiteral("indexed")).toBool()});
    }
    return out;
}

// Fills in the signature and what is hashed from it.
void sign(AbiEntry& entry) {
    QStringList types;
    for (const AbiParameter& input : entry.inputs)
        types << input.type.canonical();
    entry.signature =
        entry.name + QLatin1Char('(') + types.join(QLatin1Char(',')) + QLatin1Char(')');
    const QByteArray text = entry.signature.toUtf8();
    entry.selector = selector(text);
    entry.topic = keccak256(text);
}

Result<AbiEntry> entryFromJson(const QJsonObject& item) {
    // The specification lets "type" default to "function".
    const QString type = item.value(QStringLiteral("type")).toString(QStringLiteral("function"));
    AbiEntry entry;
    if (type == u"function")
        entry.kind = AbiEntry::Kind::Function;
    else if (type == u"constructor")
        entry.kind = AbiEntry::Kind::Constructor;
    else if (type == u"event")
        entry.kind = AbiEntry::Kind::Event;
    else if (type == u"error")
        entry.kind = AbiEntry::Kind::Error;
    else
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("an ABI entry of the unknown type \"%1\"").arg(type));
    entry.name = item.value(QStringLiteral("name")).toString();
    if (entry.name.isEmpty() && entry.kind != AbiEntry::Kind::Constructor)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("an ABI %1 entry has no name").arg(type));
    const QString owner = QStringLiteral("ABI %1 %2").arg(type, entry.name).trimmed();
    auto inputs =
        parameters(item.value(QStringLiteral("inputs")).toArray(), owner, QStringLiteral("input"));
    if (!inputs.ok())
        return inputs.error();
    auto outputs = parameters(item.value(QStringLiteral("outputs")).toArray(), owner,
                              QStringLiteral("output"));
    if (!outputs.ok())
        return outputs.error();
    entry.inputs = std::move(*inputs);
    entry.outputs = std::move(*outputs);
    entry.stateMutability = item.value(QStringLiteral("stateMutability")).toString();
    entry.anonymous = item.value(QStringLiteral("anonymous")).toBool();
    sign(entry);
    return entry;
}

AbiEntry builtinError(const QString& name, const char* type, const QString& parameter) {
    AbiEntry entry;
    entry.kind = AbiEntry::Kind::Error;
    entry.name = name;
    entry.inputs.push_back({parameter, AbiType::parse(QString::fromLatin1(type)).value(), false});
    sign(entry);
    return entry;
}

const AbiEntry* bySelector(const std::vector<AbiEntry>& entries, QByteArrayView selector) {
    for (const AbiEntry& entry : entries)
        if (entry.selector == selector)
            return &entry;
    return nullptr;
}

std::vector<NamedValue> named(const std::vector<AbiParameter>& parameters,
                              std::vector<AbiValue> values) {
    std::vector<NamedValue> out;
    out.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        out.push_back({parameters[i].name, parameters[i].type, std::move(values[i]), false});
    return out;
}

// Decodes the ABI-encoded parameters after a 4-byte selector.
Result<DecodedEntry> decodeAfterSelector(const AbiEntry& entry, QByteArrayView data,
                                         QStringView what) {
    auto values =
        AbiCodec::decodeParameters(AbiEntry::typesOf(entry.inputs), data.sliced(kSelectorSize),
                                   what, AbiEntry::namesOf(entry.inputs));
    if (!values.ok())
        return makeError(values.code(),
                         QStringLiteral("%1: %2").arg(entry.signature, values.message()));
    return DecodedEntry{entry.name, entry.signature, named(entry.inputs, std::move(*values))};
}

} // namespace

ContractAbi::ContractAbi() = default;

Result<ContractAbi> ContractAbi::fromJson(const QJsonArray& abi) {
    ContractAbi contract;
    for (const QJsonValue& item : abi) {
        const QJsonObject object = item.toObject();
        const QString type = object.value(QStringLiteral("type")).toString();
        if (type == u"fallback" || type == u"receive")
            continue; // called without data: nothing to encode or decode
        auto entry = entryFromJson(object);
        if (!entry.ok())
            return entry.error();
        switch (entry->kind) {
        case AbiEntry::Kind::Function:
            contract.m_functions.push_back(std::move(*entry));
            break;
        case AbiEntry::Kind::Constructor:
            contract.m_constructor = std::move(*entry);
            break;
        case AbiEntry::Kind::Event:
            contract.m_events.push_back(std::move(*entry));
            break;
        case AbiEntry::Kind::Error:
            contract.m_errors.push_back(std::move(*entry));
            break;
        }
    }
    contract.m_errors.push_back(
        builtinError(QStringLiteral("Error"), "string", QStringLiteral("reason")));
    contract.m_errors.push_back(
        builtinError(QStringLiteral("Panic"), "uint256", QStringLiteral("code")));
    return contract;
}

Result<ContractAbi> ContractAbi::fromArtifact(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the ABI is not JSON: %1 at "
                                                                    "byte %2")
                                                         .arg(parseError.errorString())
                                                         .arg(parseError.offset));
    if (document.isArray())
        return fromJson(document.array());
    const QJsonValue abi = document.object().value(QStringLiteral("abi"));
    if (!abi.isArray())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the JSON is neither an ABI array nor an object with an "
                                        "\"abi\" array"));
    return fromJson(abi.toArray());
}

Result<const AbiEntry*> ContractAbi::function(QStringView nameOrSignature,
                                              std::optional<std::size_t> argumentCount) const {
    const bool bySignature = nameOrSignature.contains(u'(');
    std::vector<const AbiEntry*> matches;
    for (const AbiEntry& entry : m_functions)
        if (bySignature ? entry.signature == nameOrSignature : entry.name == nameOrSignature)
            matches.push_back(&entry);
    if (matches.size() > 1 && argumentCount) {
        std::erase_if(
            matches, [&](const AbiEntry* entry) { return entry->inputs.size() != *argumentCount; });
    }
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the contract has no function %1%2")
                             .arg(nameOrSignature.toString(),
                                  argumentCount && !bySignature
                                      ? QStringLiteral(" with %1 parameters").arg(*argumentCount)
                                      : QString()));
    QStringList signatures;
    for (const AbiEntry* entry : matches)
        signatures << entry->signature;
    signatures.sort();
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 is overloaded (%2): name it by its signature")
                         .arg(nameOrSignature.toString(), signatures.join(QStringLiteral(", "))));
}

const AbiEntry* ContractAbi::functionBySelector(QByteArrayView selector) const {
    return bySelector(m_functions, selector);
}

const AbiEntry* ContractAbi::eventByTopic(const Hash32& topic) const {
    for (const AbiEntry& entry : m_events)
        if (!entry.anonymous && entry.topic == topic)
            return &entry;
    return nullptr;
}

const AbiEntry* ContractAbi::errorBySelector(QByteArrayView selector) const {
    return bySelector(m_errors, selector);
}

Result<QByteArray> ContractAbi::encodeCall(QStringView nameOrSignature,
                                           const std::vector<AbiValue>& arguments) const {
    const auto entry = function(nameOrSignature, arguments.size());
    if (!entry.ok())
        return entry.error();
    const AbiEntry& f = **entry;
    auto encoded = AbiCodec::encodeParameters(AbiEntry::typesOf(f.inputs), arguments, u"argument",
                                              AbiEntry::namesOf(f.inputs));
    if (!encoded.ok())
        return makeError(encoded.code(),
                         QStringLiteral("%1: %2").arg(f.signature, encoded.message()));
    return QByteArray(f.selector + *encoded);
}

Result<DecodedEntry> ContractAbi::decodeCall(QByteArrayView callData) const {
    if (callData.size() < kSelectorSize)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("call data of %1 bytes has no selector").arg(callData.size()));
    const AbiEntry* entry = functionBySelector(callData.first(kSelectorSize));
    if (!entry)
        return makeError(ErrorCode::NotFound, QStringLiteral("the contract has no function with "
                                                             "the selector %1")
                                                  .arg(hex(callData.first(kSelectorSize))));
    return decodeAfterSelector(*entry, callData, u"argument");
}

Result<std::vector<AbiValue>> ContractAbi::decodeOutput(QStringView nameOrSignature,
                                                        QByteArrayView returnData) const {
    const auto entry = function(nameOrSignature);
    if (!entry.ok())
        return entry.error();
    const AbiEntry& f = **entry;
    auto values = AbiCodec::decodeParameters(AbiEntry::typesOf(f.outputs), returnData,
                                             u"return value", AbiEntry::namesOf(f.outputs));
    if (!values.ok())
        return makeError(values.code(),
                         QStringLiteral("%1: %2").arg(f.signature, values.message()));
    return values;
}

Result<QByteArray> ContractAbi::encodeConstructor(QByteArrayView bytecode,
                                                  const std::vector<AbiValue>& arguments) const {
    const std::vector<AbiParameter> none;
    const std::vector<AbiParameter>& inputs = m_constructor ? m_constructor->inputs : none;
    auto encoded = AbiCodec::encodeParameters(AbiEntry::typesOf(inputs), arguments,
                                              u"constructor argument", AbiEntry::namesOf(inputs));
    if (!encoded.ok())
        return encoded.error();
    return QByteArray(bytecode.toByteArray() + *encoded);
}

Result<DecodedEntry> ContractAbi::decodeEvent(const std::vector<Hash32>& topics,
                                              QByteArrayView data) const {
    if (topics.empty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("a log without topics is an anonymous event"));
    const AbiEntry* entry = eventByTopic(topics.front());
    if (!entry)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the contract has no event with the topic %1")
                             .arg(topics.front().toHex()));
    std::vector<AbiType> dataTypes;
    QStringList dataNames;
    std::size_t indexed = 0;
    for (const AbiParameter& input : entry->inputs) {
        if (input.indexed) {
            ++indexed;
        } else {
            dataTypes.push_back(input.type);
            dataNames << input.name;
        }
    }
    if (topics.size() != indexed + 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 has %2 indexed parameters, but the log has %3 topics")
                             .arg(entry->signature)
                             .arg(indexed)
                             .arg(topics.size()));
    auto dataValues = AbiCodec::decodeParameters(dataTypes, data, u"data value", dataNames);
    if (!dataValues.ok())
        return makeError(dataValues.code(),
                         QStringLiteral("%1: %2").arg(entry->signature, dataValues.message()));
    DecodedEntry decoded{entry->name, entry->signature, {}};
    std::size_t nextTopic = 1;
    std::size_t nextData = 0;
    for (const AbiParameter& input : entry->inputs) {
        if (!input.indexed) {
            decoded.values.push_back(
                {input.name, input.type, std::move((*dataValues)[nextData++]), false});
            continue;
        }
        const QByteArray topic = topics[nextTopic].toByteArray();
        if (!input.type.isElementary()) {
            decoded.values.push_back({input.name, input.type, AbiValue::bytes(topic), true});
        } else {
            auto value = AbiCodec::decodeWord(
                input.type, topic,
                AbiCodec::parameterLabel(u"topic", nextTopic - 1, input.name, input.type));
            if (!value.ok())
                return makeError(value.code(),
                                 QStringLiteral("%1: %2").arg(entry->signature, value.message()));
            decoded.values.push_back({input.name, input.type, std::move(*value), false});
        }
        ++nextTopic;
    }
    return decoded;
}

Result<DecodedEntry> ContractAbi::decodeError(QByteArrayView revertData) const {
    if (revertData.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("reverted without data"));
    if (revertData.size() < kSelectorSize)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("revert data of %1 bytes (%2) has no selector")
                             .arg(revertData.size())
                             .arg(hex(revertData)));
    const AbiEntry* entry = errorBySelector(revertData.first(kSelectorSize));
    if (!entry)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("unknown error %1 with %2 bytes of arguments")
                             .arg(hex(revertData.first(kSelectorSize)))
                             .arg(revertData.size() - kSelectorSize));
    return decodeAfterSelector(*entry, revertData, u"argument");
}

} // namespace salesdesk::abi
