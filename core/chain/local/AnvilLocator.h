#pragma once

#include "core/domain/Result.h"

#include <QString>

namespace salesdesk {

// Where the anvil binary (Foundry's local EVM chain) is: the SALESDESK_ANVIL environment variable
// when it is set, else the path CMake was configured with (the cache variable SALESDESK_ANVIL;
// by default the repository's node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil, which
// `make deps` installs from package.json). A missing or non-executable binary is an error that
// says where it looked and how to get one.
class AnvilLocator {
public:
    static constexpr const char* kEnvironmentVariable = "SALESDESK_ANVIL";

    static Result<QString> locate();
    // The configured default, whether or not it exists.
    static QString configuredPath();
    // Checks one candidate; `source` says where the path came from, for the message.
    static Result<QString> check(const QString& path, const QString& source);
};

} // namespace salesdesk
