#pragma once

#include <QStringList>

#include <vector>

namespace salesdesk {

// One step of the schema: applied in its own transaction, after which PRAGMA user_version is set
// to `version`. Versions start at 1 and increase by one.
struct Migration {
    int version = 0;
    QStringList statements;
};

// The Sales Desk schema, oldest first. Append new migrations; never edit a released one.
const std::vector<Migration>& schemaMigrations();

} // namespace salesdesk
