// libFuzzer target: an ABI type and data through AbiType::parse and AbiCodec::decode. The input
// is the type string, a newline, then the data ("uint64[]\n" followed by the bytes). Besides
// crashes, leaks, undefined behaviour and runaway allocations (the sanitizers, -rss_limit_mb),
// it stops on what the codec must never do: fail without a message, or decode a value that does
// not encode again to data that decodes to the same value.
#include "core/chain/abi/AbiCodec.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace salesdesk;
using salesdesk::abi::AbiCodec;
using salesdesk::abi::AbiType;

namespace {

[[noreturn]] void failWith(const char* what, const QString& detail) {
    std::fprintf(stderr, "fuzz_abidecode: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0 || newline > 1000)
        return 0;
    const auto type = AbiType::parse(QString::fromLatin1(input.left(newline)));
    if (!type.ok()) {
        if (type.message().isEmpty())
            failWith("a type error without a message", QString::fromLatin1(input.left(newline)));
        return 0;
    }
    const auto decoded = AbiCodec::decode(*type, QByteArrayView(input).sliced(newline + 1));
    if (!decoded.ok()) {
        if (decoded.message().isEmpty())
            failWith("a decode error without a message", type->canonical());
        return 0;
    }
    const auto encoded = AbiCodec::encode(*type, *decoded);
    if (!encoded.ok())
        failWith("a decoded value that does not encode", encoded.message());
    const auto again = AbiCodec::decode(*type, *encoded);
    if (!again.ok())
        failWith("a re-encoded value that does not decode", again.message());
    if (!(*again == *decoded))
        failWith("a value that changes on re-encoding", decoded->describe());
    return 0;
}
